/**
 * Item queries: $select/$expand projection, $filter evaluation with index use and the list view
 * threshold, $orderby, $top, paging with $skiptoken, and the REST shape of an item.
 */
import { FieldDef, FieldKind, FieldValue, ItemRecord } from '../model';
import {
  invalidQuery, notSupported, projectionWithoutExpand, throttled, unknownFilterField, unknownSelectField
} from '../errors';
import { IndexKey, UNMODELLED_ITEM_PROPERTIES, keyOf, restBaseName, restName } from '../fields';
import { Entity, EntitySet, Val, collection, entity } from '../format';
import { LIST_VIEW_THRESHOLD, ListState, Store, etagOf, valueOf } from '../store';
import { FilterExpr, Literal, parseFilter } from './filter';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 5000;

const collator = new Intl.Collator('sv', { sensitivity: 'accent', numeric: false });

export function compareKeys(a: IndexKey, b: IndexKey): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function itemEditLink(list: ListState, id: number): string {
  return `Web/Lists(guid'${list.def.id}')/Items(${id})`;
}

// ------------------------------------------------------------------ value shaping

function outValue(f: FieldDef, v: FieldValue): Val {
  if (Array.isArray(v)) {
    if (f.kind === 'MultiChoice') return collection('Collection(Edm.String)', v as string[]);
    return collection('Collection(Edm.Int32)', v as number[]);
  }
  if (f.multi && v === null) {
    return collection(f.kind === 'MultiChoice' ? 'Collection(Edm.String)' : 'Collection(Edm.Int32)', []);
  }
  if (f.kind === 'MultiChoice' && v === null) return collection('Collection(Edm.String)', []);
  return v;
}

function stringIdValue(f: FieldDef, v: FieldValue): Val {
  if (Array.isArray(v)) return collection('Collection(Edm.String)', (v as number[]).map(String));
  if (f.multi) return collection('Collection(Edm.String)', []);
  return v === null ? null : String(v);
}

const USER_PROJECTIONS = new Set(['id', 'title', 'name', 'email', 'username', 'firstname', 'lastname', 'jobtitle',
  'department', 'sipaddress', 'office', 'mobilephone', 'workphone', 'picture', 'issiteadmin', 'imnname']);

function userEntity(store: Store, id: number, subs: string[]): Entity | null {
  const u = store.userById(id);
  const g = u ? undefined : store.groupById(id);
  if (!u && !g) return null;
  const title = u ? u.title : g?.title ?? '';
  const email = u ? u.email : '';
  const props: Record<string, Val> = {};
  for (const s of subs) {
    const k = s.toLowerCase();
    const [first, ...rest] = title.split(' ');
    switch (k) {
      case 'id': props[s] = id; break;
      case 'title': case 'imnname': props[s] = title; break;
      case 'name': props[s] = u ? u.loginName : title; break;
      case 'email': props[s] = email; break;
      case 'username': props[s] = email || null; break;
      case 'firstname': props[s] = first ?? null; break;
      case 'lastname': props[s] = rest.join(' ') || null; break;
      case 'sipaddress': props[s] = email || null; break;
      case 'issiteadmin': props[s] = u ? u.isSiteAdmin : false; break;
      default: props[s] = null;
    }
  }
  return entity('SP.Data.UserInfoItem', `${id}`, `Web/SiteUserInfoList/Items(${id})`, props);
}

function targetEntity(store: Store, target: ListState | undefined, id: number, subs: string[]): Entity | null {
  const it = target?.byId.get(id);
  if (!target || !it) return null;
  const props: Record<string, Val> = {};
  for (const s of subs) {
    if (s.toLowerCase() === 'id') { props[s] = it.id; continue; }
    const f = target.field(s);
    if (!f) continue;
    props[s] = outValue(f, valueOf(f, it));
  }
  return entity(target.itemEntityType, it.guid, itemEditLink(target, it.id), props, etagOf(it));
}

// ------------------------------------------------------------------ $select / $expand

