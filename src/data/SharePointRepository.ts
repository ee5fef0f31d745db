// IMiljoRepository on SharePoint lists through PnPjs. Created once per web part (or workbench)
// with a configured SPFI and the web's server-relative URL; holds no data between calls but the
// login → user id cache and the site's calendar (its time zone, read with the first year).
import type { SPFI } from '@pnp/sp';
import { realClock, type Clock } from '../domain/clock';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/web';
import { PermissionKind } from '@pnp/sp/security';
import type { Activity, Allocation, FollowUp, FollowUpPeriod, Goal, Indicator, IndicatorValue, OrgUnit, YearPicture } from '../domain/model';
import { isPeriodClosed, settingsOf, type PeriodDates, type PeriodSettings } from '../domain/periodSettings';
import type { FrozenReport, FrozenReportDraft } from '../domain/report/frozenReport';
import type { SentReminder } from '../domain/reminders/reminders';
import { addItem, Item, readItem, removeItem, updateItem } from './itemWrites';
import type { Added } from './listFields';
import { addedItemBody, itemBody, writesSame } from './itemBodies';
import { readSiteCalendar, SiteCalendar } from './siteCalendar';
import { etagOf, projections, toModel } from './mapping';
import { failureOf, guardRead, isForbidden, isNotFound, readErrorOf } from './errors';
import { addedFormValues, FolderPlace } from './folderWrites';
import type { AddFolder } from './places';
import { placeWork } from './lazyPlaceWork';
import { compareReadinessEvents, type ReadinessDraft, type ReadinessEvent } from '../domain/readiness/readiness';
import { datesEntry, eventEntry, settingsFromEntries } from './periodStore';
import { eq } from './odata';
import { loginFromClaims } from './people';
import { checkLists, provisionLists } from './provisioning';
import { provisionRoles, roleGroupTitles, staffOfForvaltningIds } from './roles';
import type {
  CurrentUser, Draft, IMiljoRepository, ListsStatus, LoadedPeriods, LoadedYear, PlaceGroupMismatch, StrayFollowUp, OrgUnitAdd, OrgUnitUpdate, PersonSuggestion,
  ProvisioningChanges, ProvisioningResult, RemoveOutcome, ResolveOutcome, SummaryTexts, SummaryTextsWanted, WriteOutcome
} from '../ports';
import { lockReportItem, LockPrincipals, readReports, reportParts } from './reportStore';
import { allocationKey, followUpKey, goalKey, indicatorValueKey, ListKey, ListModels, PeriodEntry, periodEntryKey, ReportPart, reportKey } from './schema';
import { listUrl, readYear } from './yearReader';
import type { SharePointWaits } from './waits';
import { SummaryYearReader } from './summaryYear';
import type { YearCacheStore } from './yearCacheStore';
import type { BatchHost } from './batchWrites';

export class SharePointRepository implements IMiljoRepository {
  private readonly userIds = new Map<string, Promise<number>>();
  private calendar: Promise<SiteCalendar> | undefined;

  private readonly summaryYears: SummaryYearReader;

  /**
   * `waits`: the same the SPFI's ThrottlingRetry reports to, so the UI can say a save is waiting.
   * `yearStore`: where the browser keeps the summary's years (none: every summary read is a full one).
   * `now`: the clock a reminder's time is written by (the demo's in the workbench).
   */
  public constructor(private readonly sp: SPFI, private readonly webServerRelativeUrl: string, private readonly waits?: SharePointWaits,
    yearStore?: YearCacheStore, private readonly now: Clock = realClock) {
    this.summaryYears = new SummaryYearReader(sp, webServerRelativeUrl, yearStore);
  }

  public watchWaits(listener: (retryAt: Date | undefined) => void): () => void {
    if (this.waits === undefined) {
      listener(undefined);
      return () => undefined;
    }
    return this.waits.watch(listener);
  }

  public checkLists(): Promise<ListsStatus> {
    return guardRead(() => checkLists(this.sp, this.webServerRelativeUrl));
  }

  /** "Skapa listor": the lists, then the role groups and the lists' permissions, then the places and units. */
  public async provision(): Promise<ProvisioningResult> {
    const changes: ProvisioningChanges = { createdLists: [], addedFields: [], indexedFields: [], restrictedFields: [] };
    try {
      const lists = await provisionLists(this.sp, this.webServerRelativeUrl, undefined, changes);
      if (lists.kind !== 'done') return lists;
      const roles = await provisionRoles(this.sp, this.webServerRelativeUrl);
      if (roles.kind !== 'done') return { kind: 'forbidden', missingPermission: roles.missingPermission, changes };
      // The staff able to secure units' folders and close periods (lists secured before could not),
      // before the folders copy their permissions.
      const staff: { Id: number } = await this.sp.web.siteGroups.getByName(roleGroupTitles.regionalStaff).select('Id')();
      const work = await placeWork();
      await work.staffManagePlaces(this.sp, this.webServerRelativeUrl, staff.Id);
      // The latest year with goals is the one being followed up, whatever the calendar says.
      const latestYear: Item[] = await this.list('goals').items.select('MiljoYear').orderBy('MiljoYear', false).top(1)();
      const periods = await this.periodsByState(latestYear.map((item) => item.MiljoYear as number));
      const places = await work.provisionPlaces(this.sp, this.webServerRelativeUrl, periods.open);
      if (places.kind !== 'done') return { kind: 'forbidden', missingPermission: 'managePermissions', changes };
      // A site provisioned with flat lists or place folders only: its items move into their places' and units' folders.
      const moved = await work.moveIntoPlace(this.sp, this.webServerRelativeUrl);
      // Every closed period locked in every place: a place made since its close (a new department,
      // whose folders take "Skapa listor") gets its locked period folders here, before its heads can write in it.
      for (const period of periods.closed) await work.lockPeriodFolders(this.sp, this.webServerRelativeUrl, period, staff.Id);
      if (moved.followUps > 0) {
        // The moves made period folders of open periods: their units' folders, and the follow-ups into them.
        await work.provisionPlaces(this.sp, this.webServerRelativeUrl, []);
        await work.moveIntoPlace(this.sp, this.webServerRelativeUrl);
      }
      return lists;
    } catch (error) {
      // What was created stays; running it again carries on from there.
      return { ...failureOf(error), changes };
    }
  }

