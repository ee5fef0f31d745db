/**
 * Item queries: $select/$expand (./projection), $filter with index use (./itemFilter) and the list
 * view threshold, $orderby, $top, and paging with $skiptoken.
 */
import { FieldDef, FieldKind, IndexKey, ItemRecord, ListView, ValueTargets } from '../model';
import { invalidQuery, notSupported, throttled, unknownSelectField } from '../errors';
import { UNMODELLED_ITEM_PROPERTIES } from '../fields';
import { keyOf } from '../fieldValues';
import { EntitySet } from '../format';
import { valueOf } from '../itemValues';
import { parseFilter } from './filter';
import { compareKeys } from './collation';
import { CompiledFilter, compileFilter } from './itemFilter';
import { itemEntity, planProjection, splitList } from './projection';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 5000;
export const LIST_VIEW_THRESHOLD = 5000;

// ------------------------------------------------------------------ $orderby

interface OrderTerm {
  name: string;
  descending: boolean;
  keyOf: (item: ItemRecord) => IndexKey;
  indexed: boolean;
  kind: FieldKind;
  field?: FieldDef;
}

const ID_TERM: OrderTerm = { name: 'ID', descending: false, keyOf: (item) => item.id, indexed: true, kind: 'Counter' };

function parseOrderBy(list: ListView, orderby: string | null | undefined): OrderTerm[] {
  const terms: OrderTerm[] = [];
  for (const part of splitList(orderby)) {
    const match = /^(\S+)(?:\s+(asc|desc))?$/i.exec(part);
    if (!match) throw invalidQuery(`The $orderby expression '${part}' is not valid.`);
    const name = match[1];
    const descending = (match[2] ?? 'asc').toLowerCase() === 'desc';
    if (name.includes('/')) throw notSupported(`ordering by the projection '${name}'`);
    if (name.toLowerCase() === 'id') { terms.push({ ...ID_TERM, descending }); continue; }
    const field = list.fieldByRestName(name);
    if (!field) {
      if (UNMODELLED_ITEM_PROPERTIES.has(name)) throw notSupported(`ordering by '${name}'`);
      throw unknownSelectField(name);
    }
    if (field.multi || field.kind === 'MultiChoice' || field.kind === 'Note') throw invalidQuery(`The field '${name}' cannot be used to sort.`);
    terms.push({
      name: field.internalName, descending, keyOf: (item) => keyOf(field.kind, valueOf(field, item)), indexed: field.indexed,
      kind: field.kind, field
    });
  }
  return terms;
}

/** An item with its sort keys, one per term. */
interface Keyed { item: ItemRecord; keys: IndexKey[] }

/** Ties go by id, unless the terms order by ID themselves. */
function comparator(terms: OrderTerm[]): (left: Keyed, right: Keyed) => number {
  const ordersById = terms.some((term) => term.name === 'ID');
  return (left, right) => {
    for (let i = 0; i < terms.length; i++) {
      const comparison = compareKeys(left.keys[i], right.keys[i]);
      if (comparison !== 0) return terms[i].descending ? -comparison : comparison;
    }
    if (ordersById) return 0;
    return left.item.id - right.item.id;
  };
}

const keyed = (item: ItemRecord, terms: OrderTerm[]): Keyed => ({ item, keys: terms.map((term) => term.keyOf(item)) });

function sortItems(items: ItemRecord[], terms: OrderTerm[]): ItemRecord[] {
  return items.map((item) => keyed(item, terms)).sort(comparator(terms)).map((entry) => entry.item);
}

// ------------------------------------------------------------------ paging

/** How the $skiptoken spells the last row's value of an ordered term. */
function tokenValue(term: OrderTerm, item: ItemRecord): string {
  if (term.name === 'ID') return String(item.id);
  const value = term.field ? valueOf(term.field, item) : null;
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** $skiptoken=Paged=TRUE&p_ID=N (and p_<Field>=value for ordered queries): the first row after that position. */
function pageStart(list: ListView, rows: ItemRecord[], terms: OrderTerm[], skiptoken: string): number {
  const token = new URLSearchParams(skiptoken);
  if ((token.get('PagedPrev') ?? '').toUpperCase() === 'TRUE') throw notSupported('backward paging (PagedPrev=TRUE)');
  const lastIdText = token.get('p_ID');
  if (lastIdText === null || lastIdText === '') return 0;
  const lastId = Number(lastIdText);
  if (!Number.isFinite(lastId)) throw invalidQuery(`The $skiptoken '${skiptoken}' is not valid.`);
  const lastItem = list.byId.get(lastId);
  const lastKeys = terms.map((term) => {
    if (term.name === 'ID') return lastId as IndexKey;
    const raw = token.get(`p_${term.name}`);
    if (raw !== null) return raw === '' ? null : keyOf(term.kind, term.kind === 'Boolean' ? raw === '1' : raw);
    return lastItem ? term.keyOf(lastItem) : null;
  });
  const compare = comparator(terms);
  const last: Keyed = { item: { id: lastId } as ItemRecord, keys: lastKeys };
  let low = 0, high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(keyed(rows[middle], terms), last) <= 0) low = middle + 1; else high = middle;
  }
  return low;
}

