// A place's activities on its allocated goals and their follow-ups per period.
// Part of the port (repository.ts composes the parts): SharePointRepository (src/data) is the real
// one, MemoryRepository (test/support) the tests' twin, and test/contract holds both to the same expectations.
import type { Activity, FollowUp } from '../domain/model';
import type { Draft, RemoveOutcome, WriteOutcome } from './outcomes';

/** Writes never reject: every failure is an outcome. */
export interface IActivities {
  /** `clientKey` is made once per draft: a retried create finds its first item instead of adding a twin. */
  addActivity(activity: Draft<Activity>, year: number, clientKey: string): Promise<WriteOutcome<Activity>>;
  updateActivity(activity: Activity, etag: string): Promise<WriteOutcome<Activity>>;
  removeActivity(activityId: number, etag: string): Promise<RemoveOutcome>;
  /** A follow-up of an activity for a period; one per activity and period (a second is a conflict). */
  addFollowUp(followUp: Draft<FollowUp>): Promise<WriteOutcome<FollowUp>>;
  updateFollowUp(followUp: FollowUp, etag: string): Promise<WriteOutcome<FollowUp>>;
}
