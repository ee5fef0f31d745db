// The one in-memory IMiljoRepository for tests: a year's items with versions (ETags), writes that
// answer as SharePoint's lists do (a stale ETag is a conflict with the current item, a missing
// item is gone, unique keys make a retried create land once, one follow-up per activity and
// period), and knobs to drive a view through every state: lists missing or outdated, reads that
// fail or wait, a forced answer for the next write, a gate that holds writes, colleagues' changes
// behind the view's back. Reads and writes are logged for assertions.
import type {
  Collection, CurrentUser, Draft, IFailed, IMiljoRepository, ItemVersions, ListsStatus, LoadedPeriods, LoadedYear, PlaceGroupMismatch, StrayFollowUp,
  OrgUnitAdd, OrgUnitUpdate, PersonSuggestion, ProvisioningResult, RemoveOutcome, ResolveOutcome, SummaryTexts, SummaryTextsWanted, WriteAction, WriteOutcome
} from '../../src/ports';
import { ReadError } from '../../src/ports';
import { lists, yearListOrder as listOrder, type ListKey } from '../../src/data/schema';
import { readKey, type ListField } from '../../src/data/listFields';
import { readBySummary, summaryHighlights } from '../../src/data/mapping';
import type { FrozenReport, FrozenReportDraft } from '../../src/domain/report/frozenReport';
import type { SentReminder } from '../../src/domain/reminders/reminders';
import { periodKey, periodsOfYear, samePeriod } from '../../src/domain/period';
import { isPeriodClosed, noSettings, type PeriodDates, type PeriodSettings } from '../../src/domain/periodSettings';
import { SharePointWaits } from '../../src/data/waits';
import type { Activity, Allocation, FollowUp, FollowUpPeriod, Goal, Indicator, IndicatorValue, OrgUnit, Person, YearPicture } from '../../src/domain/model';
import { compareReadinessEvents, type ReadinessDraft, type ReadinessEvent } from '../../src/domain/readiness/readiness';

type WriteMethod =
  | 'addGoal' | 'updateGoal' | 'addOrgUnit' | 'updateOrgUnit'
  | 'addAllocation' | 'updateAllocation' | 'removeAllocation'
  | 'addActivity' | 'updateActivity' | 'removeActivity' | 'addFollowUp' | 'updateFollowUp'
  | 'addIndicator' | 'updateIndicator' | 'addIndicatorValue' | 'updateIndicatorValue' | 'freezeReport' | 'recordReminder'
  | 'setPeriodDates' | 'closePeriod' | 'reopenPeriod' | 'syncPlaceGroups' | 'recordReadiness';

/** An answer given instead of writing: a failure, a refusal (for the method's action), or gone. */
export type ForcedAnswer = IFailed | { kind: 'forbidden' } | { kind: 'gone' };

const actionOf: Record<WriteMethod, WriteAction> = {
  addGoal: 'editGoals', updateGoal: 'editGoals', addOrgUnit: 'editOrganisation', updateOrgUnit: 'editOrganisation',
  addAllocation: 'allocate', updateAllocation: 'allocate', removeAllocation: 'removeAllocation',
  addActivity: 'editActivity', updateActivity: 'editActivity', removeActivity: 'editActivity',
  addFollowUp: 'editFollowUp', updateFollowUp: 'editFollowUp',
  addIndicator: 'editIndicators', updateIndicator: 'editIndicators', addIndicatorValue: 'editIndicators', updateIndicatorValue: 'editIndicators',
  freezeReport: 'freezeReport', recordReminder: 'remind',
  setPeriodDates: 'editPeriods', closePeriod: 'editPeriods', reopenPeriod: 'editPeriods', syncPlaceGroups: 'editOrganisation',
  recordReadiness: 'markReady'
};

type ItemOf<C extends Collection> = YearPicture[C][number];

interface Stored<T> {
  item: T;
  /** The year's lists hold the year in a column the model does not carry on every item. */
  year: number | undefined;
  version: number;
}

/** Where SharePoint keeps these collections, as the real repository reports them. */
export function placesOf(keys: readonly ListKey[]): ListsStatus['missing'] {
  return keys.map((key) => ({ collection: key, title: lists[key].title, url: lists[key].url }));
}

function keyOf(year: number | undefined, id: number): string {
  return `${year ?? ''}:${id}`;
}

/** What SharePoint answers shares nothing with what was stored (jsdom has no structuredClone). */
function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function etagFor(version: number): string {
  return `"${version}"`;
}

/** Someone in no role group, or the regional staff's; heads are told apart by the org units they head. */
export function readerOf(person: Person, isRegionalStaff = false,
  roles: { departmentHead?: boolean; unitHead?: boolean; staffOfForvaltningIds?: number[] } = {}): CurrentUser {
  return {
    person, groups: [], isRegionalStaff, isDepartmentHead: roles.departmentHead ?? false, isUnitHead: roles.unitHead ?? false,
    staffOfForvaltningIds: roles.staffOfForvaltningIds ?? [], isSiteAdmin: false
  };
}

