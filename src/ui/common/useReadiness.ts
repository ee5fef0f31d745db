// The year's klarmarkeringar, read beside the year (Min enhet, Fördelning, the summary): until they
// come, or when they cannot be read, every part shows as not marked and the views go on; a write
// the heads make is shown at once (`add`). SharePoint holds who may mark what whatever the view shows.
import * as React from 'react';
import type { ReadinessEvent } from '../../domain/readiness/readiness';
import { useServices } from '../services/services';
import { useLoad } from './useLoad';

export interface IReadinessState {
  /** Every event of the year, oldest first; none while reading or when the read failed. */
  events: readonly ReadinessEvent[];
  loaded: boolean;
  failed: boolean;
  retry(): void;
  /** An event just saved, in place of nothing: the views show it without reading again. */
  add(event: ReadinessEvent): void;
}

const none: readonly ReadinessEvent[] = [];

export function useReadiness(year: number): IReadinessState {
  const { repository } = useServices();
  const load = useLoad(() => repository.readiness(year), [repository, year]);
  const add = React.useCallback((event: ReadinessEvent) => {
    if (load.status === 'loaded') load.update((events) => [...events.filter((other) => other.id !== event.id), event]);
  }, [load]);
  const retry = load.status === 'error' ? load.retry : load.status === 'loaded' ? load.reload : ignore;
  return React.useMemo(() => ({
    events: load.status === 'loaded' ? load.value : none,
    loaded: load.status === 'loaded',
    failed: load.status === 'error',
    retry,
    add
  }), [load, retry, add]);
}

/** Reading is under way already. */
function ignore(): void {}