type Getter = (it: ItemRecord) => Val;

export interface Projection {
  build(it: ItemRecord): Record<string, Val>;
  expandNames: Set<string>;
}

const SPECIAL: Record<string, (it: ItemRecord) => Val> = {
  FileSystemObjectType: () => 0,
  Id: (it) => it.id,
  ServerRedirectedEmbedUri: () => null,
  ServerRedirectedEmbedUrl: () => '',
  ComplianceAssetId: () => null
};

const SPECIAL_LOWER = new Map(Object.keys(SPECIAL).map((k) => [k.toLowerCase(), k]));

const EXPAND_UNSUPPORTED = new Set(['attachmentfiles', 'contenttype', 'fieldvaluesastext', 'fieldvaluesashtml',
  'fieldvaluesforedit', 'file', 'folder', 'parentlist', 'roleassignments', 'versions', 'properties']);

function splitList(s: string | undefined | null): string[] {
  if (!s) return [];
  return s.split(',').map((x) => x.trim()).filter(Boolean);
}

function lookupTarget(store: Store, f: FieldDef): ListState | undefined {
  return f.kind === 'Lookup' && f.lookupListId ? store.listById(f.lookupListId) : undefined;
}

export function planProjection(store: Store, list: ListState, select: string | null | undefined, expand: string | null | undefined): Projection {
  const expands = new Map<string, FieldDef>();
  for (const e of splitList(expand)) {
    if (e.includes('/')) throw notSupported(`nested $expand ('${e}')`);
    if (EXPAND_UNSUPPORTED.has(e.toLowerCase())) throw notSupported(`$expand=${e} on list items`);
    const f = list.field(e.replace(/^OData_/, '')) ?? list.field(e);
    if (!f) throw unknownSelectField(e);
    if (f.kind !== 'Lookup' && f.kind !== 'User') {
      throw invalidQuery(`The field '${e}' is not a lookup field and cannot be expanded.`);
    }
    expands.set(f.internalName, f);
  }
  const getters: Array<[string, Getter]> = [];
  const seen = new Set<string>();
  const add = (name: string, g: Getter): void => {
    if (!seen.has(name)) { seen.add(name); getters.push([name, g]); }
  };
  const projections = new Map<string, { f: FieldDef; subs: string[] }>();

  const addField = (f: FieldDef): void => {
    if (f.kind === 'Lookup' || f.kind === 'User') {
      add(restName(f), (it) => outValue(f, valueOf(f, it)));
      if (f.kind === 'User' && !f.builtIn) add(`${restBaseName(f)}StringId`, (it) => stringIdValue(f, valueOf(f, it)));
    } else if (f.internalName === '_UIVersionString') {
      add('OData__UIVersionString', (it) => `${it.version}.0`);
    } else {
      add(restName(f), (it) => outValue(f, valueOf(f, it)));
    }
  };
  const addAll = (): void => {
    add('FileSystemObjectType', SPECIAL.FileSystemObjectType);
    add('Id', SPECIAL.Id);
    add('ServerRedirectedEmbedUri', SPECIAL.ServerRedirectedEmbedUri);
    add('ServerRedirectedEmbedUrl', SPECIAL.ServerRedirectedEmbedUrl);
    const ct = list.field('ContentTypeId');
    if (ct) addField(ct);
    const title = list.field('Title');
    if (title) addField(title);
    add('ComplianceAssetId', SPECIAL.ComplianceAssetId);
    for (const f of list.def.fields) if (!f.builtIn) addField(f);
    for (const n of ['ID', 'Modified', 'Created', 'Author', 'Editor', '_UIVersionString', 'Attachments', 'GUID']) {
      const f = list.field(n);
      if (f) addField(f);
    }
  };

  const sel = splitList(select);
  if (sel.length === 0) addAll();
  for (const s of sel) {
    if (s === '*') { addAll(); continue; }
    const parts = s.split('/');
    if (parts.length > 2) throw notSupported(`the projection '${s}'`);
    if (parts.length === 2) {
      const [base, sub] = parts;
      const f = list.field(base);
      if (!f) throw unknownSelectField(base);
      if (f.kind !== 'Lookup' && f.kind !== 'User') throw unknownSelectField(s);
      if (!expands.has(f.internalName)) throw projectionWithoutExpand(s, base);
      if (f.kind === 'User') {
        if (!USER_PROJECTIONS.has(sub.toLowerCase())) throw notSupported(`the user projection '${s}'`);
      } else {
        const target = lookupTarget(store, f);
        const tf = sub.toLowerCase() === 'id' ? 'id' : target?.field(sub);
        if (!tf) throw unknownSelectField(sub);
        if (tf !== 'id' && (tf.kind === 'Lookup' || tf.kind === 'User')) throw notSupported(`projecting the lookup '${s}'`);
      }
      let p = projections.get(f.internalName);
      if (!p) {
        p = { f, subs: [] };
        projections.set(f.internalName, p);
        const proj = p;
        add(restBaseName(f), (it) => expandValue(store, proj.f, valueOf(proj.f, it), proj.subs));
      }
      if (!p.subs.includes(sub)) p.subs.push(sub);
      continue;
    }
    // exact spellings first: `Id` (always there) and `ID` (the field) are different properties
    if (Object.hasOwn(SPECIAL, s)) { add(s, SPECIAL[s]); continue; }
    if (s === 'ID') { const idf = list.field('ID'); if (idf) { addField(idf); continue; } }
    if (s.toLowerCase() === 'odata__uiversionstring') { add('OData__UIVersionString', (it) => `${it.version}.0`); continue; }
    const special = SPECIAL_LOWER.get(s.toLowerCase());
    if (special) { add(special, SPECIAL[special]); continue; }
    if (UNMODELLED_ITEM_PROPERTIES.has(s)) throw notSupported(`the item property '${s}'`);
    const byRest = list.fieldByRestName(s);
    if (byRest && (byRest.kind === 'Lookup' || byRest.kind === 'User') && s.toLowerCase() === restBaseName(byRest).toLowerCase()) {
      // the lookup itself: only meaningful when expanded
      if (!expands.has(byRest.internalName)) throw notSupported(`selecting the lookup '${s}' without $expand (select ${restName(byRest)}, or ${s}/Title with $expand=${s})`);
      const f = byRest;
      const subs = f.kind === 'User' ? ['Id', 'Title'] : ['Id', f.lookupField ?? 'Title'];
      add(restBaseName(f), (it) => expandValue(store, f, valueOf(f, it), subs));
      continue;
    }
    if (byRest) {
      if (byRest.kind === 'Lookup' || byRest.kind === 'User') add(restName(byRest), (it) => outValue(byRest, valueOf(byRest, it)));
      else addField(byRest);
      continue;
    }
    if (/StringId$/i.test(s)) {
      const f = list.field(s.replace(/StringId$/i, ''));
      if (f && f.kind === 'User') { add(`${restBaseName(f)}StringId`, (it) => stringIdValue(f, valueOf(f, it))); continue; }
    }
    throw unknownSelectField(s);
  }
  // $expand without a projection of that field (and no explicit $select of it): Id and the show field
  for (const f of expands.values()) {
    if (projections.has(f.internalName) || seen.has(restBaseName(f))) continue;
    if (sel.length > 0 && !sel.includes('*')) continue;
    const subs = f.kind === 'User' ? ['Id', 'Title'] : ['Id', f.lookupField ?? 'Title'];
    add(restBaseName(f), (it) => expandValue(store, f, valueOf(f, it), subs));
  }
  return {
    expandNames: new Set(expands.keys()),
    build(it: ItemRecord): Record<string, Val> {
      const out: Record<string, Val> = {};
      for (const [name, g] of getters) out[name] = g(it);
      return out;
    }
  };
}

