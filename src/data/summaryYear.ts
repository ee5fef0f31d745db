// The summary's read of a year: only what it shows and counts (summaryProjections), in SharePoint's
// leanest JSON, and, where the browser can keep it, from a cache of the year kept fresh with each
// list's change log. An unchanged year is one $batch: the site's time zone, each list's current
// change token and its changes since the cached one. A changed year reads the changed items by id
// (in a second $batch) and applies them; deletes come from the log too. Anything that leaves a
// doubt (no cache, another schema or time zone, a token SharePoint finds too old or of another
// list, a change read that failed, a full page of changes) is a full read: the picture shown is
// always the lists as they are now, never an older one.
// The texts read later (a department's titles, the gaps' names) are kept with the cached year and
// dropped with every change the log reports of their item, so a warm visit reads them from the
// browser, not again from SharePoint.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/regional-settings/web';
import type { Activity, YearPicture } from '../domain/model';
import type { SummaryTexts, SummaryTextsWanted } from '../ports';
import type { Item } from './listFields';
import { modelPart, summaryHighlights, summaryProjections, toModel } from './mapping';
import { ListKey, yearListOrder } from './schema';
import { siteCalendar, type SharePointTimeZone, type SiteCalendar } from './siteCalendar';
import { readSummaryTexts } from './summaryTexts';
import type { YearCacheStore } from './yearCacheStore';
import { batchParts, leanAnswers, listUrl, pictureOf, readYearItems, yearFilter } from './yearReader';

/** Bumped when what a cached year holds changes shape; the columns read are part of the key too. */
const cacheFormat = 3;

/** SharePoint answers at most this many changes to a query: a full answer may have left some out. */
const changeLimit = 1000;

/** Ids per `or` filter, as the product's other lookups by key. */
const idsPerQuery = 20;

/** A list's part of the year as the model holds it (mapped once, not at every visit), and its token. */
interface CachedList {
  token: string;
  models: ReadonlyArray<{ id: number }>;
}

interface CachedYear {
  format: number;
  columns: string;
  year: number;
  /** The site's time zone as read with the items: a change of zone reads every date again. */
  timeZone: string;
  lists: Record<string, CachedList>;
  /** Texts read since, by item id; none in a year cached before they were kept. */
  texts?: CachedTexts;
}

type TextOf<K extends keyof SummaryTexts> = SummaryTexts[K] extends ReadonlyMap<number, infer T> ? T : never;

interface CachedTexts {
  activities: Record<string, TextOf<'activities'>>;
  followUps: Record<string, TextOf<'followUps'>>;
}

const textLists = ['activities', 'followUps'] as const;

interface ChangeItem {
  ChangeType: number;
  ItemId: number;
}

/** What getChanges counts as item changes: adds, updates and deletes. */
const itemChanges = { Item: true, Add: true, Update: true, DeleteObject: true, Restore: true };

const changeDelete = 3;

const columns = JSON.stringify([...yearListOrder.map((key) => [key, summaryProjections[key]]), ['highlights', summaryHighlights]]);

const summaryPlan = { projections: summaryProjections, lean: true, also: { highlights: summaryHighlights } };

/** What only a lifted activity carries in the summary's year. */
const highlightColumns = summaryHighlights.projection.select.filter((column) => column !== 'Id');

/**
 * An item as the summary's year holds it, however it was read (with the year, or alone after a
 * change): a follow-up's year is the year read, and only a lifted activity keeps its title and status.
 * Changed in place: the items are the answer's own, and a large year holds 70,000 follow-ups.
 */
function asSummaryItem(key: ListKey, item: Item, year: number): Item {
  if (key === 'followUps') {
    item.MiljoYear = year;
    return item;
  }
  if (key !== 'activities' || item.Highlighted === true || !highlightColumns.some((column) => column in item)) return item;
  for (const column of highlightColumns) delete item[column];
  return item;
}

const isYearList = (name: string): name is ListKey => (yearListOrder as readonly string[]).includes(name);

