// The indicators in the export: one row per indicator with its status as the screen and the report
// judge it (values up to the summary's year, so a 2023 export never speaks of 2024), then every
// value of every year. Figures are numbers, not formatted text, so Excel can chart and sum them.

import type { Indicator } from '../../../domain/model';
import { indicatorStatus, normalisedValue, pathValue, valuesOf, type IndicatorChange } from '../../../domain/indicators/indicatorStatus';
import { indicatorSentence, indicatorsInGoalOrder } from '../../../domain/report/indicatorText';
import { statusText, unitText } from '../indicatorFormat';
import type { Cell, IExportInput, ISheet, Row } from './sheetTypes';

/** Two decimals at most: a difference of floats must not read 0.30000000000000004. */
const rounded = (value: number | undefined, decimals = 2): Cell =>
  value === undefined ? null : Math.round(value * 10 ** decimals) / 10 ** decimals;

const difference = (change: IndicatorChange | undefined): Cell => rounded(change?.difference);
const percent = (change: IndicatorChange | undefined): Cell => rounded(change?.percent, 1);
const orNull = (text: string | undefined): Cell => (text === undefined || text === '' ? null : text);

export function indicatorsSheet(input: IExportInput): ISheet {
  const { index, strings, locale, summary } = input;
  const upTo = summary.year;
  const indicators = indicatorsInGoalOrder(index.picture);
  const yesNo = (flag: boolean): string => (flag ? strings.IndYes : strings.IndNo);
  const goalCode = (indicator: Indicator): Cell => orNull(index.goal(indicator.goalId)?.code);

  const rows: Row[] = [[
    strings.ExportGoalCode, strings.ColumnGoal, strings.IndColumnIndicator, strings.ExportIndUnit, strings.IndDirection,
    strings.ExportIndBaselineYear, strings.ExportIndBaselineValue, strings.ExportIndTargetYear, strings.ExportIndTargetValue,
    strings.ExportIndLatestYear, strings.IndColumnLatest, strings.IndNormalisedPer, strings.ExportIndLatestNormalised,
    strings.IndGridPreliminary, strings.IndColumnStatus,
    strings.ExportIndSinceBaseline, strings.ExportIndSinceBaselinePercent,
    strings.ExportIndSinceYearBefore, strings.ExportIndSinceYearBeforePercent,
    strings.IndSource, strings.IndResponsible, strings.ExportIndSentence
  ]];
  for (const indicator of indicators) {
    const own = valuesOf(indicator.id, index.picture.indicatorValues).filter((value) => value.year <= upTo);
    const status = indicatorStatus(indicator, own);
    rows.push([
      goalCode(indicator), orNull(index.goal(indicator.goalId)?.title), orNull(indicator.name),
      orNull(unitText(indicator, strings)), strings[`IndDirection_${indicator.direction}`],
      indicator.baseline.year, indicator.baseline.value, indicator.target.year, indicator.target.value,
      status.latest?.year ?? null, status.latest?.value ?? null,
      orNull(indicator.normalisedPer), rounded(status.latest === undefined ? undefined : normalisedValue(indicator, status.latest), 4),
      status.latest === undefined ? null : yesNo(status.latest.preliminary), statusText(status.kind, strings),
      difference(status.sinceBaseline), percent(status.sinceBaseline),
      difference(status.sinceYearBefore), percent(status.sinceYearBefore),
      orNull(indicator.source), orNull(indicator.responsible?.name), indicatorSentence(indicator, own, locale)
    ]);
  }

  rows.push([]);
  const valuesTitle = rows.length;
  rows.push([strings.ExportIndValuesHeading]);
  rows.push([
    strings.ExportGoalCode, strings.IndColumnIndicator, strings.IndColumnYear, strings.IndGridPeriod, strings.IndColumnValue,
    strings.IndGridDenominator, strings.ExportIndNormalised, strings.IndColumnPath, strings.IndGridPreliminary, strings.IndColumnComment
  ]);
  for (const indicator of indicators) {
    const all = index.picture.indicatorValues;
    // A year's delår figure before its whole-year value, as the year went.
    const own = [...valuesOf(indicator.id, all, 'delar'), ...valuesOf(indicator.id, all)]
      .filter((held) => held.year <= upTo)
      .sort((a, b) => a.year - b.year || (a.period === 'delar' ? -1 : 0) - (b.period === 'delar' ? -1 : 0));
    for (const value of own) {
      rows.push([
        goalCode(indicator), orNull(indicator.name), value.year, strings[`IndPeriod_${value.period ?? 'helar'}`], value.value,
        value.denominator ?? null, rounded(normalisedValue(indicator, value), 4),
        rounded(pathValue(indicator, value.year)), yesNo(value.preliminary), orNull(value.comment)
      ]);
    }
  }
  return {
    name: strings.SheetIndicators,
    rows,
    boldRows: [0, valuesTitle, valuesTitle + 1],
    columnWidths: [10, 32, 36, 18, 18, 10, 12, 10, 12, 14, 14, 16, 16, 12, 22, 16, 16, 16, 16, 36, 24, 90]
  };
}