const reader: CurrentUser = readerOf({ login: 'reader@region.example', name: 'Reader' });

/**
 * The picture as the summary's lean read gives it: each column the summary does not read
 * (src/data/mapping.ts, readBySummary) as its binding reads nothing; a lifted activity keeps its
 * title and status (summaryHighlights: the report names it).
 */
export function summaryOf(picture: YearPicture): YearPicture {
  const highlightColumns = summaryHighlights.projection.select;
  const lean = <C extends Collection>(collection: C) => (item: ItemOf<C>): ItemOf<C> => {
    const lifted = collection === summaryHighlights.key && (item as Activity).highlighted === true;
    const read = new Set([...readBySummary[collection], ...(lifted ? highlightColumns : [])]);
    const copy: ItemOf<C> = { ...item };
    for (const field of lists[collection].fields as ReadonlyArray<ListField<ItemOf<C>>>) {
      if (!read.has(field.internalName) && field.model.read) Object.assign(copy, field.model.read(undefined, {}));
    }
    return copy;
  };
  return {
    ...picture,
    goals: picture.goals.map(lean('goals')),
    orgUnits: picture.orgUnits.map(lean('orgUnits')),
    allocations: picture.allocations.map(lean('allocations')),
    activities: picture.activities.map(lean('activities')),
    followUps: picture.followUps.map(lean('followUps')),
    indicators: picture.indicators.map(lean('indicators')),
    indicatorValues: picture.indicatorValues.map(lean('indicatorValues'))
  };
}

/**
 * An item as SharePoint gives it back: each column written as its binding writes it and read as it
 * reads it (a flag not set is absent, empty text is none). People, and what SharePoint records
 * itself (who and when), stay as they are: the writes set those.
 */
function asStored<C extends Collection>(collection: C, item: ItemOf<C>): ItemOf<C> {
  const fields = (lists[collection].fields as ReadonlyArray<ListField<ItemOf<C>>>).filter((field) => field.type !== 'User');
  const columns: Record<string, unknown> = {};
  for (const field of fields) if (field.model.write) columns[readKey(field)] = field.model.write(item, () => Promise.resolve(null));
  const read: ItemOf<C> = { ...item };
  for (const field of fields) if (field.model.read && field.model.write) Object.assign(read, field.model.read(columns[readKey(field)], columns));
  return read;
}

/** The same report but for who and when, which SharePoint records itself. */
function sameReport(stored: FrozenReport, draft: FrozenReportDraft): boolean {
  const written = (report: FrozenReportDraft): string => JSON.stringify({ ...report, id: undefined, frozenBy: undefined, frozenAt: undefined });
  return written(stored) === written(draft);
}

export class MemoryRepository implements IMiljoRepository {
  /** Every read, in order: "checkLists", "loadYear 2023". */
  public readonly calls: string[] = [];
  /** Every write, in order: "addAllocation 232:111"; a batch's writes each as their single one. */
  public readonly writes: string[] = [];
  /** Every batched call, in order: "addOrgUnits 3", "resolvePeople 12". */
  public readonly batches: string[] = [];
  public user: CurrentUser;
  public missingLists: ListKey[] = [];
  public outdatedLists: ListKey[] = [];
  /** What provision() answers; `done` also creates the missing lists. */
  public provisionAnswer: ProvisioningResult['kind'] = 'done';
  /** How many of the next reads fail, and with what. */
  public failingReads = 0;
  public failure: unknown = new ReadError('busy', 'HTTP 503: Service Unavailable');
  /** What canManageLists() answers. */
  public managesLists = false;
  /** While set, every read waits for it. */
  public hold: Promise<void> | undefined;
  /** While set, every write waits for it (to look at the optimistic state). */
  public writeGate: Promise<void> | undefined;
  /**
   * The tenant's directory: whom searchPeople finds (by a word of the name or the start of the
   * login) and resolvePerson accepts. Empty unless a test fills it.
   */
  public directory: Person[] = [];
  /** How many of the next resolvePerson calls fail, and with what. */
  public failingResolutions = 0;
  public resolutionFailure: IFailed = { kind: 'failed', cause: 'unreachable', message: 'Failed to fetch' };

  private readonly forced = new Map<WriteMethod, ForcedAnswer[]>();
  // Keyed by year and id: tests load one picture into several years, ids and all.
  private readonly items: { [C in Collection]: Map<string, Stored<ItemOf<C>>> } = {
    goals: new Map(), orgUnits: new Map(), allocations: new Map(), activities: new Map(), followUps: new Map(),
    indicators: new Map(), indicatorValues: new Map()
  };
  private readonly clientKeys = new Map<string, number>();
  /** Fastställda reports, as stored: JSON, so what comes back shares nothing with what was sent. */
  private readonly frozen: string[] = [];
  /** Reminders as SharePoint records them: who and when are the caller's and the moment's. */
  private readonly sent: SentReminder[] = [];
  /** The periods' settings by period key, with the version of their dates (0: never set). */
  private readonly periods = new Map<string, { settings: PeriodSettings; version: number }>();
  private nextId = 10000;

