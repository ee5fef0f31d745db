import * as React from 'react';
import type { RegionSummary } from '../../domain/summary/regionSummary';
import { format } from '../format';
import { periodName } from '../common/summaryText';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { useLoad } from '../common/useLoad';
import { formatDateTime } from '../edit/dates';
import { useServices } from '../services/services';
import { ErrorState } from '../common/ErrorState';

/**
 * The region as the board saw it: each förvaltning's latest fastställd report of the period (or that
 * it has none), and the region's paragraph counted from those reports, not from today's lists.
 */
export function RegionFrozen({ region }: { region: RegionSummary }): React.ReactElement {
  const { repository, strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  const state = useLoad(async () => {
    // The report's code comes with its own chunk: the fastställda reports' module is not the first paint's.
    const [reports, { regionReportText }, { frozenRegion }] = await Promise.all([
      repository.reports(region.year),
      import(/* webpackChunkName: 'miljomal-report' */ '../../domain/report/regionReportText'),
      import(/* webpackChunkName: 'miljomal-report' */ '../../domain/report/frozenRegion')
    ]);
    const frozen = frozenRegion(reports, region);
    return { frozen, text: frozen.region === undefined ? undefined : regionReportText(frozen.region, locale) };
  }, [repository, region, locale]);
  const period = periodName(region.period, strings);
  return (
    <section className={classNames.section} aria-busy={state.status === 'loading'}>
      <h3 className={classNames.heading}>{format(strings.RegionFrozenHeading, period)}</h3>
      <p className={classNames.subtle}>{strings.RegionFrozenIntro}</p>
      {state.status === 'loading' ? <p className={classNames.subtle}>{strings.ViewLoading}</p> : null}
      {state.status === 'error' ? <ErrorState title={strings.ReportArchiveError} error={state.error} onRetry={state.retry} /> : null}
      {state.status === 'loaded' ? (
        <>
          <ul className={classNames.list}>
            {state.value.frozen.parts.map((part) => (
              <li key={part.organisationId}>
                {part.report === undefined
                  ? format(strings.RegionFrozenMissing, part.name)
                  : format(strings.RegionFrozenPart, part.name, part.report.version, formatDateTime(part.report.frozenAt, locale), part.report.frozenBy.name)}
              </li>
            ))}
          </ul>
          {state.value.text === undefined
            ? <p>{format(strings.RegionFrozenNone, period)}</p>
            : <p className={classNames.report} lang={locale}>{state.value.text}</p>}
        </>
      ) : null}
    </section>
  );
}
