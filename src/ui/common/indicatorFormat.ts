// The indicators' figures in the page's language: values with their unit, changes with a sign, and
// the status in words. Shares change in percentage points (as the report's sentences say).
import type { Indicator, IndicatorValue } from '../../domain/model';
import type { IndicatorChange, IndicatorStatusKind } from '../../domain/indicators/indicatorStatus';
import { isPercentUnit } from '../../domain/report/indicatorText';
import { format } from '../format';
import type { UiLocale } from './text';

/** At most two decimals: 1 240, 12,5, 0,25. */
export function formatValue(value: number, locale: UiLocale): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** "ton CO2e"; a share in the page's word for percent. */
export function unitText(indicator: Indicator, strings: IMiljomalWebPartStrings): string {
  return isPercentUnit(indicator.unit) ? strings.IndPercent : indicator.unit.trim();
}

/** "1 240 ton CO2e", "38 procent". */
export function amountText(indicator: Indicator, value: number, strings: IMiljomalWebPartStrings, locale: UiLocale): string {
  const unit = unitText(indicator, strings);
  return unit === '' ? formatValue(value, locale) : `${formatValue(value, locale)} ${unit}`;
}

/** "1 240 ton CO2e (2023, preliminärt)" or "Inget utfall". */
export function latestText(indicator: Indicator, latest: IndicatorValue | undefined, strings: IMiljomalWebPartStrings, locale: UiLocale): string {
  if (latest === undefined) return strings.IndNoValue;
  const when = latest.preliminary ? `${latest.year}, ${strings.IndPreliminary}` : String(latest.year);
  return format(strings.IndValueInYear, amountText(indicator, latest.value, strings, locale), when);
}

/** "−272 ton CO2e (−18 %)", "+26 procentenheter"; "Ingen jämförelse" without one. */
export function changeText(indicator: Indicator, change: IndicatorChange | undefined, strings: IMiljomalWebPartStrings, locale: UiLocale): string {
  if (change === undefined) return strings.IndNoChange;
  const signed = change.difference.toLocaleString(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  if (isPercentUnit(indicator.unit)) return `${signed} ${strings.IndPoints}`;
  const unit = indicator.unit.trim();
  const amount = unit === '' ? signed : `${signed} ${unit}`;
  if (change.percent === undefined) return amount;
  const percent = (change.percent / 100).toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  return `${amount} (${percent})`;
}

export function statusText(kind: IndicatorStatusKind, strings: IMiljomalWebPartStrings): string {
  return strings[`IndStatus_${kind}`];
}

/** A value as the grid's field shows it: no grouping, so it reads back as typed. */
export function editText(value: number, locale: UiLocale): string {
  return value.toLocaleString(locale, { useGrouping: false, maximumFractionDigits: 10 });
}
