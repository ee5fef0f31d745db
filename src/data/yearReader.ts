// Reads a year's whole picture. One $batch round trip while each list holds at most 5,000 items of
// the year; a list that holds more (the year filter then trips the list view threshold, or fills a
// whole page) is read again in windows of 5,000 item ids, which SharePoint always indexes. The
// site's time zone comes in the same round trip: date-only values are read through it.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/regional-settings/web';
import type { ItemVersions, LoadedYear } from '../ports';
import { isThresholdError } from './errors';
import { etagOf, projections, toModel } from './mapping';
import { eq, idWindow } from './odata';
import { ListKey, lists, yearListOrder } from './schema';
import { SiteCalendar, siteCalendar } from './siteCalendar';

/** SharePoint's list view threshold, and the largest page it serves. */
export const pageLimit = 5000;

/* eslint-disable @typescript-eslint/no-explicit-any -- list items are untyped JSON */
type Item = Record<string, any>;

/** Lists filtered by year; the organisation is read whole. */
const yearLists: ReadonlySet<ListKey> = new Set(['goals', 'allocations', 'activities', 'followUps', 'indicators', 'indicatorValues']);

function yearFilter(key: ListKey, year: number): string | undefined {
  return yearLists.has(key) ? eq('MiljoYear', year) : undefined;
}

export function listUrl(webServerRelativeUrl: string, key: ListKey): string {
  return `${webServerRelativeUrl.replace(/\/$/, '')}/${lists[key].url}`;
}

function itemsQuery(sp: SPFI, webUrl: string, key: ListKey, filter: string | undefined) {
  const projection = projections[key];
  // In id order: a full first page is kept, and the id windows carry on after its last item.
  let query = sp.web.getList(listUrl(webUrl, key)).items.select(...projection.select).orderBy('Id').top(pageLimit);
  if (projection.expand.length > 0) query = query.expand(...projection.expand);
  return filter ? query.filter(filter) : query;
}

/** What the first round brought: everything, or a first page (maybe empty) and where the rest ends. */
type FirstRead = { items: Item[]; complete: true } | { items: Item[]; complete: false; maxId: number };

/** The year, and the site's calendar it was read with (writes need it too). */
export interface YearRead {
  loaded: LoadedYear;
  calendar: SiteCalendar;
}

export async function readYear(sp: SPFI, webServerRelativeUrl: string, year: number): Promise<YearRead> {
  const [batched, execute] = sp.batched();
  const timeZone = batched.web.regionalSettings.timeZone();
  const first = yearListOrder.map((key) => {
    const items = itemsQuery(batched, webServerRelativeUrl, key, yearFilter(key, year))()
      .then((found: Item[]) => ({ ok: true as const, found }), (error: unknown) => ({ ok: false as const, error }));
    // The highest id tells how many windows a second round needs, without a round of its own.
    const maxId = batched.web.getList(listUrl(webServerRelativeUrl, key)).items.select('Id').orderBy('Id', false).top(1)()
      .then((found: Item[]) => (found[0]?.Id as number | undefined) ?? 0);
    return Promise.all([items, maxId]).then(([result, highest]): FirstRead => {
      if (result.ok && result.found.length < pageLimit) return { items: result.found, complete: true };
      if (!result.ok && !isThresholdError(result.error)) throw result.error;
      // A full page (in id order) is kept; a threshold error brought nothing.
      return { items: result.ok ? result.found : [], complete: false, maxId: highest };
    });
  });
  await execute();
  const reads = await Promise.all(first);
  const calendar = siteCalendar(await timeZone);

  const itemsByList = new Map<ListKey, Item[]>();
  const windowed: Array<Promise<void>> = [];
  const [secondBatch, executeSecond] = sp.batched();
  yearListOrder.forEach((key, index) => {
    const read = reads[index];
    if (read.complete) {
      itemsByList.set(key, read.items);
      return;
    }
    const collected: Item[] = [...read.items];
    itemsByList.set(key, collected);
    const readUpTo = read.items.length > 0 ? (read.items[read.items.length - 1].Id as number) : 0;
    for (let from = readUpTo + 1; from <= read.maxId; from += pageLimit) {
      const filter = [idWindow(from, from + pageLimit), yearFilter(key, year)].filter(Boolean).join(' and ');
      windowed.push(itemsQuery(secondBatch, webServerRelativeUrl, key, filter)().then((found: Item[]) => {
        collected.push(...found);
      }));
    }
  });
  if (windowed.length > 0) {
    await executeSecond();
    await Promise.all(windowed);
    for (const items of itemsByList.values()) items.sort((a, b) => a.Id - b.Id);
  }

  const etags = Object.fromEntries(yearListOrder.map((key) =>
    [key, new Map((itemsByList.get(key) ?? []).map((item) => [item.Id as number, etagOf(item)]))])) as ItemVersions;
  const read = (key: ListKey): Item[] => itemsByList.get(key) ?? [];
  const picture = {
    year,
    goals: read('goals').map((item) => toModel.goals(item, calendar)),
    orgUnits: read('orgUnits').map((item) => toModel.orgUnits(item, calendar)),
    allocations: read('allocations').map((item) => toModel.allocations(item, calendar)),
    activities: read('activities').map((item) => toModel.activities(item, calendar)),
    followUps: read('followUps').map((item) => toModel.followUps(item, calendar)),
    indicators: read('indicators').map((item) => toModel.indicators(item, calendar)),
    indicatorValues: read('indicatorValues').map((item) => toModel.indicatorValues(item, calendar))
  };
  return { loaded: { picture, etags }, calendar };
}