  /** The periods the Perioder list knows, this year's and those of `years`, as open or closed. */
  private async periodsByState(years: readonly number[] = []): Promise<{ open: FollowUpPeriod[]; closed: FollowUpPeriod[] }> {
    const calendar = await this.siteCalendar();
    const projection = projections.periods;
    const items: Item[] = await this.list('periods').items.select(...projection.select).expand(...projection.expand).orderBy('Id').top(5000)();
    const entries = items.map((item) => ({ entry: toModel.periods(item, calendar), etag: etagOf(item) }));
    const byState: { open: FollowUpPeriod[]; closed: FollowUpPeriod[] } = { open: [], closed: [] };
    for (const year of new Set([...entries.map(({ entry }) => entry.year), ...years, new Date().getFullYear()])) {
      for (const settings of settingsFromEntries(year, entries).periods) (isPeriodClosed(settings) ? byState.closed : byState.open).push(settings.period);
    }
    return byState;
  }

  public currentUser(): Promise<CurrentUser> {
    return guardRead(() => this.readCurrentUser());
  }

  private async readCurrentUser(): Promise<CurrentUser> {
    const user = await this.sp.web.currentUser.select('Id', 'Title', 'LoginName', 'Email', 'IsSiteAdmin')();
    const groups: Array<{ Title: string }> = await this.sp.web.currentUser.groups.select('Title')();
    const login = loginFromClaims(user.LoginName);
    this.userIds.set(login.toLowerCase(), Promise.resolve(user.Id));
    return {
      person: { login, name: user.Title, email: user.Email || undefined },
      groups: groups.map((group) => group.Title),
      isRegionalStaff: groups.some((group) => group.Title === roleGroupTitles.regionalStaff),
      isDepartmentHead: groups.some((group) => group.Title === roleGroupTitles.departmentHeads),
      isUnitHead: groups.some((group) => group.Title === roleGroupTitles.unitHeads),
      staffOfForvaltningIds: staffOfForvaltningIds(groups.map((group) => group.Title)),
      isSiteAdmin: user.IsSiteAdmin === true
    };
  }

  public headedOrgUnitIds(): Promise<number[]> {
    return guardRead(async () => {
      const user = await this.sp.web.currentUser.select('Id')();
      // Head is indexed, and the list holds the organisation (hundreds of rows, not thousands).
      const items: Item[] = await this.list('orgUnits').items.select('Id', 'Closed').filter(`HeadId eq ${Number(user.Id)}`).top(5000)();
      return items.filter((item) => item.Closed !== true).map((item) => item.Id as number).sort((a, b) => a - b);
    });
  }

  public async canManageLists(): Promise<boolean> {
    try {
      return await this.sp.web.currentUserHasPermissions(PermissionKind.ManageLists);
    } catch (error) {
      // Someone with no access to the site at all may certainly not create lists on it.
      if (isForbidden(error)) return false;
      throw readErrorOf(error);
    }
  }

  public loadSummaryYear(year: number): Promise<YearPicture> {
    return guardRead(() => this.summaryYears.read(year));
  }

  public loadSummaryTexts(year: number, wanted: SummaryTextsWanted): Promise<SummaryTexts> {
    return guardRead(() => this.summaryYears.texts(year, wanted));
  }

  public loadYear(year: number): Promise<LoadedYear> {
    return guardRead(async () => {
      const { loaded, calendar } = await readYear(this.sp, this.webServerRelativeUrl, year);
      this.calendar = Promise.resolve(calendar);
      return loaded;
    });
  }

  public years(): Promise<number[]> {
    return guardRead(async () => {
      const items: Item[] = await this.list('goals').items.select('MiljoYear').orderBy('MiljoYear', false).top(5000)();
      return Array.from(new Set(items.map((item) => item.MiljoYear as number)));
    });
  }

  // The people picker's code and PnPjs's profiles module come in a chunk of their own when an
  // editor first asks; a chunk that cannot load (offline) is a failed read or resolution like any other.
  public searchPeople(query: string): Promise<PersonSuggestion[]> {
    return guardRead(() => import(/* webpackChunkName: 'miljomal-people' */ './peopleSearch').then((people) => people.searchPeople(this.sp, query)));
  }

  public resolvePerson(login: string): Promise<ResolveOutcome> {
    return import(/* webpackChunkName: 'miljomal-people' */ './peopleSearch').then((people) => people.resolvePerson(this.sp, login), failureOf);
  }

