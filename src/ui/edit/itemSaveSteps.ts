// The save steps of an editor that adds or changes one item of the year (an activity, an
// indicator): the optimistic change of the view, its undo, and what SharePoint's answer puts in its
// place. The editor brings its rule and its write; runSave (saveOutcome.ts) runs the steps.
import type { WriteOutcome } from '../../ports';
import type { RuleResult } from '../../domain/rules/refusal';
import type { YearWorkspace } from '../common/useYearWorkspace';
import type { ISaveSteps } from './saveOutcome';
import { dropItem, putItem, replaceItem, setEtag, temporaryId, type Collection, type ItemOf } from './workspaceChanges';

type Update = (change: (workspace: YearWorkspace) => YearWorkspace) => void;

/** A new item: a stand-in with a temporary id until the saved one takes its place. */
export function addItemSteps<C extends Collection>(
  update: Update, collection: C, added: Omit<ItemOf<C>, 'id'>, check: () => RuleResult, write: () => Promise<WriteOutcome<ItemOf<C>>>
): ISaveSteps<ItemOf<C>> {
  const stand = temporaryId();
  return {
    check,
    apply: () => {
      update((ws) => putItem(ws, collection, { ...added, id: stand } as ItemOf<C>));
      return () => update((ws) => dropItem(ws, collection, stand));
    },
    write,
    onSaved: (value, etag) => update((ws) => setEtag(replaceItem(ws, collection, stand, value), collection, value.id, etag))
  };
}

/**
 * A changed item, `previous` as the view holds it (undefined: removed before the save started, the
 * same as SharePoint saying it is gone). A conflict puts their version in the view with its ETag,
 * which `onTheirs` is told too, so keeping mine then saves over it knowingly.
 */
export function updateItemSteps<C extends Collection>(
  update: Update,
  collection: C,
  id: number,
  previous: ItemOf<C> | undefined,
  next: ItemOf<C> | undefined,
  check: () => RuleResult,
  write: (next: ItemOf<C>) => Promise<WriteOutcome<ItemOf<C>>>,
  onTheirs?: (etag: string) => void
): ISaveSteps<ItemOf<C>> {
  return {
    check: () => (previous === undefined ? { ok: true } : check()),
    apply: () => {
      if (previous === undefined || next === undefined) return undefined;
      update((ws) => putItem(ws, collection, next));
      return () => update((ws) => putItem(ws, collection, previous));
    },
    write: () => (next === undefined ? Promise.resolve({ kind: 'gone' as const }) : write(next)),
    onSaved: (value, etag) => update((ws) => setEtag(putItem(ws, collection, value), collection, value.id, etag)),
    onConflict: (theirs, etag) => {
      onTheirs?.(etag);
      update((ws) => setEtag(putItem(ws, collection, theirs), collection, theirs.id, etag));
    },
    onGone: () => update((ws) => setEtag(dropItem(ws, collection, id), collection, id, undefined))
  };
}
