// The one way a component reads something: ask when it mounts and whenever its inputs change, say
// where the asking is, and use an answer only while the inputs it was asked for are still the
// component's. A late answer (another year chosen meanwhile, the view closed) is dropped, so a
// slow first read can never overwrite a quicker second one.
import * as React from 'react';

export type Load<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | {
    status: 'loaded';
    value: T;
    /** Asks again (after a write elsewhere changed the answer). */
    reload: () => void;
    /** Changes the answer held (an optimistic edit, or its rollback) without asking again. */
    update: (change: (value: T) => T) => void;
  };

/** Whether the inputs an ask was made for are still the component's: a loader may stop between steps when not. */
export interface ILoadTicket {
  readonly current: boolean;
}

type Outcome<T> = { status: 'error'; error: unknown } | { status: 'loaded'; value: T };

interface IHeld<T> {
  inputs: React.DependencyList;
  attempt: number;
  outcome: Outcome<T>;
}

const sameInputs = (a: React.DependencyList, b: React.DependencyList): boolean =>
  a.length === b.length && a.every((input, index) => Object.is(input, b[index]));

/**
 * Runs `load` on mount, when an input changes and on retry or reload. Give every value `load` reads
 * as an input. Without `load` (not needed yet) nothing is asked and the state stays loading.
 */
export function useLoad<T>(load: ((ticket: ILoadTicket) => Promise<T>) | undefined, inputs: React.DependencyList): Load<T> {
  const [attempt, setAttempt] = React.useState(0);
  const [held, setHeld] = React.useState<IHeld<T> | undefined>(undefined);
  // The effect runs the render's own `load`; its inputs decide when it runs.
  const latestLoad = React.useRef(load);
  latestLoad.current = load;
  const asked = load !== undefined;

  React.useEffect(() => {
    const ask = latestLoad.current;
    if (ask === undefined) return undefined;
    const ticket = { current: true };
    const keep = (outcome: Outcome<T>): void => { if (ticket.current) setHeld({ inputs, attempt, outcome }); };
    ask(ticket).then((value) => keep({ status: 'loaded', value }), (error: unknown) => keep({ status: 'error', error }));
    return () => { ticket.current = false; };
  }, [...inputs, attempt, asked]);

  const again = React.useCallback(() => setAttempt((previous) => previous + 1), []);
  const update = React.useCallback((change: (value: T) => T) => {
    setHeld((previous) => previous?.outcome.status === 'loaded' ? { ...previous, outcome: { status: 'loaded', value: change(previous.outcome.value) } } : previous);
  }, []);

  // Until the effect has asked for the present inputs, what is held answers earlier ones.
  const fresh = held !== undefined && held.attempt === attempt && sameInputs(held.inputs, inputs) ? held.outcome : undefined;
  return React.useMemo((): Load<T> => {
    if (fresh === undefined) return { status: 'loading' };
    if (fresh.status === 'error') return { status: 'error', error: fresh.error, retry: again };
    return { status: 'loaded', value: fresh.value, reload: again, update };
  }, [fresh, again, update]);
}