  public resolvePeople(logins: readonly string[]): Promise<ResolveOutcome[]> {
    return this.batches().then(([batch, host]) => batch.resolvePeople(host, logins),
      (error: unknown) => logins.map(() => failureOf(error)));
  }

  public async addGoal(goal: Draft<Goal>): Promise<WriteOutcome<Goal>> {
    const firstOfYear = await this.list('goals').items.select('Id').filter(eq('MiljoYear', goal.year)).top(1)()
      .then((items: Item[]) => items.length === 0, () => false);
    const outcome = await addItem({
      list: this.list('goals'), body: () => this.body('goals', goal), action: 'editGoals', value: (id) => ({ ...goal, id }),
      findByKey: () => this.findByKey('goals', 'GoalKey', goalKey(goal.year, goal.code)),
      // The year's code is the key: the same goal is this add's first try; another is a duplicate code.
      onExisting: (item) => this.ownAdd('goals', goal, item)
    });
    // A year's first goal opens its periods: each unit's folder in them, which only the staff make
    // (a unit head's follow-up would otherwise find none). Best effort: "Skapa listor" does it too.
    if (outcome.kind === 'saved' && firstOfYear) {
      const periods = await this.periodsByState([goal.year]).catch(() => ({ open: [] as FollowUpPeriod[] }));
      for (const period of periods.open.filter((open) => open.year === goal.year)) await this.keepPeriodOpen(period).catch(() => undefined);
    }
    return outcome;
  }

  public updateGoal(goal: Goal, etag: string): Promise<WriteOutcome<Goal>> {
    return updateItem({
      list: this.list('goals'), id: goal.id, body: () => this.body('goals', goal), etag, action: 'editGoals',
      value: goal, projection: projections.goals, toValue: (item) => this.toModel('goals', item), holdsWrite: this.holds('goals', goal)
    });
  }

  public orgUnitsNamed(name: string): Promise<OrgUnit[]> {
    return guardRead(async () => {
      const projection = projections.orgUnits;
      const items: Item[] = await this.list('orgUnits').items.select(...projection.select).expand(...projection.expand)
        .filter(eq('Title', name)).top(100)();
      const calendar = await this.siteCalendar();
      return items.map((item) => toModel.orgUnits(item, calendar));
    });
  }

  public async addOrgUnit(unit: Draft<OrgUnit>, clientKey: string): Promise<WriteOutcome<OrgUnit>> {
    return this.inStep(await addItem({
      list: this.list('orgUnits'), body: () => this.addedBody('orgUnits', unit, { clientKey }), action: 'editOrganisation',
      value: (id) => ({ ...unit, id }),
      findByKey: () => this.findByKey('orgUnits', 'ClientKey', clientKey),
      onExisting: async (item) => ({ kind: 'saved', value: await this.toModel('orgUnits', item), etag: etagOf(item) })
    }));
  }

  public async updateOrgUnit(unit: OrgUnit, etag: string): Promise<WriteOutcome<OrgUnit>> {
    const before = await this.parentOf(unit.id);
    const outcome = await updateItem({
      list: this.list('orgUnits'), id: unit.id, body: () => this.body('orgUnits', unit), etag,
      action: 'editOrganisation', value: unit, projection: projections.orgUnits, toValue: (item) => this.toModel('orgUnits', item),
      holdsWrite: this.holds('orgUnits', unit)
    });
    return this.inStep(outcome, before, before !== unit.parentId);
  }

