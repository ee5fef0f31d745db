// Reads a year's whole picture. One $batch round trip while each list holds at most 5,000 items of
// the year; a list that holds more (the year filter then trips the list view threshold, or fills a
// whole page) is read again in windows of 5,000 item ids, which SharePoint always indexes, each
// window a request and all of them side by side: the browser turns each answer into models while
// the next ones are on their way. The site's time zone comes in the first round trip: date-only
// values are read through it.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/regional-settings/web';
import { InjectHeaders, parseBinderWithErrorCheck, parseODataJSON, type Queryable } from '@pnp/queryable';
import type { YearPicture } from '../domain/model';
import type { ItemVersions, LoadedYear } from '../ports';
import { isThresholdError } from './errors';
import { etagOf, Projection, projections, toModel } from './mapping';
import { eq, idWindow } from './odata';
import { ListKey, lists, yearListOrder } from './schema';
import { SiteCalendar, siteCalendar, type SharePointTimeZone } from './siteCalendar';

/** SharePoint's list view threshold, and the largest page it serves. */
export const pageLimit = 5000;

/**
 * Parts per $batch: SharePoint takes 100; PnPjs sends 20 by default and the rest in further
 * batches, one after the other, each a round trip of its own.
 */
export const batchParts = { maxRequests: 100 };

/* eslint-disable @typescript-eslint/no-explicit-any -- list items are untyped JSON */
type Item = Record<string, any>;

/** Lists filtered by year; the organisation is read whole. */
const yearLists: ReadonlySet<ListKey> = new Set(['goals', 'allocations', 'activities', 'followUps', 'indicators', 'indicatorValues']);

export function yearFilter(key: ListKey, year: number): string | undefined {
  return yearLists.has(key) ? eq('MiljoYear', year) : undefined;
}

export function listUrl(webServerRelativeUrl: string, key: ListKey): string {
  return `${webServerRelativeUrl.replace(/\/$/, '')}/${lists[key].url}`;
}

function itemsQuery(sp: SPFI, webUrl: string, read: ListRead, filter: string | undefined, lean: boolean) {
  const { projection } = read;
  // In id order: a full first page is kept, and the id windows carry on after its last item.
  let query = sp.web.getList(listUrl(webUrl, read.key)).items.select(...projection.select).orderBy('Id').top(pageLimit);
  if (projection.expand.length > 0) query = query.expand(...projection.expand);
  if (lean) query = query.using(leanAnswers());
  return filter ? query.filter(filter) : query;
}

function allOf(...filters: Array<string | undefined>): string | undefined {
  const given = filters.filter((filter): filter is string => filter !== undefined && filter !== '');
  return given.length === 0 ? undefined : given.join(' and ');
}

/**
 * An answer's JSON as PnPjs's default parse reads it, without the copy of the whole text with its
 * white space taken out that it makes to see whether there is any (a large year's 7 MB, 30 ms).
 */
function parseAnswer() {
  return parseBinderWithErrorCheck(async (response: Response) => {
    if (response.status === 204) return {};
    const text = await response.text();
    return text.trim() === '' ? {} : parseODataJSON(JSON.parse(text));
  });
}

/**
 * SharePoint's leanest JSON: no type, id, edit link or ETag per item (a third of an item's bytes).
 * For reads that never write back; the editing views keep the ETags.
 */
export function leanAnswers() {
  return <T extends Queryable>(instance: T): T => instance.using(InjectHeaders({ Accept: 'application/json;odata=nometadata' }), parseAnswer());
}

/** What the first round brought: everything, or a first page (maybe empty) and where the rest ends. */
type FirstRead = { items: Item[]; complete: true } | { items: Item[]; complete: false; maxId: number };

/** The year, and the site's calendar it was read with (writes need it too). */
export interface YearRead {
  loaded: LoadedYear;
  calendar: SiteCalendar;
}

/**
 * A further read of one list's items of the year, riding in the same $batch (and windows) as the
 * list's own: a few columns of the items a filter picks. The filter is put after the year's, so
 * SharePoint narrows by the indexed year (or id window) first.
 */
export interface ListRead {
  key: ListKey;
  projection: Projection;
  filter?: string;
}

/** How a year is read: which columns, in which answer format, and what else rides in the first $batch. */
export interface ReadPlan<T = Item> {
  projections: Readonly<Record<ListKey, Projection>>;
  lean: boolean;
  /** Queued on the first $batch before the items (so what it reads is no newer than they are). */
  before?: (batched: SPFI) => void;
  /** Further reads by name; their items come back under the same name. */
  also?: Readonly<Record<string, ListRead>>;
  /**
   * What is kept of an answer's items, by the read's name (the list's key, or a further read's):
   * worked as each answer arrives, while later ones are still on their way. The items by default.
   */
  keep?: (name: string, items: Item[], calendar: SiteCalendar) => T[];
}

export interface YearItems<T = Item> {
  itemsByList: Map<ListKey, T[]>;
  calendar: SiteCalendar;
  /** The site's time zone as SharePoint answered it (the calendar is made from it). */
  timeZone: SharePointTimeZone;
  /** The items of the plan's further reads, by their names, in id order. */
  also: Map<string, T[]>;
}

/** Every promise settled, then the first failure thrown: no answer is left failing unheard. */
async function allSettled(promises: ReadonlyArray<Promise<unknown>>): Promise<void> {
  let failure: { reason: unknown } | undefined;
  await Promise.all(promises.map((promise) => promise.catch((reason: unknown) => { failure ??= { reason }; })));
  if (failure !== undefined) throw failure.reason;
}

