import * as React from 'react';
import type { Goal, Indicator, IndicatorValue } from '../../domain/model';
import { indicatorStatus } from '../../domain/indicators/indicatorStatus';
import { format } from '../format';
import { useUniqueId } from '../common/useUniqueId';
import { useServices } from '../services/services';
import { amountText, changeText, latestText } from '../common/indicatorFormat';
import { useIndicatorClassNames } from '../common/indicatorStyles';
import { IndicatorStatusText } from '../common/IndicatorStatusText';
import { ScrollRegion } from '../common/ScrollRegion';

export interface IIndicatorOverviewProps {
  year: number;
  goals: ReadonlyMap<number, Goal>;
  indicators: readonly Indicator[];
  values: readonly IndicatorValue[];
}

/** Every indicator in one table: latest value, changes, target and status (words and shape). */
export function IndicatorOverview({ year, goals, indicators, values }: IIndicatorOverviewProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useIndicatorClassNames();
  const captionId = useUniqueId('miljomal-indicators-caption');
  return (
    <section className={classNames.section}>
      <h3 className={classNames.heading}>{strings.IndOverviewHeading}</h3>
      <ScrollRegion labelledBy={captionId}>
        <table className={classNames.table}>
          <caption id={captionId} className={classNames.caption}>{format(strings.IndOverviewCaption, year)}</caption>
          <thead>
            <tr>
              <th scope="col" className={classNames.th}>{strings.IndColumnIndicator}</th>
              <th scope="col" className={classNames.th}>{strings.IndColumnLatest}</th>
              <th scope="col" className={classNames.th}>{strings.IndColumnSinceBaseline}</th>
              <th scope="col" className={classNames.th}>{strings.IndColumnSinceYearBefore}</th>
              <th scope="col" className={classNames.th}>{strings.IndColumnTarget}</th>
              <th scope="col" className={classNames.th}>{strings.IndColumnStatus}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const status = indicatorStatus(indicator, values);
              const goal = goals.get(indicator.goalId);
              return (
                <tr key={indicator.id}>
                  <th scope="row" className={classNames.th}>
                    {goal === undefined ? null : <>{goal.code} </>}{indicator.name}
                  </th>
                  <td className={classNames.td}>{latestText(indicator, status.latest, strings, locale)}</td>
                  <td className={classNames.td}>{changeText(indicator, status.sinceBaseline, strings, locale)}</td>
                  <td className={classNames.td}>{changeText(indicator, status.sinceYearBefore, strings, locale)}</td>
                  <td className={classNames.td}>
                    {format(strings.IndTargetInYear, amountText(indicator, indicator.target.value, strings, locale), indicator.target.year)}
                  </td>
                  <td className={classNames.td}><IndicatorStatusText kind={status.kind} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