  public constructor(pictures: readonly YearPicture[], user: CurrentUser = reader) {
    this.user = user;
    for (const picture of pictures) {
      for (const collection of listOrder) {
        for (const item of picture[collection]) this.put(collection, item as never, collection === 'orgUnits' ? undefined : picture.year);
      }
    }
  }

  // ------------------------------------------------------------------ knobs

  /** The next call of `method` answers this instead of writing. */
  public force(method: WriteMethod, answer: ForcedAnswer): void {
    this.forced.set(method, [...(this.forced.get(method) ?? []), answer]);
  }

  /** A period closed (or its dates set) before the test: as if the regional staff had done it. */
  public setPeriodBehind(settings: PeriodSettings): void {
    const stored = this.periods.get(periodKey(settings.period));
    this.periods.set(periodKey(settings.period), { settings: copyOf(settings), version: (stored?.version ?? 0) + 1 });
  }

  /** A colleague's change, behind the view's back: a new version of the item. */
  public changeBehind<C extends Collection>(collection: C, id: number, change: (item: ItemOf<C>) => ItemOf<C>): void {
    const stored = this.find(collection, id);
    if (stored === undefined) throw new Error(`no ${collection} ${id}`);
    this.items[collection].set(keyOf(stored.year, id), { ...stored, item: change(stored.item), version: stored.version + 1 });
  }

  public removeBehind(collection: Collection, id: number): void {
    const stored = this.find(collection, id);
    if (stored !== undefined) this.items[collection].delete(keyOf(stored.year, id));
  }

  /** A colleague's new item; without an id it gets one. */
  public addBehind<C extends Collection>(collection: C, item: Omit<ItemOf<C>, 'id'> & { id?: number }, year: number): ItemOf<C> {
    const saved = { ...item, id: item.id ?? this.newId() } as ItemOf<C>;
    this.put(collection, saved, year);
    return saved;
  }

  /** What is stored now, for a year. */
  public stored(year: number): YearPicture {
    const ofYear = <C extends Collection>(collection: C): Array<ItemOf<C>> =>
      [...this.items[collection].values()].filter((stored) => collection === 'orgUnits' || stored.year === year).map((stored) => stored.item);
    return {
      year,
      goals: ofYear('goals'),
      orgUnits: ofYear('orgUnits'),
      allocations: ofYear('allocations'),
      activities: ofYear('activities'),
      followUps: ofYear('followUps'),
      indicators: ofYear('indicators'),
      indicatorValues: ofYear('indicatorValues')
    };
  }

  // ------------------------------------------------------------------ reads

  /** SharePoint's throttling as the UI hears of it: a test begins a wait as ThrottlingRetry would. */
  public readonly waits = new SharePointWaits();

  public watchWaits(listener: (retryAt: Date | undefined) => void): () => void {
    return this.waits.watch(listener);
  }

  public checkLists(): Promise<ListsStatus> {
    return this.read('checkLists', () => ({ missing: placesOf(this.missingLists), outdated: placesOf(this.outdatedLists) }));
  }

  public async provision(): Promise<ProvisioningResult> {
    this.calls.push('provision');
    const changes = { createdLists: this.provisionAnswer === 'done' ? [...this.missingLists] : [], addedFields: [], indexedFields: [], restrictedFields: [] };
    if (this.provisionAnswer === 'forbidden') return { kind: 'forbidden', missingPermission: 'manageLists', changes };
    if (this.provisionAnswer === 'failed') return { kind: 'failed', cause: 'busy', message: 'HTTP 503: Service Unavailable', changes };
    this.missingLists = [];
    this.outdatedLists = [];
    return { kind: 'done', changes };
  }

  public currentUser(): Promise<CurrentUser> {
    return this.read('currentUser', () => this.user);
  }

  public headedOrgUnitIds(): Promise<number[]> {
    return this.read('headedOrgUnitIds', () => [...this.items.orgUnits.values()].map((stored) => stored.item)
      .filter((unit) => !unit.closed && unit.head !== undefined && unit.head.login.toLowerCase() === this.user.person.login.toLowerCase())
      .map((unit) => unit.id).sort((a, b) => a - b));
  }

  public async canManageLists(): Promise<boolean> {
    this.calls.push('canManageLists');
    return this.managesLists;
  }

  public years(): Promise<number[]> {
    return this.read('years', () =>
      Array.from(new Set([...this.items.goals.values()].map((stored) => stored.item.year))).sort((a, b) => b - a));
  }

  /** As the port says: what the summary never shows reads as empty. */
  public loadSummaryYear(year: number): Promise<YearPicture> {
    return this.read(`loadSummaryYear ${year}`, () => summaryOf(this.stored(year)));
  }

