// One set of expectations for every IMiljoRepository: SharePointRepository over the emulator and
// the in-memory twin the component tests use both run it (test/contract/__tests__), so a view
// tested against the twin meets the same answers in SharePoint. Grouped by the port's concerns
// (src/ports); where the two differ, SharePoint is right and the twin is fixed.
import { randomUUID } from 'node:crypto';
import type { IMiljoRepository, WriteOutcome } from '../../src/ports';
import type { Activity, FollowUp, Person, YearPicture } from '../../src/domain/model';
import { computeCoverageSummary, demoMiljostrateg, demoReader } from '../../src/domain';
import { freezeReport } from '../../src/domain/report/frozenReport';
import { isPeriodClosed } from '../../src/domain/periodSettings';
import { importPicture } from '../../local/seed/importPicture';
import { demoDirectory } from '../../local/seed/demoDirectory';

/** A repository holding the contract's seed, written through its own writes (`seeded`). */
export interface ContractSubject {
  /** As the regional staff (in "Miljömål regionstab"): may write everything the port writes. */
  staff(): IMiljoRepository;
  /** As a reader of the site in no role group: reads, and is refused writes the lists' permissions keep. */
  reader(): IMiljoRepository;
  close(): Promise<void>;
}

export const contractStaff: Person = demoMiljostrateg;
export const contractReader: Person = demoReader;
/** The tenant's directory both repositories know: the demo's people. */
export const contractDirectory: Person[] = demoDirectory.map((entry) => ({ login: entry.login, name: entry.title, email: entry.email }));

const others = contractDirectory.filter((person) => ![contractStaff.login, contractReader.login].includes(person.login));
const head = others[0];
const responsible = others[1];
const year = 2031;

/** The seed: a förvaltning, a department with a head and its unit; two goals, one allocated, an activity followed up, an indicator measured. */
export const contractSeed: YearPicture = {
  year,
  goals: [
    { id: 1, year, code: 'K1', title: 'Minskade utsläpp från resor', description: 'Resor', indicator: 'ton CO2e', measuredRegionWide: true },
    { id: 2, year, code: 'K2', title: 'Minskad energianvändning', description: '', indicator: '', measuredRegionWide: true, retired: false }
  ],
  orgUnits: [
    { id: 1, name: 'Kontraktsförvaltningen', level: 'forvaltning' },
    { id: 2, name: 'Kontrakt & "Service" 🌱', shortName: 'KS', code: 'K-2', level: 'avdelning', parentId: 1, head },
    { id: 3, name: 'Kontraktsenheten', level: 'enhet', parentId: 2 }
  ],
  allocations: [
    { id: 1, goalId: 1, orgUnitId: 2, allocatedBy: contractStaff, allocatedAt: '2031-02-01T09:00:00Z', agreedWithUnitHead: true, agreedOn: '2031-01-30',
      note: 'I samråd' }
  ],
  activities: [
    { id: 1, allocationId: 1, title: 'Fler elbilar', description: 'Leasade bilar byts', responsible, startDate: '2031-03-01', endDate: '2031-12-31',
      status: 'pagaende', highlighted: true },
    { id: 2, allocationId: 1, title: 'Färre flygresor', description: 'Digitala möten', status: 'planerad' }
  ],
  followUps: [
    { id: 1, activityId: 1, period: { year, kind: 'delar' }, grade: 'paborjadMerAnHalften', comment: 'Hälften bytta' }
  ],
  indicators: [
    { id: 1, goalId: 1, name: 'Utsläpp från tjänsteresor', unit: 'ton CO2e', direction: 'lower', baseline: { year: 2019, value: 1200 },
      target: { year: 2035, value: 600 }, source: 'Resebyrån', normalisedPer: 'årsarbetare' }
  ],
  indicatorValues: [
    { id: 1, indicatorId: 1, year: 2030, value: 950, comment: '', preliminary: false },
    { id: 2, indicatorId: 1, year: 2031, value: 480, comment: 'Halvår', preliminary: true, period: 'delar' }
  ]
};

/**
 * A picture by what it holds, not by the ids a store gave: every reference by name, every person
 * by sign-in name, and no moments (a store records its own). Two stores holding the same thing
 * give the same canonical picture.
 */
