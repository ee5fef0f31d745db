import 'fake-indexeddb/auto';
import { computeCoverageSummary, demoFollowUpPeriod, demoRegion2023 } from '../../domain';
import { connectToEmulator, Connected, seedDemoInto } from '../../../test/support/emulator';
import { summaryOf } from '../../../test/support/memoryRepository';
import { SharePointRepository } from '../SharePointRepository';
import { indexedDbYearStore, YearCacheStore } from '../yearCacheStore';
import { memoryYearStore } from '../../../test/support/yearStores';
import { listUrl } from '../yearReader';
import { idFilters } from '../summaryTexts';

let connected: Connected;
beforeAll(async () => {
  connected = await connectToEmulator();
  await seedDemoInto(connected);
});
afterAll(async () => { await connected.emulator.close(); });

/**
 * Requests the emulator answered while `work` ran, and the bytes it sent; a form digest PnPjs asks
 * for before its first POST is not counted (on a SharePoint page the page gives it).
 */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; requests: number; bytes: number }> {
  const before = connected.emulator.stats.snapshot();
  const value = await work();
  const after = connected.emulator.stats.snapshot();
  const digests = (after.byKind.contextinfo ?? 0) - (before.byKind.contextinfo ?? 0);
  return { value, requests: after.requests - before.requests - digests, bytes: after.bytesSent - before.bytesSent };
}

function cachedRepository(store: YearCacheStore): SharePointRepository {
  return new SharePointRepository(connected.sp(), connected.webUrl, undefined, store);
}

describe("the summary's read of a year", () => {
  it('is the whole year less what only the editing views and the export show, in one $batch and fewer bytes', async () => {
    const repository = connected.repository();
    const lean = await measured(() => repository.loadSummaryYear(2023));
    const whole = await measured(() => repository.loadYear(2023));
    expect(lean.requests).toBe(1);
    expect(lean.value).toEqual(summaryOf(whole.value.picture));
    expect(computeCoverageSummary(lean.value, demoFollowUpPeriod).totals).toEqual(computeCoverageSummary(demoRegion2023, demoFollowUpPeriod).totals);
    expect(lean.bytes).toBeLessThan(whole.bytes / 2);
  });

  it('comes from the cache in one $batch when nothing changed, and reads only what changed when something did', async () => {
    const store = memoryYearStore();
    const repository = cachedRepository(store);
    const cold = await measured(() => repository.loadSummaryYear(2023));
    expect(cold.requests).toBe(1);
    expect(store.values.size).toBe(1);

    const warm = await measured(() => repository.loadSummaryYear(2023));
    expect(warm.requests).toBe(1);
    expect(warm.value).toEqual(cold.value);
    expect(warm.bytes).toBeLessThan(cold.bytes / 3);

    const writer = connected.repository();
    const { picture, etags } = await writer.loadYear(2023);
    const activity = picture.activities[0];
    const updated = await writer.updateActivity({ ...activity, title: `${activity.title} (ändrad)` }, etags.activities.get(activity.id)!);
    expect(updated.kind).toBe('saved');
    const followUp = picture.followUps[0];
    const activities = connected.sp().web.getList(listUrl(connected.webUrl, 'followUps'));
    await activities.items.getById(followUp.id).delete();

    const changed = await measured(() => repository.loadSummaryYear(2023));
    // The changes and the tokens, then the changed items by id.
    expect(changed.requests).toBe(2);
    expect(changed.value).toEqual(await connected.repository().loadSummaryYear(2023));
    expect(changed.value.activities.find((held) => held.id === activity.id)?.title).toBe(`${activity.title} (ändrad)`);
    expect(changed.value.followUps.some((held) => held.id === followUp.id)).toBe(false);
  });

  it('keeps the texts read with the cached year: the next visit reads only those changed since', async () => {
    const store = memoryYearStore();
    const firstVisit = cachedRepository(store);
    const year = await firstVisit.loadSummaryYear(2023);
    const wanted = { activityIds: year.activities.slice(0, 6).map((activity) => activity.id), followUpIds: year.followUps.slice(0, 4).map((followUp) => followUp.id) };
    const first = await measured(() => firstVisit.loadSummaryTexts(2023, wanted));
    expect(first.requests).toBe(1);
    expect(first.value.activities.size).toBe(6);

    const secondVisit = cachedRepository(store);
    await secondVisit.loadSummaryYear(2023);
    const warm = await measured(() => secondVisit.loadSummaryTexts(2023, wanted));
    expect(warm.requests).toBe(0);
    expect(warm.value).toEqual(first.value);

    const writer = connected.repository();
    const { picture, etags } = await writer.loadYear(2023);
    const renamed = picture.activities.find((activity) => activity.id === wanted.activityIds[2])!;
    expect((await writer.updateActivity({ ...renamed, title: `${renamed.title} (ny)` }, etags.activities.get(renamed.id)!)).kind).toBe('saved');

    const thirdVisit = cachedRepository(store);
    await thirdVisit.loadSummaryYear(2023);
    const afterEdit = await measured(() => thirdVisit.loadSummaryTexts(2023, wanted));
    expect(afterEdit.requests).toBe(1);
    expect(afterEdit.value.activities.get(renamed.id)?.title).toBe(`${renamed.title} (ny)`);
    expect(afterEdit.value).toEqual(await connected.repository().loadSummaryTexts(2023, wanted));
  });

  it('reads the whole year again when the token is too old, not a token, or from another schema', async () => {
    const store = memoryYearStore();
    const repository = cachedRepository(store);
    await repository.loadSummaryYear(2023);
    const key = [...store.values.keys()][0];
    const entry = store.values.get(key) as { lists: Record<string, { token: string }>; columns: string };

    // A bulk setup starts the list's change log again: the cached token is from before its start.
    const goals = connected.emulator.store.listByUrl(listUrl(connected.webUrl, 'goals'))!;
    connected.emulator.store.bulkAddItems(goals, [{ Title: 'Nytt mål', MiljoYear: 2023, GoalCode: 'X9', GoalKey: '2023-X9' }]);
    const tooOld = await measured(() => repository.loadSummaryYear(2023));
    expect(tooOld.value.goals.some((goal) => goal.code === 'X9')).toBe(true);
    expect(tooOld.value).toEqual(await connected.repository().loadSummaryYear(2023));

    entry.lists.activities.token = 'no token';
    store.values.set(key, entry);
    expect(await repository.loadSummaryYear(2023)).toEqual(await connected.repository().loadSummaryYear(2023));
    expect((store.values.get(key) as typeof entry).lists.activities.token).toMatch(/^1;3;/);

    store.values.set(key, { ...(store.values.get(key) as typeof entry), columns: '[]' });
    const otherSchema = await measured(() => repository.loadSummaryYear(2023));
    // A full read with its tokens: one $batch, and many more bytes than an unchanged warm one.
    expect(otherSchema.requests).toBe(1);
    expect((store.values.get(key) as typeof entry).columns).not.toBe('[]');
    expect(otherSchema.value).toEqual(await connected.repository().loadSummaryYear(2023));
  });

  it('keeps its years in IndexedDB through idb-keyval', async () => {
    const store = indexedDbYearStore('miljomal-test');
    expect(store).toBeDefined();
    const repository = cachedRepository(store!);
    const cold = await repository.loadSummaryYear(2023);
    const warm = await measured(() => cachedRepository(indexedDbYearStore('miljomal-test')!).loadSummaryYear(2023));
    expect(warm.requests).toBe(1);
    expect(warm.value).toEqual(cold);
  });
});

