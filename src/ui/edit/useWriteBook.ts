// The bookkeeping of views that save many small things at once (a grid's cells, the admin lists):
// which keys are being saved, what went wrong with each, and the workspace as the latest change left
// it. Changes are applied at once through `update`, so a write that starts before React renders
// again still sees them; nothing is set after the view is gone.
import * as React from 'react';
import type { YearWorkspace } from '../common/useYearWorkspace';

export interface IWriteBookOptions {
  workspace: YearWorkspace;
  update: (change: (workspace: YearWorkspace) => YearWorkspace) => void;
  /** Told when a problem is kept, to announce it. */
  onProblem: () => void;
}

export interface IWriteBook<P> {
  /** The workspace with every change applied so far. */
  latest: React.MutableRefObject<YearWorkspace>;
  change(apply: (workspace: YearWorkspace) => YearWorkspace): void;
  pending: ReadonlySet<string>;
  markPending(keys: readonly string[], on: boolean): void;
  problems: ReadonlyMap<string, P>;
  /** The problems as they are now, for callbacks made before the last render. */
  problemsNow(): ReadonlyMap<string, P>;
  /** Keeps a problem under its key (newest last), or clears it; `quiet` skips the announcement. */
  setProblem(key: string, problem: P | undefined, quiet?: boolean): void;
}

export function useWriteBook<P>({ workspace, update, onProblem }: IWriteBookOptions): IWriteBook<P> {
  const latest = React.useRef(workspace);
  latest.current = workspace;
  const [pending, setPending] = React.useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = React.useState<ReadonlyMap<string, P>>(new Map());
  const problemsRef = React.useRef(problems);
  problemsRef.current = problems;
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => { mounted.current = false; };
  }, []);

  const change = React.useCallback((apply: (current: YearWorkspace) => YearWorkspace): void => {
    latest.current = apply(latest.current);
    update(apply);
  }, [update]);

  const markPending = React.useCallback((keys: readonly string[], on: boolean): void => {
    if (!mounted.current) return;
    setPending((previous) => {
      const next = new Set(previous);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  }, []);

  const setProblem = React.useCallback((key: string, problem: P | undefined, quiet = false): void => {
    if (!mounted.current) return;
    setProblems((previous) => {
      if (problem === undefined && !previous.has(key)) return previous;
      const next = new Map(previous);
      next.delete(key);
      if (problem !== undefined) next.set(key, problem);
      return next;
    });
    if (problem !== undefined && !quiet) onProblem();
  }, [onProblem]);

  const problemsNow = React.useCallback(() => problemsRef.current, []);
  return { latest, change, pending, markPending, problems, problemsNow, setProblem };
}