  public loadSummaryTexts(year: number, wanted: SummaryTextsWanted): Promise<SummaryTexts> {
    return this.read(`loadSummaryTexts ${year} ${wanted.activityIds.length} ${wanted.followUpIds.length}`, () => {
      const picture = this.stored(year);
      const activityIds = new Set(wanted.activityIds);
      const followUpIds = new Set(wanted.followUpIds);
      return {
        activities: new Map(picture.activities.filter((activity) => activityIds.has(activity.id))
          .map((activity) => [activity.id, { title: activity.title, status: activity.status }])),
        followUps: new Map(picture.followUps.filter((followUp) => followUpIds.has(followUp.id))
          .map((followUp) => [followUp.id, { grade: followUp.grade, comment: followUp.comment }]))
      };
    });
  }

  public loadYear(year: number): Promise<LoadedYear> {
    return this.read(`loadYear ${year}`, () => {
      const etags = Object.fromEntries(listOrder.map((key) => [key, new Map<number, string>()])) as ItemVersions;
      for (const collection of listOrder) {
        for (const stored of this.items[collection].values()) {
          if (collection === 'orgUnits' || stored.year === year) etags[collection].set(stored.item.id, etagFor(stored.version));
        }
      }
      return { picture: this.stored(year), etags };
    });
  }

  public orgUnitsNamed(name: string): Promise<OrgUnit[]> {
    return this.read('orgUnitsNamed', () => [...this.items.orgUnits.values()].map((stored) => stored.item).filter((unit) => unit.name === name));
  }

  public searchPeople(query: string): Promise<PersonSuggestion[]> {
    return this.read(`searchPeople ${query}`, () => {
      // Every word typed starts a word of the name, the login or the e-mail, as SharePoint matches.
      const wanted = query.trim().toLowerCase().split(/\s+/).filter((word) => word !== '');
      const words = (person: Person): string[] => [...person.name.toLowerCase().split(/\s+/), person.login.toLowerCase(), (person.email ?? '').toLowerCase()];
      return this.directory.filter((person) => wanted.every((typed) => words(person).some((word) => word.startsWith(typed)))).slice(0, 10);
    });
  }

  public async resolvePerson(login: string): Promise<ResolveOutcome> {
    this.calls.push(`resolvePerson ${login}`);
    if (this.hold !== undefined) await this.hold;
    return this.resolved(login);
  }

  public async resolvePeople(logins: readonly string[]): Promise<ResolveOutcome[]> {
    this.batches.push(`resolvePeople ${logins.length}`);
    if (this.hold !== undefined) await this.hold;
    return logins.map((login) => this.resolved(login));
  }

  private resolved(login: string): ResolveOutcome {
    if (this.failingResolutions > 0) {
      this.failingResolutions -= 1;
      return this.resolutionFailure;
    }
    const wanted = login.trim().toLowerCase();
    const person = this.directory.find((candidate) => candidate.login.toLowerCase() === wanted || candidate.email?.toLowerCase() === wanted);
    return person === undefined ? { kind: 'notFound', login: login.trim() } : { kind: 'found', person };
  }

  // ------------------------------------------------------------------ writes

  public addGoal(draft: Draft<Goal>): Promise<WriteOutcome<Goal>> {
    return this.write('addGoal', `${draft.year} ${draft.code}`, () => this.added('goals', draft, draft.year));
  }

  public updateGoal(goal: Goal, etag: string): Promise<WriteOutcome<Goal>> {
    return this.write('updateGoal', String(goal.id), () => this.updated('goals', goal, etag));
  }

  public addOrgUnit(draft: Draft<OrgUnit>, clientKey: string): Promise<WriteOutcome<OrgUnit>> {
    return this.write('addOrgUnit', `${draft.name} key=${clientKey}`, () => {
      // As SharePoint's unique ClientKey: a retried create finds its first item.
      const existing = this.find('orgUnits', this.clientKeys.get(`orgUnits:${clientKey}`) ?? 0);
      if (existing !== undefined) return { kind: 'saved', value: existing.item, etag: etagFor(existing.version) };
      const outcome = this.added('orgUnits', draft, undefined);
      this.clientKeys.set(`orgUnits:${clientKey}`, outcome.value.id);
      return outcome;
    });
  }

  public updateOrgUnit(unit: OrgUnit, etag: string): Promise<WriteOutcome<OrgUnit>> {
    return this.write('updateOrgUnit', String(unit.id), () => this.updated('orgUnits', unit, etag));
  }

  /** Each unit as addOrgUnit writes it (a forced answer is one unit's), all in one call. */
  public addOrgUnits(units: ReadonlyArray<OrgUnitAdd>): Promise<Array<WriteOutcome<OrgUnit>>> {
    this.batches.push(`addOrgUnits ${units.length}`);
    return Promise.all(units.map(({ unit, clientKey }) => this.addOrgUnit(unit, clientKey)));
  }

  public updateOrgUnits(units: ReadonlyArray<OrgUnitUpdate>): Promise<Array<WriteOutcome<OrgUnit>>> {
    this.batches.push(`updateOrgUnits ${units.length}`);
    return Promise.all(units.map(({ unit, etag }) => this.updateOrgUnit(unit, etag)));
  }

