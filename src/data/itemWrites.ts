// Add, update and remove one list item, turning SharePoint's answers into WriteOutcome.
// Updates and removals send the ETag that was read, never `*`: a stale one is a conflict.
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/items';
import { httpStatus, isConflict, isDuplicateKey, isForbidden, isNotFound } from './errors';
import { etagOf, Projection } from './mapping';
import type { RemoveOutcome, WriteAction, WriteOutcome } from './writeOutcome';

/* eslint-disable @typescript-eslint/no-explicit-any -- list items are untyped JSON */
export type Item = Record<string, any>;

function failed(error: unknown): { kind: 'failed'; status?: number; message: string } {
  return { kind: 'failed', status: httpStatus(error), message: error instanceof Error ? error.message : String(error) };
}

export async function readItem(list: IList, id: number, projection: Projection): Promise<Item | undefined> {
  try {
    let query = list.items.getById(id).select(...projection.select);
    if (projection.expand.length > 0) query = query.expand(...projection.expand);
    return await query();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export interface AddOptions<T> {
  list: IList;
  body: Item;
  action: WriteAction;
  /** The saved value, from the draft and the new id. */
  value: (id: number) => T;
  /** When a unique key refuses the add: the item that holds the key, read back. */
  findByKey?: () => Promise<Item | undefined>;
  /** How an item found by key becomes the outcome: the same thing (saved) or someone else's (conflict). */
  onExisting?: (item: Item) => WriteOutcome<T>;
}

export async function addItem<T>(options: AddOptions<T>): Promise<WriteOutcome<T>> {
  try {
    const created: Item = await options.list.items.add(options.body);
    return { kind: 'saved', value: options.value(created.Id ?? created.ID), etag: etagOf(created) };
  } catch (error) {
    if (isForbidden(error)) return { kind: 'forbidden', action: options.action };
    if (isDuplicateKey(error) && options.findByKey && options.onExisting) {
      const existing = await options.findByKey();
      if (existing) return options.onExisting(existing);
    }
    return failed(error);
  }
}

export interface UpdateOptions<T> {
  list: IList;
  id: number;
  body: Item;
  etag: string;
  action: WriteAction;
  value: T;
  projection: Projection;
  toValue: (item: Item) => T;
}

export async function updateItem<T>(options: UpdateOptions<T>): Promise<WriteOutcome<T>> {
  try {
    const result: { etag?: string } = await options.list.items.getById(options.id).update(options.body, options.etag);
    return { kind: 'saved', value: options.value, etag: result?.etag ?? '' };
  } catch (error) {
    if (isForbidden(error)) return { kind: 'forbidden', action: options.action };
    if (isNotFound(error)) return { kind: 'gone' };
    if (isConflict(error)) {
      const current = await readItem(options.list, options.id, options.projection);
      return current ? { kind: 'conflict', current: options.toValue(current), etag: etagOf(current) } : { kind: 'gone' };
    }
    return failed(error);
  }
}

export async function removeItem(list: IList, id: number, etag: string, action: WriteAction): Promise<RemoveOutcome> {
  try {
    await list.items.getById(id).delete(etag);
    return { kind: 'removed' };
  } catch (error) {
    if (isForbidden(error)) return { kind: 'forbidden', action };
    if (isNotFound(error)) return { kind: 'gone' };
    if (isConflict(error)) return { kind: 'conflict' };
    return failed(error);
  }
}