function expandValue(store: Store, f: FieldDef, v: FieldValue, subs: string[]): Val {
  const one = (id: number): Entity | null =>
    f.kind === 'User' ? userEntity(store, id, subs) : targetEntity(store, lookupTarget(store, f), id, subs);
  if (f.multi) {
    const ids = Array.isArray(v) ? (v as number[]) : [];
    return collection('', ids.map(one).filter((e): e is Entity => e !== null));
  }
  return typeof v === 'number' ? one(v) : null;
}

export function itemEntity(list: ListState, it: ItemRecord, projection: Projection): Entity {
  return entity(list.itemEntityType, it.guid, itemEditLink(list, it.id), projection.build(it), etagOf(it));
}

// ------------------------------------------------------------------ $filter

interface Accessor {
  kind: FieldKind;
  name: string;
  keys(it: ItemRecord): IndexKey[];
  /** An index usable for this accessor: 'ID' or the internal name of an indexed field. */
  index?: string;
}

function resolveAccessor(store: Store, list: ListState, path: string[], expands: Set<string>): Accessor {
  const full = path.join('/');
  if (path.length > 2) throw notSupported(`the filter path '${full}'`);
  const keysOf = (f: FieldDef) => (it: ItemRecord): IndexKey[] => {
    const v = valueOf(f, it);
    if (Array.isArray(v)) return v.length ? (v as Array<string | number>).map((x) => keyOf(f.kind, x)) : [null];
    return [keyOf(f.kind, v)];
  };
  const idxName = (f: FieldDef): string | undefined => (f.internalName === 'ID' ? 'ID' : f.indexed ? f.internalName : undefined);
  if (path.length === 1) {
    const name = path[0];
    if (name.toLowerCase() === 'id') {
      const f = list.field('ID');
      if (f) return { kind: 'Counter', name, keys: (it) => [it.id], index: 'ID' };
    }
    if (name.toLowerCase() === 'odata__uiversionstring') throw notSupported('filtering on OData__UIVersionString');
    const f = list.fieldByRestName(name);
    if (!f) {
      if (UNMODELLED_ITEM_PROPERTIES.has(name)) throw notSupported(`filtering on the item property '${name}'`);
      throw unknownFilterField(name);
    }
    if ((f.kind === 'Lookup' || f.kind === 'User') && name.toLowerCase() === restBaseName(f).toLowerCase()) {
      throw notSupported(`filtering on the lookup '${name}' itself (use ${restName(f)} or ${name}/Id)`);
    }
    const kind: FieldKind = f.kind === 'Lookup' || f.kind === 'User' ? 'Integer' : f.kind;
    return { kind, name, keys: keysOf(f), index: idxName(f) };
  }
  const [base, sub] = path;
  const f = list.field(base);
  if (!f) throw unknownFilterField(base);
  if (f.kind !== 'Lookup' && f.kind !== 'User') throw unknownFilterField(full);
  if (sub.toLowerCase() === 'id') {
    return { kind: 'Integer', name: full, keys: keysOf(f), index: idxName(f) };
  }
  if (!expands.has(f.internalName)) throw projectionWithoutExpand(full, base);
  if (f.kind === 'User') {
    const s = sub.toLowerCase();
    if (!USER_PROJECTIONS.has(s)) throw notSupported(`filtering on the user projection '${full}'`);
    return {
      kind: s === 'issiteadmin' ? 'Boolean' : 'Text', name: full,
      keys: (it) => {
        const v = valueOf(f, it);
        const ids = Array.isArray(v) ? (v as number[]) : v === null ? [] : [v as number];
        if (ids.length === 0) return [null];
        return ids.map((id) => {
          const e = userEntity(store, id, [sub]);
          return keyOf('Text', e ? e.props[sub] : null);
        });
      }
    };
  }
  const target = lookupTarget(store, f);
  const tf = target?.field(sub);
  if (!target || !tf) throw unknownFilterField(full);
  return {
    kind: tf.kind, name: full,
    keys: (it) => {
      const v = valueOf(f, it);
      const ids = Array.isArray(v) ? (v as number[]) : v === null ? [] : [v as number];
      if (ids.length === 0) return [null];
      return ids.map((id) => {
        const t = target.byId.get(id);
        return t ? keyOf(tf.kind, valueOf(tf, t)) : null;
      });
    }
  };
}