  public addAllocation(draft: Draft<Allocation>, year: number): Promise<WriteOutcome<Allocation>> {
    return this.write('addAllocation', `${draft.goalId}:${draft.orgUnitId}`, () => {
      const existing = [...this.items.allocations.values()].find(
        (stored) => stored.item.goalId === draft.goalId && stored.item.orgUnitId === draft.orgUnitId);
      // As SharePoint's unique AllocationKey: the first one stands.
      if (existing !== undefined) return { kind: 'saved', value: existing.item, etag: etagFor(existing.version) };
      // Who allocated and when are SharePoint's Author and Created: the caller, now.
      return this.added('allocations', { ...draft, allocatedBy: this.user.person, allocatedAt: new Date().toISOString() }, year);
    });
  }

  public updateAllocation(allocation: Allocation, etag: string): Promise<WriteOutcome<Allocation>> {
    return this.write('updateAllocation', String(allocation.id), () => {
      const stored = this.find('allocations', allocation.id)?.item;
      return this.updated('allocations', stored ? { ...allocation, allocatedBy: stored.allocatedBy, allocatedAt: stored.allocatedAt } : allocation, etag);
    });
  }

  public removeAllocation(allocationId: number, etag: string): Promise<RemoveOutcome> {
    return this.write('removeAllocation', String(allocationId), () => this.removed('allocations', allocationId, etag));
  }

  public addActivity(draft: Draft<Activity>, year: number, clientKey: string): Promise<WriteOutcome<Activity>> {
    return this.write('addActivity', `${draft.title} key=${clientKey}`, () => {
      // As SharePoint's unique ClientKey: a retried create finds its first item.
      const existing = this.find('activities', this.clientKeys.get(clientKey) ?? 0);
      if (existing !== undefined) return { kind: 'saved', value: existing.item, etag: etagFor(existing.version) };
      const outcome = this.added('activities', draft, year);
      this.clientKeys.set(clientKey, outcome.value.id);
      return outcome;
    });
  }

  public updateActivity(activity: Activity, etag: string): Promise<WriteOutcome<Activity>> {
    return this.write('updateActivity', `${activity.id}→${activity.allocationId} ${activity.title}`, () => this.updated('activities', activity, etag));
  }

  public removeActivity(activityId: number, etag: string): Promise<RemoveOutcome> {
    return this.write('removeActivity', String(activityId), () => this.removed('activities', activityId, etag));
  }

  public addFollowUp(draft: Draft<FollowUp>): Promise<WriteOutcome<FollowUp>> {
    return this.write('addFollowUp', `${draft.activityId} ${draft.period.year}-${draft.period.kind}`, (): WriteOutcome<FollowUp> => {
      if (this.lockedFor(draft.period)) return { kind: 'forbidden', action: 'editFollowUp' };
      const existing = [...this.items.followUps.values()].find(
        (stored) => stored.item.activityId === draft.activityId && samePeriod(stored.item.period, draft.period));
      // As SharePoint's unique FollowUpKey: someone else recorded this period first.
      if (existing !== undefined) return { kind: 'conflict', current: existing.item, etag: etagFor(existing.version) };
      return this.added('followUps', this.followedUp(draft), draft.period.year);
    });
  }

  public updateFollowUp(followUp: FollowUp, etag: string): Promise<WriteOutcome<FollowUp>> {
    return this.write('updateFollowUp', String(followUp.id), (): WriteOutcome<FollowUp> => {
      const stored = this.find('followUps', followUp.id);
      // As SharePoint's locked period folder: the follow-up sits in its period's folder, whatever the draft says.
      if (this.lockedFor(stored?.item.period ?? followUp.period)) return { kind: 'forbidden', action: 'editFollowUp' };
      return this.updated('followUps', this.followedUp(followUp), etag);
    });
  }

  /** Who followed up and when are SharePoint's Editor and Modified: the caller, now. */
  private followedUp<T extends Draft<FollowUp>>(followUp: T): T {
    return { ...followUp, updatedBy: this.user.person, updatedAt: new Date().toISOString() };
  }

  public addIndicator(draft: Draft<Indicator>, year: number, clientKey: string): Promise<WriteOutcome<Indicator>> {
    return this.write('addIndicator', `${draft.name} key=${clientKey}`, () => {
      const existing = this.find('indicators', this.clientKeys.get(clientKey) ?? 0);
      if (existing !== undefined) return { kind: 'saved', value: existing.item, etag: etagFor(existing.version) };
      const outcome = this.added('indicators', draft, year);
      this.clientKeys.set(clientKey, outcome.value.id);
      return outcome;
    });
  }

  public updateIndicator(indicator: Indicator, etag: string): Promise<WriteOutcome<Indicator>> {
    return this.write('updateIndicator', `${indicator.id} ${indicator.name}`, () => this.updated('indicators', indicator, etag));
  }

