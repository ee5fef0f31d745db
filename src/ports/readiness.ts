// Klarmarkering: each unit's and department's part of a period marked ready, taken back or sent back.
// Part of the port (repository.ts composes the parts): SharePointRepository (src/data) is the real
// one, MemoryRepository (test/support) the tests' twin, and test/contract holds both to the same expectations.
import type { ReadinessDraft, ReadinessEvent } from '../domain/readiness/readiness';
import type { WriteOutcome } from './outcomes';

/** Reads reject only with a ReadError; writes never reject: every failure is an outcome. */
export interface IReadinessMarks {
  /**
   * Every mark, take-back and send-back of the year's periods, oldest first. One written past the
   * web part in a folder not its own (a unit head's item naming another unit) is not here: the
   * folder is what SharePoint held.
   */
  readiness(year: number): Promise<ReadinessEvent[]>;
  /**
   * Records one event. Who and when are SharePoint's (Author, Created); the saved value carries the
   * moment SharePoint gave it. Only the unit's head (and the heads above, the staff) may write a
   * unit's, only the department's head a department's: anyone else is `forbidden` by SharePoint.
   * `clientKey` as for activities: a retried record lands once.
   */
  recordReadiness(draft: ReadinessDraft, clientKey: string): Promise<WriteOutcome<ReadinessEvent>>;
}
