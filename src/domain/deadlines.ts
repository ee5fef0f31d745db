// When each follow-up period opens and must be done: the dates the regional staff set
// (periodSettings.ts), and where they set none the region's cycle: delår opens 1 February and
// closes 31 August of the year, helår opens 1 September and closes 15 January of the next. After
// the deadline, what is missing is late.

import type { FollowUpPeriod, IsoDate } from './model';
import { PeriodDates, periodDatesProblem, PeriodDatesProblem } from './periodSettings';

/** The region's deadline when the staff set none. */
export function defaultDeadline(period: FollowUpPeriod): IsoDate {
  return period.kind === 'delar' ? `${period.year}-08-31` : `${period.year + 1}-01-15`;
}

/** The region's opening day when the staff set none: the day the period starts being followed up (period.ts). */
export function defaultOpening(period: FollowUpPeriod): IsoDate {
  return period.kind === 'delar' ? `${period.year}-02-01` : `${period.year}-09-01`;
}

/** The last day to follow up the period: the staff's deadline, else the default. */
export function periodDeadline(period: FollowUpPeriod, dates?: PeriodDates): IsoDate {
  return dates?.deadline ?? defaultDeadline(period);
}

export function periodOpening(period: FollowUpPeriod, dates?: PeriodDates): IsoDate {
  return dates?.opensOn ?? defaultOpening(period);
}

export function datesProblem(period: FollowUpPeriod, dates: PeriodDates): PeriodDatesProblem | undefined {
  return periodDatesProblem(period, dates, { opensOn: defaultOpening, deadline: defaultDeadline });
}

const dayMs = 24 * 60 * 60 * 1000;

/** Calendar days from one date to another (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

export type DeadlineState =
  /** Before the staff's opening day. */
  | { kind: 'notOpen'; opensOn: IsoDate; deadline: IsoDate }
  /** `daysLeft` counts today: 0 means today is the last day. */
  | { kind: 'open'; deadline: IsoDate; daysLeft: number }
  /** Past the deadline: what is still missing is late. */
  | { kind: 'late'; deadline: IsoDate; daysLate: number };

/** Only dates the staff set can make a period not open yet: the default opening is the day the period becomes current anyway. */
export function deadlineState(period: FollowUpPeriod, today: IsoDate, dates?: PeriodDates): DeadlineState {
  const deadline = periodDeadline(period, dates);
  if (dates?.opensOn !== undefined && today < dates.opensOn) return { kind: 'notOpen', opensOn: dates.opensOn, deadline };
  const daysLeft = daysBetween(today, deadline);
  return daysLeft >= 0 ? { kind: 'open', deadline, daysLeft } : { kind: 'late', deadline, daysLate: -daysLeft };
}
