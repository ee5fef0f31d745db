// One save, from the domain rule to SharePoint's answer: check the rule, apply the change
// optimistically, write, and on anything but `saved` undo the change and say why. The draft is the
// caller's (see useDraft): it is kept on every outcome but `saved`.
import * as React from 'react';
import type { IFailed, WriteAction, WriteOutcome } from '../../ports';
import type { Refusal, RuleResult } from '../../domain/rules/refusal';

export type SaveState<T> =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; value: T; etag: string }
  /** The domain rules said no before anything was written. */
  | { kind: 'refused'; reason: Refusal }
  /** Someone else saved first: their version and its ETag, to show beside the draft. */
  | { kind: 'conflict'; theirs: T; etag: string }
  /** Someone else removed it. */
  | { kind: 'gone' }
  /** SharePoint refused: the user lacks the list permission this action needs. */
  | { kind: 'forbidden'; action: WriteAction }
  /** Anything else (network, throttling past every retry, a server error). */
  | IFailed;

/** The UI state of a repository's answer. */
export function saveStateOf<T>(outcome: WriteOutcome<T>): SaveState<T> {
  switch (outcome.kind) {
    case 'saved': return { kind: 'saved', value: outcome.value, etag: outcome.etag };
    case 'conflict': return { kind: 'conflict', theirs: outcome.current, etag: outcome.etag };
    case 'gone': return { kind: 'gone' };
    case 'forbidden': return { kind: 'forbidden', action: outcome.action };
    case 'failed': return outcome;
  }
}

export interface ISaveSteps<T> {
  /** The domain rule, checked right before writing (never trust that the button was hidden). */
  check?: () => RuleResult;
  /** The optimistic change; returns how to undo it. */
  apply?: () => (() => void) | void;
  write: () => Promise<WriteOutcome<T>>;
  /** After `saved`: put the saved value in place of the optimistic one, keep its ETag. */
  onSaved?: (value: T, etag: string) => void;
  /** After the undo, on a conflict: e.g. show their version in the view and keep its ETag. */
  onConflict?: (theirs: T, etag: string) => void;
  /** After the undo, when it was removed: e.g. drop it from the view. */
  onGone?: () => void;
}

export async function runSave<T>(steps: ISaveSteps<T>): Promise<SaveState<T>> {
  const rule = steps.check?.();
  if (rule !== undefined && !rule.ok) return { kind: 'refused', reason: rule.reason };
  const undo = steps.apply?.();
  // The port's writes never reject: every failure arrives as an outcome.
  const outcome = await steps.write();
  if (outcome.kind === 'saved') {
    steps.onSaved?.(outcome.value, outcome.etag);
    return saveStateOf(outcome);
  }
  if (typeof undo === 'function') undo();
  if (outcome.kind === 'conflict') steps.onConflict?.(outcome.current, outcome.etag);
  if (outcome.kind === 'gone') steps.onGone?.();
  return saveStateOf(outcome);
}

export interface ISave<T> {
  state: SaveState<T>;
  saving: boolean;
  /** Runs one save (a second while one is running is ignored) and returns how it ended. */
  run(steps: ISaveSteps<T>): Promise<SaveState<T>>;
  reset(): void;
}

/** runSave with its state for a form; safe when the form closes while a save is running. */
export function useSave<T>(): ISave<T> {
  const [state, setState] = React.useState<SaveState<T>>({ kind: 'idle' });
  const mounted = React.useRef(true);
  const running = React.useRef(false);
  React.useEffect(() => {
    mounted.current = true;
    return () => { mounted.current = false; };
  }, []);
  const run = React.useCallback(async (steps: ISaveSteps<T>): Promise<SaveState<T>> => {
    if (running.current) return { kind: 'saving' };
    running.current = true;
    setState({ kind: 'saving' });
    try {
      const result = await runSave(steps);
      if (mounted.current) setState(result);
      return result;
    } finally {
      running.current = false;
    }
  }, []);
  const reset = React.useCallback(() => setState({ kind: 'idle' }), []);
  return { state, saving: state.kind === 'saving', run, reset };
}
