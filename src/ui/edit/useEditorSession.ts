// What every editor panel does around its own fields: open until saved or closed, messages only
// after the first try, a conflict kept until the user chooses, the draft kept on every failed save
// and forgotten once saved or when their version is taken. ActivityEditor and FollowUpEditor differ
// only in their fields and their writes.
import * as React from 'react';
import type { IDraft } from './useDraft';
import type { ISave, SaveState } from './saveOutcome';

export interface IEditorSessionOptions<T, F> {
  draft: IDraft<F>;
  save: ISave<T>;
  /** What Discard goes back to. */
  initial: F;
  /** Told what to confirm once the panel closes after a save (or after taking their version). */
  onSaved(message: string): void;
  /** The confirmation when the user takes their version. */
  theirsKeptMessage: string;
}

export interface IEditorSession<T, F> {
  draft: IDraft<F>;
  save: ISave<T>;
  open: boolean;
  close(): void;
  /** Undo the typing and close: the draft is forgotten. */
  discard(): void;
  /** A save was tried: field messages show from now on. */
  tried: boolean;
  /** The draft is being saved over someone else's newer version (the user chose to go on editing). */
  overTheirs: boolean;
  conflict: { theirs: T; etag: string } | undefined;
  conflictOpen: boolean;
  /** Call as each save starts. */
  begin(): void;
  /** Call with how each save ended: closes on saved, keeps the draft otherwise, opens a conflict. */
  finish(result: SaveState<T>, savedMessage: string): void;
  showConflict(): void;
  takeTheirs(): void;
  keepEditing(): void;
}

export function useEditorSession<T, F>(options: IEditorSessionOptions<T, F>): IEditorSession<T, F> {
  const { draft, save, initial, onSaved, theirsKeptMessage } = options;
  const [open, setOpen] = React.useState(true);
  const [tried, setTried] = React.useState(false);
  const [conflict, setConflict] = React.useState<{ theirs: T; etag: string } | undefined>(undefined);
  const [conflictOpen, setConflictOpen] = React.useState(false);
  const [overTheirs, setOverTheirs] = React.useState(false);
  const close = (): void => setOpen(false);
  return {
    draft,
    save,
    open,
    close,
    discard: () => { draft.forget(); draft.replace(initial); close(); },
    tried,
    overTheirs,
    conflict,
    conflictOpen,
    begin: () => { setTried(true); setOverTheirs(false); },
    finish: (result, savedMessage) => {
      if (result.kind === 'saved') {
        draft.forget();
        onSaved(savedMessage);
        setConflictOpen(false);
        close();
        return;
      }
      if (result.kind === 'saving') return;
      draft.keep();
      if (result.kind === 'conflict') {
        setConflict({ theirs: result.theirs, etag: result.etag });
        setConflictOpen(true);
      }
    },
    showConflict: () => setConflictOpen(true),
    takeTheirs: () => {
      draft.forget();
      setConflictOpen(false);
      onSaved(theirsKeptMessage);
      close();
    },
    keepEditing: () => {
      setConflictOpen(false);
      save.reset();
      setOverTheirs(true);
    }
  };
}
