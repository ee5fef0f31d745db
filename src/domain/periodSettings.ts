// What the regional staff set for each follow-up period: when it opens, its deadline, and whether
// it is closed. Dates left unset are the region's defaults (deadlines.ts). Closing and reopening are
// events, never overwritten: who did it and when is SharePoint's record of each, so the state is the
// last event's and the history stays for the audit.

import type { FollowUpPeriod, IsoDate, IsoDateTime, Person } from './model';
import { samePeriod } from './period';

export type PeriodEventKind = 'closed' | 'reopened';

export interface PeriodEvent {
  id: number;
  kind: PeriodEventKind;
  by: Person;
  at: IsoDateTime;
}

/** The dates the staff set for a period; what is unset is the default. */
export interface PeriodDates {
  opensOn?: IsoDate;
  deadline?: IsoDate;
}

export interface PeriodSettings extends PeriodDates {
  period: FollowUpPeriod;
  /** Who last set the dates and when (SharePoint's Editor and Modified); undefined when never set. */
  datesSetBy?: Person;
  datesSetAt?: IsoDateTime;
  /** Oldest first. */
  events: PeriodEvent[];
}

export const noSettings = (period: FollowUpPeriod): PeriodSettings => ({ period, events: [] });

/** The settings of `period` among those read, or none set. */
export function settingsOf(period: FollowUpPeriod, all: readonly PeriodSettings[] | undefined): PeriodSettings {
  return all?.find((settings) => samePeriod(settings.period, period)) ?? noSettings(period);
}

/** Closed when the last close is later than the last reopen. */
export function isPeriodClosed(settings: PeriodSettings | undefined): boolean {
  const last = lastEvent(settings);
  return last?.kind === 'closed';
}

export function lastEvent(settings: PeriodSettings | undefined, kind?: PeriodEventKind): PeriodEvent | undefined {
  const events = (settings?.events ?? []).filter((event) => kind === undefined || event.kind === kind);
  return events.length === 0 ? undefined : events.reduce((latest, event) => (compareEvents(event, latest) >= 0 ? event : latest));
}

/** By moment, then by id (two events in the same second keep the order they were recorded in). */
function compareEvents(a: PeriodEvent, b: PeriodEvent): number {
  const byTime = Date.parse(a.at) - Date.parse(b.at);
  return byTime !== 0 && !Number.isNaN(byTime) ? byTime : a.id - b.id;
}

export type PeriodDatesProblem = 'deadlineBeforeOpening' | 'notADate';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** What is wrong with dates the staff typed, judged with the defaults filling what is unset. */
export function periodDatesProblem(period: FollowUpPeriod, dates: PeriodDates,
  defaults: { opensOn: (period: FollowUpPeriod) => IsoDate; deadline: (period: FollowUpPeriod) => IsoDate }): PeriodDatesProblem | undefined {
  if ((dates.opensOn !== undefined && !isDay(dates.opensOn)) || (dates.deadline !== undefined && !isDay(dates.deadline))) return 'notADate';
  const opens = dates.opensOn ?? defaults.opensOn(period);
  const deadline = dates.deadline ?? defaults.deadline(period);
  return deadline < opens ? 'deadlineBeforeOpening' : undefined;
}
