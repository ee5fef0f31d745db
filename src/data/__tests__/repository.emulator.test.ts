import { computeCoverageSummary, demoFollowUpPeriod, demoRegion2023, indicatorReportText, reportText } from '../../domain';
import type { Activity } from '../../domain/model';
import { provisionLists } from '../provisioning';
import { provisionRoles, roleGroupTitles } from '../roles';
import { listUrl } from '../yearReader';
import { importPicture } from '../../../local/seed/importPicture';
import { seedDemo } from '../../../local/seed/seedDemo';
import { connectToEmulator, Connected } from '../../../test/support/emulator';

let connected: Connected;
afterEach(async () => { await connected.emulator.close(); });

const admin = undefined;
const person = { login: 'avdchef@region.example', name: 'Avdelningschef' };

async function provisioned(): Promise<Connected> {
  connected = await connectToEmulator();
  const result = await provisionLists(connected.sp(admin), connected.webUrl);
  if (result.kind !== 'done') throw new Error('provisioning failed');
  return connected;
}

/** One goal, one department, one allocation: enough to write activities against. */
async function smallPicture(): Promise<{ goalId: number; unitId: number; allocationId: number }> {
  const repository = connected.repository();
  const ids = await importPicture(repository, {
    year: 2024,
    goals: [{ id: 1, year: 2024, code: 'M1', title: 'Minskade utsläpp', description: '', indicator: '', measuredRegionWide: true }],
    orgUnits: [{ id: 1, name: 'Förvaltningen', level: 'forvaltning' }, { id: 2, name: 'Regionservice', level: 'avdelning', parentId: 1 }],
    allocations: [{ id: 1, goalId: 1, orgUnitId: 2, allocatedBy: person, allocatedAt: '2024-02-01T09:00:00Z', agreedWithUnitHead: false }],
    activities: [],
    followUps: [],
    indicators: [],
    indicatorValues: []
  });
  return { goalId: ids.goals.get(1)!, unitId: ids.orgUnits.get(2)!, allocationId: ids.allocations.get(1)! };
}