/** Each answer's items as the summary's models, made as it arrives; the lifted activities' texts stay items. */
function summaryModels(year: number) {
  return (name: string, items: Item[], calendar: SiteCalendar): unknown[] => {
    if (!isYearList(name)) return items;
    const toListModel = toModel[name] as (item: Item, calendar: SiteCalendar) => unknown;
    return items.map((item) => toListModel(asSummaryItem(name, item, year), calendar));
  };
}

const liftedPart = modelPart('activities', highlightColumns);

/** The activities with the lifted ones' texts put into theirs (few: only those are copied). */
function withLifted(activities: Activity[], highlighted: readonly Item[], calendar: SiteCalendar): Activity[] {
  if (highlighted.length === 0) return activities;
  const lifted = new Map(highlighted.map((item) => [item.Id as number, item]));
  return activities.map((activity) => {
    const texts = lifted.get(activity.id);
    return texts === undefined ? activity : { ...activity, ...liftedPart(texts, calendar) };
  });
}

function settled<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  return promise.then((value) => ({ ok: true as const, value }), () => ({ ok: false as const }));
}

function tokenOf(list: unknown): string | undefined {
  const value = (list as { CurrentChangeToken?: { StringValue?: unknown } } | undefined)?.CurrentChangeToken?.StringValue;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

type YearLists = Record<(typeof yearListOrder)[number], ReadonlyArray<{ id: number }>>;

function modelsOf(picture: YearPicture): YearLists {
  return Object.fromEntries(yearListOrder.map((key) => [key, picture[key]])) as unknown as YearLists;
}

function cachedPicture(year: number, lists: Record<string, CachedList>): YearPicture {
  const models = (key: ListKey): never => lists[key].models as never;
  return {
    year, goals: models('goals'), orgUnits: models('orgUnits'), allocations: models('allocations'), activities: models('activities'),
    followUps: models('followUps'), indicators: models('indicators'), indicatorValues: models('indicatorValues')
  };
}

function chunks<T>(values: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(values.length / size) }, (_, index) => values.slice(index * size, index * size + size));
}

/** The kept texts but those of items the change log reports changed or deleted. */
function textsWithout(texts: CachedTexts | undefined, changed: ReadonlyMap<ListKey, { removed: Set<number>; fetch: Set<number> }>): CachedTexts | undefined {
  if (texts === undefined) return undefined;
  const kept = { activities: { ...texts.activities }, followUps: { ...texts.followUps } };
  for (const list of textLists) {
    const { removed, fetch } = changed.get(list) ?? { removed: new Set<number>(), fetch: new Set<number>() };
    for (const id of [...removed, ...fetch]) delete kept[list][String(id)];
  }
  return kept;
}

export class SummaryYearReader {
  /** The year each key last read or wrote in this page: texts are only added to the year they belong to. */
  private readonly latest = new Map<string, CachedYear>();

  public constructor(private readonly sp: SPFI, private readonly webServerRelativeUrl: string, private readonly store?: YearCacheStore) {}

  private keyOf(year: number): string {
    return `${this.webServerRelativeUrl.toLowerCase()}|${year}`;
  }

  public async read(year: number): Promise<YearPicture> {
    const key = this.keyOf(year);
    const cached = this.store === undefined ? undefined : await this.cachedYear(key, year);
    const fresh = cached === undefined ? undefined : await this.refreshed(cached, year);
    const result = fresh ?? await this.fullRead(year);
    if (result.cache === undefined) this.latest.delete(key);
    else this.latest.set(key, result.cache);
    if (this.store !== undefined && result.cache !== undefined && result.cache !== cached) {
      // A year the browser cannot keep is read in full next time; the picture is right either way.
      // Not awaited: the summary is painted first (the browser's store writes after the next paint).
      void this.store.set(key, result.cache).catch(() => this.store?.delete(key).catch(() => undefined));
    }
    return result.picture;
  }

