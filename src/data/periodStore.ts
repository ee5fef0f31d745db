// The periods list's items as the port's settings: per period the staff's dates (one item, its
// version the ETag writes send back; who and when its Editor and Modified) and every close and
// reopen (an item each, who and when its Author and Created: no client writes another name there).
import type { FollowUpPeriod } from '../domain/model';
import { periodsOfYear, samePeriod } from '../domain/period';
import type { PeriodEvent, PeriodSettings } from '../domain/periodSettings';
import type { LoadedPeriods } from '../ports';
import type { PeriodEntry } from './schema';

export interface VersionedEntry {
  entry: PeriodEntry;
  etag: string;
}

const ofPeriod = (period: FollowUpPeriod) => ({ entry }: VersionedEntry): boolean =>
  samePeriod({ year: entry.year, kind: entry.periodKind }, period);

export function settingsFromEntries(year: number, entries: readonly VersionedEntry[]): LoadedPeriods {
  const loaded: LoadedPeriods = { periods: [], versions: {} };
  for (const period of periodsOfYear(year)) {
    const mine = entries.filter(ofPeriod(period));
    const dates = mine.find(({ entry }) => entry.entry === 'dates');
    const events: PeriodEvent[] = mine.filter(({ entry }) => entry.entry !== 'dates').map(({ entry }) => ({
      id: entry.id, kind: entry.entry === 'closed' ? 'closed' : 'reopened', by: entry.createdBy, at: entry.createdAt
    }));
    const settings: PeriodSettings = { period, events };
    if (dates) {
      Object.assign(settings, { opensOn: dates.entry.opensOn, deadline: dates.entry.deadline, datesSetBy: dates.entry.modifiedBy, datesSetAt: dates.entry.modifiedAt });
      loaded.versions[period.kind] = dates.etag;
    }
    loaded.periods.push(settings);
  }
  return loaded;
}

/** The dates item a write sends: the year and period, the staff's days (unset: cleared, the default then holds). */
export function datesEntry(period: FollowUpPeriod, dates: { opensOn?: string; deadline?: string }): Omit<PeriodEntry, 'id'> {
  return {
    year: period.year, periodKind: period.kind, entry: 'dates', opensOn: dates.opensOn, deadline: dates.deadline,
    createdBy: { login: '', name: '' }, createdAt: '', modifiedBy: { login: '', name: '' }, modifiedAt: ''
  };
}

export function eventEntry(period: FollowUpPeriod, kind: 'closed' | 'reopened'): Omit<PeriodEntry, 'id'> {
  return { ...datesEntry(period, {}), entry: kind };
}
