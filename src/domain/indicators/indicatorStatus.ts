// Whether an indicator is on its way to the target. The rule, which the UI states beside the
// status: the straight path runs from the baseline (basår, basvärde) to the target (målår,
// målvärde); the latest value measured after the baseline year is on track when it is on the path
// for its year or better (lower or higher, as the indicator says), not on track when it is worse;
// with no value after the baseline year there is no data. After the target year the path stays at
// the target value. A value within rounding of the path counts as on it: a figure typed as
// 1 240 must not fail a path that says 1 240.0000001.

import type { Indicator, IndicatorValue, Year, YearValue } from '../model';

export type IndicatorStatusKind = 'onTrack' | 'notOnTrack' | 'noData';

export const indicatorStatusKinds: readonly IndicatorStatusKind[] = ['onTrack', 'notOnTrack', 'noData'];

/** From one value to a later one: the difference in the indicator's unit and, where it means something, in percent. */
export interface IndicatorChange {
  from: YearValue;
  to: YearValue;
  difference: number;
  /** Relative to `from`; undefined when `from` is 0 (no percentage of nothing). */
  percent: number | undefined;
}

export interface IndicatorStatus {
  kind: IndicatorStatusKind;
  /** The newest value after the baseline year (up to the year asked about). */
  latest: IndicatorValue | undefined;
  /** Where the path is in the latest value's year. */
  expected: number | undefined;
  sinceBaseline: IndicatorChange | undefined;
  /** From the year before the latest (the baseline when that is the baseline year). */
  sinceYearBefore: IndicatorChange | undefined;
}

/** The straight path from baseline to target, in a year; flat before the baseline and after the target. */
export function pathValue(indicator: Pick<Indicator, 'baseline' | 'target'>, year: Year): number {
  const { baseline, target } = indicator;
  if (year <= baseline.year || target.year <= baseline.year) return year <= baseline.year ? baseline.value : target.value;
  if (year >= target.year) return target.value;
  return baseline.value + ((target.value - baseline.value) * (year - baseline.year)) / (target.year - baseline.year);
}

/** At or better than `expected`, the indicator's way round, within rounding. */
export function isOnOrBetter(direction: Indicator['direction'], value: number, expected: number): boolean {
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  return direction === 'lower' ? value <= expected + tolerance : value >= expected - tolerance;
}

export function change(from: YearValue, to: YearValue): IndicatorChange {
  const difference = to.value - from.value;
  return { from, to, difference, percent: from.value === 0 ? undefined : (difference / Math.abs(from.value)) * 100 };
}

/**
 * The indicator's whole-year values, oldest first (one per year: the newest id wins if a list
 * holds two); `period` 'delar' gives its delår figures instead, which the status never judges.
 */
export function valuesOf(indicatorId: number, values: readonly IndicatorValue[], period?: 'delar'): IndicatorValue[] {
  const byYear = new Map<Year, IndicatorValue>();
  for (const value of values) {
    if (value.indicatorId !== indicatorId || value.period !== period) continue;
    const held = byYear.get(value.year);
    if (held === undefined || held.id < value.id) byYear.set(value.year, value);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The status as the rule above says; `upTo` leaves out values measured after that year. */
export function indicatorStatus(indicator: Indicator, values: readonly IndicatorValue[], upTo?: Year): IndicatorStatus {
  const own = valuesOf(indicator.id, values).filter((value) => upTo === undefined || value.year <= upTo);
  const measured = own.filter((value) => value.year > indicator.baseline.year);
  const latest = measured[measured.length - 1];
  if (latest === undefined) {
    return { kind: 'noData', latest: undefined, expected: undefined, sinceBaseline: undefined, sinceYearBefore: undefined };
  }
  const expected = pathValue(indicator, latest.year);
  const before = own.find((value) => value.year === latest.year - 1)
    ?? (latest.year - 1 === indicator.baseline.year ? indicator.baseline : undefined);
  return {
    kind: isOnOrBetter(indicator.direction, latest.value, expected) ? 'onTrack' : 'notOnTrack',
    latest,
    expected,
    sinceBaseline: change(indicator.baseline, latest),
    sinceYearBefore: before === undefined ? undefined : change(before, latest)
  };
}

/**
 * The value per employee, per square metre…: the value over its year's denominator, where the
 * indicator has a normalised figure and the value a denominator above zero.
 */
export function normalisedValue(indicator: Pick<Indicator, 'normalisedPer'>, value: Pick<IndicatorValue, 'value' | 'denominator'>): number | undefined {
  if (indicator.normalisedPer === undefined || indicator.normalisedPer.trim() === '') return undefined;
  if (value.denominator === undefined || !(value.denominator > 0)) return undefined;
  return value.value / value.denominator;
}

/** The target relative to the baseline ("50 procent lägre"); undefined when the baseline is 0. */
export function targetChange(indicator: Indicator): IndicatorChange {
  return change(indicator.baseline, indicator.target);
}
