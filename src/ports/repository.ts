// Everything the UI may ask of the place the data lives. The UI gets an instance through its
// services; it never builds one and never learns how it talks to SharePoint.
import type {
  Activity, ActivityStatus, Allocation, FollowUp, Goal, ImplementationGrade, Indicator, IndicatorValue, OrgUnit, Person, YearPicture
} from '../domain/model';
import type { FrozenReport, FrozenReportDraft } from '../domain/report/frozenReport';
import type { SentReminder } from '../domain/reminders/reminders';
import type { PeriodDates, PeriodSettings } from '../domain/periodSettings';
import type { FollowUpPeriod, FollowUpPeriodKind } from '../domain/model';
import type { ItemVersions, ListsStatus, ProvisioningResult } from './collections';
import type { RemoveOutcome, WriteOutcome } from './outcomes';
import type { PersonSuggestion, ResolveOutcome } from './people';

export type Draft<T extends { id: number }> = Omit<T, 'id'>;

export interface CurrentUser {
  person: Person;
  /** Titles of the SharePoint groups the user is in. */
  groups: string[];
  /** In the regional staff's group ("Miljömål regionstab"): keeps goals and organisation, allocates to departments. */
  isRegionalStaff: boolean;
  /** In the department heads' group: allocates goals to the department's units. */
  isDepartmentHead: boolean;
  /** In the unit heads' group: registers and follows up the unit's activities. */
  isUnitHead: boolean;
  isSiteAdmin: boolean;
}

/** A new unit of a batch, with the key its retried create is found by. */
export interface OrgUnitAdd {
  unit: Draft<OrgUnit>;
  clientKey: string;
}

/** A changed unit of a batch, with the version it was read at. */
export interface OrgUnitUpdate {
  unit: OrgUnit;
  etag: string;
}

/** A year's whole picture with the version of every item in it. */
export interface LoadedYear {
  picture: YearPicture;
  etags: ItemVersions;
}

/** The year's two periods as the staff set them, with the version of each period's dates (none: never set). */
export interface LoadedPeriods {
  periods: PeriodSettings[];
  versions: Partial<Record<FollowUpPeriodKind, string>>;
}

/** A department's (or the förvaltning's) group whose members are not the heads the Organisation list names. */
export interface PlaceGroupMismatch {
  placeId: number;
  /** No group yet: a site owner's "Skapa listor" makes it. */
  groupMissing: boolean;
  /** Sign-in names of heads who are not members. */
  missing: string[];
  /** Members who head nothing there. */
  extra: string[];
}

/** A follow-up of a closed period outside its locked folder (added past the web part): SharePoint did not hold it. */
export interface StrayFollowUp {
  id: number;
  activityId: number;
  period: FollowUpPeriod;
  /** Where it sits, relative to the list ('' the list's root). */
  folder: string;
}

/** Which texts of the summary's year to read: activities and follow-ups by id. */
export interface SummaryTextsWanted {
  activityIds: readonly number[];
  followUpIds: readonly number[];
}

/**
 * The texts the summary's year leaves out, of the activities and follow-ups asked for that are
 * still of the year (one deleted or moved to another year since is not here).
 */
export interface SummaryTexts {
  activities: ReadonlyMap<number, { title: string; status: ActivityStatus }>;
  followUps: ReadonlyMap<number, { grade: ImplementationGrade; comment: string }>;
}

/**
 * Reads reject only with a ReadError (readError.ts); writes never reject: every failure, also one
 * before the request (a person who cannot be resolved), is an outcome.
 */
export interface IMiljoRepository {
  checkLists(): Promise<ListsStatus>;
  /**
   * Tells `listener` when SharePoint has asked requests to wait (throttling) and until when, and
   * `undefined` when nothing waits any more; at once with the present state. Answers a stop function.
   */
  watchWaits(listener: (retryAt: Date | undefined) => void): () => void;
  provision(): Promise<ProvisioningResult>;
  currentUser(): Promise<CurrentUser>;
  /** May the user create and change lists on the site ("Skapa listor")? Site owners may. */
  canManageLists(): Promise<boolean>;
  /** The whole year with every item's version: what the editing views and the export read. */
  loadYear(year: number): Promise<LoadedYear>;
  /**
   * The year as the summary counts it, in the fewest bytes: no item versions (the summary never
   * writes), and none of what only the editing views and the export show: units' heads,
   * allocations' note and who allocated when (a nameless person, ''), activities' description ('')
   * responsible and end date, follow-ups' who and when. Nor the texts only an opened department or
   * goal shows (loadSummaryTexts): an activity's title and status come only with one lifted in the
   * report (its sentence names them), the others are '' and 'planerad' and not `highlighted`; a
   * follow-up's grade is undefined and its comment ''. Where the browser can keep it, served from
   * a cache of the year that SharePoint's change log keeps fresh; never an older picture than the
   * lists hold when it answers.
   */
  loadSummaryYear(year: number): Promise<YearPicture>;
  /**
   * The titles and statuses of some activities of the year and the grades and comments of some
   * follow-ups, which loadSummaryYear leaves out: what an opened department or goal shows. One
   * round trip whatever the number ($batches sent together; whole id windows where many are asked for).
   */
  loadSummaryTexts(year: number, wanted: SummaryTextsWanted): Promise<SummaryTexts>;
  /** Years that have goals, newest first. */
  years(): Promise<number[]>;
  /** The directory's people matching what was typed (a name or an address), best first; at most ten. */
  searchPeople(query: string): Promise<PersonSuggestion[]>;
  /** Whether the site can store this person (SharePoint's ensureUser); never rejects. */
  resolvePerson(login: string): Promise<ResolveOutcome>;
  /**
   * resolvePerson for many at once (an import's heads), each login's outcome in the order given:
   * a few requests for hundreds of people. Never rejects.
   */
  resolvePeople(logins: readonly string[]): Promise<ResolveOutcome[]>;

