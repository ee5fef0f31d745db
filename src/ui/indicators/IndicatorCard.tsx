import * as React from 'react';
import type { Goal, Indicator, IndicatorValue } from '../../domain/model';
import { indicatorStatus, pathValue, valuesOf } from '../../domain/indicators/indicatorStatus';
import { indicatorSentence } from '../../domain/report/indicatorText';
import { format } from '../format';
import { useUniqueId } from '../common/useUniqueId';
import { useServices } from '../services/services';
import { ChartLegend, IndicatorChart } from './IndicatorChart';
import { amountText, formatValue } from './indicatorFormat';
import { useIndicatorClassNames } from './indicatorStyles';
import { IndicatorStatusText } from './IndicatorStatusText';

export interface IIndicatorCardProps {
  goal: Goal | undefined;
  indicator: Indicator;
  values: readonly IndicatorValue[];
  /** 4 in the indicators view; 5 where the cards sit under a section of their own (the goal page). */
  headingLevel?: 4 | 5;
}

/**
 * One indicator: its status in words and shape, its sentence (also the chart's description for a
 * screen reader), the chart with its legend, every figure as a table, and where the figures come from.
 */
export function IndicatorCard({ goal, indicator, values, headingLevel = 4 }: IIndicatorCardProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useIndicatorClassNames();
  const sentenceId = useUniqueId('miljomal-indicator-sentence');
  const own = React.useMemo(() => valuesOf(indicator.id, values), [indicator.id, values]);
  const status = indicatorStatus(indicator, own);
  const amount = (value: number): string => amountText(indicator, value, strings, locale);
  return (
    <article className={classNames.card} aria-label={indicator.name}>
      {React.createElement(`h${headingLevel}`, { className: classNames.subheading }, goal === undefined ? indicator.name : `${goal.code} ${indicator.name}`)}
      <IndicatorStatusText kind={status.kind} />
      <p id={sentenceId} className={classNames.sentence} lang={locale}>{indicatorSentence(indicator, own, locale)}</p>
      <IndicatorChart indicator={indicator} values={own} describedBy={sentenceId} />
      <ChartLegend />
      <details>
        <summary>{strings.IndShowTable}</summary>
        <div className={classNames.scroll}>
          <table className={classNames.table}>
            <caption className={classNames.caption}>{format(strings.IndTableCaption, indicator.name)}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.th}>{strings.IndColumnYear}</th>
                <th scope="col" className={classNames.th}>{strings.IndColumnValue}</th>
                <th scope="col" className={classNames.th}>{strings.IndColumnPath}</th>
                <th scope="col" className={classNames.th}>{strings.IndColumnComment}</th>
              </tr>
            </thead>
            <tbody>
              {own.some((value) => value.year === indicator.baseline.year) ? null : (
                <tr>
                  <th scope="row" className={classNames.th}>{format(strings.IndBaselineRow, indicator.baseline.year)}</th>
                  <td className={classNames.number}>{amount(indicator.baseline.value)}</td>
                  <td className={classNames.number}>{formatValue(indicator.baseline.value, locale)}</td>
                  <td className={classNames.td} />
                </tr>
              )}
              {own.map((value) => (
                <tr key={value.year}>
                  <th scope="row" className={classNames.th}>
                    {value.year === indicator.baseline.year ? format(strings.IndBaselineRow, value.year) : value.year}
                  </th>
                  <td className={classNames.number}>
                    {amount(value.value)}{value.preliminary ? ` (${strings.IndPreliminary})` : ''}
                  </td>
                  <td className={classNames.number}>{formatValue(pathValue(indicator, value.year), locale)}</td>
                  <td className={classNames.td}>{value.comment}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className={classNames.th}>{format(strings.IndTargetRow, indicator.target.year)}</th>
                <td className={classNames.number}>–</td>
                <td className={classNames.number}>{formatValue(indicator.target.value, locale)}</td>
                <td className={classNames.td} />
              </tr>
            </tbody>
          </table>
        </div>
      </details>
      <dl className={classNames.facts}>
        <dt>{strings.IndBaseline}</dt>
        <dd>{format(strings.IndValueInYear, amount(indicator.baseline.value), indicator.baseline.year)}</dd>
        <dt>{strings.IndTarget}</dt>
        <dd>{format(strings.IndTargetInYear, amount(indicator.target.value), indicator.target.year)}</dd>
        <dt>{strings.IndDirection}</dt>
        <dd>{strings[`IndDirection_${indicator.direction}`]}</dd>
        <dt>{strings.IndSource}</dt>
        <dd>{indicator.source === '' ? '–' : indicator.source}</dd>
        <dt>{strings.IndResponsible}</dt>
        <dd>{indicator.responsible?.name ?? strings.IndNobody}</dd>
      </dl>
    </article>
  );
}
