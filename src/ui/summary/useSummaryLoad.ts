// Loading the summary's data: first whether the lists exist (checkLists), then which years have
// goals, then the chosen year. Changing the year reloads only the year; "Försök igen" and a
// finished "Skapa listor" start from the lists again.

import * as React from 'react';
import type { CollectionPlace, IMiljoRepository } from '../../ports';
import type { IsoDate, Year, YearPicture } from '../../domain/model';
import { defaultYear } from '../common/defaultSelection';
import { useLoad } from '../common/useLoad';

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

type Answer = Exclude<SummaryLoadState, { kind: 'loading' } | { kind: 'error' }>;

export function useSummaryLoad(repository: IMiljoRepository, requestedYear: Year | undefined, today: IsoDate): ISummaryLoad {
  const [setup, setSetup] = React.useState<ISummarySetup | undefined>(undefined);
  // "Försök igen" starts from the lists: an input of its own, so it restarts even a load under way.
  const [fromTheLists, setFromTheLists] = React.useState(0);
  const setupRef = React.useRef<ISummarySetup | undefined>(undefined);

  const load = useLoad(async (ticket): Promise<Answer> => {
    let known = setupRef.current;
    if (known === undefined) {
      const lists = await repository.checkLists();
      if (lists.missing.length > 0) return { kind: 'listsMissing', missing: lists.missing };
      known = { years: await repository.years(), outdated: lists.outdated };
      // Asked for inputs gone meanwhile: keep no setup from it (its answer is dropped anyway).
      if (!ticket.current) return { kind: 'listsMissing', missing: [] };
      setupRef.current = known;
      setSetup(known);
    }
    const year = requestedYear ?? defaultYear(known.years, today);
    const picture = await repository.loadSummaryYear(year);
    return { kind: 'loaded', year, picture };
  }, [repository, requestedYear, today, fromTheLists]);

  const state = React.useMemo((): SummaryLoadState => load.status === 'loaded' ? load.value
    : load.status === 'error' ? { kind: 'error', error: load.error } : { kind: 'loading' }, [load]);
  const reload = React.useCallback((): void => {
    setupRef.current = undefined;
    setSetup(undefined);
    setFromTheLists((previous) => previous + 1);
  }, []);

  return { state, setup, reload };
}