describe("the summary's texts, read when a department or goal opens", () => {
  it('are the titles, statuses, grades and comments the year leaves out, of the items asked for, in one $batch', async () => {
    const repository = connected.repository();
    const lean = await repository.loadSummaryYear(2023);
    const { picture } = await repository.loadYear(2023);
    // Not every activity is lifted in the report: some titles are left out of the year.
    expect(lean.activities.some((activity) => activity.title === '')).toBe(true);
    const asked = picture.activities.slice(1);
    const texts = await measured(() => repository.loadSummaryTexts(2023, {
      activityIds: [...asked.map((activity) => activity.id), 999999],
      followUpIds: picture.followUps.map((followUp) => followUp.id)
    }));
    expect(texts.requests).toBe(1);
    expect([...texts.value.activities.keys()].sort((a, b) => a - b)).toEqual(asked.map((activity) => activity.id).sort((a, b) => a - b));
    for (const activity of asked) expect(texts.value.activities.get(activity.id)).toEqual({ title: activity.title, status: activity.status });
    for (const followUp of picture.followUps) expect(texts.value.followUps.get(followUp.id)).toEqual({ grade: followUp.grade, comment: followUp.comment });
  });

  it('asks by id where few fall in a window of ids, and for the window where many do', () => {
    expect(idFilters([7, 3, 3])).toEqual([{ filter: '(Id eq 3 or Id eq 7)', top: 20 }]);
    const many = Array.from({ length: 1300 }, (_, index) => 5001 + index * 3);
    expect(idFilters([...many, 12000])).toEqual([
      { filter: 'ID ge 5001 and ID lt 10001', top: 5000 },
      { filter: '(Id eq 12000)', top: 20 }
    ]);
    expect(idFilters(Array.from({ length: 45 }, (_, index) => index + 1)).map((part) => part.top)).toEqual([20, 20, 20]);
    // A few hundred in a window (a department's share of a large list) are asked for by id.
    expect(idFilters(Array.from({ length: 400 }, (_, index) => index * 10 + 1)).map((part) => part.top)).toEqual(Array(20).fill(20));
    expect(idFilters([])).toEqual([]);
  });

  it('reads hundreds asked for in a large list in $batches sent together, only those asked for', async () => {
    // The last test of the file: the list stays above the list view threshold.
    const list = connected.emulator.store.listByUrl(listUrl(connected.webUrl, 'activities'))!;
    const first = list.def.items.length + 1;
    const allocationId = (await connected.repository().loadYear(2023)).picture.allocations[0].id;
    connected.emulator.store.bulkAddItems(list, Array.from({ length: 9000 }, (_, index) => ({
      Title: `Massaktivitet ${index}`, MiljoYear: 2023, AllocationId: allocationId, ActivityStatus: index % 2 === 0 ? 'pagaende' : 'avslutad'
    })));
    const ids = list.def.items.filter((item) => item.id >= first && item.id % 4 === 0).map((item) => item.id);
    const texts = await measured(() => connected.repository().loadSummaryTexts(2023, { activityIds: ids, followUpIds: [] }));
    // More than a hundred parts: two $batches, and no part tripped the threshold.
    expect(texts.requests).toBe(2);
    expect(texts.value.activities.size).toBe(ids.length);
    const item = list.def.items.find((held) => held.id === ids[7])!;
    expect(texts.value.activities.get(ids[7])).toEqual({ title: item.values.Title, status: item.values.ActivityStatus });
  });
});
