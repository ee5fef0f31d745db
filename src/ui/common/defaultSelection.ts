// Which year and follow-up period the summary opens on.

import type { FollowUpPeriodKind, IsoDate, Year } from '../../domain/model';
import { currentFollowUpPeriod } from '../../domain/period';

/**
 * The year being followed up today (in January still last year) when it has goals; otherwise the
 * newest year with goals before it, otherwise the newest year there is; with no years at all, the
 * year being followed up today, so the view can say it has no goals yet.
 */
export function defaultYear(yearsWithGoals: readonly Year[], today: IsoDate): Year {
  const current = currentFollowUpPeriod(today).year;
  if (yearsWithGoals.length === 0 || yearsWithGoals.includes(current)) return current;
  const earlier = yearsWithGoals.filter((year) => year < current);
  return earlier.length > 0 ? Math.max(...earlier) : Math.max(...yearsWithGoals);
}

/** Today's period for the current year; a past year's helår; a future year's delår. */
export function defaultPeriodKind(year: Year, today: IsoDate): FollowUpPeriodKind {
  const current = currentFollowUpPeriod(today);
  if (year === current.year) return current.kind;
  return year < current.year ? 'helar' : 'delar';
}

/** The years to pick from, newest first: those with goals, and the one shown if it has none. */
export function yearChoices(yearsWithGoals: readonly Year[], shown: Year): Year[] {
  return Array.from(new Set([...yearsWithGoals, shown])).sort((a, b) => b - a);
}

/** Today as the user's calendar has it (not UTC). */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
