// Pure changes to a loaded year workspace, for optimistic edits and their rollback. Each returns a
// new workspace (the touched array and ETag map are copied), so changes applied through
// `update` compose with others still in flight. Covers all five lists, follow-ups included.
import type { YearPicture } from '../../domain/model';
import type { Collection, ItemVersions } from '../../ports';
import type { YearWorkspace } from '../common/useYearWorkspace';

export type { Collection };
export type ItemOf<C extends Collection> = YearPicture[C][number];

function withItems<C extends Collection>(workspace: YearWorkspace, collection: C, items: ReadonlyArray<ItemOf<C>>): YearWorkspace {
  return { ...workspace, picture: { ...workspace.picture, [collection]: items } };
}

/** Adds the item, or replaces the one with the same id. */
export function putItem<C extends Collection>(workspace: YearWorkspace, collection: C, item: ItemOf<C>): YearWorkspace {
  const items = workspace.picture[collection] as ReadonlyArray<ItemOf<C>>;
  const index = items.findIndex((candidate) => candidate.id === item.id);
  return withItems(workspace, collection, index < 0 ? [...items, item] : items.map((candidate, at) => (at === index ? item : candidate)));
}

/** Puts `item` where the item with `oldId` was (a saved item replacing its optimistic stand-in). */
export function replaceItem<C extends Collection>(workspace: YearWorkspace, collection: C, oldId: number, item: ItemOf<C>): YearWorkspace {
  const items = workspace.picture[collection] as ReadonlyArray<ItemOf<C>>;
  // The saved item may already be there (a reload raced the save): keep one.
  const kept = items.filter((candidate) => candidate.id !== item.id || candidate.id === oldId);
  const index = kept.findIndex((candidate) => candidate.id === oldId);
  return withItems(workspace, collection, index < 0 ? [...kept, item] : kept.map((candidate, at) => (at === index ? item : candidate)));
}

export function dropItem(workspace: YearWorkspace, collection: Collection, id: number): YearWorkspace {
  const items = workspace.picture[collection] as ReadonlyArray<{ id: number }>;
  if (!items.some((candidate) => candidate.id === id)) return workspace;
  return { ...workspace, picture: { ...workspace.picture, [collection]: items.filter((candidate) => candidate.id !== id) } };
}

/** Sets (or, with undefined, forgets) the ETag an item was read or saved with. */
export function setEtag(workspace: YearWorkspace, list: Collection, id: number, etag: string | undefined): YearWorkspace {
  const map = new Map(workspace.etags[list]);
  if (etag === undefined) map.delete(id);
  else map.set(id, etag);
  const etags: ItemVersions = { ...workspace.etags, [list]: map };
  return { ...workspace, etags };
}

/** The ETag to send with a write; an item read without one (a test double) sends an empty one. */
export function etagIn(workspace: YearWorkspace, list: Collection, id: number): string {
  return workspace.etags[list].get(id) ?? '';
}

let lastTemporaryId = 0;

/** Ids for optimistic items: negative, so they never meet a SharePoint id. */
export function temporaryId(): number {
  lastTemporaryId -= 1;
  return lastTemporaryId;
}

export function isTemporaryId(id: number): boolean {
  return id < 0;
}