  public addIndicatorValue(draft: Draft<IndicatorValue>, year: number): Promise<WriteOutcome<IndicatorValue>> {
    return this.write('addIndicatorValue', `${draft.indicatorId} ${draft.year}=${draft.value}`, (): WriteOutcome<IndicatorValue> => {
      const existing = [...this.items.indicatorValues.values()].find(
        (stored) => stored.item.indicatorId === draft.indicatorId && stored.item.year === draft.year && stored.item.period === draft.period);
      // As SharePoint's unique IndicatorValueKey: someone else entered this year's value first.
      if (existing !== undefined) return { kind: 'conflict', current: existing.item, etag: etagFor(existing.version) };
      return this.added('indicatorValues', draft, year);
    });
  }

  public updateIndicatorValue(value: IndicatorValue, etag: string): Promise<WriteOutcome<IndicatorValue>> {
    return this.write('updateIndicatorValue', `${value.id}=${value.value}`, () => this.updated('indicatorValues', value, etag));
  }

  public reports(year: number): Promise<FrozenReport[]> {
    return this.read(`reports ${year}`, () => this.frozen.map((json) => JSON.parse(json) as FrozenReport).filter((report) => report.year === year));
  }

  /** As SharePoint's list permissions: only the regional staff add reports; a version is taken once. */
  public freezeReport(draft: FrozenReportDraft): Promise<WriteOutcome<FrozenReport>> {
    return this.write('freezeReport', `${draft.year}-${draft.period.kind} v${draft.version}`, (): WriteOutcome<FrozenReport> => {
      if (!this.user.isRegionalStaff) return { kind: 'forbidden', action: 'freezeReport' };
      const taken = this.frozen.map((json) => JSON.parse(json) as FrozenReport)
        .find((report) => report.year === draft.year && report.period.kind === draft.period.kind && report.version === draft.version);
      // As SharePoint's unique ReportKey: the same report again is its retry, and lands once.
      if (taken !== undefined) return sameReport(taken, draft) ? { kind: 'saved', value: { ...draft, id: taken.id }, etag: '' } : { kind: 'conflict', current: taken, etag: '' };
      // Who fastställde it and when are SharePoint's Author and Created.
      const saved: FrozenReport = { ...draft, id: this.newId(), frozenBy: this.user.person, frozenAt: new Date().toISOString() };
      this.frozen.push(JSON.stringify(saved));
      return { kind: 'saved', value: { ...draft, id: saved.id }, etag: '' };
    });
  }

  public remindersSent(year: number): Promise<SentReminder[]> {
    return this.read(`remindersSent ${year}`, () => this.sent.filter((reminder) => reminder.year === year).map((reminder) => ({ ...reminder })));
  }

  /** As the list's permissions: the staff and department heads (in the group, or heading one) record reminders; a key lands once. */
  public recordReminder(reminder: Omit<SentReminder, 'id' | 'sentAt'>, clientKey: string): Promise<WriteOutcome<SentReminder>> {
    return this.write('recordReminder', `${reminder.channel} ${reminder.recipients.join(',')}`, (): WriteOutcome<SentReminder> => {
      const headsDepartment = [...this.items.orgUnits.values()].some(({ item }) =>
        item.level === 'avdelning' && item.head !== undefined && item.head.login.toLowerCase() === this.user.person.login.toLowerCase());
      if (!this.user.isRegionalStaff && !this.user.isDepartmentHead && !headsDepartment) return { kind: 'forbidden', action: 'remind' };
      const known = this.clientKeys.get(clientKey);
      const twin = this.sent.find((stored) => stored.id === known);
      if (twin !== undefined) return { kind: 'saved', value: { ...twin }, etag: etagFor(1) };
      // SharePoint's Author is the caller, whatever the client said.
      const saved: SentReminder = { ...reminder, id: this.newId(), sentBy: this.user.person, sentAt: new Date().toISOString() };
      this.sent.push(saved);
      this.clientKeys.set(clientKey, saved.id);
      return { kind: 'saved', value: { ...saved }, etag: etagFor(1) };
    });
  }

  public periodSettings(year: number): Promise<LoadedPeriods> {
    return this.read(`periodSettings ${year}`, () => {
      const loaded: LoadedPeriods = { periods: [], versions: {} };
      for (const period of periodsOfYear(year)) {
        const stored = this.periods.get(periodKey(period));
        loaded.periods.push(stored ? copyOf(stored.settings) : noSettings(period));
        if (stored) loaded.versions[period.kind] = etagFor(stored.version);
      }
      return loaded;
    });
  }

  /** As the list's permissions: only the staff; dates set by someone since they were read are a conflict. */
  public setPeriodDates(period: FollowUpPeriod, dates: PeriodDates, version: string | undefined): Promise<WriteOutcome<PeriodSettings>> {
    return this.write('setPeriodDates', `${periodKey(period)} ${dates.opensOn ?? '-'}..${dates.deadline ?? '-'}`, (): WriteOutcome<PeriodSettings> => {
      if (!this.user.isRegionalStaff) return { kind: 'forbidden', action: 'editPeriods' };
      const stored = this.periods.get(periodKey(period));
      const current = stored ? etagFor(stored.version) : undefined;
      if (stored && stored.settings.datesSetAt !== undefined && current !== version) return { kind: 'conflict', current: copyOf(stored.settings), etag: current ?? '' };
      const settings: PeriodSettings = { ...(stored?.settings ?? noSettings(period)), opensOn: dates.opensOn, deadline: dates.deadline,
        datesSetBy: this.user.person, datesSetAt: new Date().toISOString() };
      const next = (stored?.version ?? 0) + 1;
      this.periods.set(periodKey(period), { settings, version: next });
      return { kind: 'saved', value: copyOf(settings), etag: etagFor(next) };
    });
  }