export function canonical(picture: YearPicture): unknown {
  const goal = (id: number): string => picture.goals.find((candidate) => candidate.id === id)?.code ?? `?${id}`;
  const unit = (id: number | undefined): string | undefined => (id === undefined ? undefined : picture.orgUnits.find((candidate) => candidate.id === id)?.name ?? `?${id}`);
  const allocation = (id: number): string => {
    const found = picture.allocations.find((candidate) => candidate.id === id);
    return found ? `${goal(found.goalId)}@${unit(found.orgUnitId)}` : `?${id}`;
  };
  const activity = (id: number): string => picture.activities.find((candidate) => candidate.id === id)?.title ?? `?${id}`;
  const indicator = (id: number): string => picture.indicators.find((candidate) => candidate.id === id)?.name ?? `?${id}`;
  const login = (person: Person | undefined): string | undefined => person?.login.toLowerCase();
  // What is undefined is not there (JSON leaves it out, and the UI cannot tell the two apart); keys in one order.
  const ordered = (value: unknown): unknown => (typeof value !== 'object' || value === null || Array.isArray(value) ? value
    : Object.fromEntries(Object.keys(value).sort().map((key) => [key, ordered((value as Record<string, unknown>)[key])])));
  const sorted = <T>(items: T[]): T[] => items.map((item) => JSON.parse(JSON.stringify(ordered(item))) as T)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    year: picture.year,
    goals: sorted(picture.goals.map((item) => omit(item, 'id'))),
    orgUnits: sorted(picture.orgUnits.filter((candidate) => candidate.name.startsWith('Kontrakt'))
      .map((item) => ({ ...omit(item, 'id', 'parentId', 'head'), parent: unit(item.parentId), head: login(item.head) }))),
    allocations: sorted(picture.allocations.map((item) =>
      ({ ...omit(item, 'id', 'goalId', 'orgUnitId', 'allocatedAt'), goal: goal(item.goalId), unit: unit(item.orgUnitId), allocatedBy: login(item.allocatedBy) }))),
    activities: sorted(picture.activities.map((item) =>
      ({ ...omit(item, 'id', 'allocationId'), allocation: allocation(item.allocationId), responsible: login(item.responsible) }))),
    followUps: sorted(picture.followUps.map((item) => ({ ...omit(item, 'id', 'activityId', 'updatedBy', 'updatedAt'), activity: activity(item.activityId) }))),
    indicators: sorted(picture.indicators.map((item) => ({ ...omit(item, 'id', 'goalId'), goal: goal(item.goalId), responsible: login(item.responsible) }))),
    indicatorValues: sorted(picture.indicatorValues.map((item) => ({ ...omit(item, 'id', 'indicatorId'), indicator: indicator(item.indicatorId) })))
  };
}