  /**
   * The texts asked for: those kept with the year this page read, the rest from SharePoint, then
   * kept too. Only while that year is still the one kept: a read of the year in between may have
   * dropped texts its changes made old, and they must not come back with an older copy.
   */
  public async texts(year: number, wanted: SummaryTextsWanted): Promise<SummaryTexts> {
    const key = this.keyOf(year);
    const entry = this.store === undefined ? undefined : this.latest.get(key);
    const kept: CachedTexts = entry?.texts ?? { activities: {}, followUps: {} };
    const missing = {
      activityIds: wanted.activityIds.filter((id) => kept.activities[String(id)] === undefined),
      followUpIds: wanted.followUpIds.filter((id) => kept.followUps[String(id)] === undefined)
    };
    const read = missing.activityIds.length === 0 && missing.followUpIds.length === 0
      ? { activities: new Map(), followUps: new Map() }
      : await readSummaryTexts(this.sp, this.webServerRelativeUrl, year, missing);
    const answer = {
      activities: new Map(wanted.activityIds.flatMap((id) => {
        const text = kept.activities[String(id)] ?? read.activities.get(id);
        return text === undefined ? [] : [[id, text] as const];
      })),
      followUps: new Map(wanted.followUpIds.flatMap((id) => {
        const text = kept.followUps[String(id)] ?? read.followUps.get(id);
        return text === undefined ? [] : [[id, text] as const];
      }))
    };
    if (entry !== undefined && this.latest.get(key) === entry && (read.activities.size > 0 || read.followUps.size > 0)) {
      const texts: CachedTexts = {
        activities: { ...kept.activities, ...Object.fromEntries(read.activities) },
        followUps: { ...kept.followUps, ...Object.fromEntries(read.followUps) }
      };
      const next = { ...entry, texts };
      this.latest.set(key, next);
      await this.store?.set(key, next).catch(() => undefined);
    }
    return answer;
  }

  private async cachedYear(key: string, year: number): Promise<CachedYear | undefined> {
    try {
      const value = (await this.store?.get(key)) as CachedYear | undefined;
      const whole = value !== undefined && value.format === cacheFormat && value.columns === columns && value.year === year
        && yearListOrder.every((list) => value.lists[list] !== undefined);
      return whole ? value : undefined;
    } catch {
      return undefined;
    }
  }

  private listUrl(key: ListKey): string {
    return listUrl(this.webServerRelativeUrl, key);
  }

  /** The whole year; with the tokens read in the same $batch, before the items, when there is a cache to keep. */
  private async fullRead(year: number): Promise<{ picture: YearPicture; cache?: CachedYear }> {
    const tokens = new Map<ListKey, Promise<string | undefined>>();
    const keep = this.store !== undefined;
    const { itemsByList, also, calendar, timeZone } = await readYearItems<unknown>(this.sp, this.webServerRelativeUrl, year, {
      ...summaryPlan,
      keep: summaryModels(year),
      before: keep ? (batched) => {
        for (const key of yearListOrder) {
          tokens.set(key, batched.web.getList(this.listUrl(key)).select('CurrentChangeToken').using(leanAnswers())().then(tokenOf, () => undefined));
        }
      } : undefined
    });
    const read = (key: ListKey): never => itemsByList.get(key) as never;
    const picture: YearPicture = {
      year, goals: read('goals'), orgUnits: read('orgUnits'), allocations: read('allocations'),
      activities: withLifted(read('activities'), (also.get('highlights') ?? []) as Item[], calendar),
      followUps: read('followUps'), indicators: read('indicators'), indicatorValues: read('indicatorValues')
    };
    if (!keep) return { picture };
    const models = modelsOf(picture);
    const lists: Record<string, CachedList> = {};
    for (const key of yearListOrder) {
      const token = await tokens.get(key);
      // A list without a token cannot be kept fresh: nothing of the year is kept.
      if (token === undefined) return { picture };
      lists[key] = { token, models: models[key] };
    }
    return { picture, cache: { format: cacheFormat, columns, year, timeZone: JSON.stringify(timeZone), lists } };
  }

