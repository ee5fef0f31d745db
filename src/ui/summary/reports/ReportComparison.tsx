// "Jämför med idag": per department, what differs between the report and a summary of the same
// period computed now. Words and arrows, never colour alone.
import * as React from 'react';
import type { DepartmentComparison, FrozenReport, ReportComparison as Comparison } from '../../../domain/report/frozenReport';
import { periodName } from '../../common/summaryText';
import { formatCount, joinList } from '../../common/text';
import { format } from '../../format';
import { useServices } from '../../services/services';
import { useSummaryClassNames } from '../../common/useSummaryClassNames';
import { ScrollRegion } from '../../common/ScrollRegion';

export interface IReportComparisonProps {
  comparison: Comparison;
  report: FrozenReport;
}

export function ReportComparison({ comparison, report }: IReportComparisonProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  const goalCodes = new Map(report.goals.map((goal) => [goal.id, goal.code]));
  const goals = (ids: number[]): string => joinList(ids.map((id) => goalCodes.get(id) ?? String(id)), strings.ListAnd);
  const changesOf = (department: DepartmentComparison): string[] => [
    ...department.changes.map((change) => format(strings.ReportMeasureChange, strings[`ReportMeasure_${change.measure}`],
      formatCount(change.then, locale), formatCount(change.now, locale))),
    ...(department.goalsGained.length > 0 ? [format(strings.ReportGoalsGained, goals(department.goalsGained))] : []),
    ...(department.goalsLost.length > 0 ? [format(strings.ReportGoalsLost, goals(department.goalsLost))] : [])
  ];
  return (
    <section className={classNames.section} aria-labelledby={`miljomal-compare-${report.id}`}>
      <h4 id={`miljomal-compare-${report.id}`} className={classNames.subheading}>{strings.ReportCompareHeading}</h4>
      {comparison.unchanged ? <p>{strings.ReportCompareUnchanged}</p> : (
        <>
          <ScrollRegion labelledBy={`miljomal-compare-${report.id}-totals`}>
            <table className={classNames.table}>
              <caption id={`miljomal-compare-${report.id}-totals`} className={classNames.caption}>{strings.ReportCompareTotalsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col" className={classNames.th}>{strings.ReportCompareColumnMeasure}</th>
                  <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ReportCompareColumnThen}</th>
                  <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ReportCompareColumnNow}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.totals.map((total) => (
                  <tr key={total.measure}>
                    <th scope="row" className={classNames.td}>{strings[`ReportTotal_${total.measure}`]}</th>
                    <td className={`${classNames.td} ${classNames.number}`}>{formatCount(total.then, locale)}</td>
                    <td className={`${classNames.td} ${classNames.number}`}>{formatCount(total.now, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <ScrollRegion labelledBy={`miljomal-compare-${report.id}-departments`}>
            <table className={classNames.table}>
              <caption id={`miljomal-compare-${report.id}-departments`} className={classNames.caption}>{format(strings.ReportCompareCaption, periodName(report.period, strings))}</caption>
              <thead>
                <tr>
                  <th scope="col" className={classNames.th}>{strings.ColumnDepartment}</th>
                  <th scope="col" className={classNames.th}>{strings.ReportCompareColumnStatus}</th>
                  <th scope="col" className={classNames.th}>{strings.ReportCompareColumnChanges}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.departments.map((department) => {
                  const changes = changesOf(department);
                  return (
                    <tr key={department.departmentId}>
                      <th scope="row" className={classNames.td}>{department.name}</th>
                      <td className={classNames.td}>{strings[`ReportStatus_${department.status}`]}</td>
                      <td className={classNames.td}>
                        {changes.length === 0 ? null : <ul className={classNames.list}>{changes.map((change) => <li key={change}>{change}</li>)}</ul>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