function literalKey(a: Accessor, lit: Literal): IndexKey {
  if (lit.kind === 'null') return null;
  const v = lit.kind === 'bool' ? (lit.v ? 1 : 0) : lit.v;
  const k = keyOf(a.kind, a.kind === 'Boolean' && typeof v === 'number' ? v === 1 : v);
  if (k === null && !(typeof v === 'string' && v === '')) {
    throw invalidQuery(`The value '${String(lit.v)}' is not valid for the field '${a.name}'.`);
  }
  return k;
}

type Pred = (it: ItemRecord) => boolean;

interface Compiled {
  pred: Pred;
  candidates: () => ItemRecord[] | null;
  /** The indexed column a comparison (or a range of comparisons) on it scans. */
  index?: string;
}

function cmpOk(op: string, c: number): boolean {
  switch (op) {
    case 'gt': return c > 0;
    case 'ge': return c >= 0;
    case 'lt': return c < 0;
    case 'le': return c <= 0;
    default: return false;
  }
}

function compile(store: Store, list: ListState, e: FilterExpr, expands: Set<string>): Compiled {
  switch (e.t) {
    case 'and': case 'or': {
      const a = compile(store, list, e.a, expands);
      const b = compile(store, list, e.b, expands);
      if (e.t === 'and' && a.index !== undefined && a.index === b.index) {
        // A range on one indexed column (`ID ge 1 and ID lt 5001`) scans only the rows inside it.
        return {
          pred: (it) => a.pred(it) && b.pred(it),
          candidates: () => a.candidates()?.filter(b.pred) ?? null,
          index: a.index
        };
      }
      if (e.t === 'and') {
        return {
          pred: (it) => a.pred(it) && b.pred(it),
          // SharePoint drives the query from the first indexed condition
          candidates: () => a.candidates() ?? b.candidates()
        };
      }
      return {
        pred: (it) => a.pred(it) || b.pred(it),
        candidates: () => {
          const ca = a.candidates();
          if (!ca) return null;
          const cb = b.candidates();
          if (!cb) return null;
          return [...new Set([...ca, ...cb])];
        }
      };
    }
    case 'not': {
      const inner = compile(store, list, e.e, expands);
      return { pred: (it) => !inner.pred(it), candidates: () => null };
    }
    case 'substringof': case 'startswith': {
      const a = resolveAccessor(store, list, e.field.path, expands);
      if (!['Text', 'Note', 'Choice', 'MultiChoice'].includes(a.kind)) {
        throw invalidQuery(`The function ${e.t} can only be used on text fields ('${a.name}').`);
      }
      const needle = e.value.toLowerCase();
      const pred: Pred = e.t === 'substringof'
        ? (it) => a.keys(it).some((k) => typeof k === 'string' && k.includes(needle))
        : (it) => a.keys(it).some((k) => typeof k === 'string' && k.startsWith(needle));
      return { pred, candidates: () => null };
    }
    case 'cmp': {
      const a = resolveAccessor(store, list, e.field.path, expands);
      if (a.kind === 'Note' && e.op !== 'eq' && e.op !== 'ne') throw invalidQuery(`Multiple lines of text fields cannot be compared with '${e.op}'.`);
      const lk = literalKey(a, e.value);
      const op = e.op;
      let pred: Pred;
      if (op === 'eq') pred = (it) => a.keys(it).some((k) => k === lk);
      else if (op === 'ne') pred = (it) => !a.keys(it).some((k) => k === lk);
      else pred = (it) => lk !== null && a.keys(it).some((k) => k !== null && cmpOk(op, compareKeys(k, lk)));
      const candidates = (): ItemRecord[] | null => {
        if (!a.index || op === 'ne') return null;
        if (a.index === 'ID') {
          if (typeof lk !== 'number') return [];
          if (op === 'eq') { const it = list.byId.get(lk); return it ? [it] : []; }
          const arr = list.def.items;
          // items are in id order
          const lower = (x: number): number => { let lo = 0, hi = arr.length; while (lo < hi) { const m = (lo + hi) >> 1; if (arr[m].id < x) lo = m + 1; else hi = m; } return lo; };
          if (op === 'gt') return arr.slice(lower(lk + 1));
          if (op === 'ge') return arr.slice(lower(lk));
          if (op === 'lt') return arr.slice(0, lower(lk));
          return arr.slice(0, lower(lk + 1));
        }
        const idx = list.indexes.get(a.index);
        if (!idx) return null;
        if (op === 'eq') return [...(idx.get(lk) ?? [])];
        const out: ItemRecord[] = [];
        for (const [k, set] of idx) {
          if (k !== null && lk !== null && cmpOk(op, compareKeys(k, lk))) for (const it of set) out.push(it);
        }
        return out;
      };
      return { pred, candidates, index: a.index && op !== 'ne' ? a.index : undefined };
    }
  }
}

