// Follow-up periods of a year: delår (reported in August) and helår (reported in January after).

import type { FollowUpPeriod, FollowUpPeriodKind, IsoDate, Year } from './model';

export const followUpPeriodKinds: readonly FollowUpPeriodKind[] = ['delar', 'helar'];

/** A stable key for maps, list columns and URLs, e.g. "2023-delar". */
export function periodKey(period: FollowUpPeriod): string {
  return `${period.year}-${period.kind}`;
}

export function parsePeriodKey(key: string): FollowUpPeriod | undefined {
  const match = /^(\d{4})-(delar|helar)$/.exec(key);
  if (!match) return undefined;
  return { year: Number(match[1]), kind: match[2] === 'delar' ? 'delar' : 'helar' };
}

export function periodsOfYear(year: Year): FollowUpPeriod[] {
  return followUpPeriodKinds.map((kind) => ({ year, kind }));
}

export function samePeriod(a: FollowUpPeriod, b: FollowUpPeriod): boolean {
  return a.year === b.year && a.kind === b.kind;
}

/** Chronological order: negative when a comes before b. */
export function comparePeriods(a: FollowUpPeriod, b: FollowUpPeriod): number {
  if (a.year !== b.year) return a.year - b.year;
  return followUpPeriodKinds.indexOf(a.kind) - followUpPeriodKinds.indexOf(b.kind);
}

/** When the period is reported: delår in August of the year, helår in January of the next. */
export function reportingMonth(period: FollowUpPeriod): { year: Year; month: number } {
  return period.kind === 'delar'
    ? { year: period.year, month: 8 }
    : { year: period.year + 1, month: 1 };
}

/** The last day the period covers; work that starts later is not due in it. */
export function periodCoversUntil(period: FollowUpPeriod): IsoDate {
  return period.kind === 'delar' ? `${period.year}-08-31` : `${period.year}-12-31`;
}

/**
 * The period being followed up on a given day: February–August the year's delår, September–
 * December the year's helår, and January still the previous year's helår (reported then).
 */
export function currentFollowUpPeriod(today: IsoDate): FollowUpPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month === 1) return { year: year - 1, kind: 'helar' };
  return { year, kind: month <= 8 ? 'delar' : 'helar' };
}