  public closePeriod(period: FollowUpPeriod, clientKey: string): Promise<WriteOutcome<PeriodSettings>> {
    return this.write('closePeriod', periodKey(period), () => this.periodEvent(period, 'closed', clientKey));
  }

  public reopenPeriod(period: FollowUpPeriod, clientKey: string): Promise<WriteOutcome<PeriodSettings>> {
    return this.write('reopenPeriod', periodKey(period), () => this.periodEvent(period, 'reopened', clientKey));
  }

  /** An event lands once per key, and only when it changes the state: closing a closed period records nothing more. */
  private periodEvent(period: FollowUpPeriod, kind: 'closed' | 'reopened', clientKey: string): WriteOutcome<PeriodSettings> {
    if (!this.user.isRegionalStaff) return { kind: 'forbidden', action: 'editPeriods' };
    const stored = this.periods.get(periodKey(period)) ?? { settings: noSettings(period), version: 0 };
    const already = this.clientKeys.has(`period:${clientKey}`) || isPeriodClosed(stored.settings) === (kind === 'closed');
    if (!already) {
      const id = this.newId();
      stored.settings = { ...stored.settings, events: [...stored.settings.events, { id, kind, by: this.user.person, at: new Date().toISOString() }] };
      this.clientKeys.set(`period:${clientKey}`, id);
      this.periods.set(periodKey(period), stored);
    }
    return { kind: 'saved', value: copyOf(stored.settings), etag: etagFor(stored.version) };
  }

  /** Every readiness event recorded, in the order recorded. */
  private readonly readinessEvents: ReadinessEvent[] = [];

  public readiness(year: number): Promise<ReadinessEvent[]> {
    return this.read(`readiness ${year}`, () => this.readinessEvents.filter((event) => event.period.year === year).sort(compareReadinessEvents).map(copyOf));
  }

  /**
   * As the folders of Klarmarkeringar (src/data/places.ts): a unit's events are written by its head
   * and the heads above it, a department's by its head and the förvaltning's; the staff write all;
   * a closed period's are locked. Who and when are the caller and now; a key lands once.
   */
  public recordReadiness(draft: ReadinessDraft, clientKey: string): Promise<WriteOutcome<ReadinessEvent>> {
    return this.write('recordReadiness', `${draft.kind} ${draft.orgUnitId} ${periodKey(draft.period)}`, (): WriteOutcome<ReadinessEvent> => {
      if (this.lockedFor(draft.period) || !this.writesAt(draft.orgUnitId)) return { kind: 'forbidden', action: 'markReady' };
      const twin = this.readinessEvents.find((event) => event.id === this.clientKeys.get(`readiness:${clientKey}`));
      if (twin !== undefined) return { kind: 'saved', value: copyOf(twin), etag: etagFor(1) };
      const saved: ReadinessEvent = { ...draft, id: this.newId(), by: this.user.person, at: new Date().toISOString() };
      this.readinessEvents.push(saved);
      this.clientKeys.set(`readiness:${clientKey}`, saved.id);
      return { kind: 'saved', value: copyOf(saved), etag: etagFor(1) };
    });
  }

  /** The staff, a site owner, or the head of the org unit or of one above it. */
  private writesAt(orgUnitId: number): boolean {
    if (this.user.isRegionalStaff || this.user.isSiteAdmin) return true;
    const byId = new Map([...this.items.orgUnits.values()].map(({ item }) => [item.id, item]));
    const login = this.user.person.login.toLowerCase();
    for (let unit = byId.get(orgUnitId), steps = 0; unit !== undefined && steps < 5; unit = unit.parentId === undefined ? undefined : byId.get(unit.parentId), steps++) {
      if (!unit.closed && unit.head?.login.toLowerCase() === login) return true;
    }
    return false;
  }

  /** Follow-ups a head added past the web part outside a closed period's locked folder: what strayFollowUps answers. */
  public strays: StrayFollowUp[] = [];

  /** What placeGroupMismatches answers; syncPlaceGroups empties it (the groups then follow the heads). */
  public mismatches: PlaceGroupMismatch[] = [];

  public placeGroupMismatches(): Promise<PlaceGroupMismatch[]> {
    return this.read('placeGroupMismatches', () => this.mismatches.map(copyOf));
  }

