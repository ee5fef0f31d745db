// The follow-up cycle: fastställda reports, reminders sent, the periods' dates, closes and reopens.
// Part of the port (repository.ts composes the parts): SharePointRepository (src/data) is the real
// one, MemoryRepository (test/support) the tests' twin, and test/contract holds both to the same expectations.
import type { FollowUpPeriod, FollowUpPeriodKind } from '../domain/model';
import type { FrozenReport, FrozenReportDraft } from '../domain/report/frozenReport';
import type { SentReminder } from '../domain/reminders/reminders';
import type { PeriodDates, PeriodSettings } from '../domain/periodSettings';
import type { WriteOutcome } from './outcomes';

/** The year's two periods as the staff set them, with the version of each period's dates (none: never set). */
export interface LoadedPeriods {
  periods: PeriodSettings[];
  versions: Partial<Record<FollowUpPeriodKind, string>>;
}

/** A follow-up of a closed period outside its locked folder (added past the web part): SharePoint did not hold it. */
export interface StrayFollowUp {
  id: number;
  activityId: number;
  period: FollowUpPeriod;
  /** Where it sits, relative to the list ('' the list's root). */
  folder: string;
}

/** Reads reject only with a ReadError; writes never reject: every failure is an outcome. */
export interface IReportsAndPeriods {
  /** The year's fastställda reports, every period and version, in the order they were fastställda. */
  reports(year: number): Promise<FrozenReport[]>;
  /**
   * Fastställer a report: stores it and makes it unchangeable, by anyone, from then on. A second
   * report with the period's version already taken is a conflict with that one; a correction is
   * the next version. Saved means locked: a report stored but not yet locked is never `saved`.
   */
  freezeReport(draft: FrozenReportDraft): Promise<WriteOutcome<FrozenReport>>;
  /** The reminders of the year that were opened to send, oldest first. */
  remindersSent(year: number): Promise<SentReminder[]>;
  /**
   * Records a reminder as it is opened in Teams or e-mail. Who and when are SharePoint's record
   * (read back later); the saved value carries `sentBy` and the moment until then. `clientKey` as
   * for activities: a retried record lands once.
   */
  recordReminder(reminder: Omit<SentReminder, 'id' | 'sentAt'>, clientKey: string): Promise<WriteOutcome<SentReminder>>;
  /** Both periods of the year: the staff's dates (unset: the defaults) and every close and reopen, oldest first. */
  periodSettings(year: number): Promise<LoadedPeriods>;
  /**
   * The staff's dates of a period. `version` is the one read (undefined: none were set); someone
   * else's dates set meanwhile are a conflict with theirs. The saved value's etag is the new version.
   */
  setPeriodDates(period: FollowUpPeriod, dates: PeriodDates, version: string | undefined): Promise<WriteOutcome<PeriodSettings>>;
  /**
   * Closes a period: its follow-ups become read-only in SharePoint for everyone but the regional
   * staff, and the close is recorded (who and when are SharePoint's). Closing a closed period locks
   * again what a stopped close left open, and records nothing more. `clientKey` as for activities.
   */
  closePeriod(period: FollowUpPeriod, clientKey: string): Promise<WriteOutcome<PeriodSettings>>;
  /** Opens a closed period again: its follow-ups are the heads' to change once more; the reopen is recorded. */
  reopenPeriod(period: FollowUpPeriod, clientKey: string): Promise<WriteOutcome<PeriodSettings>>;
  /** The year's follow-ups of closed periods that are not in their period's locked folder; none when no period of the year is closed. */
  strayFollowUps(year: number): Promise<StrayFollowUp[]>;
}
