// The list item bodies writes send, as the field descriptions of schema.ts say: each written field
// in declaration order, then (on an add) what only an add sets.
import { Added, Draft, writeKey } from './listFields';
import type { UserIdOf } from './people';
import { ListDefinition, ListKey, ListModels, lists } from './schema';

/* eslint-disable @typescript-eslint/no-explicit-any -- list item bodies are untyped JSON */
type Body = Record<string, any>;

async function bodyOf<M>(definition: ListDefinition<M>, value: Draft<M>, userIdOf: UserIdOf, added?: Added): Promise<Body> {
  const body: Body = {};
  // One field at a time: people are resolved in the order the fields are declared.
  for (const field of definition.fields) {
    if (field.model.write) body[writeKey(field)] = await field.model.write(value, userIdOf);
  }
  for (const field of definition.fields) {
    if (added && field.model.onAdd) body[writeKey(field)] = field.model.onAdd(added);
  }
  return body;
}

/** The body of an update: what an add alone sets (the year, the client key) stays as it is. */
export function itemBody<K extends ListKey>(key: K, value: Draft<ListModels[K]>, userIdOf: UserIdOf): Promise<Body> {
  return bodyOf<ListModels[K]>(lists[key], value, userIdOf);
}

export function addedItemBody<K extends ListKey>(key: K, value: Draft<ListModels[K]>, userIdOf: UserIdOf, added: Added): Promise<Body> {
  return bodyOf<ListModels[K]>(lists[key], value, userIdOf, added);
}
