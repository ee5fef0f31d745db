/**
 * $filter on list items: a parsed filter compiled to a predicate plus the candidate rows an index
 * gives, so the caller can apply the list view threshold the way SharePoint does.
 */
import { FieldDef, FieldKind, IndexKey, ItemRecord, ListView, ValueTargets } from '../model';
import { invalidQuery, notSupported, projectionWithoutExpand, unknownFilterField } from '../errors';
import { UNMODELLED_ITEM_PROPERTIES, restBaseName, restName } from '../fields';
import { keyOf } from '../fieldValues';
import { itemKeys, valueOf } from '../itemValues';
import { FilterExpr, Literal } from './filter';
import { compareKeys } from './collation';
import { USER_PROJECTIONS, lookupTarget, personEntity } from './projection';

/** How a filter path reads an item: the keys it compares and the index it may use. */
interface Accessor {
  kind: FieldKind;
  name: string;
  keys(item: ItemRecord): IndexKey[];
  /** An index usable for this accessor: 'ID' or the internal name of an indexed field. */
  index?: string;
}

type Predicate = (item: ItemRecord) => boolean;

export interface CompiledFilter {
  predicate: Predicate;
  /** The rows an index narrows the query to; null when the filter must scan the list. */
  candidates: () => ItemRecord[] | null;
  /** The indexed column a comparison (or a range of comparisons) on it scans. */
  index?: string;
}

const isReference = (field: FieldDef): boolean => field.kind === 'Lookup' || field.kind === 'User';

const indexOf = (field: FieldDef): string | undefined => (field.internalName === 'ID' ? 'ID' : field.indexed ? field.internalName : undefined);

/** The ids a lookup or person value holds; none is the null key. */
function referencedKeys(field: FieldDef, item: ItemRecord, keyOfId: (id: number) => IndexKey): IndexKey[] {
  const value = valueOf(field, item);
  const ids = Array.isArray(value) ? (value as number[]) : value === null ? [] : [value as number];
  if (ids.length === 0) return [null];
  return ids.map(keyOfId);
}

function fieldAccessor(list: ListView, name: string): Accessor {
  if (name.toLowerCase() === 'id' && list.field('ID')) return { kind: 'Counter', name, keys: (item) => [item.id], index: 'ID' };
  if (name.toLowerCase() === 'odata__uiversionstring') throw notSupported('filtering on OData__UIVersionString');
  const field = list.fieldByRestName(name);
  if (!field) {
    if (UNMODELLED_ITEM_PROPERTIES.has(name)) throw notSupported(`filtering on the item property '${name}'`);
    throw unknownFilterField(name);
  }
  if (isReference(field) && name.toLowerCase() === restBaseName(field).toLowerCase()) {
    throw notSupported(`filtering on the lookup '${name}' itself (use ${restName(field)} or ${name}/Id)`);
  }
  const kind: FieldKind = isReference(field) ? 'Integer' : field.kind;
  return { kind, name, keys: (item) => itemKeys(field, item), index: indexOf(field) };
}

/** `Goal/Id` needs no $expand; any other projection (`Goal/Title`, `Owner/EMail`) does. */
function projectionAccessor(targets: ValueTargets, list: ListView, base: string, sub: string, expands: Set<string>): Accessor {
  const fullName = `${base}/${sub}`;
  const field = list.field(base);
  if (!field) throw unknownFilterField(base);
  if (!isReference(field)) throw unknownFilterField(fullName);
  if (sub.toLowerCase() === 'id') return { kind: 'Integer', name: fullName, keys: (item) => itemKeys(field, item), index: indexOf(field) };
  if (!expands.has(field.internalName)) throw projectionWithoutExpand(fullName, base);
  if (field.kind === 'User') {
    const property = USER_PROJECTIONS.get(sub.toLowerCase());
    if (!property) throw notSupported(`filtering on the user projection '${fullName}'`);
    return {
      kind: property === 'IsSiteAdmin' ? 'Boolean' : 'Text', name: fullName,
      keys: (item) => referencedKeys(field, item, (id) => {
        const person = personEntity(targets, id, [property]);
        return keyOf('Text', person ? person.props[property] : null);
      })
    };
  }
  const target = lookupTarget(targets, field);
  const targetField = target?.field(sub);
  if (!target || !targetField) throw unknownFilterField(fullName);
  return {
    kind: targetField.kind, name: fullName,
    keys: (item) => referencedKeys(field, item, (id) => {
      const targetItem = target.byId.get(id);
      return targetItem ? keyOf(targetField.kind, valueOf(targetField, targetItem)) : null;
    })
  };
}

function resolveAccessor(targets: ValueTargets, list: ListView, path: string[], expands: Set<string>): Accessor {
  if (path.length > 2) throw notSupported(`the filter path '${path.join('/')}'`);
  return path.length === 1 ? fieldAccessor(list, path[0]) : projectionAccessor(targets, list, path[0], path[1], expands);
}

function literalKey(accessor: Accessor, literal: Literal): IndexKey {
  if (literal.kind === 'null') return null;
  const value = literal.kind === 'bool' ? (literal.value ? 1 : 0) : literal.value;
  const key = keyOf(accessor.kind, accessor.kind === 'Boolean' && typeof value === 'number' ? value === 1 : value);
  if (key === null && !(typeof value === 'string' && value === '')) {
    throw invalidQuery(`The value '${String(literal.value)}' is not valid for the field '${accessor.name}'.`);
  }
  return key;
}

