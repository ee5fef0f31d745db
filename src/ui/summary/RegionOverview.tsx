import * as React from 'react';
import type { RegionSummary } from '../../domain/summary/regionSummary';
import type { CoverageTotals, FollowUpCompleteness } from '../../domain/summary/coverageTypes';
import { format } from '../format';
import { countOf, formatCount } from '../common/text';
import { completenessText, periodName } from '../common/summaryText';
import { ScrollRegion } from '../common/ScrollRegion';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { useUniqueId } from '../common/useUniqueId';
import { useLoad } from '../common/useLoad';
import { useServices } from '../services/services';
import { ReportSection } from './ReportSection';
import { LightButton } from '../common/light/LightButton';
import { LiveRegion } from '../common/LiveRegion';
import { useFileExport } from './useFileExport';
import { RegionFrozen } from './RegionFrozen';

export interface IRegionOverviewProps {
  region: RegionSummary;
  /** Opens one förvaltning's own summary (the chooser follows). */
  onOpen: (forvaltningId: number) => void;
}

type RowFigures = Pick<CoverageTotals, 'departments' | 'departmentsWithoutGoals' | 'activities'> & { followUp: FollowUpCompleteness };

/**
 * The whole region: each förvaltning's departments, goals held, activities and follow-up, with the
 * region's sum beneath, and the region's paragraph before each förvaltning's own.
 */
export function RegionOverview({ region, onOpen }: IRegionOverviewProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  const captionId = `${useUniqueId('miljomal-region')}-caption`;
  const numberCell = `${classNames.td} ${classNames.number}`;
  const cells = (figures: RowFigures): React.ReactElement => (
    <>
      <td className={numberCell}>{formatCount(figures.departments, locale)}</td>
      <td className={numberCell}>{countOf(strings, locale, figures.departments - figures.departmentsWithoutGoals, figures.departments)}</td>
      <td className={numberCell}>{formatCount(figures.activities, locale)}</td>
      <td className={numberCell}>{completenessText(figures.followUp, strings, locale) ?? <span className={classNames.subtle}>{strings.NothingDue}</span>}</td>
    </>
  );
  const text = useRegionReportText(region);
  return (
    <>
      <section className={classNames.section}>
        <h3 className={classNames.heading}>{format(strings.RegionHeading, periodName(region.period, strings))}</h3>
        <ScrollRegion labelledBy={captionId}>
          <table className={classNames.table}>
            <caption id={captionId} className={classNames.caption}>{format(strings.RegionCaption, periodName(region.period, strings))}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.th}>{strings.ColumnForvaltning}</th>
                <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ColumnDepartments}</th>
                <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ColumnDepartmentsWithGoals}</th>
                <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ColumnActivities}</th>
                <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ColumnRegionFollowedUp}</th>
              </tr>
            </thead>
            <tbody>
              {region.forvaltningar.map((summary) => (
                <tr key={summary.organisationId}>
                  <th scope="row" className={classNames.th}>
                    <button
                      type="button"
                      className={`${classNames.plainButton} ${classNames.placeLink}`}
                      onClick={() => { if (summary.organisationId !== undefined) onOpen(summary.organisationId); }}
                    >
                      {summary.organisationName}
                    </button>
                  </th>
                  {cells(summary.totals)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className={classNames.th}>{strings.RegionTotalRow}</th>
                {cells(region.totals)}
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
        <RegionExport region={region} />
      </section>
      <ReportSection text={text} />
      <RegionFrozen region={region} />
    </>
  );
}

/** The region's table as one CSV file; each förvaltning's own exports are on its summary. */
function RegionExport({ region }: { region: RegionSummary }): React.ReactElement {
  const { strings, locale, now } = useServices();
  const classNames = useSummaryClassNames();
  const { working, announcement, run } = useFileExport<'regionCsv'>();
  const make = async (): Promise<string> => {
    const { runRegionExport } = await import(/* webpackChunkName: 'miljomal-export' */ '../common/export/exportActions');
    return runRegionExport(region, strings, locale, now());
  };
  return (
    <>
      <div className={classNames.toolbar}>
        <LightButton text={strings.ExportCsvRegion} disabled={working !== undefined} allowDisabledFocus onClick={() => run('regionCsv', make)} />
      </div>
      <LiveRegion announcement={announcement} visible className={classNames.confirmation} />
    </>
  );
}

/** The region's paragraph, then each förvaltning's named: from the report's own chunk, as the förvaltning's text is. */
function useRegionReportText(region: RegionSummary): string | undefined {
  const { strings, locale } = useServices();
  const text = useLoad(async () => {
    const [{ regionReportText }, { reportText }] = await Promise.all([
      import(/* webpackChunkName: 'miljomal-report' */ '../../domain/report/regionReportText'),
      import(/* webpackChunkName: 'miljomal-report' */ '../../domain/report/reportText')
    ]);
    const named = region.forvaltningar.map((summary) => format(strings.RegionReportNamed, summary.organisationName, reportText(summary, locale)));
    return [regionReportText(region, locale), ...named].join('\n\n');
  }, [region, locale, strings]);
  return text.status === 'loaded' ? text.value : undefined;
}