function nextToken(terms: OrderTerm[], last: ItemRecord): string {
  const parts = ['Paged=TRUE'];
  for (const term of terms) if (term.name !== 'ID') parts.push(`p_${term.name}=${encodeURIComponent(tokenValue(term, last))}`);
  parts.push(`p_ID=${last.id}`);
  return parts.join('&');
}

// ------------------------------------------------------------------ the query

export interface ItemQuery {
  select?: string | null;
  expand?: string | null;
  filter?: string | null;
  orderby?: string | null;
  top?: string | null;
  skiptoken?: string | null;
}

function pageSizeOf(top: string | null | undefined): number {
  if (top === undefined || top === null || top === '') return DEFAULT_PAGE_SIZE;
  if (!/^\d+$/.test(top)) throw invalidQuery(`The $top value '${top}' is not valid.`);
  return Number(top);
}

/** The matching rows in answer order; throttled where SharePoint would have to scan more than the threshold. */
function orderedRows(list: ListView, filter: CompiledFilter | undefined, terms: OrderTerm[], orderby: string | null | undefined): ItemRecord[] {
  const overThreshold = list.itemCount > LIST_VIEW_THRESHOLD;
  let rows: ItemRecord[];
  let sorted = false;
  if (filter) {
    const candidates = filter.candidates();
    if (overThreshold && (!candidates || candidates.length > LIST_VIEW_THRESHOLD)) throw throttled();
    rows = (candidates ?? list.def.items).filter(filter.predicate);
    if (candidates && terms.length === 0) { rows.sort((left, right) => left.id - right.id); sorted = true; }
    if (!candidates && terms.length === 0) sorted = true;
  } else {
    if (overThreshold && terms.some((term) => !term.indexed)) throw throttled();
    rows = list.def.items;
    sorted = terms.length === 0;
  }
  if (sorted) return rows;
  const effectiveTerms = terms.length === 0 ? [ID_TERM] : terms;
  if (filter) return sortItems(rows, effectiveTerms);
  // the whole list in one order: cached until the next write
  const cacheKey = `${orderby}`;
  const cached = list.sortCache.get(cacheKey);
  if (cached && cached.version === list.writeVersion) return cached.items;
  const ordered = sortItems(rows, effectiveTerms);
  list.sortCache.set(cacheKey, { version: list.writeVersion, items: ordered });
  return ordered;
}

/** Runs a query on a list's items; `nextUrl` builds the absolute nextLink from a new $skiptoken. */
/** `visible`: whether the caller may see an item; SharePoint leaves out the others before paging. */
export function queryItems(targets: ValueTargets, list: ListView, query: ItemQuery, nextUrl: (skiptoken: string) => string,
  visible?: (item: ItemRecord) => boolean): EntitySet {
  const projection = planProjection(targets, list, query.select, query.expand);
  const pageSize = pageSizeOf(query.top);
  if (pageSize > MAX_PAGE_SIZE && list.itemCount > LIST_VIEW_THRESHOLD) throw throttled();
  const terms = parseOrderBy(list, query.orderby);
  const filter = query.filter ? compileFilter(targets, list, parseFilter(query.filter), projection.expandNames) : undefined;
  const ordered = orderedRows(list, filter, terms, query.orderby);
  const rows = visible ? ordered.filter(visible) : ordered;
  const effectiveTerms = terms.length === 0 ? [ID_TERM] : terms;
  const start = query.skiptoken ? pageStart(list, rows, effectiveTerms, query.skiptoken) : 0;
  const page = rows.slice(start, start + pageSize);
  const result: EntitySet = {
    kind: 'set',
    metadata: `SP.ListData.${list.def.entityName}ListItems`,
    items: page.map((item) => itemEntity(list, item, projection))
  };
  if (start + pageSize < rows.length && page.length > 0) result.nextLink = nextUrl(nextToken(effectiveTerms, page[page.length - 1]));
  return result;
}