  /** The cached year brought up to date from the change logs, or undefined when a full read is needed. */
  private async refreshed(cached: CachedYear, year: number): Promise<{ picture: YearPicture; cache: CachedYear } | undefined> {
    const [batched, execute] = this.sp.batched(batchParts);
    const zone = settled(batched.web.regionalSettings.timeZone.using(leanAnswers())());
    const reads = yearListOrder.map((key) => {
      const list = batched.web.getList(this.listUrl(key)).using(leanAnswers());
      // The current token first: every change after it is in this answer or the next one.
      const token = settled(list.select('CurrentChangeToken')().then(tokenOf));
      const changes = settled(list.getChanges({ ...itemChanges, ChangeTokenStart: { StringValue: cached.lists[key].token } }) as Promise<ChangeItem[]>);
      return { key, token, changes };
    });
    try {
      await execute();
    } catch {
      return undefined;
    }
    const timeZone = await zone;
    if (!timeZone.ok || JSON.stringify(timeZone.value) !== cached.timeZone) return undefined;

    const changed = new Map<ListKey, { token: string; removed: Set<number>; fetch: Set<number> }>();
    for (const read of reads) {
      const [token, changes] = await Promise.all([read.token, read.changes]);
      if (!token.ok || token.value === undefined || !changes.ok || !Array.isArray(changes.value) || changes.value.length >= changeLimit) return undefined;
      const removed = new Set<number>();
      const fetch = new Set<number>();
      for (const change of changes.value) {
        // In the order they happened: a delete after an update wins, an add after a delete (a restore) is read.
        if (change.ChangeType === changeDelete) {
          removed.add(change.ItemId);
          fetch.delete(change.ItemId);
        } else {
          fetch.add(change.ItemId);
          removed.delete(change.ItemId);
        }
      }
      changed.set(read.key, { token: token.value, removed, fetch });
    }

    const unchanged = [...changed.entries()].every(([key, { token, removed, fetch }]) =>
      token === cached.lists[key].token && removed.size === 0 && fetch.size === 0);
    // Nothing to apply and nothing to write back.
    if (unchanged) return { picture: cachedPicture(year, cached.lists), cache: cached };
    const fetched = await this.readChanged(year, changed);
    if (fetched === undefined) return undefined;
    const freshModels = modelsOf(pictureOf(year, fetched, siteCalendar(timeZone.value as SharePointTimeZone)));
    const lists: Record<string, CachedList> = {};
    for (const key of yearListOrder) {
      const { token, removed, fetch } = changed.get(key)!;
      // A changed item not found in the year has left it (or is gone): it goes as a deleted one does.
      const kept = cached.lists[key].models.filter((model) => !removed.has(model.id) && !fetch.has(model.id));
      lists[key] = { token, models: [...kept, ...freshModels[key]].sort((a, b) => a.id - b.id) };
    }
    return { picture: cachedPicture(year, lists), cache: { ...cached, lists, texts: textsWithout(cached.texts, changed) } };
  }

  /** The changed items that are (still) of the year, in one $batch; undefined if any part failed. */
  private async readChanged(year: number, changed: Map<ListKey, { fetch: Set<number> }>): Promise<Map<ListKey, Item[]> | undefined> {
    const found = new Map<ListKey, Item[]>();
    const [batched, execute] = this.sp.batched(batchParts);
    const parts: Array<Promise<{ ok: boolean }>> = [];
    for (const key of yearListOrder) {
      const ids = [...(changed.get(key)?.fetch ?? [])];
      const items: Item[] = [];
      found.set(key, items);
      for (const group of chunks(ids, idsPerQuery)) {
        const byId = `(${group.map((id) => `Id eq ${id}`).join(' or ')})`;
        const filter = [byId, yearFilter(key, year)].filter(Boolean).join(' and ');
        const projection = summaryProjections[key];
        // A changed activity may be lifted now: its texts are asked for, and kept only if it is.
        const select = key === summaryHighlights.key ? [...projection.select, ...highlightColumns] : projection.select;
        let query = batched.web.getList(this.listUrl(key)).items.select(...select).filter(filter).top(idsPerQuery).using(leanAnswers());
        if (projection.expand.length > 0) query = query.expand(...projection.expand);
        parts.push(settled(query().then((answer: Item[]) => { items.push(...answer.map((item) => asSummaryItem(key, item, year))); })));
      }
    }
    if (parts.length === 0) return found;
    try {
      await execute();
    } catch {
      return undefined;
    }
    const results = await Promise.all(parts);
    return results.every((result) => result.ok) ? found : undefined;
  }
}