describe('the repository against the emulator', () => {
  it('loads the demo data, written through provisioning and the repository, with the paper\'s figures', async () => {
    connected = await connectToEmulator();
    await seedDemo(connected.sp(), connected.webUrl);
    const before = connected.emulator.stats.snapshot().requests;
    const { picture } = await connected.repository().loadYear(2023);
    // The whole year in one round trip: a single $batch.
    expect(connected.emulator.stats.snapshot().requests - before).toBe(1);

    const summary = computeCoverageSummary(picture, demoFollowUpPeriod);
    const paper = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod);
    expect(summary.totals).toEqual(paper.totals);
    expect(summary.totals.departmentsWithThreeOrMoreGoals).toBe(9);
    expect(summary.totals.departmentsAllocatedToUnits).toBe(1);
    expect(summary.totals.departmentsWithDepartmentLevelActivity).toBe(4);
    expect(summary.totals.activities).toBe(10);
    expect(reportText(summary, 'sv-SE')).toBe(reportText(paper, 'sv-SE'));
    // The indicators and their whole history come in the same batch, tied to the new goal ids.
    expect(picture.indicatorValues).toHaveLength(demoRegion2023.indicatorValues.length);
    expect(indicatorReportText(picture, 'sv-SE')).toBe(indicatorReportText(demoRegion2023, 'sv-SE'));
    expect(picture.orgUnits.find((unit) => unit.name === 'Regionservice')?.head?.login).toMatch(/@region\.example$/);

    // Who is who comes from the groups the demo put people in.
    const strategist = await connected.repository('miljostrateg@region.example').currentUser();
    expect(strategist).toMatchObject({ person: { login: 'miljostrateg@region.example' }, isRegionalStaff: true, isSiteAdmin: false });
    const head = await connected.repository('avdchef.regionservice@region.example').currentUser();
    expect(head.isRegionalStaff).toBe(false);
    expect(head.groups).toContain('Miljömål avdelningschefer');
    // Who allocated and when, who followed up and when, are SharePoint's own record (Author and
    // Created, Editor and Modified): the seed kept the paper's, not its own moment in 2026.
    const allocated = (allocations: ReadonlyArray<{ allocatedBy: { login: string }; allocatedAt: string }>): string[] =>
      allocations.map((allocation) => `${allocation.allocatedBy.login} ${Date.parse(allocation.allocatedAt)}`).sort();
    expect(allocated(picture.allocations)).toEqual(allocated(demoRegion2023.allocations));
    const followedUp = (followUps: ReadonlyArray<{ updatedBy?: { login: string }; updatedAt?: string }>): string[] =>
      followUps.map((followUp) => `${followUp.updatedBy?.login} ${Date.parse(followUp.updatedAt ?? '')}`).sort();
    expect(followedUp(picture.followUps)).toEqual(followedUp(demoRegion2023.followUps));
    expect(picture.followUps.every((followUp) => followUp.updatedAt?.startsWith('2023-'))).toBe(true);
  });

  it('shows who allocated and when as SharePoint recorded it, whatever the client claimed', async () => {
    await provisioned();
    const { unitId } = await smallPicture();
    const repository = connected.repository();
    const me = (await repository.currentUser()).person;
    const goal = await repository.addGoal({ year: 2024, code: 'M2', title: 'Energi', description: '', indicator: '', measuredRegionWide: true });
    if (goal.kind !== 'saved') throw new Error('goal not saved');
    const before = Math.floor(Date.now() / 1000) * 1000;
    const forged = { login: 'miljostrateg@region.example', name: 'Miljöstrategen' };
    const outcome = await repository.addAllocation(
      { goalId: goal.value.id, orgUnitId: unitId, allocatedBy: forged, allocatedAt: '2001-01-01T00:00:00Z', agreedWithUnitHead: false }, 2024);
    expect(outcome.kind).toBe('saved');
    const stored = (await repository.loadYear(2024)).picture.allocations.find((allocation) => allocation.goalId === goal.value.id)!;
    expect(stored.allocatedBy.login).toBe(me.login);
    expect(Date.parse(stored.allocatedAt)).toBeGreaterThanOrEqual(before);
  });

  it('reads 20,000 activities of a year without tripping the list view threshold, in a bounded number of requests', async () => {
    await provisioned();
    const { allocationId } = await smallPicture();
    const store = connected.emulator.store;
    const activities = store.listByUrl(listUrl(connected.webUrl, 'activities'))!;
    const followUps = store.listByUrl(listUrl(connected.webUrl, 'followUps'))!;
    store.bulkAddItems(activities, Array.from({ length: 20000 }, (_, index) => ({
      Title: `Aktivitet ${index + 1}`, MiljoYear: 2024, AllocationId: allocationId, ActivityStatus: 'pagaende', ClientKey: `bulk-${index}`
    })));
    store.bulkAddItems(followUps, Array.from({ length: 7000 }, (_, index) => ({
      Title: `${index + 1}-delar`, MiljoYear: 2024, ActivityId: index + 1, Period: 'delar', FollowUpKey: `${index + 1}-delar`,
      Grade: 'genomford', FollowUpComment: 'Klar'
    })));

    const before = connected.emulator.stats.snapshot();
    const { picture } = await connected.repository().loadYear(2024);
    const after = connected.emulator.stats.snapshot();
    expect(picture.activities).toHaveLength(20000);
    expect(picture.followUps).toHaveLength(7000);
    expect(new Set(picture.activities.map((activity) => activity.id)).size).toBe(20000);
    // In id order, however the windows' answers came in.
    const ids = picture.activities.map((activity) => activity.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // Round one: one $batch; round two: the id windows (4 + 2), each a request, sent side by side.
    expect(after.requests - before.requests).toBe(7);
    expect(after.byStatus['500'] ?? 0).toBe(before.byStatus['500'] ?? 0);
  });

  it('keeps a full first page of the year, and reads no item twice', async () => {
    await provisioned();
    const { allocationId } = await smallPicture();
    const store = connected.emulator.store;
    const activities = store.listByUrl(listUrl(connected.webUrl, 'activities'))!;
    store.bulkAddItems(activities, Array.from({ length: 4999 }, (_, index) => ({
      Title: `Aktivitet ${index + 1}`, MiljoYear: 2024, AllocationId: allocationId, ActivityStatus: 'pagaende', ClientKey: `bulk-${index}`
    })));
    // Another year's items make the list big without adding to this year.
    store.bulkAddItems(activities, Array.from({ length: 10 }, (_, index) => ({
      Title: `Förra året ${index}`, MiljoYear: 2023, AllocationId: allocationId, ActivityStatus: 'avslutad', ClientKey: `old-${index}`
    })));
    store.bulkAddItems(activities, [{ Title: 'Den sista', MiljoYear: 2024, AllocationId: allocationId, ActivityStatus: 'planerad', ClientKey: 'last' }]);

    const before = connected.emulator.stats.snapshot();
    const { picture } = await connected.repository().loadYear(2024);
    const after = connected.emulator.stats.snapshot();
    expect(picture.activities).toHaveLength(5000);
    expect(new Set(picture.activities.map((activity) => activity.id)).size).toBe(5000);
    expect(picture.activities[4999].title).toBe('Den sista');
    // The page held the whole year: nothing comes after its last id, so no second round.
    expect(after.requests - before.requests).toBe(1);
    // Each list's items and its highest id.
    expect((after.batchParts.items ?? 0) - (before.batchParts.items ?? 0)).toBe(14);
  });

  it('gives the second of two writers on one activity the conflict, with the first one\'s version', async () => {
    await provisioned();
    const { allocationId } = await smallPicture();
    const first = connected.repository();
    const added = await first.addActivity({ allocationId, title: 'Energisparläge på skärmar', description: '', status: 'planerad' }, 2024, 'key-1');
    if (added.kind !== 'saved') throw new Error(added.kind);
    const read = added.etag;

    const anna: Activity = { ...added.value, title: 'Energisparläge på alla skärmar' };
    const bertil: Activity = { ...added.value, description: 'Bertils text som inte får försvinna' };
    expect((await first.updateActivity(anna, read)).kind).toBe('saved');
    const second = await connected.repository().updateActivity(bertil, read);
    expect(second.kind).toBe('conflict');
    if (second.kind !== 'conflict') return;
    expect(second.current.title).toBe('Energisparläge på alla skärmar');
    expect(second.etag).not.toBe(read);
    // Nothing was overwritten; Bertil's draft is still his to save on top of the fresh version.
    const resolved = await connected.repository().updateActivity({ ...second.current, description: bertil.description }, second.etag);
    expect(resolved.kind).toBe('saved');
    const { picture } = await first.loadYear(2024);
    expect(picture.activities.find((activity) => activity.id === added.value.id)).toMatchObject({ title: 'Energisparläge på alla skärmar', description: 'Bertils text som inte får försvinna' });
  });

  it('lands each of 200 writes exactly once while 30% of requests are answered 429', async () => {
    await provisioned();
    const { allocationId } = await smallPicture();
    connected.emulator.faults.settings = { throttle429: 0.3, retryAfterSeconds: 0 };
    const repository = connected.repository();
    const outcomes = [];
    for (let index = 0; index < 200; index++) {
      outcomes.push(await repository.addActivity(
        { allocationId, title: `Aktivitet ${index}`, description: '', status: 'planerad' }, 2024, `throttled-${index}`));
    }
    connected.emulator.faults.settings = {};
    expect(outcomes.filter((outcome) => outcome.kind !== 'saved')).toEqual([]);
    expect(connected.emulator.stats.snapshot().faultsInjected['429']).toBeGreaterThan(30);
    const { picture } = await repository.loadYear(2024);
    const titles = picture.activities.map((activity) => activity.title);
    expect(titles).toHaveLength(200);
    expect(new Set(titles).size).toBe(200);
  });

  it('does not add a twin when a create is sent again with the same client key', async () => {
    await provisioned();
    const { allocationId } = await smallPicture();
    const repository = connected.repository();
    const draft = { allocationId, title: 'Källsortering', description: '', status: 'planerad' as const };
    const first = await repository.addActivity(draft, 2024, 'same-key');
    const again = await repository.addActivity(draft, 2024, 'same-key');
    expect(again).toMatchObject({ kind: 'saved', value: { id: first.kind === 'saved' ? first.value.id : -1 } });
    expect((await repository.loadYear(2024)).picture.activities).toHaveLength(1);
  });

  it('refuses a unit head writing an allocation, and writes nothing', async () => {
    await provisioned();
    const { goalId, unitId } = await smallPicture();
    const roles = await provisionRoles(connected.sp(), connected.webUrl);
    expect(roles.kind).toBe('done');
    await connected.sp().web.siteGroups.getByName(roleGroupTitles.unitHeads).users.add('enhetschef@region.example');

    const unitHead = connected.repository('enhetschef@region.example');
    const outcome = await unitHead.addAllocation({ goalId, orgUnitId: unitId + 0, allocatedBy: person, allocatedAt: '2024-03-01T10:00:00Z', agreedWithUnitHead: true }, 2024);
    expect(outcome).toEqual({ kind: 'forbidden', action: 'allocate' });
    expect((await connected.repository().loadYear(2024)).picture.allocations).toHaveLength(1);
    // The same person may still read.
    expect((await unitHead.loadYear(2024)).picture.goals).toHaveLength(1);
  });

  it('finds org units whose names hold quotes, &, #, åäö and emoji', async () => {
    await provisioned();
    const repository = connected.repository();
    const names = ["Kök & Café #1", "Regionens 'bästa' enhet", 'Återvinning åäö 🌱', "O''Hara"];
    for (const name of names) {
      const outcome = await repository.addOrgUnit({ name, level: 'enhet' }, `key-${name}`);
      expect(outcome.kind).toBe('saved');
    }
    for (const name of names) {
      expect((await repository.orgUnitsNamed(name)).map((unit) => unit.name)).toEqual([name]);
    }
    expect(await repository.orgUnitsNamed('Kök')).toEqual([]);
  });

  it('returns the existing allocation when the same goal is allocated to the same unit twice', async () => {
    await provisioned();
    const { goalId, unitId, allocationId } = await smallPicture();
    const again = await connected.repository().addAllocation(
      { goalId, orgUnitId: unitId, allocatedBy: person, allocatedAt: '2024-03-01T10:00:00Z', agreedWithUnitHead: true }, 2024);
    expect(again).toMatchObject({ kind: 'saved', value: { id: allocationId } });
  });

  it('keeps one value per indicator and year: a second add and a stale update are conflicts; the read brings earlier years', async () => {
    await provisioned();
    await provisionRoles(connected.sp(admin), connected.webUrl);
    const { goalId } = await smallPicture();
    const repository = connected.repository();
    const indicator = await repository.addIndicator({
      goalId, name: 'Koldioxidutsläpp från tjänsteresor', unit: 'ton CO2e', direction: 'lower',
      baseline: { year: 2019, value: 1512 }, target: { year: 2030, value: 756 }, source: 'Reseräkningar', responsible: person
    }, 2024, 'indicator-1');
    if (indicator.kind !== 'saved') throw new Error(indicator.kind);
    const indicatorId = indicator.value.id;
    const first = await repository.addIndicatorValue({ indicatorId, year: 2022, value: 1105.5, comment: '', preliminary: true }, 2024);
    if (first.kind !== 'saved') throw new Error(first.kind);
    const twin = await connected.repository().addIndicatorValue({ indicatorId, year: 2022, value: 999, comment: 'Min siffra', preliminary: false }, 2024);
    expect(twin).toMatchObject({ kind: 'conflict', current: { id: first.value.id, value: 1105.5, preliminary: true } });

    expect((await repository.updateIndicatorValue({ ...first.value, value: 1100, preliminary: false }, first.etag)).kind).toBe('saved');
    const stale = await connected.repository().updateIndicatorValue({ ...first.value, comment: 'Gammal version' }, first.etag);
    expect(stale).toMatchObject({ kind: 'conflict', current: { value: 1100, preliminary: false } });

    const { picture } = await repository.loadYear(2024);
    expect(picture.indicators).toEqual([{ ...indicator.value, responsible: expect.objectContaining({ login: person.login }) }]);
    expect(picture.indicatorValues).toEqual([{ id: first.value.id, indicatorId, year: 2022, value: 1100, comment: '', preliminary: false }]);
    expect((await repository.loadYear(2023)).picture.indicatorValues).toEqual([]);

    // Only the regional staff's group contributes to the indicator lists.
    await connected.sp().web.siteGroups.getByName(roleGroupTitles.departmentHeads).users.add(person.login);
    expect(await connected.repository(person.login).addIndicatorValue({ indicatorId, year: 2023, value: 1, comment: '', preliminary: false }, 2024))
      .toEqual({ kind: 'forbidden', action: 'editIndicators' });
  });

  it('changes an indicator over the version it read, and keeps a delår figure and a denominator beside the whole year\'s value', async () => {
    await provisioned();
    const { goalId } = await smallPicture();
    const repository = connected.repository();
    const added = await repository.addIndicator({
      goalId, name: 'Utsläpp', unit: 'ton CO2e', direction: 'lower', baseline: { year: 2019, value: 1512 }, target: { year: 2030, value: 756 },
      source: '', normalisedPer: 'anställd'
    }, 2024, 'indicator-2');
    if (added.kind !== 'saved') throw new Error(added.kind);
    expect(added.value.normalisedPer).toBe('anställd');
    const changed = await repository.updateIndicator({ ...added.value, target: { year: 2028, value: 700 }, normalisedPer: undefined, responsible: person }, added.etag);
    expect(changed).toMatchObject({ kind: 'saved', value: { target: { year: 2028, value: 700 }, responsible: { login: person.login } } });
    const stale = await connected.repository().updateIndicator({ ...added.value, name: 'Gammal version' }, added.etag);
    expect(stale).toMatchObject({ kind: 'conflict', current: { name: 'Utsläpp', target: { year: 2028 } } });

    const indicatorId = added.value.id;
    const whole = await repository.addIndicatorValue({ indicatorId, year: 2023, value: 1240, comment: '', preliminary: false, denominator: 3100 }, 2024);
    const interim = await repository.addIndicatorValue({ indicatorId, year: 2023, period: 'delar', value: 560, comment: 'Jan–aug', preliminary: true }, 2024);
    expect([whole.kind, interim.kind]).toEqual(['saved', 'saved']);
    // The delår figure has a key of its own: a second one is a conflict with it, not with the whole year's.
    const twin = await connected.repository().addIndicatorValue({ indicatorId, year: 2023, period: 'delar', value: 1, comment: '', preliminary: false }, 2024);
    expect(twin).toMatchObject({ kind: 'conflict', current: { period: 'delar', value: 560 } });
    const { picture } = await repository.loadYear(2024);
    expect(picture.indicators.find((indicator) => indicator.id === indicatorId)?.normalisedPer).toBeUndefined();
    expect(picture.indicatorValues.filter((value) => value.indicatorId === indicatorId).map((value) => [value.period, value.value, value.denominator]).sort())
      .toEqual([[undefined, 1240, 3100], ['delar', 560, undefined]]);
  });

  it('keeps one follow-up per activity and period: a second is a conflict with the first', async () => {
    await provisioned();
    const { allocationId } = await smallPicture();
    const repository = connected.repository();
    const activity = await repository.addActivity({ allocationId, title: 'Recept', description: '', status: 'pagaende' }, 2024, 'k');
    if (activity.kind !== 'saved') throw new Error(activity.kind);
    const period = { year: 2024, kind: 'delar' as const };
    const first = await repository.addFollowUp({ activityId: activity.value.id, period, grade: 'genomford', comment: 'Klart' });
    expect(first.kind).toBe('saved');
    const second = await repository.addFollowUp({ activityId: activity.value.id, period, grade: 'ejPaborjad', comment: 'Annat' });
    expect(second).toMatchObject({ kind: 'conflict', current: { grade: 'genomford', comment: 'Klart' } });
    const helar = await repository.addFollowUp({ activityId: activity.value.id, period: { year: 2024, kind: 'helar' }, grade: 'ejPaborjad', comment: 'Helår' });
    expect(helar.kind).toBe('saved');
    expect((await repository.loadYear(2024)).picture.followUps.map((followUp) => followUp.period.kind).sort()).toEqual(['delar', 'helar']);
  });
});