function orderingHolds(operator: string, comparison: number): boolean {
  switch (operator) {
    case 'gt': return comparison > 0;
    case 'ge': return comparison >= 0;
    case 'lt': return comparison < 0;
    case 'le': return comparison <= 0;
    default: return false;
  }
}

/** Items are kept in id order: a comparison on ID is a slice. */
function idRange(items: ItemRecord[], operator: string, id: number): ItemRecord[] {
  const firstAtLeast = (bound: number): number => {
    let low = 0, high = items.length;
    while (low < high) { const middle = (low + high) >> 1; if (items[middle].id < bound) low = middle + 1; else high = middle; }
    return low;
  };
  if (operator === 'gt') return items.slice(firstAtLeast(id + 1));
  if (operator === 'ge') return items.slice(firstAtLeast(id));
  if (operator === 'lt') return items.slice(0, firstAtLeast(id));
  return items.slice(0, firstAtLeast(id + 1));
}

function compileComparison(list: ListView, accessor: Accessor, operator: string, literal: Literal): CompiledFilter {
  if (accessor.kind === 'Note' && operator !== 'eq' && operator !== 'ne') {
    throw invalidQuery(`Multiple lines of text fields cannot be compared with '${operator}'.`);
  }
  const wanted = literalKey(accessor, literal);
  let predicate: Predicate;
  if (operator === 'eq') predicate = (item) => accessor.keys(item).some((key) => key === wanted);
  else if (operator === 'ne') predicate = (item) => !accessor.keys(item).some((key) => key === wanted);
  else predicate = (item) => wanted !== null && accessor.keys(item).some((key) => key !== null && orderingHolds(operator, compareKeys(key, wanted)));
  const candidates = (): ItemRecord[] | null => {
    if (!accessor.index || operator === 'ne') return null;
    if (accessor.index === 'ID') {
      if (typeof wanted !== 'number') return [];
      if (operator === 'eq') { const item = list.byId.get(wanted); return item ? [item] : []; }
      return idRange(list.def.items, operator, wanted);
    }
    const index = list.indexes.get(accessor.index);
    if (!index) return null;
    if (operator === 'eq') return [...(index.get(wanted) ?? [])];
    const matching: ItemRecord[] = [];
    for (const [key, items] of index) {
      if (key !== null && wanted !== null && orderingHolds(operator, compareKeys(key, wanted))) for (const item of items) matching.push(item);
    }
    return matching;
  };
  return { predicate, candidates, index: accessor.index && operator !== 'ne' ? accessor.index : undefined };
}

function compileBoolean(left: CompiledFilter, right: CompiledFilter, operator: 'and' | 'or'): CompiledFilter {
  if (operator === 'and' && left.index !== undefined && left.index === right.index) {
    // A range on one indexed column (`ID ge 1 and ID lt 5001`) scans only the rows inside it.
    return {
      predicate: (item) => left.predicate(item) && right.predicate(item),
      candidates: () => left.candidates()?.filter(right.predicate) ?? null,
      index: left.index
    };
  }
  if (operator === 'and') {
    return {
      predicate: (item) => left.predicate(item) && right.predicate(item),
      // SharePoint drives the query from the first indexed condition
      candidates: () => left.candidates() ?? right.candidates()
    };
  }
  return {
    predicate: (item) => left.predicate(item) || right.predicate(item),
    // an `or` uses indexes only when every side has one
    candidates: () => {
      const leftRows = left.candidates();
      if (!leftRows) return null;
      const rightRows = right.candidates();
      if (!rightRows) return null;
      return [...new Set([...leftRows, ...rightRows])];
    }
  };
}

export function compileFilter(targets: ValueTargets, list: ListView, expression: FilterExpr, expands: Set<string>): CompiledFilter {
  switch (expression.kind) {
    case 'and': case 'or':
      return compileBoolean(compileFilter(targets, list, expression.left, expands), compileFilter(targets, list, expression.right, expands), expression.kind);
    case 'not': {
      const inner = compileFilter(targets, list, expression.operand, expands);
      return { predicate: (item) => !inner.predicate(item), candidates: () => null };
    }
    case 'substringof': case 'startswith': {
      const accessor = resolveAccessor(targets, list, expression.field.path, expands);
      if (!['Text', 'Note', 'Choice', 'MultiChoice'].includes(accessor.kind)) {
        throw invalidQuery(`The function ${expression.kind} can only be used on text fields ('${accessor.name}').`);
      }
      const needle = expression.value.toLowerCase();
      const predicate: Predicate = expression.kind === 'substringof'
        ? (item) => accessor.keys(item).some((key) => typeof key === 'string' && key.includes(needle))
        : (item) => accessor.keys(item).some((key) => typeof key === 'string' && key.startsWith(needle));
      return { predicate, candidates: () => null };
    }
    case 'cmp':
      return compileComparison(list, resolveAccessor(targets, list, expression.field.path, expands), expression.operator, expression.value);
  }
}