  private async parentOf(unitId: number): Promise<number | undefined> {
    try {
      const item: { ParentUnitId?: number | null } = await this.list('orgUnits').items.getById(unitId).select('ParentUnitId')();
      return item.ParentUnitId ?? undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * After an organisation edit, its places' groups and folders in step (places.ts), and a moved
   * unit's items in its new place's folder. The edit has landed whatever happens here: what the
   * caller may not do (make a group: a site owner's) waits for "Skapa listor" and shows as a
   * mismatch in Administration.
   */
  private async inStep(outcome: WriteOutcome<OrgUnit>, formerParent?: number, moved = false): Promise<WriteOutcome<OrgUnit>> {
    if (outcome.kind !== 'saved') return outcome;
    try {
      const touched = [outcome.value.id, ...(formerParent === undefined ? [] : [formerParent])];
      await (await placeWork()).keepPlacesInStep(this.sp, this.webServerRelativeUrl, touched, undefined, { checked: [outcome.value.id] });
      if (moved) await (await placeWork()).moveIntoPlace(this.sp, this.webServerRelativeUrl);
    } catch {
      // Left as it was: "Skapa listor" and Administration's check catch up with it.
    }
    return outcome;
  }

  public async addOrgUnits(units: ReadonlyArray<OrgUnitAdd>): Promise<Array<WriteOutcome<OrgUnit>>> {
    const outcomes = await this.batches().then(([batch, host]) => batch.addOrgUnits(host, units), (error: unknown) => units.map(() => failureOf(error)));
    return this.allInStep(outcomes, false);
  }

  public async updateOrgUnits(units: ReadonlyArray<OrgUnitUpdate>): Promise<Array<WriteOutcome<OrgUnit>>> {
    const outcomes = await this.batches().then(([batch, host]) => batch.updateOrgUnits(host, units, ({ unit, etag }) => this.updateOrgUnit(unit, etag)),
      (error: unknown) => units.map(() => failureOf(error)));
    return this.allInStep(outcomes, true);
  }

  /** An import's edits: every place in step once, and items moved when units may have moved. */
  private async allInStep(outcomes: Array<WriteOutcome<OrgUnit>>, mayHaveMoved: boolean): Promise<Array<WriteOutcome<OrgUnit>>> {
    const saved = outcomes.flatMap((outcome) => outcome.kind === 'saved' ? [outcome.value.id] : []);
    if (saved.length === 0) return outcomes;
    try {
      // Every place (a moved unit's former one included); only the saved units' folders read again.
      await (await placeWork()).keepPlacesInStep(this.sp, this.webServerRelativeUrl, undefined, undefined, { checked: saved });
      if (mayHaveMoved) await (await placeWork()).moveIntoPlace(this.sp, this.webServerRelativeUrl);
    } catch {
      // Left as it was: "Skapa listor" and Administration's check catch up with it.
    }
    return outcomes;
  }

  // The batched writes come in the chunk of the import that uses them: a chunk of their own would
  // cost the first chunk a chunk-map entry it has no room for. Failing to load (offline, or the
  // site's calendar unread) fails every write of the call, as a request would.
  private async batches(): Promise<[typeof import('./batchWrites'), BatchHost]> {
    const [batch, calendar] = await Promise.all([import(/* webpackChunkName: 'miljomal-administration' */ './batchWrites'), this.siteCalendar()]);
    return [batch, { sp: this.sp, webServerRelativeUrl: this.webServerRelativeUrl, calendar, userIds: this.userIds }];
  }

  public addAllocation(allocation: Draft<Allocation>, year: number): Promise<WriteOutcome<Allocation>> {
    const list = this.list('allocations');
    return addItem({
      list, body: () => this.addedBody('allocations', allocation, { year }), action: 'allocate',
      place: () => this.placeOf('allocations', allocation, { year }, placeWork().then((work) => work.folderUrlFor(this.sp, this.webServerRelativeUrl, 'allocations', allocation.orgUnitId))
        .then((url) => url === undefined ? undefined : { url })),
      value: (id) => ({ ...allocation, id }),
      findByKey: () => this.findByKey('allocations', 'AllocationKey', allocationKey(allocation.goalId, allocation.orgUnitId)),
      // The same goal at the same unit is the same allocation, whoever made it first.
      onExisting: async (item) => ({ kind: 'saved', value: await this.toModel('allocations', item), etag: etagOf(item) })
    });
  }

  public updateAllocation(allocation: Allocation, etag: string): Promise<WriteOutcome<Allocation>> {
    return updateItem({
      list: this.list('allocations'), id: allocation.id, body: () => this.body('allocations', allocation), etag,
      action: 'allocate', value: allocation, projection: projections.allocations, toValue: (item) => this.toModel('allocations', item),
      holdsWrite: this.holds('allocations', allocation)
    });
  }

  public removeAllocation(allocationId: number, etag: string): Promise<RemoveOutcome> {
    return removeItem(this.list('allocations'), allocationId, etag, 'removeAllocation');
  }

  public async addActivity(activity: Draft<Activity>, year: number, clientKey: string): Promise<WriteOutcome<Activity>> {
    const body = (): Promise<Item> => this.addedBody('activities', activity, { year, clientKey });
    const outcome = await addItem({
      list: this.list('activities'), body, action: 'editActivity', value: (id) => ({ ...activity, id }),
      place: () => this.placeOf('activities', activity, { year, clientKey }, placeWork().then((work) => work.activityFolder(this.sp, this.webServerRelativeUrl, activity.allocationId))),
      findByKey: () => this.findByKey('activities', 'ClientKey', clientKey),
      onExisting: async (item) => ({ kind: 'saved', value: await this.toModel('activities', item), etag: etagOf(item) })
    });
    return outcome.kind === 'saved' ? this.keptWithItsAllocation(outcome) : outcome;
  }

  /**
   * Once an activity exists, SharePoint keeps its allocation (a Restrict lookup); one removed just
   * before the add landed is caught here, and the activity taken back, so none is left orphaned.
   */
  private async keptWithItsAllocation(saved: WriteOutcome<Activity> & { kind: 'saved' }): Promise<WriteOutcome<Activity>> {
    try {
      const allocation = await readItem(this.list('allocations'), saved.value.allocationId, { select: ['Id'], expand: [] });
      if (allocation) return saved;
      const undone = await removeItem(this.list('activities'), saved.value.id, saved.etag, 'editActivity');
      return undone.kind === 'removed' || undone.kind === 'gone' ? { kind: 'gone' } : saved;
    } catch {
      // Unchecked is still saved: the list has it, and the next read shows where it belongs.
      return saved;
    }
  }

  public updateActivity(activity: Activity, etag: string): Promise<WriteOutcome<Activity>> {
    return updateItem({
      list: this.list('activities'), id: activity.id, body: () => this.body('activities', activity), etag,
      action: 'editActivity', value: activity, projection: projections.activities, toValue: (item) => this.toModel('activities', item),
      holdsWrite: this.holds('activities', activity)
    });
  }

  public removeActivity(activityId: number, etag: string): Promise<RemoveOutcome> {
    return removeItem(this.list('activities'), activityId, etag, 'editActivity');
  }

  public addFollowUp(followUp: Draft<FollowUp>): Promise<WriteOutcome<FollowUp>> {
    return addItem({
      list: this.list('followUps'), body: () => this.body('followUps', followUp), action: 'editFollowUp', value: (id) => ({ ...followUp, id }),
      place: () => this.followUpPlace(followUp),
      findByKey: () => this.findByKey('followUps', 'FollowUpKey', followUpKey(followUp.activityId, followUp.period.kind)),
      // This add's first try, its answer lost, is saved; someone else's record of the period is
      // a conflict, shown and never overwritten.
      onExisting: async (item) => await this.ownAdd('followUps', followUp, item)
        ?? { kind: 'conflict', current: await this.toModel('followUps', item), etag: etagOf(item) }
    });
  }

  public updateFollowUp(followUp: FollowUp, etag: string): Promise<WriteOutcome<FollowUp>> {
    return updateItem({
      list: this.list('followUps'), id: followUp.id, body: () => this.body('followUps', followUp), etag,
      action: 'editFollowUp', value: followUp, projection: projections.followUps, toValue: (item) => this.toModel('followUps', item),
      holdsWrite: this.holds('followUps', followUp)
    });
  }

  public addIndicator(indicator: Draft<Indicator>, year: number, clientKey: string): Promise<WriteOutcome<Indicator>> {
    return addItem({
      list: this.list('indicators'), body: () => this.addedBody('indicators', indicator, { year, clientKey }),
      action: 'editIndicators', value: (id) => ({ ...indicator, id }),
      findByKey: () => this.findByKey('indicators', 'ClientKey', clientKey),
      onExisting: async (item) => ({ kind: 'saved', value: await this.toModel('indicators', item), etag: etagOf(item) })
    });
  }

  public updateIndicator(indicator: Indicator, etag: string): Promise<WriteOutcome<Indicator>> {
    return updateItem({
      list: this.list('indicators'), id: indicator.id, body: () => this.body('indicators', indicator), etag,
      action: 'editIndicators', value: indicator, projection: projections.indicators, toValue: (item) => this.toModel('indicators', item),
      holdsWrite: this.holds('indicators', indicator)
    });
  }

  public addIndicatorValue(value: Draft<IndicatorValue>, year: number): Promise<WriteOutcome<IndicatorValue>> {
    return addItem({
      list: this.list('indicatorValues'), body: () => this.addedBody('indicatorValues', value, { year }),
      action: 'editIndicators', value: (id) => ({ ...value, id }),
      findByKey: () => this.findByKey('indicatorValues', 'IndicatorValueKey', indicatorValueKey(value.indicatorId, value.year, value.period)),
      // This add's own first try is saved; someone else's value for the year is shown, never overwritten.
      onExisting: async (item) => await this.ownAdd('indicatorValues', value, item)
        ?? { kind: 'conflict', current: await this.toModel('indicatorValues', item), etag: etagOf(item) }
    });
  }

  public updateIndicatorValue(value: IndicatorValue, etag: string): Promise<WriteOutcome<IndicatorValue>> {
    return updateItem({
      list: this.list('indicatorValues'), id: value.id, body: () => this.body('indicatorValues', value), etag,
      action: 'editIndicators', value, projection: projections.indicatorValues, toValue: (item) => this.toModel('indicatorValues', item),
      holdsWrite: this.holds('indicatorValues', value)
    });
  }

  public reports(year: number): Promise<FrozenReport[]> {
    return guardRead(async () => {
      const calendar = await this.siteCalendar();
      return readReports(this.list('reports'), year, (item) => toModel.reports(item, calendar));
    });
  }

  public remindersSent(year: number): Promise<SentReminder[]> {
    return guardRead(async () => {
      const calendar = await this.siteCalendar();
      const projection = projections.reminders;
      const items: Item[] = await this.list('reminders').items.select(...projection.select).expand(...projection.expand)
        .filter(eq('MiljoYear', year)).orderBy('Id').top(5000)();
      return items.map((item) => toModel.reminders(item, calendar));
    });
  }

  public recordReminder(reminder: Omit<SentReminder, 'id' | 'sentAt'>, clientKey: string): Promise<WriteOutcome<SentReminder>> {
    const draft = { ...reminder, sentAt: this.now().toISOString() };
    return addItem<SentReminder>({
      list: this.list('reminders'), body: () => this.addedBody('reminders', draft, { year: reminder.year, clientKey }), action: 'remind',
      value: (id) => ({ ...draft, id }),
      findByKey: () => this.findByKey('reminders', 'ClientKey', clientKey),
      onExisting: async (item) => ({ kind: 'saved', value: await this.toModel('reminders', item), etag: etagOf(item) })
    });
  }

  public readiness(year: number): Promise<ReadinessEvent[]> {
    return guardRead(async () => {
      const calendar = await this.siteCalendar();
      const projection = projections.readiness;
      const [items, units] = await Promise.all([
        this.list('readiness').items.select(...projection.select, 'FileDirRef').expand(...projection.expand)
          .filter(eq('MiljoYear', year)).orderBy('Id').top(5000)() as Promise<Item[]>,
        placeWork().then((work) => work.readPlacedUnits(this.sp, this.webServerRelativeUrl))
      ]);
      const { heldBySharePoint } = await placeWork();
      const byId = new Map(units.map((unit) => [unit.id, unit]));
      const root = listUrl(this.webServerRelativeUrl, 'readiness');
      return items.map((item) => ({ event: toModel.readiness(item, calendar), folder: String(item.FileDirRef ?? root) }))
        .filter(({ event, folder }) => heldBySharePoint(event, folder, root, byId))
        .map(({ event }) => event).sort(compareReadinessEvents);
    });
  }

  public async recordReadiness(draft: ReadinessDraft, clientKey: string): Promise<WriteOutcome<ReadinessEvent>> {
    // Who and when are SharePoint's: the saved value is the item read back.
    const event = { ...draft, by: { login: '', name: '' }, at: '' };
    const outcome = await addItem<ReadinessEvent>({
      list: this.list('readiness'), body: () => this.addedBody('readiness', event, { year: draft.period.year, clientKey }), action: 'markReady',
      value: (id) => ({ ...event, id }),
      place: () => this.placeOf('readiness', event, { year: draft.period.year, clientKey },
        placeWork().then((work) => work.readinessFolder(this.sp, this.webServerRelativeUrl, draft.orgUnitId, draft.period))),
      findByKey: () => this.findByKey('readiness', 'ClientKey', clientKey),
      onExisting: async (item) => ({ kind: 'saved', value: await this.toModel('readiness', item), etag: etagOf(item) })
    });
    if (outcome.kind !== 'saved' || outcome.value.at !== '') return outcome;
    try {
      const item = await readItem(this.list('readiness'), outcome.value.id, projections.readiness);
      return item === undefined ? outcome : { kind: 'saved', value: await this.toModel('readiness', item), etag: etagOf(item) };
    } catch {
      // Recorded all the same; the next read shows who and when.
      return outcome;
    }
  }

  public periodSettings(year: number): Promise<LoadedPeriods> {
    return guardRead(() => this.readPeriods(year));
  }

  private async readPeriods(year: number): Promise<LoadedPeriods> {
    const calendar = await this.siteCalendar();
    const projection = projections.periods;
    const items: Item[] = await this.list('periods').items.select(...projection.select).expand(...projection.expand)
      .filter(eq('MiljoYear', year)).orderBy('Id').top(5000)();
    return settingsFromEntries(year, items.map((item) => ({ entry: toModel.periods(item, calendar), etag: etagOf(item) })));
  }

  public placeGroupMismatches(): Promise<PlaceGroupMismatch[]> {
    return guardRead(async () => (await placeWork()).placeGroupMismatches(this.sp, this.webServerRelativeUrl));
  }

  public async syncPlaceGroups(): Promise<WriteOutcome<number>> {
    try {
      const changed = await (await placeWork()).syncPlaceGroupMembers(this.sp, this.webServerRelativeUrl);
      return { kind: 'saved', value: changed, etag: '' };
    } catch (error) {
      return isForbidden(error) ? { kind: 'forbidden', action: 'editOrganisation' } : failureOf(error);
    }
  }

  public strayFollowUps(year: number): Promise<StrayFollowUp[]> {
    return guardRead(async () => {
      const closed = (await this.readPeriods(year)).periods.filter(isPeriodClosed).map((settings) => settings.period);
      return (await placeWork()).strayFollowUps(this.sp, this.webServerRelativeUrl, year, closed);
    });
  }

  /** The period's settings as they are now, as a write's outcome: its dates' version is the etag. */
  private async periodOutcome(period: FollowUpPeriod, kind: 'saved' | 'conflict'): Promise<WriteOutcome<PeriodSettings>> {
    try {
      const loaded = await this.readPeriods(period.year);
      const settings = settingsOf(period, loaded.periods);
      const etag = loaded.versions[period.kind] ?? '';
      return kind === 'saved' ? { kind, value: settings, etag } : { kind, current: settings, etag };
    } catch (error) {
      return failureOf(error);
    }
  }

  public async setPeriodDates(period: FollowUpPeriod, dates: PeriodDates, version: string | undefined): Promise<WriteOutcome<PeriodSettings>> {
    const entry = datesEntry(period, dates);
    const key = periodEntryKey(period.year, period.kind);
    let outcome: WriteOutcome<PeriodEntry>;
    if (version === undefined) {
      outcome = await addItem<PeriodEntry>({
        list: this.list('periods'), body: () => this.addedBody('periods', entry, { clientKey: key }), action: 'editPeriods',
        value: (id) => ({ ...entry, id }), findByKey: () => this.findByKey('periods', 'PeriodEntryKey', key),
        // Someone set the period's dates first: theirs are shown beside the draft, never overwritten.
        onExisting: async (item) => await this.ownAdd('periods', entry, item) ?? { kind: 'conflict', current: await this.toModel('periods', item), etag: etagOf(item) }
      });
    } else {
      let found: Item | undefined;
      try {
        found = await this.findByKey('periods', 'PeriodEntryKey', key);
      } catch (error) {
        return failureOf(error);
      }
      if (!found) return { kind: 'gone' };
      outcome = await updateItem<PeriodEntry>({
        list: this.list('periods'), id: found.Id as number, body: () => this.body('periods', entry), etag: version, action: 'editPeriods',
        value: { ...entry, id: found.Id as number }, projection: projections.periods, toValue: (item) => this.toModel('periods', item),
        holdsWrite: this.holds('periods', entry)
      });
    }
    if (outcome.kind === 'saved') {
      // The staff set a period's dates before it opens: its folders are made then, so the unit heads can write there.
      await this.keepPeriodOpen(period).catch(() => undefined);
    }
    if (outcome.kind === 'saved' || outcome.kind === 'conflict') return this.periodOutcome(period, outcome.kind);
    return outcome;
  }

  /**
   * Locks the period's folders first and records the close after: a close that stops half-way
   * leaves the period locked and still shown open, and closing again finishes it.
   */
  public async closePeriod(period: FollowUpPeriod, clientKey: string): Promise<WriteOutcome<PeriodSettings>> {
    return this.periodEvent(period, 'closed', clientKey, async () => {
      const staff: { Id: number } = await this.sp.web.siteGroups.getByName(roleGroupTitles.regionalStaff).select('Id')();
      await (await placeWork()).lockPeriodFolders(this.sp, this.webServerRelativeUrl, period, staff.Id);
    });
  }

  /** Unlocks first and records after, as a close does: reopening again finishes a stopped reopen. */
  public async reopenPeriod(period: FollowUpPeriod, clientKey: string): Promise<WriteOutcome<PeriodSettings>> {
    return this.periodEvent(period, 'reopened', clientKey, async () => {
      await (await placeWork()).unlockPeriodFolders(this.sp, this.webServerRelativeUrl, period);
      // The lock cleared the units' folders' own permissions: each unit's head writes there again.
      await this.keepPeriodOpen(period);
    });
  }

  /** The period's folder in every place, with its units' folders secured (places.ts); what the caller may not do waits for "Skapa listor". */
  private async keepPeriodOpen(period: FollowUpPeriod): Promise<void> {
    const result = await (await placeWork()).keepPlacesInStep(this.sp, this.webServerRelativeUrl, undefined, undefined, { openPeriods: [period], checked: [] });
    if (result.kind === 'forbidden') throw Object.assign(new Error('The period\'s unit folders take Manage Permissions.'), { status: 403 });
  }

  private async periodEvent(period: FollowUpPeriod, kind: 'closed' | 'reopened', clientKey: string, folders: () => Promise<void>): Promise<WriteOutcome<PeriodSettings>> {
    try {
      // Only those who may change the follow-ups' permissions may close: anyone else is refused
      // before a folder is touched (a head could otherwise make a period folder in their place).
      const allowed = await this.list('followUps').currentUserHasPermissions(PermissionKind.ManagePermissions);
      if (!allowed) return { kind: 'forbidden', action: 'editPeriods' };
      await folders();
      const before = settingsOf(period, (await this.readPeriods(period.year)).periods);
      if (isPeriodClosed(before) === (kind === 'closed')) return { kind: 'saved', value: before, etag: '' };
    } catch (error) {
      return isForbidden(error) ? { kind: 'forbidden', action: 'editPeriods' } : failureOf(error);
    }
    const entry = eventEntry(period, kind);
    const key = periodEntryKey(period.year, period.kind, `${kind}-${clientKey}`);
    const outcome = await addItem<PeriodEntry>({
      list: this.list('periods'), body: () => this.addedBody('periods', entry, { clientKey: key }), action: 'editPeriods',
      value: (id) => ({ ...entry, id }), findByKey: () => this.findByKey('periods', 'PeriodEntryKey', key),
      onExisting: async (item) => ({ kind: 'saved', value: await this.toModel('periods', item), etag: etagOf(item) })
    });
    if (outcome.kind === 'conflict') return this.periodOutcome(period, 'saved');
    if (outcome.kind !== 'saved') return outcome;
    try {
      // Locked as a fastställd report is: the record of who closed it is nobody's to change or remove.
      await lockReportItem(this.list('periods').items.getById(outcome.value.id), await this.lockPrincipals());
    } catch {
      // The event is SharePoint's record all the same (Author, Created); the next close or reopen locks nothing more, but it counts.
    }
    return this.periodOutcome(period, 'saved');
  }

  public async freezeReport(draft: FrozenReportDraft): Promise<WriteOutcome<FrozenReport>> {
    const list = this.list('reports');
    const saved: ReportPart[] = [];
    for (const part of reportParts(draft)) {
      const outcome = await addItem<ReportPart>({
        list, body: () => this.body('reports', part), action: 'freezeReport', value: (id) => ({ ...part, id }),
        findByKey: () => this.findByKey('reports', 'ReportKey', reportKey(part.year, part.periodKind, part.version, part.part)),
        // This freeze's own first try goes on; another report holding the version is a conflict.
        onExisting: async (item) => await this.ownAdd('reports', part, item) ?? { kind: 'conflict', current: await this.toModel('reports', item), etag: etagOf(item) }
      });
      if (outcome.kind === 'conflict') return this.reportInTheWay(draft);
      if (outcome.kind !== 'saved') return outcome;
      saved.push(outcome.value);
    }
    try {
      const principals = await this.lockPrincipals();
      for (const part of saved) await lockReportItem(list.items.getById(part.id), principals);
    } catch (error) {
      // Stored but not locked is not fastställd: the archive leaves it out, and trying again locks it.
      return isForbidden(error) ? { kind: 'forbidden', action: 'freezeReport' } : failureOf(error);
    }
    return { kind: 'saved', value: { ...draft, id: saved[0].id }, etag: '' };
  }

  /** The report that already holds the draft's version, as the conflict's other side. */
  private async reportInTheWay(draft: FrozenReportDraft): Promise<WriteOutcome<FrozenReport>> {
    try {
      const current = (await this.reports(draft.year)).find((report) => report.period.kind === draft.period.kind && report.version === draft.version);
      return current ? { kind: 'conflict', current, etag: '' } : { kind: 'failed', cause: 'rejected', message: `Report version ${draft.version} is taken but not complete.` };
    } catch (error) {
      return failureOf(error);
    }
  }

  private principals: Promise<LockPrincipals> | undefined;

  /** The role groups, the site's own groups and the caller, read once per repository. */
  private lockPrincipals(): Promise<LockPrincipals> {
    if (!this.principals) {
      const groupId = (title: string): Promise<number> => this.sp.web.siteGroups.getByName(title).select('Id')().then((group) => group.Id as number);
      const principals = Promise.all([
        Promise.all(Object.values(roleGroupTitles).map(groupId)),
        this.sp.web.associatedMemberGroup.select('Id')(),
        this.sp.web.associatedVisitorGroup.select('Id')(),
        this.sp.web.associatedOwnerGroup.select('Id')(),
        this.sp.web.currentUser.select('Id')()
      ]).then(([roles, members, visitors, owners, caller]): LockPrincipals => ({
        readers: [...roles, members.Id, visitors.Id], owners: [owners.Id], caller: caller.Id
      }));
      principals.catch(() => { if (this.principals === principals) this.principals = undefined; });
      this.principals = principals;
    }
    return this.principals;
  }

  /** Read once, unless a year's read brought it. */
  private siteCalendar(): Promise<SiteCalendar> {
    if (!this.calendar) {
      const calendar = readSiteCalendar(this.sp);
      calendar.catch(() => { if (this.calendar === calendar) this.calendar = undefined; });
      this.calendar = calendar;
    }
    return this.calendar;
  }

  private async toModel<K extends ListKey>(key: K, item: Item): Promise<ListModels[K]> {
    return toModel[key](item, await this.siteCalendar());
  }

  private async body<K extends ListKey>(key: K, value: Draft<ListModels[K]>): Promise<Item> {
    return itemBody(key, value, { userIdOf: this.userIdOf, calendar: await this.siteCalendar() });
  }

  private async addedBody<K extends ListKey>(key: K, value: Draft<ListModels[K]>, added: Added): Promise<Item> {
    return addedItemBody(key, value, { userIdOf: this.userIdOf, calendar: await this.siteCalendar() }, added);
  }

  /** The item found by an add's key, as this add's saved outcome if it holds what the add wrote. */
  private async ownAdd<K extends ListKey>(key: K, draft: Draft<ListModels[K]>, item: Item): Promise<WriteOutcome<ListModels[K]> | undefined> {
    const found = await this.toModel(key, item);
    if (!await writesSame(key, draft, found, await this.siteCalendar())) return undefined;
    return { kind: 'saved', value: found, etag: etagOf(item) };
  }

  private holds<K extends ListKey>(key: K, value: Draft<ListModels[K]>): (current: Item) => Promise<boolean> {
    return async (current) => writesSame(key, value, await this.toModel(key, current), await this.siteCalendar());
  }

  /** A follow-up goes in its period's folder inside its activity's place's folder, its unit's folder there (places.ts), made when missing. */
  private followUpPlace(followUp: Draft<FollowUp>): Promise<FolderPlace | undefined> {
    return this.placeOf('followUps', followUp, {}, placeWork().then((work) => work.followUpFolder(this.sp, this.webServerRelativeUrl, followUp.activityId, followUp.period)));
  }

  /** Where an add goes (places.ts) with its form texts; a unit or item the folder is read from that is gone leaves it to the add to say so. */
  private async placeOf<K extends ListKey>(key: K, value: Draft<ListModels[K]>, added: Added,
    folder: Promise<Pick<AddFolder, 'url'> & Partial<AddFolder> | undefined>): Promise<FolderPlace | undefined> {
    const found = await folder.catch((error: unknown) => { if (isNotFound(error)) return undefined; throw error; });
    return found === undefined ? undefined : { folderUrl: found.url, formValues: await addedFormValues(key, value, added), ensureFolder: found.ensure };
  }

  private list(key: ListKey): IList {
    return this.sp.web.getList(listUrl(this.webServerRelativeUrl, key));
  }

  private async findByKey(key: ListKey, field: string, value: string): Promise<Item | undefined> {
    const projection = projections[key];
    let query = this.list(key).items.select(...projection.select).filter(eq(field, value)).top(1);
    if (projection.expand.length > 0) query = query.expand(...projection.expand);
    const [found] = await query();
    return found;
  }

  /** Site user ids for User fields; ensureUser adds a person the site has not seen yet. */
  private readonly userIdOf = async (login: string | undefined): Promise<number | null> => {
    if (!login) return null;
    const cacheKey = login.toLowerCase();
    let id = this.userIds.get(cacheKey);
    if (!id) {
      id = this.sp.web.ensureUser(login).then((user) => user.Id as number);
      id.catch(() => this.userIds.delete(cacheKey));
      this.userIds.set(cacheKey, id);
    }
    return id;
  };
}
