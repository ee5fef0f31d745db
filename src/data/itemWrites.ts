// Add, update and remove one list item, turning SharePoint's answers into WriteOutcome.
// Updates and removals send the ETag that was read, never `*`: a stale one is a conflict.
// Nothing here rejects: the body is built inside the guard (resolving people can fail before the
// request) and so are the reads that explain a refusal.
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/items';
import { failureOf, isConflict, isForbidden, isMissingLookupTarget, isNotFound, isRestrictedDelete } from './errors';
import { etagOf, Projection } from './mapping';
import type { IFailed, RemoveOutcome, WriteAction, WriteOutcome } from '../ports';
import { addInFolder, FolderPlace } from './folderWrites';

/* eslint-disable @typescript-eslint/no-explicit-any -- list items are untyped JSON */
export type Item = Record<string, any>;

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
  /** Built inside the write's guard: resolving a person may fail. */
  body: () => Item | Promise<Item>;
  action: WriteAction;
  /** The saved value, from the draft and the new id. */
  value: (id: number) => T;
  /**
   * The item that holds the add's unique key, read back when the add failed or its answer was lost:
   * the first try may have landed (a retry is then refused as a duplicate, or every answer was lost).
   */
  findByKey?: () => Promise<Item | undefined>;
  /**
   * How an item found by key becomes the outcome: this add's own (saved) or someone else's
   * (conflict); undefined reports the add's own failure (a duplicate code, say).
   */
  onExisting?: (item: Item) => Promise<WriteOutcome<T> | undefined>;
  /** The folder the item goes in (folderWrites.ts), read inside the guard; undefined: the root folder. */
  place?: () => Promise<FolderPlace | undefined>;
}

/** The outcome of a write, or of anything that went wrong while explaining its failure. */
async function guarded<T>(write: () => Promise<T>): Promise<T | IFailed> {
  try {
    return await write();
  } catch (error) {
    return failureOf(error);
  }
}

export function addItem<T>(options: AddOptions<T>): Promise<WriteOutcome<T>> {
  return guarded(() => tryAdd(options));
}

async function tryAdd<T>(options: AddOptions<T>): Promise<WriteOutcome<T>> {
  try {
    const body = await options.body();
    const place = options.place ? await options.place() : undefined;
    const created: Item = place ? await addInFolder(options.list, place, async () => body) : await options.list.items.add(body);
    return { kind: 'saved', value: options.value(created.Id ?? created.ID), etag: etagOf(created) };
  } catch (error) {
    if (isForbidden(error)) return { kind: 'forbidden', action: options.action };
    // What it belongs to (an allocation, an activity) was removed before the add landed.
    if (isMissingLookupTarget(error)) return { kind: 'gone' };
    const landed = await landedBefore(options);
    return landed ?? failureOf(error);
  }
}

/** What the first try did, if it landed; undefined when nothing holds the key or the read fails too. */
async function landedBefore<T>(options: AddOptions<T>): Promise<WriteOutcome<T> | undefined> {
  if (!options.findByKey || !options.onExisting) return undefined;
  try {
    const existing = await options.findByKey();
    return existing ? await options.onExisting(existing) : undefined;
  } catch {
    // SharePoint is still unreachable: the add's own failure says more than the lookup's.
    return undefined;
  }
}

export interface UpdateOptions<T> {
  list: IList;
  id: number;
  body: () => Item | Promise<Item>;
  etag: string;
  action: WriteAction;
  value: T;
  projection: Projection;
  toValue: (item: Item) => Promise<T>;
  /**
   * Whether the current item already holds what this update writes: then a conflict is this
   * update's own first try, landed with its answer lost, and the save is done.
   */
  holdsWrite?: (current: Item) => Promise<boolean>;
}

export function updateItem<T>(options: UpdateOptions<T>): Promise<WriteOutcome<T>> {
  return guarded(() => tryUpdate(options));
}

async function tryUpdate<T>(options: UpdateOptions<T>): Promise<WriteOutcome<T>> {
  try {
    const result: { etag?: string } = await options.list.items.getById(options.id).update(await options.body(), options.etag);
    return { kind: 'saved', value: options.value, etag: result?.etag ?? '' };
  } catch (error) {
    if (isForbidden(error)) return { kind: 'forbidden', action: options.action };
    if (isNotFound(error)) return { kind: 'gone' };
    if (isConflict(error)) {
      const current = await readItem(options.list, options.id, options.projection);
      if (!current) return { kind: 'gone' };
      if (options.holdsWrite && await options.holdsWrite(current)) return { kind: 'saved', value: options.value, etag: etagOf(current) };
      return { kind: 'conflict', current: await options.toValue(current), etag: etagOf(current) };
    }
    return failureOf(error);
  }
}

export function removeItem(list: IList, id: number, etag: string, action: WriteAction): Promise<RemoveOutcome> {
  return guarded(() => tryRemove(list, id, etag, action));
}

async function tryRemove(list: IList, id: number, etag: string, action: WriteAction): Promise<RemoveOutcome> {
  try {
    await list.items.getById(id).delete(etag);
    return { kind: 'removed' };
  } catch (error) {
    if (isForbidden(error)) return { kind: 'forbidden', action };
    if (isNotFound(error)) return { kind: 'gone' };
    // Changed meanwhile: a newer version, or items that now depend on it (SharePoint keeps it then).
    if (isConflict(error) || isRestrictedDelete(error)) return { kind: 'conflict' };
    return failureOf(error);
  }
}