// ------------------------------------------------------------------ $orderby and paging

interface OrderTerm { name: string; desc: boolean; keyOf: (it: ItemRecord) => IndexKey; indexed: boolean; kind: FieldKind; field?: FieldDef }

function parseOrderBy(list: ListState, s: string | null | undefined): OrderTerm[] {
  const terms: OrderTerm[] = [];
  for (const part of splitList(s)) {
    const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(part);
    if (!m) throw invalidQuery(`The $orderby expression '${part}' is not valid.`);
    const name = m[1];
    const desc = (m[2] ?? 'asc').toLowerCase() === 'desc';
    if (name.includes('/')) throw notSupported(`ordering by the projection '${name}'`);
    if (name.toLowerCase() === 'id') { terms.push({ name: 'ID', desc, keyOf: (it) => it.id, indexed: true, kind: 'Counter' }); continue; }
    const f = list.fieldByRestName(name);
    if (!f) {
      if (UNMODELLED_ITEM_PROPERTIES.has(name)) throw notSupported(`ordering by '${name}'`);
      throw unknownSelectField(name);
    }
    if (f.multi || f.kind === 'MultiChoice' || f.kind === 'Note') throw invalidQuery(`The field '${name}' cannot be used to sort.`);
    terms.push({ name: f.internalName, desc, keyOf: (it) => keyOf(f.kind, valueOf(f, it)), indexed: f.indexed, kind: f.kind, field: f });
  }
  return terms;
}

