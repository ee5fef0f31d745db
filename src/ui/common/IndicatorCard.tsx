import * as React from 'react';
import type { Goal, Indicator, IndicatorValue } from '../../domain/model';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { indicatorStatus, normalisedValue, pathValue, valuesOf } from '../../domain/indicators/indicatorStatus';
import { indicatorSentence } from '../../domain/report/indicatorText';
import { format } from '../format';
import { useUniqueId } from './useUniqueId';
import { useServices } from '../services/services';
import { ChartLegend, IndicatorChart } from './IndicatorChart';
import { amountText, formatValue } from './indicatorFormat';
import { useIndicatorClassNames } from './indicatorStyles';
import { IndicatorStatusText } from './IndicatorStatusText';
import { ScrollRegion } from '../common/ScrollRegion';

export interface IIndicatorCardProps {
  goal: Goal | undefined;
  indicator: Indicator;
  values: readonly IndicatorValue[];
  /** 4 in the indicators view; 5 where the cards sit under a section of their own (the goal page). */
  headingLevel?: 4 | 5;
  /** Offered to the regional staff: opens the indicator's definition. */
  onEdit?: () => void;
}

/** One row of the table: a measured year with its whole-year value, its delår figure, or both. */
interface YearRow {
  year: number;
  whole: IndicatorValue | undefined;
  interim: IndicatorValue | undefined;
}

function yearRows(whole: readonly IndicatorValue[], interim: readonly IndicatorValue[]): YearRow[] {
  const years = [...new Set([...whole, ...interim].map((value) => value.year))].sort((a, b) => a - b);
  return years.map((year) => ({ year, whole: whole.find((value) => value.year === year), interim: interim.find((value) => value.year === year) }));
}

/**
 * One indicator: its status in words and shape, its sentence (also the chart's description for a
 * screen reader), the chart with its legend, every figure as a table, and where the figures come from.
 */
export function IndicatorCard({ goal, indicator, values, headingLevel = 4, onEdit }: IIndicatorCardProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useIndicatorClassNames();
  const sentenceId = useUniqueId('miljomal-indicator-sentence');
  const tableCaptionId = useUniqueId('miljomal-indicator-table');
  const own = React.useMemo(() => valuesOf(indicator.id, values), [indicator.id, values]);
  const interim = React.useMemo(() => valuesOf(indicator.id, values, 'delar'), [indicator.id, values]);
  const rows = React.useMemo(() => yearRows(own, interim), [own, interim]);
  const status = indicatorStatus(indicator, own);
  const amount = (value: number): string => amountText(indicator, value, strings, locale);
  const per = indicator.normalisedPer?.trim() ?? '';
  const figure = (value: IndicatorValue | undefined): string =>
    value === undefined ? '–' : `${amount(value.value)}${value.preliminary ? ` (${strings.IndPreliminary})` : ''}`;
  const normalised = (value: IndicatorValue | undefined): string => {
    const share = value === undefined ? undefined : normalisedValue(indicator, value);
    return share === undefined ? '–' : format(strings.IndNormalisedAmount, amount(share), per);
  };
  const comment = (row: YearRow): string => [row.whole?.comment, row.interim?.comment].filter((text) => text !== undefined && text !== '').join(' ');
  const emptyCells = (interim.length > 0 ? 1 : 0) + (per !== '' ? 1 : 0);
  return (
    <article className={classNames.card} aria-label={indicator.name}>
      {React.createElement(`h${headingLevel}`, { className: classNames.subheading }, goal === undefined ? indicator.name : `${goal.code} ${indicator.name}`)}
      <IndicatorStatusText kind={status.kind} />
      <p id={sentenceId} className={classNames.sentence} lang={locale}>{indicatorSentence(indicator, own, locale)}</p>
      <IndicatorChart indicator={indicator} values={own} describedBy={sentenceId} />
      <ChartLegend />
      <details>
        <summary>{strings.IndShowTable}</summary>
        <ScrollRegion labelledBy={tableCaptionId}>
          <table className={classNames.table}>
            <caption id={tableCaptionId} className={classNames.caption}>{format(strings.IndTableCaption, indicator.name)}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.th}>{strings.IndColumnYear}</th>
                <th scope="col" className={classNames.th}>{strings.IndColumnValue}</th>
                {interim.length > 0 ? <th scope="col" className={classNames.th}>{strings.IndColumnInterim}</th> : null}
                {per !== '' ? <th scope="col" className={classNames.th}>{format(strings.IndColumnNormalised, per)}</th> : null}
                <th scope="col" className={classNames.th}>{strings.IndColumnPath}</th>
                <th scope="col" className={classNames.th}>{strings.IndColumnComment}</th>
              </tr>
            </thead>
            <tbody>
              {rows.some((row) => row.year === indicator.baseline.year) ? null : (
                <tr>
                  <th scope="row" className={classNames.th}>{format(strings.IndBaselineRow, indicator.baseline.year)}</th>
                  <td className={classNames.number}>{amount(indicator.baseline.value)}</td>
                  {Array.from({ length: emptyCells }, (_, index) => <td key={index} className={classNames.number}>–</td>)}
                  <td className={classNames.number}>{formatValue(indicator.baseline.value, locale)}</td>
                  <td className={classNames.td} />
                </tr>
              )}
              {rows.map((row) => (
                <tr key={row.year}>
                  <th scope="row" className={classNames.th}>
                    {row.year === indicator.baseline.year ? format(strings.IndBaselineRow, row.year) : row.year}
                  </th>
                  <td className={classNames.number}>{figure(row.whole)}</td>
                  {interim.length > 0 ? <td className={classNames.number}>{figure(row.interim)}</td> : null}
                  {per !== '' ? <td className={classNames.number}>{normalised(row.whole ?? row.interim)}</td> : null}
                  <td className={classNames.number}>{formatValue(pathValue(indicator, row.year), locale)}</td>
                  <td className={classNames.td}>{comment(row)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className={classNames.th}>{format(strings.IndTargetRow, indicator.target.year)}</th>
                <td className={classNames.number}>–</td>
                {Array.from({ length: emptyCells }, (_, index) => <td key={index} className={classNames.number}>–</td>)}
                {/* With its unit, as the chart's target line names it. */}
                <td className={classNames.number}>{amount(indicator.target.value)}</td>
                <td className={classNames.td} />
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
      </details>
      <dl className={classNames.facts}>
        <dt>{strings.IndBaseline}</dt>
        <dd>{format(strings.IndValueInYear, amount(indicator.baseline.value), indicator.baseline.year)}</dd>
        <dt>{strings.IndTarget}</dt>
        <dd>{format(strings.IndTargetInYear, amount(indicator.target.value), indicator.target.year)}</dd>
        <dt>{strings.IndDirection}</dt>
        <dd>{strings[`IndDirection_${indicator.direction}`]}</dd>
        {per === '' ? null : (
          <>
            <dt>{strings.IndNormalisedPer}</dt>
            <dd>{per}</dd>
          </>
        )}
        <dt>{strings.IndSource}</dt>
        <dd>{indicator.source === '' ? '–' : indicator.source}</dd>
        <dt>{strings.IndResponsible}</dt>
        <dd>{indicator.responsible?.name ?? strings.IndNobody}</dd>
      </dl>
      {onEdit === undefined ? null : (
        <div className={classNames.toolbar}>
          <DefaultButton text={strings.IndEdit} ariaLabel={format(strings.IndEditNamed, indicator.name)} onClick={onEdit} />
        </div>
      )}
    </article>
  );
}
