// A fastställd report, read-only and exactly as it was: its own text, totals, departments, matrix
// and gaps, named from the report itself. Today's picture is read only by "Jämför med idag".
import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { YearPicture } from '../../../domain/model';
import { compareWithToday, type FrozenReport } from '../../../domain/report/frozenReport';
import { computeCoverageSummary } from '../../../domain/summary/computeCoverageSummary';
import { periodName } from '../../common/summaryText';
import { countOf, formatCount } from '../../common/text';
import { formatDateTime } from '../../edit/dates';
import { format } from '../../format';
import { useServices } from '../../services/services';
import type { ExportKind } from '../../common/export/exportActions';
import { ExportSection } from '../ExportSection';
import { GapsList } from '../GapsList';
import { GoalMatrix } from '../GoalMatrix';
import { TotalsBand } from '../TotalsBand';
import { useSummaryClassNames } from '../../common/useSummaryClassNames';
import { frozenIndex } from './frozenIndex';
import { ReportComparison } from './ReportComparison';
import { ScrollRegion } from '../../common/ScrollRegion';

export interface IFrozenReportViewProps {
  report: FrozenReport;
  /** Today's picture of the report's year, for the comparison alone. */
  todayPicture: YearPicture;
  onClose: () => void;
}

/** A fastställd report has no activities or indicators of its own to export: those are today's lists. */
const frozenKinds: readonly ExportKind[] = ['document', 'workbook', 'summaryCsv'];

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((part) => part.trim()).filter((part) => part !== '');
}

export function FrozenReportView({ report, todayPicture, onClose }: IFrozenReportViewProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const [comparing, setComparing] = React.useState(false);
  const index = React.useMemo(() => frozenIndex(report), [report]);
  const comparison = React.useMemo(
    () => (comparing ? compareWithToday(report, computeCoverageSummary(todayPicture, report.period, { forvaltningId: report.summary.organisationId })) : undefined),
    [comparing, report, todayPicture]
  );
  const period = periodName(report.period, strings);
  const text = report.text[locale];
  const { summary } = report;

  // Opening moves the reader to it; closing returns them to the button that opened it.
  React.useEffect(() => { heading.current?.focus(); }, []);

  return (
    <article className={classNames.section} aria-labelledby={`miljomal-report-${report.id}`}>
      <h3 id={`miljomal-report-${report.id}`} ref={heading} tabIndex={-1} className={classNames.heading}>
        {format(strings.ReportVersionTitle, period, report.version)}
      </h3>
      <p>{format(strings.ReportFrozenByLine, formatDateTime(report.frozenAt, locale), report.frozenBy.name)}</p>
      {report.correctionReason === undefined ? null : <p>{format(strings.ReportCorrectionLine, report.version - 1, report.correctionReason)}</p>}
      <p className={classNames.subtle}>{strings.ReportReadOnlyNote}</p>
      <div className={classNames.toolbar}>
        <DefaultButton
          text={comparing ? strings.ReportCompareHide : strings.ReportCompare}
          aria-expanded={comparing}
          onClick={() => setComparing((previous) => !previous)}
        />
        <DefaultButton text={strings.ReportClose} onClick={onClose} />
      </div>
      {comparison === undefined ? null : <ReportComparison comparison={comparison} report={report} />}

      <h4 className={classNames.subheading}>{strings.ReportTextHeading}</h4>
      {[text.report, text.indicators, text.departments ?? ''].filter((part) => part !== '').map((part, at) => (
        <p key={at} className={classNames.report} lang={locale}>{part}</p>
      ))}
      {report.analysis === '' ? null : (
        <>
          <h4 className={classNames.subheading}>{strings.ReportAnalysisHeading}</h4>
          {paragraphs(report.analysis).map((part, at) => <p key={at} className={classNames.report}>{part}</p>)}
        </>
      )}

      <TotalsBand summary={summary} readiness={report.readiness} />

      <h4 className={classNames.subheading}>{strings.DepartmentsHeading}</h4>
      <ScrollRegion labelledBy={`miljomal-report-${report.id}-departments`}>
        <table className={classNames.table}>
          <caption id={`miljomal-report-${report.id}-departments`} className={classNames.caption}>{format(strings.ReportDepartmentsCaption, period)}</caption>
          <thead>
            <tr>
              <th scope="col" className={classNames.th}>{strings.ColumnDepartment}</th>
              <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ColumnGoals}</th>
              <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ColumnUnitsReached}</th>
              <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ColumnDepartmentLevelActivities}</th>
              <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ColumnUnitLevelActivities}</th>
              <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ColumnFollowedUp}</th>
            </tr>
          </thead>
          <tbody>
            {summary.departments.map((department) => (
              <tr key={department.departmentId}>
                <th scope="row" className={classNames.td}>{department.name}</th>
                <td className={`${classNames.td} ${classNames.number}`}>{countOf(strings, locale, department.goalsAllocated, department.goalsPossible)}</td>
                <td className={`${classNames.td} ${classNames.number}`}>{countOf(strings, locale, department.unitsReached, department.unitsTotal)}</td>
                <td className={`${classNames.td} ${classNames.number}`}>{formatCount(department.departmentLevelActivities, locale)}</td>
                <td className={`${classNames.td} ${classNames.number}`}>{formatCount(department.unitLevelActivities, locale)}</td>
                <td className={`${classNames.td} ${classNames.number}`}>
                  {countOf(strings, locale, department.followUp.activitiesFollowedUp, department.followUp.activitiesDue)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <div className={classNames.columns}>
        <div className={classNames.matrixColumn}>
          <GoalMatrix summary={summary} index={index} />
        </div>
        <div className={classNames.column}>
          <GapsList summary={summary} index={index} />
        </div>
      </div>
      <ExportSection
        summary={summary}
        index={index}
        reportText={[text.report, text.indicators, text.departments ?? ''].filter((part) => part !== '').join('\n\n')}
        analysis={report.analysis}
        departments={summary.departments}
        strings={strings}
        locale={locale}
        source={{ kind: 'frozen', version: report.version, frozenAt: report.frozenAt, frozenBy: report.frozenBy.name,
          ...(report.correctionReason === undefined ? {} : { correctionReason: report.correctionReason }) }}
        kinds={frozenKinds}
        heading={strings.ReportExportHeading}
      />
    </article>
  );
}
