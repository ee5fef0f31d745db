// The list item bodies writes send, as the field descriptions of schema.ts say: each written field
// in declaration order, then (on an add) what only an add sets. A date goes as the instant SharePoint
// itself keeps for it (site midnight), so no server rule for bare dates decides the day.
import { Added, Draft, writeKey } from './listFields';
import type { UserIdOf } from './people';
import type { SiteCalendar } from './siteCalendar';
import { ListDefinition, ListKey, ListModels, lists } from './schema';

/* eslint-disable @typescript-eslint/no-explicit-any -- list item bodies are untyped JSON */
type Body = Record<string, any>;

/** What a write needs beyond the value: site user ids for people, the site's calendar for dates. */
export interface WriteContext {
  userIdOf: UserIdOf;
  calendar: SiteCalendar;
}

async function bodyOf<M>(definition: ListDefinition<M>, value: Draft<M>, context: WriteContext, added?: Added): Promise<Body> {
  const body: Body = {};
  // One field at a time: people are resolved in the order the fields are declared.
  for (const field of definition.fields) {
    if (!field.model.write) continue;
    const written = await field.model.write(value, context.userIdOf);
    body[writeKey(field)] = field.dateOnly && typeof written === 'string' && written ? context.calendar.midnightOf(written) : written;
  }
  for (const field of definition.fields) {
    if (added && field.model.onAdd) body[writeKey(field)] = field.model.onAdd(added);
  }
  return body;
}

/** The body of an update: what an add alone sets (the year, the client key) stays as it is. */
export function itemBody<K extends ListKey>(key: K, value: Draft<ListModels[K]>, context: WriteContext): Promise<Body> {
  return bodyOf<ListModels[K]>(lists[key], value, context);
}

export function addedItemBody<K extends ListKey>(key: K, value: Draft<ListModels[K]>, context: WriteContext, added: Added): Promise<Body> {
  return bodyOf<ListModels[K]>(lists[key], value, context, added);
}

/**
 * Whether two values write the same fields: people compared by sign-in name, not by site user id,
 * so no lookup is needed; times to the second, as SharePoint keeps them. Tells an item a lost
 * answer left behind from someone else's.
 */
export async function writesSame<K extends ListKey>(key: K, one: Draft<ListModels[K]>, other: Draft<ListModels[K]>, calendar: SiteCalendar): Promise<boolean> {
  const byLogin: UserIdOf = async (login) => (login ? login.toLowerCase() : null) as unknown as number | null;
  const context: WriteContext = { userIdOf: byLogin, calendar };
  const [a, b] = await Promise.all([itemBody(key, one, context), itemBody(key, other, context)]);
  const definition: ListDefinition<ListModels[K]> = lists[key];
  return definition.fields.every((field) => {
    const name = writeKey(field);
    return field.type === 'DateTime' ? sameSecond(a[name], b[name]) : JSON.stringify(a[name]) === JSON.stringify(b[name]);
  });
}

function sameSecond(one: unknown, other: unknown): boolean {
  const seconds = (value: unknown): number | unknown => typeof value === 'string' && value !== '' ? Math.floor(Date.parse(value) / 1000) : value ?? null;
  return seconds(one) === seconds(other);
}