/** The value without some of its keys. */
export function omit<T extends object>(value: T, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

function saved<T>(outcome: WriteOutcome<T>): { value: T; etag: string } {
  if (outcome.kind !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(outcome)}`);
  return outcome;
}

/** Writes the seed as the staff would import it: through the repository's own writes. */
export async function seeded(staff: IMiljoRepository): Promise<void> {
  await importPicture(staff, contractSeed);
}

/**
 * `start` makes a store the staff and a reader can reach, with the contract's seed written by
 * `seeded` (and whatever the store needs after an import, such as "Skapa listor" again).
 */
export function describeRepositoryContract(name: string, start: () => Promise<ContractSubject>): void {
  describe(`the repository contract: ${name}`, () => {
    let subject: ContractSubject;
    let staff: IMiljoRepository;
    let reader: IMiljoRepository;
    beforeAll(async () => {
      subject = await start();
      staff = subject.staff();
      reader = subject.reader();
    }, 60000);
    afterAll(async () => { await subject.close(); });

    const loaded = async (): Promise<{ picture: YearPicture; version: (collection: keyof YearPicture & string, id: number) => string }> => {
      const { picture, etags } = await staff.loadYear(year);
      return { picture, version: (collection, id) => (etags as unknown as Record<string, Map<number, string>>)[collection].get(id) ?? '' };
    };
    const byTitle = (picture: YearPicture, title: string): Activity => picture.activities.find((activity) => activity.title === title)!;

    describe('reading', () => {
      it('reads back the seed as it was written, each item with its version, who allocated as the store recorded', async () => {
        const { picture, etags } = await staff.loadYear(year);
        // Who allocated is whoever did (SharePoint's Author), and a flag not set is not there.
        const expected = canonical({ ...contractSeed, goals: contractSeed.goals.map(({ retired, ...goal }) => (retired === true ? { ...goal, retired } : goal)) }) as
          { allocations: Array<{ allocatedBy?: string }> };
        for (const allocation of expected.allocations) allocation.allocatedBy = contractStaff.login.toLowerCase();
        expect(canonical(picture)).toEqual(expected);
        for (const activity of picture.activities) expect(etags.activities.get(activity.id)).toEqual(expect.any(String));
        expect(etags.goals.size).toBe(2);
      });

      it('reads the summary\'s year lean: what only the editing views show reads as empty', async () => {
        const picture = await staff.loadSummaryYear(year);
        expect(picture.orgUnits.find((unit) => unit.name.startsWith('Kontrakt &'))?.head).toBeUndefined();
        const [allocation] = picture.allocations;
        expect([allocation.note, allocation.allocatedBy.login, allocation.allocatedAt]).toEqual([undefined, '', '']);
        const lifted = picture.activities.find((activity) => activity.highlighted === true)!;
        expect(lifted).toMatchObject({ title: 'Fler elbilar', status: 'pagaende', description: '' });
        expect([lifted.responsible, lifted.endDate]).toEqual([undefined, undefined]);
        expect(picture.activities.find((activity) => activity !== lifted)).toMatchObject({ title: '', status: 'planerad', description: '' });
        const [followUp] = picture.followUps;
        expect([followUp.grade, followUp.comment, followUp.updatedBy]).toEqual([undefined, '', undefined]);
        expect(computeCoverageSummary(picture, { year, kind: 'delar' }).totals).toEqual(
          computeCoverageSummary((await staff.loadYear(year)).picture, { year, kind: 'delar' }).totals);
      });

      it('reads the texts the summary leaves out for the ids asked, and none of another year', async () => {
        const { picture } = await loaded();
        const planned = byTitle(picture, 'Färre flygresor');
        const texts = await staff.loadSummaryTexts(year, { activityIds: [planned.id], followUpIds: picture.followUps.map((followUp) => followUp.id) });
        expect([...texts.activities.values()]).toEqual([{ title: 'Färre flygresor', status: 'planerad' }]);
        expect([...texts.followUps.values()]).toEqual([{ grade: 'paborjadMerAnHalften', comment: 'Hälften bytta' }]);
        const other = await staff.loadSummaryTexts(year - 1, { activityIds: [planned.id], followUpIds: [] });
        expect(other.activities.size).toBe(0);
      });

      it('names the years with goals, newest first, and tells of no wait at once', async () => {
        expect(await reader.years()).toEqual(expect.arrayContaining([year]));
        const years = await staff.years();
        expect(years).toEqual([...years].sort((a, b) => b - a));
        const heard: Array<Date | undefined> = [];
        const stop = staff.watchWaits((retryAt) => heard.push(retryAt));
        stop();
        expect(heard).toEqual([undefined]);
      });
    });

    describe('organisation', () => {
      it('saves a goal and its change; a change from a stale version is a conflict with the current goal', async () => {
        const added = saved(await staff.addGoal({ year, code: 'K3', title: 'Mindre avfall', description: '', indicator: '', measuredRegionWide: false }));
        const changed = saved(await staff.updateGoal({ ...added.value, title: 'Mycket mindre avfall' }, added.etag));
        expect(changed.value.title).toBe('Mycket mindre avfall');
        expect(changed.etag).not.toBe(added.etag);
        const stale = await staff.updateGoal({ ...added.value, title: 'Gammal' }, added.etag);
        expect(stale).toMatchObject({ kind: 'conflict', current: { id: added.value.id, title: 'Mycket mindre avfall' }, etag: changed.etag });
      });

      it('lands a retried unit once, finds units by their exact name, and batches answer in order', async () => {
        const key = randomUUID();
        const draft = { name: 'Kontrakt #1 åäö \'citat\'', level: 'enhet' as const, parentId: undefined };
        const first = saved(await staff.addOrgUnit(draft, key));
        const again = saved(await staff.addOrgUnit(draft, key));
        expect(again.value.id).toBe(first.value.id);
        expect((await staff.orgUnitsNamed(draft.name)).map((unit) => unit.id)).toEqual([first.value.id]);
        expect(await staff.orgUnitsNamed('Kontrakt #1')).toEqual([]);

        const batch = await staff.addOrgUnits([{ unit: { name: 'Kontrakt B1', level: 'enhet' }, clientKey: randomUUID() },
          { unit: { name: 'Kontrakt B2', level: 'enhet' }, clientKey: randomUUID() }]);
        expect(batch.map((outcome) => outcome.kind === 'saved' && outcome.value.name)).toEqual(['Kontrakt B1', 'Kontrakt B2']);
        const [one, two] = batch.map(saved);
        const updates = await staff.updateOrgUnits([{ unit: { ...one.value, shortName: 'B1' }, etag: one.etag },
          { unit: { ...two.value, shortName: 'B2' }, etag: 'stale' }]);
        expect(updates.map((outcome) => outcome.kind)).toEqual(['saved', 'conflict']);
        expect(await staff.updateOrgUnit({ ...two.value, shortName: 'X' }, 'stale')).toMatchObject({ kind: 'conflict', current: { id: two.value.id } });
      });

      it('refuses a reader adding a goal or putting the places\' groups in step', async () => {
        expect(await reader.addGoal({ year, code: 'KX', title: 'Nej', description: '', indicator: '', measuredRegionWide: false }))
          .toEqual({ kind: 'forbidden', action: 'editGoals' });
        expect((await staff.syncPlaceGroups()).kind).toBe('saved');
        // With every group in step there is nothing to change, whoever asks.
        expect(await reader.syncPlaceGroups()).toEqual({ kind: 'saved', value: 0, etag: '' });
        expect((await staff.placeGroupMismatches()).filter((mismatch) => !mismatch.groupMissing)).toEqual([]);
      });
    });

    describe('allocation', () => {
      it('answers a second allocation of the same goal and place with the first; who allocated and when are the store\'s', async () => {
        const { picture } = await loaded();
        const unit = picture.orgUnits.find((candidate) => candidate.name === 'Kontraktsenheten')!;
        const draft = { goalId: picture.goals.find((goal) => goal.code === 'K2')!.id, orgUnitId: unit.id, agreedWithUnitHead: false,
          allocatedBy: { login: 'someone.else@region.example', name: 'Någon annan' }, allocatedAt: '2000-01-01T00:00:00Z' };
        const first = saved(await staff.addAllocation(draft, year));
        const second = saved(await staff.addAllocation(draft, year));
        expect(second.value.id).toBe(first.value.id);
        const changed = saved(await staff.updateAllocation({ ...first.value, note: 'Ny', allocatedBy: draft.allocatedBy, allocatedAt: draft.allocatedAt }, first.etag));
        expect(changed.value.note).toBe('Ny');
        const read = (await loaded()).picture.allocations.find((allocation) => allocation.id === first.value.id)!;
        expect(read.allocatedBy.login.toLowerCase()).toBe(contractStaff.login.toLowerCase());
        expect(Date.parse(read.allocatedAt)).toBeGreaterThan(Date.parse('2020-01-01'));
        expect((await staff.updateAllocation({ ...first.value, note: 'Gammal' }, first.etag)).kind).toBe('conflict');
        expect(await staff.removeAllocation(first.value.id, first.etag)).toEqual({ kind: 'conflict' });
        expect(await staff.removeAllocation(first.value.id, changed.etag)).toEqual({ kind: 'removed' });
        expect(await staff.removeAllocation(first.value.id, changed.etag)).toEqual({ kind: 'gone' });
        expect(await staff.updateAllocation(changed.value, changed.etag)).toEqual({ kind: 'gone' });
      });

      it('keeps an allocation that activities look up to', async () => {
        const { picture, version } = await loaded();
        const allocation = picture.allocations.find((candidate) => candidate.note === 'I samråd')!;
        expect(await staff.removeAllocation(allocation.id, version('allocations', allocation.id))).toEqual({ kind: 'conflict' });
        expect((await loaded()).picture.allocations.map((candidate) => candidate.id)).toContain(allocation.id);
      });

      it('refuses a reader allocating', async () => {
        const { picture } = await loaded();
        const outcome = await reader.addAllocation({ goalId: picture.goals[0].id, orgUnitId: picture.orgUnits[0].id, agreedWithUnitHead: false,
          allocatedBy: contractReader, allocatedAt: '' }, year);
        expect(outcome).toEqual({ kind: 'forbidden', action: 'allocate' });
      });
    });

    describe('activities', () => {
      it('lands a retried activity once; saves a change; a stale one is a conflict; a removed one is gone', async () => {
        const { picture } = await loaded();
        const allocationId = byTitle(picture, 'Fler elbilar').allocationId;
        const key = randomUUID();
        const draft: Omit<Activity, 'id'> = { allocationId, title: 'Kontraktsaktivitet', description: 'Första', status: 'planerad' };
        const first = saved(await staff.addActivity(draft, year, key));
        expect(saved(await staff.addActivity(draft, year, key)).value.id).toBe(first.value.id);
        expect(first.value).toMatchObject(draft);
        const changed = saved(await staff.updateActivity({ ...first.value, status: 'avslutad', responsible, cost: 12500 }, first.etag));
        expect(changed.value).toMatchObject({ status: 'avslutad', responsible: { login: responsible.login }, cost: 12500 });
        expect((await loaded()).picture.activities.find((activity) => activity.id === first.value.id)?.cost).toBe(12500);
        // The summary does not read it (its columns are an allow-list).
        expect((await staff.loadSummaryYear(year)).activities.find((activity) => activity.id === first.value.id)?.cost).toBeUndefined();
        expect(await staff.updateActivity({ ...first.value, title: 'Gammal' }, first.etag))
          .toMatchObject({ kind: 'conflict', current: { id: first.value.id, status: 'avslutad' }, etag: changed.etag });
        expect(await staff.removeActivity(first.value.id, first.etag)).toEqual({ kind: 'conflict' });
        expect(await staff.removeActivity(first.value.id, changed.etag)).toEqual({ kind: 'removed' });
        expect(await staff.updateActivity(changed.value, changed.etag)).toEqual({ kind: 'gone' });
        expect(await staff.removeActivity(first.value.id, changed.etag)).toEqual({ kind: 'gone' });
      });

      it('keeps one follow-up per activity and period: a second is a conflict with the first; records who followed up', async () => {
        const { picture } = await loaded();
        const activity = byTitle(picture, 'Färre flygresor');
        const draft: Omit<FollowUp, 'id'> = { activityId: activity.id, period: { year, kind: 'helar' }, grade: 'ejPaborjad', comment: 'Inte än' };
        const first = saved(await staff.addFollowUp(draft));
        expect(first.value).toMatchObject(draft);
        const second = await staff.addFollowUp({ ...draft, grade: 'genomford' });
        expect(second).toMatchObject({ kind: 'conflict', current: { id: first.value.id, grade: 'ejPaborjad' } });
        const changed = saved(await staff.updateFollowUp({ ...first.value, grade: 'genomford' }, first.etag));
        expect(changed.value.grade).toBe('genomford');
        expect((await staff.updateFollowUp({ ...first.value, comment: 'Gammal' }, first.etag)).kind).toBe('conflict');
        const read = (await loaded()).picture.followUps.find((followUp) => followUp.id === first.value.id)!;
        expect(read.updatedBy?.login.toLowerCase()).toBe(contractStaff.login.toLowerCase());
        expect(Date.parse(read.updatedAt ?? '')).toBeGreaterThan(Date.parse('2020-01-01'));
      });

      it('refuses a reader adding an activity', async () => {
        const { picture } = await loaded();
        const outcome = await reader.addActivity({ allocationId: picture.allocations[0].id, title: 'Nej', description: '', status: 'planerad' }, year, randomUUID());
        expect(outcome).toEqual({ kind: 'forbidden', action: 'editActivity' });
      });
    });

    describe('indicators', () => {
      it('lands a retried indicator once, keeps its goal on a change, and a stale change is a conflict', async () => {
        const { picture } = await loaded();
        const goalId = picture.goals.find((goal) => goal.code === 'K1')!.id;
        const key = randomUUID();
        const draft = { goalId, name: 'Andel fossilfria fordon', unit: 'procent', direction: 'higher' as const, baseline: { year: 2020, value: 10 },
          target: { year: 2030, value: 100 }, source: 'Fordonsregistret' };
        const first = saved(await staff.addIndicator(draft, year, key));
        expect(saved(await staff.addIndicator(draft, year, key)).value.id).toBe(first.value.id);
        expect(first.value).toMatchObject(draft);
        const changed = saved(await staff.updateIndicator({ ...first.value, target: { year: 2030, value: 90 } }, first.etag));
        expect(changed.value.target).toEqual({ year: 2030, value: 90 });
        expect((await staff.updateIndicator({ ...first.value, name: 'Gammal' }, first.etag)).kind).toBe('conflict');
        const read = (await loaded()).picture.indicators.find((indicator) => indicator.id === first.value.id);
        expect(read).toMatchObject({ goalId, target: { value: 90 } });
      });

      it('reads back an indicator\'s Kolada link and a value\'s source, and clears them', async () => {
        const { picture } = await loaded();
        const goalId = picture.goals.find((goal) => goal.code === 'K1')!.id;
        const draft = { goalId, name: 'Utsläpp per invånare', unit: 'ton CO2e', direction: 'lower' as const, baseline: { year: 2019, value: 5.4 },
          target: { year: 2035, value: 2 }, source: 'Kolada', koladaKpi: 'N00401', koladaOrgId: '0020', koladaOrgName: 'Region Dalarna' };
        const added = saved(await staff.addIndicator(draft, year, randomUUID()));
        const value = saved(await staff.addIndicatorValue({ indicatorId: added.value.id, year: 2022, value: 4.6, comment: '', preliminary: false,
          source: 'Kolada N00401, hämtad 2026-05-04' }, year));
        let read = await loaded();
        expect(read.picture.indicators.find((indicator) => indicator.id === added.value.id)).toMatchObject({ koladaKpi: 'N00401', koladaOrgId: '0020', koladaOrgName: 'Region Dalarna' });
        expect(read.picture.indicatorValues.find((stored) => stored.id === value.value.id)).toMatchObject({ value: 4.6, source: 'Kolada N00401, hämtad 2026-05-04' });
        const unlinked = { ...added.value, koladaKpi: undefined, koladaOrgId: undefined, koladaOrgName: undefined };
        saved(await staff.updateIndicator(unlinked, read.version('indicators', added.value.id)));
        saved(await staff.updateIndicatorValue({ ...value.value, value: 4.7, source: undefined }, read.version('indicatorValues', value.value.id)));
        read = await loaded();
        expect(read.picture.indicators.find((indicator) => indicator.id === added.value.id)?.koladaKpi).toBeUndefined();
        expect(read.picture.indicatorValues.find((stored) => stored.id === value.value.id)?.source).toBeUndefined();
      });

      it('keeps one value per indicator, measured year and period: a second is a conflict; a delår value is its own', async () => {
        const { picture, version } = await loaded();
        const indicatorId = picture.indicators[0].id;
        const taken = await staff.addIndicatorValue({ indicatorId, year: 2030, value: 1, comment: '', preliminary: false }, year);
        expect(taken).toMatchObject({ kind: 'conflict', current: { value: 950 } });
        const delar = saved(await staff.addIndicatorValue({ indicatorId, year: 2030, value: 400, comment: '', preliminary: true, period: 'delar' }, year));
        expect(delar.value).toMatchObject({ year: 2030, value: 400, period: 'delar' });
        const whole = picture.indicatorValues.find((value) => value.year === 2030 && value.period === undefined)!;
        const changed = saved(await staff.updateIndicatorValue({ ...whole, value: 940 }, version('indicatorValues', whole.id)));
        expect(changed.value.value).toBe(940);
        expect((await staff.updateIndicatorValue({ ...whole, value: 1 }, version('indicatorValues', whole.id))).kind).toBe('conflict');
        expect(await reader.updateIndicatorValue({ ...whole, value: 2 }, changed.etag)).toEqual({ kind: 'forbidden', action: 'editIndicators' });
      });
    });

    describe('reports and periods', () => {
      it('stores a fastställd report as the caller\'s, lands a retry once, takes a version once, and refuses a reader', async () => {
        const { picture } = await loaded();
        const summary = computeCoverageSummary(picture, { year, kind: 'delar' });
        const draft = freezeReport({ summary, picture, version: 1, analysis: 'Analys', frozenBy: responsible, frozenAt: '2000-01-01T00:00:00Z' });
        const first = saved(await staff.freezeReport(draft));
        // The same report again is a retry that lands once; another one with its version is a conflict with it.
        expect(saved(await staff.freezeReport(draft)).value.id).toBe(first.value.id);
        expect(await staff.freezeReport({ ...draft, analysis: 'En annan' })).toMatchObject({ kind: 'conflict', current: { version: 1, analysis: 'Analys' } });
        expect(await reader.freezeReport({ ...draft, version: 2 })).toEqual({ kind: 'forbidden', action: 'freezeReport' });
        const reports = await reader.reports(year);
        expect(reports.map((report) => report.version)).toEqual([1]);
        expect(omit(reports[0], 'id', 'frozenBy', 'frozenAt')).toEqual(omit(draft, 'frozenBy', 'frozenAt'));
        // Who fastställde it and when are the store's record, not the client's claim.
        expect(reports[0].frozenBy.login.toLowerCase()).toBe(contractStaff.login.toLowerCase());
        expect(Date.parse(reports[0].frozenAt)).toBeGreaterThan(Date.parse('2020-01-01'));
        expect(await staff.reports(year + 1)).toEqual([]);
      });

      it('records a reminder once per key as the caller\'s, and refuses a reader', async () => {
        const key = randomUUID();
        const reminder = { year, periodKind: 'delar' as const, orgUnitIds: [1], recipients: [head.login], channel: 'email' as const, sentBy: responsible };
        const first = saved(await staff.recordReminder(reminder, key));
        expect(saved(await staff.recordReminder(reminder, key)).value.id).toBe(first.value.id);
        expect(await reader.recordReminder(reminder, randomUUID())).toEqual({ kind: 'forbidden', action: 'remind' });
        const sent = await staff.remindersSent(year);
        expect(sent.map((one) => ({ ...one, sentBy: one.sentBy.login.toLowerCase(), sentAt: typeof one.sentAt })))
          .toEqual([{ ...reminder, id: first.value.id, sentBy: contractStaff.login.toLowerCase(), sentAt: 'string' }]);
      });

      it('sets a period\'s dates from the version read; dates set meanwhile are a conflict; a reader is refused', async () => {
        const before = await staff.periodSettings(year);
        expect(before.periods.map((settings) => settings.period)).toEqual([{ year, kind: 'delar' }, { year, kind: 'helar' }]);
        expect(before.versions).toEqual({});
        const period = { year, kind: 'helar' as const };
        const first = saved(await staff.setPeriodDates(period, { opensOn: '2031-12-01', deadline: '2032-01-20' }, undefined));
        expect(first.value).toMatchObject({ opensOn: '2031-12-01', deadline: '2032-01-20' });
        expect(first.value.datesSetBy?.login.toLowerCase()).toBe(contractStaff.login.toLowerCase());
        expect((await staff.setPeriodDates(period, { deadline: '2032-01-31' }, undefined)).kind).toBe('conflict');
        const second = saved(await staff.setPeriodDates(period, { opensOn: '2031-12-01', deadline: '2032-01-31' }, first.etag));
        expect(second.value.deadline).toBe('2032-01-31');
        expect(await reader.setPeriodDates(period, { deadline: '2032-02-01' }, second.etag)).toEqual({ kind: 'forbidden', action: 'editPeriods' });
        const after = await reader.periodSettings(year);
        expect(after.periods[1]).toMatchObject({ deadline: '2032-01-31' });
        expect(after.versions.helar).toBe(second.etag);
      });

      it('records readiness events once per key as the caller\'s, reads them oldest first, and refuses a reader', async () => {
        const period = { year, kind: 'helar' as const };
        const key = randomUUID();
        const mark = { period, orgUnitId: 3, kind: 'ready' as const, comment: 'Färre flygresor väntar på resepolicyn.' };
        const first = saved(await staff.recordReadiness(mark, key));
        expect(first.value).toMatchObject(mark);
        expect(first.value.by.login.toLowerCase()).toBe(contractStaff.login.toLowerCase());
        expect(Date.parse(first.value.at)).toBeGreaterThan(Date.parse('2020-01-01'));
        expect(saved(await staff.recordReadiness(mark, key)).value.id).toBe(first.value.id);
        expect(await reader.recordReadiness({ ...mark, kind: 'takenBack', comment: '' }, randomUUID())).toEqual({ kind: 'forbidden', action: 'markReady' });
        const department = saved(await staff.recordReadiness({ period, orgUnitId: 2, kind: 'ready', comment: '' }, randomUUID()));
        const takenBack = saved(await staff.recordReadiness({ period, orgUnitId: 2, kind: 'takenBack', comment: '' }, randomUUID()));
        const events = await reader.readiness(year);
        expect(events.map((event) => [event.id, event.orgUnitId, event.kind, event.comment]))
          .toEqual([[first.value.id, 3, 'ready', mark.comment], [department.value.id, 2, 'ready', ''], [takenBack.value.id, 2, 'takenBack', '']]);
        expect(await staff.readiness(year + 1)).toEqual([]);
      });

      it('closes and reopens a period, each once per key, records who; a reader is refused; no strays', async () => {
        const period = { year, kind: 'delar' as const };
        const key = randomUUID();
        const closed = saved(await staff.closePeriod(period, key));
        expect(isPeriodClosed(closed.value)).toBe(true);
        expect(saved(await staff.closePeriod(period, key)).value.events).toHaveLength(1);
        expect(closed.value.events[0].by.login.toLowerCase()).toBe(contractStaff.login.toLowerCase());
        expect(await reader.closePeriod({ year, kind: 'helar' }, randomUUID())).toEqual({ kind: 'forbidden', action: 'editPeriods' });
        expect(await staff.strayFollowUps(year)).toEqual([]);
        const reopened = saved(await staff.reopenPeriod(period, randomUUID()));
        expect(isPeriodClosed(reopened.value)).toBe(false);
        expect(reopened.value.events.map((event) => event.kind)).toEqual(['closed', 'reopened']);
        expect((await reader.periodSettings(year)).periods[0].events.map((event) => event.kind)).toEqual(['closed', 'reopened']);
      });
    });

    describe('people', () => {
      it('tells the regional staff from a reader', async () => {
        expect(await staff.currentUser()).toMatchObject({ person: { login: contractStaff.login }, isRegionalStaff: true, isUnitHead: false });
        expect(await reader.currentUser()).toMatchObject({ person: { login: contractReader.login }, isRegionalStaff: false, isDepartmentHead: false });
      });

      it('names the open org units the user heads, and none once another heads them', async () => {
        expect(await reader.headedOrgUnitIds()).toEqual([]);
        const loaded = await staff.loadYear(year);
        const unit = loaded.picture.orgUnits.find((candidate) => candidate.name === 'Kontraktsenheten')!;
        const named = saved(await staff.updateOrgUnit({ ...unit, head: contractReader }, loaded.etags.orgUnits.get(unit.id)!));
        expect(await reader.headedOrgUnitIds()).toEqual([unit.id]);
        expect(await staff.headedOrgUnitIds()).toEqual([]);
        saved(await staff.updateOrgUnit(unit, named.etag));
        expect(await reader.headedOrgUnitIds()).toEqual([]);
      });

      it('finds people of the directory by a word of their name, resolves them, and says who is not there, in order', async () => {
        const [first] = responsible.name.split(' ');
        expect((await staff.searchPeople(first)).map((person) => person.login)).toContain(responsible.login);
        expect(await staff.resolvePerson(responsible.login)).toMatchObject({ kind: 'found', person: { login: responsible.login, name: responsible.name } });
        expect(await staff.resolvePerson('ingen.alls@region.example')).toEqual({ kind: 'notFound', login: 'ingen.alls@region.example' });
        expect((await staff.resolvePeople([head.login, 'ingen.alls@region.example', responsible.login])).map((outcome) => outcome.kind))
          .toEqual(['found', 'notFound', 'found']);
      });
    });

    describe('provisioning', () => {
      it('finds every list there and current, and lets neither the staff nor a reader make lists', async () => {
        expect(await staff.checkLists()).toEqual({ missing: [], outdated: [] });
        expect(await staff.canManageLists()).toBe(false);
        expect(await reader.canManageLists()).toBe(false);
      });
    });
  });
}