function comparator(terms: OrderTerm[]): (a: { it: ItemRecord; k: IndexKey[] }, b: { it: ItemRecord; k: IndexKey[] }) => number {
  const idTerm = terms.find((t) => t.name === 'ID');
  return (a, b) => {
    for (let i = 0; i < terms.length; i++) {
      const c = compareKeys(a.k[i], b.k[i]);
      if (c !== 0) return terms[i].desc ? -c : c;
    }
    if (idTerm) return 0;
    return a.it.id - b.it.id;
  };
}

function sortItems(items: ItemRecord[], terms: OrderTerm[]): ItemRecord[] {
  const dec = items.map((it) => ({ it, k: terms.map((t) => t.keyOf(it)) }));
  dec.sort(comparator(terms));
  return dec.map((d) => d.it);
}

function tokenValue(t: OrderTerm, it: ItemRecord): string {
  if (t.name === 'ID') return String(it.id);
  const v = t.field ? valueOf(t.field, it) : null;
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '1' : '0';
  return String(v);
}

export interface ItemQuery {
  select?: string | null;
  expand?: string | null;
  filter?: string | null;
  orderby?: string | null;
  top?: string | null;
  skiptoken?: string | null;
}

/** Runs a query on a list's items; `nextUrl` builds the absolute nextLink from a new $skiptoken. */
export function queryItems(store: Store, list: ListState, q: ItemQuery, nextUrl: (skiptoken: string) => string): EntitySet {
  const projection = planProjection(store, list, q.select, q.expand);
  let pageSize = DEFAULT_PAGE_SIZE;
  if (q.top !== undefined && q.top !== null && q.top !== '') {
    if (!/^\d+$/.test(q.top)) throw invalidQuery(`The $top value '${q.top}' is not valid.`);
    pageSize = Number(q.top);
  }
  const big = list.itemCount > LIST_VIEW_THRESHOLD;
  if (pageSize > MAX_PAGE_SIZE && big) throw throttled();
  const terms = parseOrderBy(list, q.orderby);
  const filter = q.filter ? compile(store, list, parseFilter(q.filter), projection.expandNames) : undefined;

  let rows: ItemRecord[];
  let sorted = false;
  if (filter) {
    const cand = filter.candidates();
    if (big && (!cand || cand.length > LIST_VIEW_THRESHOLD)) throw throttled();
    const base = cand ?? list.def.items;
    rows = base.filter(filter.pred);
    if (cand && terms.length === 0) { rows.sort((a, b) => a.id - b.id); sorted = true; }
    if (!cand && terms.length === 0) sorted = true;
  } else {
    if (big && terms.some((t) => !t.indexed)) throw throttled();
    rows = list.def.items;
    sorted = terms.length === 0;
  }
  const effTerms = terms.length === 0 ? [{ name: 'ID', desc: false, keyOf: (it: ItemRecord) => it.id, indexed: true, kind: 'Counter' as FieldKind }] : terms;
  if (!sorted) {
    if (filter) rows = sortItems(rows, effTerms);
    else {
      const key = `${q.orderby}`;
      const cached = list.sortCache.get(key);
      if (cached && cached.version === list.writeVersion) rows = cached.items;
      else {
        rows = sortItems(rows, effTerms);
        list.sortCache.set(key, { version: list.writeVersion, items: rows });
      }
    }
  }

  // $skiptoken=Paged=TRUE&p_ID=N (and p_<Field>=value for ordered queries)
  let start = 0;
  if (q.skiptoken) {
    const tp = new URLSearchParams(q.skiptoken);
    if ((tp.get('PagedPrev') ?? '').toUpperCase() === 'TRUE') throw notSupported('backward paging (PagedPrev=TRUE)');
    const pid = tp.get('p_ID');
    if (pid !== null && pid !== '') {
      const id = Number(pid);
      if (!Number.isFinite(id)) throw invalidQuery(`The $skiptoken '${q.skiptoken}' is not valid.`);
      const ref = list.byId.get(id);
      const tokenKeys = effTerms.map((t) => {
        if (t.name === 'ID') return id as IndexKey;
        const raw = tp.get(`p_${t.name}`);
        if (raw !== null) return raw === '' ? null : keyOf(t.kind, t.kind === 'Boolean' ? raw === '1' : raw);
        return ref ? t.keyOf(ref) : null;
      });
      const cmp = comparator(effTerms);
      const pseudo = { it: { id } as ItemRecord, k: tokenKeys };
      let lo = 0, hi = rows.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        const r = rows[m];
        if (cmp({ it: r, k: effTerms.map((t) => t.keyOf(r)) }, pseudo) <= 0) lo = m + 1; else hi = m;
      }
      start = lo;
    }
  }
  const page = rows.slice(start, start + pageSize);
  const result: EntitySet = {
    kind: 'set',
    metadata: `SP.ListData.${list.def.entityName}ListItems`,
    items: page.map((it) => itemEntity(list, it, projection))
  };
  if (start + pageSize < rows.length && page.length > 0) {
    const last = page[page.length - 1];
    const parts = ['Paged=TRUE'];
    for (const t of effTerms) if (t.name !== 'ID') parts.push(`p_${t.name}=${encodeURIComponent(tokenValue(t, last))}`);
    parts.push(`p_ID=${last.id}`);
    result.nextLink = nextUrl(parts.join('&'));
  }
  return result;
}
