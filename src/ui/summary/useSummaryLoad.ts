// Loading the summary's data: first whether the lists exist (checkLists), then which years have
// goals, then the chosen year. Changing the year reloads only the year; "Försök igen" and a
// finished "Skapa listor" start from the lists again.

import * as React from 'react';
import type { CollectionPlace, IMiljoRepository } from '../../ports';
import type { IsoDate, Year, YearPicture } from '../../domain/model';
import { defaultYear } from '../common/defaultSelection';

/** What is known once the lists are found: it survives a change of year. */
export interface ISummarySetup {
  years: Year[];
  /** Lists that work but lack the newest fields or indexes. */
  outdated: CollectionPlace[];
}

export type SummaryLoadState =
  | { kind: 'loading' }
  | { kind: 'listsMissing'; missing: CollectionPlace[] }
  | { kind: 'error'; error: unknown }
  | { kind: 'loaded'; year: Year; picture: YearPicture };

export interface ISummaryLoad {
  state: SummaryLoadState;
  setup: ISummarySetup | undefined;
  /** Check the lists and load again. */
  reload: () => void;
}

export function useSummaryLoad(repository: IMiljoRepository, requestedYear: Year | undefined, today: IsoDate): ISummaryLoad {
  const [state, setState] = React.useState<SummaryLoadState>({ kind: 'loading' });
  const [setup, setSetup] = React.useState<ISummarySetup | undefined>(undefined);
  const [attempt, setAttempt] = React.useState(0);
  const setupRef = React.useRef<ISummarySetup | undefined>(undefined);

  React.useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    const load = async (): Promise<SummaryLoadState> => {
      let known = setupRef.current;
      if (known === undefined) {
        const lists = await repository.checkLists();
        if (lists.missing.length > 0) return { kind: 'listsMissing', missing: lists.missing };
        known = { years: await repository.years(), outdated: lists.outdated };
        if (!current) return { kind: 'loading' };
        setupRef.current = known;
        setSetup(known);
      }
      const year = requestedYear ?? defaultYear(known.years, today);
      const picture = await repository.loadSummaryYear(year);
      return { kind: 'loaded', year, picture };
    };
    load().then(
      (next) => { if (current) setState(next); },
      (error: unknown) => { if (current) setState({ kind: 'error', error }); }
    );
    return () => { current = false; };
  }, [repository, requestedYear, today, attempt]);

  const reload = React.useCallback((): void => {
    setupRef.current = undefined;
    setSetup(undefined);
    setAttempt((previous) => previous + 1);
  }, []);

  return { state, setup, reload };
}