  /** As the groups' owners: the staff put the members in step; anyone else is refused a change. */
  public syncPlaceGroups(): Promise<WriteOutcome<number>> {
    return this.write('syncPlaceGroups', String(this.mismatches.length), (): WriteOutcome<number> => {
      const changed = this.mismatches.filter((mismatch) => !mismatch.groupMissing).reduce((sum, mismatch) => sum + mismatch.missing.length + mismatch.extra.length, 0);
      // As SharePoint: groups already in step are left alone, so only a change is refused.
      if (!this.user.isRegionalStaff && changed > 0) return { kind: 'forbidden', action: 'editOrganisation' };
      this.mismatches = this.mismatches.filter((mismatch) => mismatch.groupMissing);
      return { kind: 'saved', value: changed, etag: '' };
    });
  }

  public strayFollowUps(year: number): Promise<StrayFollowUp[]> {
    return this.read(`strayFollowUps ${year}`, () => this.strays.filter((stray) => stray.period.year === year).map(copyOf));
  }

  /** A closed period's follow-ups: the regional staff's alone, as SharePoint's locked folders hold them. */
  private lockedFor(period: FollowUpPeriod): boolean {
    return !this.user.isRegionalStaff && isPeriodClosed(this.periods.get(periodKey(period))?.settings);
  }

  // ------------------------------------------------------------------ inside

  private async read<T>(name: string, answer: () => T): Promise<T> {
    this.calls.push(name);
    if (this.hold !== undefined) await this.hold;
    if (this.failingReads > 0) {
      this.failingReads -= 1;
      throw this.failure;
    }
    return answer();
  }

  private async write<T extends WriteOutcome<unknown> | RemoveOutcome>(method: WriteMethod, what: string, perform: () => T): Promise<T> {
    this.writes.push(`${method} ${what}`);
    if (this.writeGate !== undefined) await this.writeGate;
    const forced = (this.forced.get(method) ?? []).shift();
    if (forced === undefined) return this.mayWrite(method) ? perform() : { kind: 'forbidden', action: actionOf[method] } as T;
    return (forced.kind === 'forbidden' ? { kind: 'forbidden', action: actionOf[method] } : forced) as T;
  }

  /**
   * As the lists' permissions (src/data/roles.ts): goals, the organisation and indicators are the
   * staff's; someone in no role group who heads no place only reads. (The places' own folders,
   * which keep a head to their department, are not modelled.) Putting groups in step that already
   * are changes nothing, whoever asks.
   */
  private mayWrite(method: WriteMethod): boolean {
    const { isRegionalStaff, isDepartmentHead, isUnitHead, isSiteAdmin } = this.user;
    if (isRegionalStaff || isSiteAdmin) return true;
    const action = actionOf[method];
    if (action === 'editGoals' || action === 'editIndicators') return false;
    if (method === 'syncPlaceGroups') return true;
    if (action === 'editOrganisation') return false;
    const login = this.user.person.login.toLowerCase();
    return isDepartmentHead || isUnitHead || [...this.items.orgUnits.values()].some(({ item }) => item.head?.login.toLowerCase() === login);
  }

  private put<C extends Collection>(collection: C, item: ItemOf<C>, year: number | undefined): void {
    this.items[collection].set(keyOf(year, item.id), { item, year, version: 1 });
  }

  private added<C extends Collection>(collection: C, draft: Omit<ItemOf<C>, 'id'>, year: number | undefined): { kind: 'saved'; value: ItemOf<C>; etag: string } {
    const saved = asStored(collection, { ...draft, id: this.newId() } as ItemOf<C>);
    this.put(collection, saved, year);
    return { kind: 'saved', value: saved, etag: etagFor(1) };
  }

  private updated<C extends Collection>(collection: C, item: ItemOf<C>, etag: string): WriteOutcome<ItemOf<C>> {
    const stored = this.find(collection, item.id);
    if (stored === undefined) return { kind: 'gone' };
    if (etagFor(stored.version) !== etag) return { kind: 'conflict', current: stored.item, etag: etagFor(stored.version) };
    const version = stored.version + 1;
    const saved = asStored(collection, item);
    this.items[collection].set(keyOf(stored.year, item.id), { item: saved, year: stored.year, version });
    return { kind: 'saved', value: saved, etag: etagFor(version) };
  }

  private removed(collection: Collection, id: number, etag: string): RemoveOutcome {
    const stored = this.find(collection, id);
    if (stored === undefined) return { kind: 'gone' };
    if (etagFor(stored.version) !== etag) return { kind: 'conflict' };
    // As SharePoint's Restrict lookup: an allocation that activities look up to stays.
    if (collection === 'allocations' && [...this.items.activities.values()].some((activity) => activity.item.allocationId === id)) return { kind: 'conflict' };
    this.items[collection].delete(keyOf(stored.year, id));
    return { kind: 'removed' };
  }

  private find<C extends Collection>(collection: C, id: number): Stored<ItemOf<C>> | undefined {
    for (const stored of this.items[collection].values()) if (stored.item.id === id) return stored;
    return undefined;
  }

  private newId(): number {
    this.nextId += 1;
    return this.nextId;
  }
}
