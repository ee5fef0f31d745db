// When each follow-up period must be done: by default delår by 31 August of the year, helår by
// 15 January of the next (the region's cycle); after that, what is missing is late.

import type { FollowUpPeriod, IsoDate } from './model';

/** The last day to follow up the period. */
export function periodDeadline(period: FollowUpPeriod): IsoDate {
  return period.kind === 'delar' ? `${period.year}-08-31` : `${period.year + 1}-01-15`;
}

const dayMs = 24 * 60 * 60 * 1000;

/** Calendar days from one date to another (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

export type DeadlineState =
  /** `daysLeft` counts today: 0 means today is the last day. */
  | { kind: 'open'; deadline: IsoDate; daysLeft: number }
  /** Past the deadline: what is still missing is late. */
  | { kind: 'late'; deadline: IsoDate; daysLate: number };

export function deadlineState(period: FollowUpPeriod, today: IsoDate): DeadlineState {
  const deadline = periodDeadline(period);
  const daysLeft = daysBetween(today, deadline);
  return daysLeft >= 0 ? { kind: 'open', deadline, daysLeft } : { kind: 'late', deadline, daysLate: -daysLeft };
}