  addGoal(goal: Draft<Goal>): Promise<WriteOutcome<Goal>>;
  updateGoal(goal: Goal, etag: string): Promise<WriteOutcome<Goal>>;
  /** Org units with exactly this name (any characters: quotes, &, #, åäö, emoji). */
  orgUnitsNamed(name: string): Promise<OrgUnit[]>;
  /** `clientKey` as for activities: a retried create lands once (names alone repeat in a tree). */
  addOrgUnit(unit: Draft<OrgUnit>, clientKey: string): Promise<WriteOutcome<OrgUnit>>;
  updateOrgUnit(unit: OrgUnit, etag: string): Promise<WriteOutcome<OrgUnit>>;
  /**
   * Many new units at once, in a few requests (an import's thousand): each its own outcome, in the
   * order given, as addOrgUnit would answer it. None may be another's parent: a parent's id is
   * known only once it is saved, so a tree goes level by level. Never rejects.
   */
  addOrgUnits(units: ReadonlyArray<OrgUnitAdd>): Promise<Array<WriteOutcome<OrgUnit>>>;
  /** Many changed units at once, each its own outcome in the order given, as updateOrgUnit would answer it. */
  updateOrgUnits(units: ReadonlyArray<OrgUnitUpdate>): Promise<Array<WriteOutcome<OrgUnit>>>;

  /** Idempotent: an allocation that already exists (a retried create, or a colleague) is returned. */
  addAllocation(allocation: Draft<Allocation>, year: number): Promise<WriteOutcome<Allocation>>;
  updateAllocation(allocation: Allocation, etag: string): Promise<WriteOutcome<Allocation>>;
  removeAllocation(allocationId: number, etag: string): Promise<RemoveOutcome>;

  /** `clientKey` is made once per draft: a retried create finds its first item instead of adding a twin. */
  addActivity(activity: Draft<Activity>, year: number, clientKey: string): Promise<WriteOutcome<Activity>>;
  updateActivity(activity: Activity, etag: string): Promise<WriteOutcome<Activity>>;
  removeActivity(activityId: number, etag: string): Promise<RemoveOutcome>;

  /** A follow-up of an activity for a period; one per activity and period (a second is a conflict). */
  addFollowUp(followUp: Draft<FollowUp>): Promise<WriteOutcome<FollowUp>>;
  updateFollowUp(followUp: FollowUp, etag: string): Promise<WriteOutcome<FollowUp>>;

  /** An indicator of a goal of `year`; `clientKey` as for activities: a retried create lands once. */
  addIndicator(indicator: Draft<Indicator>, year: number, clientKey: string): Promise<WriteOutcome<Indicator>>;
  /** Its name, unit, direction, baseline, target, source, responsible; its goal and year stay. */
  updateIndicator(indicator: Indicator, etag: string): Promise<WriteOutcome<Indicator>>;
  /**
   * A value of an indicator whose goal is of `year` (the year it is read with, not the measured one).
   * One per indicator, measured year and period (the whole year, or its delår): a second is a conflict with the first.
   */
  addIndicatorValue(value: Draft<IndicatorValue>, year: number): Promise<WriteOutcome<IndicatorValue>>;
  updateIndicatorValue(value: IndicatorValue, etag: string): Promise<WriteOutcome<IndicatorValue>>;

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

  /** Each place's group against the heads of the Organisation list; the places that differ. */
  placeGroupMismatches(): Promise<PlaceGroupMismatch[]>;
  /** Puts each existing place group's members in step with the heads, as an organisation edit does; the saved value is how many changed. */
  syncPlaceGroups(): Promise<WriteOutcome<number>>;
}