/** After the tasks queued before it: a request just started goes out before a long piece of work. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function readYearItems<T = Item>(sp: SPFI, webServerRelativeUrl: string, year: number, plan: ReadPlan<T>): Promise<YearItems<T>> {
  const [batched, execute] = sp.batched(batchParts);
  const timeZone = plan.lean ? batched.web.regionalSettings.timeZone.using(leanAnswers())() : batched.web.regionalSettings.timeZone();
  plan.before?.(batched);
  const reads: Array<{ name: string; read: ListRead }> = [
    ...yearListOrder.map((key) => ({ name: key as string, read: { key, projection: plan.projections[key] } })),
    ...Object.entries(plan.also ?? {}).map(([name, read]) => ({ name, read }))
  ];
  // The highest id tells how many windows a second round needs, without a round of its own.
  const highestIds = new Map<ListKey, Promise<number>>(yearListOrder.map((key) => {
    let highest = batched.web.getList(listUrl(webServerRelativeUrl, key)).items.select('Id').orderBy('Id', false).top(1);
    if (plan.lean) highest = highest.using(leanAnswers());
    return [key, highest().then((found: Item[]) => (found[0]?.Id as number | undefined) ?? 0)] as const;
  }));
  const first = reads.map(({ read }) => {
    const items = itemsQuery(batched, webServerRelativeUrl, read, allOf(yearFilter(read.key, year), read.filter), plan.lean)()
      .then((found: Item[]) => ({ ok: true as const, found }), (error: unknown) => ({ ok: false as const, error }));
    return Promise.all([items, highestIds.get(read.key)!]).then(([result, highestId]): FirstRead => {
      if (result.ok && result.found.length < pageLimit) return { items: result.found, complete: true };
      if (!result.ok && !isThresholdError(result.error)) throw result.error;
      // A full page (in id order) is kept; a threshold error brought nothing.
      return { items: result.ok ? result.found : [], complete: false, maxId: highestId };
    });
  });
  await execute();
  const answers = await Promise.all(first);
  const zone = await timeZone;
  const calendar = siteCalendar(zone);
  const keep = plan.keep ?? ((_name: string, items: Item[]) => items as unknown as T[]);

  // Each read's parts in id order: the first page, then its windows; each filled as its answer arrives.
  const parts = reads.map(() => [] as T[][]);
  const windows: Array<{ name: string; read: ListRead; filter: string | undefined; into: T[][]; slot: number }> = [];
  reads.forEach(({ name, read }, index) => {
    const answer = answers[index];
    if (answer.complete) return;
    const readUpTo = answer.items.length > 0 ? (answer.items[answer.items.length - 1].Id as number) : 0;
    let slot = 1;
    for (let from = readUpTo + 1; from <= answer.maxId; from += pageLimit) {
      const filter = allOf(idWindow(from, from + pageLimit), yearFilter(read.key, year), read.filter);
      windows.push({ name, read, filter, into: parts[index], slot: slot++ });
    }
  });
  // Each window a request of its own, all sent at once: SharePoint answers them side by side (the
  // parts of a $batch it works one after the other), and no $batch answer is split and copied.
  const work = windows.map((window) => itemsQuery(sp, webServerRelativeUrl, window.read, window.filter, plan.lean)().then((found: Item[]) => {
    window.into[window.slot] = keep(window.name, found, calendar);
  }));
  // The first round's items while the second's are on their way.
  if (work.length > 0) await nextTask();
  reads.forEach(({ name }, index) => { parts[index][0] = keep(name, answers[index].items, calendar); });
  await allSettled(work);

  const byName = new Map<string, T[]>(reads.map(({ name }, index) => [name, parts[index].length === 1 ? parts[index][0] : ([] as T[]).concat(...parts[index])]));
  const itemsByList = new Map<ListKey, T[]>(yearListOrder.map((key) => [key, byName.get(key) ?? []]));
  const also = new Map(Object.keys(plan.also ?? {}).map((name) => [name, byName.get(name) ?? []]));
  return { itemsByList, calendar, timeZone: zone, also };
}

/** The picture the items of each list make, read through the site's calendar. */
export function pictureOf(year: number, itemsByList: ReadonlyMap<ListKey, Item[]>, calendar: SiteCalendar): YearPicture {
  const read = (key: ListKey): Item[] => itemsByList.get(key) ?? [];
  return {
    year,
    goals: read('goals').map((item) => toModel.goals(item, calendar)),
    orgUnits: read('orgUnits').map((item) => toModel.orgUnits(item, calendar)),
    allocations: read('allocations').map((item) => toModel.allocations(item, calendar)),
    activities: read('activities').map((item) => toModel.activities(item, calendar)),
    followUps: read('followUps').map((item) => toModel.followUps(item, calendar)),
    indicators: read('indicators').map((item) => toModel.indicators(item, calendar)),
    indicatorValues: read('indicatorValues').map((item) => toModel.indicatorValues(item, calendar))
  };
}

export async function readYear(sp: SPFI, webServerRelativeUrl: string, year: number): Promise<YearRead> {
  const { itemsByList, calendar } = await readYearItems(sp, webServerRelativeUrl, year, { projections, lean: false });
  const etags = Object.fromEntries(yearListOrder.map((key) =>
    [key, new Map((itemsByList.get(key) ?? []).map((item) => [item.Id as number, etagOf(item)]))])) as ItemVersions;
  return { loaded: { picture: pictureOf(year, itemsByList, calendar), etags }, calendar };
}
