/** $select, $expand, $filter, $orderby and $top over entities that are not list items (lists, fields, users, groups...). */
import { invalidQuery, notSupported } from '../errors';
import { keyOf } from '../fieldValues';
import { Entity, EntitySet, Val, collection } from '../format';
import { FilterExpr, parseFilter } from './filter';
import { compareKeys } from './collation';

/** An entity and the navigation properties it can expand. */
export interface RichEntity {
  entity: Entity;
  /** Properties SharePoint does not return unless selected. */
  hidden?: Set<string>;
  navigation?: Record<string, () => Val>;
}

export interface EntityQuery { select?: string | null; expand?: string | null; filter?: string | null; orderby?: string | null; top?: string | null }

function findKey(object: Record<string, unknown>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === lower);
}

const splitOptions = (text: string | null | undefined): string[] => (text ?? '').split(',').map((part) => part.trim()).filter(Boolean);

/** Applies $select and $expand to one entity. Unknown properties are a 501 (not modelled), never silently dropped. */
export function shapeEntity(rich: RichEntity, query: EntityQuery): Entity {
  const { entity } = rich;
  const navigation = rich.navigation ?? {};
  const expanded = new Map<string, Val>();
  for (const name of splitOptions(query.expand)) {
    if (name.includes('/')) throw notSupported(`nested $expand ('${name}') on ${entity.type}`);
    const key = findKey(navigation, name);
    if (!key) throw notSupported(`$expand=${name} on ${entity.type}`);
    expanded.set(key, navigation[key]());
  }
  const selects = splitOptions(query.select);
  const props: Record<string, Val> = {};
  if (selects.length === 0 || selects.includes('*')) {
    for (const [key, value] of Object.entries(entity.props)) if (!rich.hidden?.has(key) || selects.includes('*')) props[key] = value;
    for (const [key, value] of expanded) props[key] = value;
  }
  for (const selected of selects) {
    if (selected === '*') continue;
    const [base, sub] = selected.split('/');
    const navigationKey = findKey(navigation, base);
    if (navigationKey) {
      if (!expanded.has(navigationKey)) {
        if (sub) throw invalidQuery(`The query to field '${selected}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${base}.`);
        throw notSupported(`selecting the navigation property '${base}' of ${entity.type} without $expand`);
      }
      const value = expanded.get(navigationKey) ?? null;
      props[navigationKey] = sub ? projectNavigation(value, sub, props[navigationKey]) : value;
      continue;
    }
    if (sub) throw notSupported(`the projection '${selected}' on ${entity.type}`);
    const key = findKey(entity.props, base);
    if (!key) throw notSupported(`the property '${base}' of ${entity.type}`);
    props[key] = entity.props[key];
  }
  return { ...entity, props };
}

const isEntity = (value: Val | undefined): value is Entity =>
  !!value && typeof value === 'object' && !Array.isArray(value) && value.kind === 'entity';

/** `$select=Owner/Title,Owner/Id`: each projection adds its property to what the earlier ones picked. */
function projectNavigation(value: Val, sub: string, previous: Val | undefined): Val {
  const pick = (expanded: Entity, picked: Entity | undefined): Entity => {
    const key = findKey(expanded.props, sub);
    if (!key) throw notSupported(`the property '${sub}' of ${expanded.type}`);
    return { ...expanded, props: { ...(picked ? picked.props : {}), [key]: expanded.props[key] } };
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  if (value.kind === 'entity') return pick(value, isEntity(previous) ? previous : undefined);
  if (value.kind === 'coll') {
    const previousItems = previous && typeof previous === 'object' && !Array.isArray(previous) && previous.kind === 'coll' ? previous.items : [];
    return collection(value.type, value.items.map((element, i) => (isEntity(element) ? pick(element, previousItems[i] as Entity | undefined) : element)));
  }
  return value;
}

function plainKey(value: Val): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.toLowerCase();
  throw notSupported('filtering on a structured property');
}

function propertyFor(props: Record<string, Val>, path: string[]): string {
  if (path.length !== 1) throw notSupported(`the filter path '${path.join('/')}'`);
  const key = findKey(props, path[0]);
  if (!key) throw notSupported(`filtering on '${path[0]}'`);
  return key;
}

function matches(expression: FilterExpr, props: Record<string, Val>): boolean {
  switch (expression.kind) {
    case 'and': return matches(expression.left, props) && matches(expression.right, props);
    case 'or': return matches(expression.left, props) || matches(expression.right, props);
    case 'not': return !matches(expression.operand, props);
    case 'substringof': case 'startswith': {
      const text = String(props[propertyFor(props, expression.field.path)] ?? '').toLowerCase();
      const needle = expression.value.toLowerCase();
      return expression.kind === 'substringof' ? text.includes(needle) : text.startsWith(needle);
    }
    case 'cmp': {
      const actual = plainKey(props[propertyFor(props, expression.field.path)]);
      const literal = expression.value;
      const wanted = literal.kind === 'null' ? null : literal.kind === 'bool' ? (literal.value ? 1 : 0)
        : literal.kind === 'datetime' ? keyOf('DateTime', literal.value)
          : typeof literal.value === 'string' ? literal.value.toLowerCase() : literal.value;
      if (expression.operator === 'eq') return actual === wanted;
      if (expression.operator === 'ne') return actual !== wanted;
      if (actual === null || wanted === null) return false;
      const comparison = compareKeys(actual, wanted);
      switch (expression.operator) {
        case 'gt': return comparison > 0;
        case 'ge': return comparison >= 0;
        case 'lt': return comparison < 0;
        default: return comparison <= 0;
      }
    }
  }
}

function sortEntities(rows: RichEntity[], orderby: string): RichEntity[] {
  const terms = splitOptions(orderby).map((term) => {
    const [name, direction] = term.split(/\s+/);
    return { name, descending: (direction ?? '').toLowerCase() === 'desc' };
  });
  return [...rows].sort((left, right) => {
    for (const term of terms) {
      const leftKey = findKey(left.entity.props, term.name);
      if (!leftKey) throw notSupported(`ordering by '${term.name}'`);
      const rightKey = findKey(right.entity.props, term.name) ?? leftKey;
      const comparison = compareKeys(plainKey(left.entity.props[leftKey]), plainKey(right.entity.props[rightKey]));
      if (comparison !== 0) return term.descending ? -comparison : comparison;
    }
    return 0;
  });
}

export function queryEntities(all: RichEntity[], query: EntityQuery, metadata: string): EntitySet {
  let rows = all;
  if (query.filter) {
    const expression = parseFilter(query.filter);
    rows = rows.filter((rich) => matches(expression, rich.entity.props));
  }
  if (query.orderby) rows = sortEntities(rows, query.orderby);
  if (query.top) {
    if (!/^\d+$/.test(query.top)) throw invalidQuery(`The $top value '${query.top}' is not valid.`);
    rows = rows.slice(0, Number(query.top));
  }
  return { kind: 'set', metadata, items: rows.map((rich) => shapeEntity(rich, query)) };
}
