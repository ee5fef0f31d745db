// Pure changes to a loaded year workspace, for optimistic edits and their rollback. Each returns a
// new workspace (the picture's arrays and the touched ETag map are copied), so a change applied
// through `update` composes with others still in flight.

import type { ListKey } from '../../data/schema';
import type { EtagIndex } from '../../data/yearReader';
import type { YearPicture } from '../../domain/model';
import type { YearWorkspace } from '../common/useYearWorkspace';

type Collection = 'goals' | 'orgUnits' | 'allocations' | 'activities';
type ItemOf<C extends Collection> = YearPicture[C][number];

function withPicture(workspace: YearWorkspace, picture: YearPicture): YearWorkspace {
  return { ...workspace, picture };
}

/** Adds the item, or replaces the one with the same id. */
export function putItem<C extends Collection>(workspace: YearWorkspace, collection: C, item: ItemOf<C>): YearWorkspace {
  const items = workspace.picture[collection] as ReadonlyArray<ItemOf<C>>;
  const index = items.findIndex((candidate) => candidate.id === item.id);
  const next = index < 0 ? [...items, item] : items.map((candidate, at) => (at === index ? item : candidate));
  return withPicture(workspace, { ...workspace.picture, [collection]: next });
}

/** Puts `item` where the item with `oldId` was (a saved item replacing its optimistic stand-in). */
export function replaceItem<C extends Collection>(
  workspace: YearWorkspace,
  collection: C,
  oldId: number,
  item: ItemOf<C>
): YearWorkspace {
  const items = workspace.picture[collection] as ReadonlyArray<ItemOf<C>>;
  // A colleague's copy of the same item may already be there: keep one.
  const kept = items.filter((candidate) => candidate.id !== item.id || candidate.id === oldId);
  const index = kept.findIndex((candidate) => candidate.id === oldId);
  const next = index < 0 ? [...kept, item] : kept.map((candidate, at) => (at === index ? item : candidate));
  return withPicture(workspace, { ...workspace.picture, [collection]: next });
}

export function dropItem(workspace: YearWorkspace, collection: Collection, id: number): YearWorkspace {
  const items = workspace.picture[collection] as ReadonlyArray<{ id: number }>;
  if (!items.some((candidate) => candidate.id === id)) return workspace;
  return withPicture(workspace, { ...workspace.picture, [collection]: items.filter((candidate) => candidate.id !== id) });
}

/** Sets (or, with undefined, forgets) the ETag an item was read or saved with. */
export function setEtag(workspace: YearWorkspace, list: ListKey, id: number, etag: string | undefined): YearWorkspace {
  const map = new Map(workspace.etags[list]);
  if (etag === undefined) map.delete(id);
  else map.set(id, etag);
  const etags: EtagIndex = { ...workspace.etags, [list]: map };
  return { ...workspace, etags };
}

/** The ETag to send with a write; an item read without one (a test double) sends an empty one. */
export function etagOf(workspace: YearWorkspace, list: ListKey, id: number): string {
  return workspace.etags[list].get(id) ?? '';
}

/** Temporary ids for optimistic items: negative, so they never meet a SharePoint id. */
let lastTemporaryId = 0;
export function temporaryId(): number {
  lastTemporaryId -= 1;
  return lastTemporaryId;
}

export function isTemporaryId(id: number): boolean {
  return id < 0;
}
