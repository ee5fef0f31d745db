// The staff's settings of a year's periods (dates, closed or not), read beside the year: until
// they come (or when they cannot be read) every view goes by the defaults, as before periods could
// be set, so a slow or failed read never holds a view back. SharePoint still refuses writing a
// closed period whatever the view believed.
import * as React from 'react';
import type { FollowUpPeriod } from '../../domain/model';
import { samePeriod } from '../../domain/period';
import { settingsOf, type PeriodSettings } from '../../domain/periodSettings';
import type { IMiljoRepository, LoadedPeriods } from '../../ports';
import { useServices } from '../services/services';

export interface IPeriodSettingsState {
  /** Undefined while reading, and when the read failed (`failed`). */
  loaded: LoadedPeriods | undefined;
  failed: boolean;
  /** The settings of one period: what was read, else none set. */
  of(period: FollowUpPeriod): PeriodSettings;
  reload(): void;
  /** A write's saved settings, with the version of the dates now. */
  put(settings: PeriodSettings, version: string | undefined): void;
}

/**
 * Reads in flight, shared by the views that mount together (the summary's totals and its table):
 * one request for them all. Only while it is in flight: a view mounted later reads afresh, so a
 * period closed meanwhile shows.
 */
const readsInFlight = new WeakMap<IMiljoRepository, Map<number, Promise<LoadedPeriods>>>();

function readPeriods(repository: IMiljoRepository, year: number): Promise<LoadedPeriods> {
  let byYear = readsInFlight.get(repository);
  if (byYear === undefined) {
    byYear = new Map();
    readsInFlight.set(repository, byYear);
  }
  const pending = byYear.get(year);
  if (pending !== undefined) return pending;
  const reads = byYear;
  const read = repository.periodSettings(year).finally(() => reads.delete(year));
  reads.set(year, read);
  return read;
}

export function usePeriodSettings(year: number): IPeriodSettingsState {
  const { repository } = useServices();
  const [loaded, setLoaded] = React.useState<LoadedPeriods | undefined>(undefined);
  const [failed, setFailed] = React.useState(false);
  const [round, setRound] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setLoaded(undefined);
    setFailed(false);
    readPeriods(repository, year).then((answer) => { if (live) setLoaded(answer); }, () => { if (live) setFailed(true); });
    return () => { live = false; };
  }, [repository, year, round]);
  const of = React.useCallback((period: FollowUpPeriod) => settingsOf(period, loaded?.periods), [loaded]);
  const reload = React.useCallback(() => setRound((value) => value + 1), []);
  const put = React.useCallback((settings: PeriodSettings, version: string | undefined) => setLoaded((before) => {
    const periods = [...(before?.periods ?? []).filter((other) => !samePeriod(other.period, settings.period)), settings];
    const versions = { ...(before?.versions ?? {}) };
    if (version !== undefined && version !== '') versions[settings.period.kind] = version;
    return { periods, versions };
  }), []);
  return { loaded, failed, of, reload, put };
}
