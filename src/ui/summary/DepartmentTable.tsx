import * as React from 'react';
import type { CoverageSummary, DepartmentCoverage } from '../../domain/summary/coverageTypes';
import { format } from '../format';
import { LightTooltipHost } from '../common/light/LightTooltipHost';
import { LiveRegion, useAnnouncement } from '../common/LiveRegion';
import { visuallyHiddenClass } from '../common/styles';
import { countOf, formatCount, joinList } from '../common/text';
import { useUniqueId } from '../common/useUniqueId';
import type { IPictureIndex } from '../common/pictureIndex';
import { nextSort, sortColumns, type ISortState, type SortColumn } from './sortDepartments';
import { completenessText, lateText, periodName } from '../common/summaryText';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { usePeriodSettings } from '../common/usePeriodSettings';
import type { PeriodSettings } from '../../domain/periodSettings';
import { useServices } from '../services/services';
import { PlaceLink } from '../navigation';
import { ScrollRegion } from '../common/ScrollRegion';
import { formatDateTime } from '../edit/dates';
import type { DepartmentReadinessRow } from '../../domain/readiness/readinessReport';

// A department's units and activities only when it is opened: its code stays out of the first chunk.
const LazyDepartmentDetails = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-department-details' */ './DepartmentDetails').then((module) => ({ default: module.DepartmentDetails })));

export interface IDepartmentTableProps {
  summary: CoverageSummary;
  /** Already sorted. */
  departments: readonly DepartmentCoverage[];
  index: IPictureIndex;
  sort: ISortState;
  onSort: (sort: ISortState) => void;
  /** Each department's klarmarkering; none in a report from before it. */
  readiness?: readonly DepartmentReadinessRow[];
}

function columnLabel(column: SortColumn, strings: IMiljomalWebPartStrings): string {
  switch (column) {
    case 'name': return strings.ColumnDepartment;
    case 'goals': return strings.ColumnGoals;
    case 'units': return strings.ColumnUnitsReached;
    case 'departmentActivities': return strings.ColumnDepartmentLevelActivities;
    case 'unitActivities': return strings.ColumnUnitLevelActivities;
    case 'followUp': return strings.ColumnFollowedUp;
  }
}

/** One row per department; sortable by every column; each department opens to its units. */
export function DepartmentTable(props: IDepartmentTableProps): React.ReactElement {
  const { summary, departments, sort } = props;
  const { strings } = useServices();
  const classNames = useSummaryClassNames();
  const tableId = useUniqueId('miljomal-departments');
  const captionId = `${tableId}-caption`;
  const [expanded, setExpanded] = React.useState<ReadonlySet<number>>(new Set());
  const [announcement, announce] = useAnnouncement();
  // Lateness by the staff's deadline, read once for the table.
  const periods = usePeriodSettings(summary.period.year);
  const periodSettings = periods.of(summary.period);

  const sortBy = (column: SortColumn): void => {
    const next = nextSort(sort, column);
    props.onSort(next);
    announce(format(next.direction === 'ascending' ? strings.SortedAscending : strings.SortedDescending, columnLabel(column, strings)));
  };
  const toggle = (departmentId: number): void => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(departmentId)) next.delete(departmentId);
      else next.add(departmentId);
      return next;
    });
  };

  return (
    <section className={classNames.section}>
      <h3 className={classNames.heading}>{strings.DepartmentsHeading}</h3>
      <ScrollRegion labelledBy={captionId}>
        <table className={classNames.table}>
          <caption id={captionId} className={classNames.caption}>{format(strings.DepartmentsCaption, periodName(summary.period, strings))}</caption>
          <thead>
            <tr>
              {sortColumns.map((column) => {
                const active = sort.column === column;
                return (
                  <th
                    key={column}
                    scope="col"
                    className={column === 'name' ? classNames.th : `${classNames.th} ${classNames.number}`}
                    aria-sort={active ? sort.direction : undefined}
                  >
                    <button type="button" className={classNames.plainButton} onClick={() => sortBy(column)}>
                      {columnLabel(column, strings)}
                      <span className={classNames.glyph} aria-hidden="true">
                        {active ? (sort.direction === 'ascending' ? '↑' : '↓') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
              {props.readiness === undefined ? null : <th scope="col" className={classNames.th}>{format(strings.ColumnReady, periodName(summary.period, strings))}</th>}
            </tr>
          </thead>
          <tbody>
            {departments.map((department) => (
              <DepartmentRows
                key={department.departmentId}
                {...props}
                periodSettings={periodSettings}
                department={department}
                expanded={expanded.has(department.departmentId)}
                onToggle={() => toggle(department.departmentId)}
                idPrefix={`${tableId}-${department.departmentId}`}
              />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {/* Descriptions of the open buttons, kept out of the row headers so a cell's header stays the name. */}
      <div hidden>
        {departments.map((department) => (
          <span key={department.departmentId} id={`${tableId}-${department.departmentId}-toggle`}>
            {format(strings.DepartmentDetailsToggle, department.name)}
          </span>
        ))}
      </div>
      <LiveRegion announcement={announcement} />
    </section>
  );
}

interface IDepartmentRowsProps extends IDepartmentTableProps {
  department: DepartmentCoverage;
  expanded: boolean;
  onToggle: () => void;
  /** Ids of the details row and of the button's description. */
  idPrefix: string;
  periodSettings?: PeriodSettings;
}

function DepartmentRows(props: IDepartmentRowsProps): React.ReactElement {
  const { department, expanded, index } = props;
  const { strings, locale, today } = useServices();
  const ready = props.readiness?.find((row) => row.departmentId === department.departmentId);
  const classNames = useSummaryClassNames();
  const late = lateText(department.followUp, props.summary.period, today, strings, locale, props.periodSettings);
  const detailsId = `${props.idPrefix}-details`;
  const descriptionId = `${props.idPrefix}-toggle`;
  const numberCell = `${classNames.td} ${classNames.number}`;
  return (
    <>
      <tr>
        <th scope="row" className={classNames.th}>
          <button
            type="button"
            className={classNames.plainButton}
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            aria-describedby={descriptionId}
            onClick={props.onToggle}
          >
            <span className={classNames.glyph} aria-hidden="true">{expanded ? '▾' : '▸'}</span>
            {department.name}
          </button>
        </th>
        <td className={numberCell}>
          <GoalsHeld department={department} index={index} year={props.summary.year} />
        </td>
        <td className={numberCell}>{countOf(strings, locale, department.unitsReached, department.unitsTotal)}</td>
        <td className={numberCell}>{formatCount(department.departmentLevelActivities, locale)}</td>
        <td className={numberCell}>{formatCount(department.unitLevelActivities, locale)}</td>
        <td className={numberCell}>
          {completenessText(department.followUp, strings, locale) ?? <span className={classNames.subtle}>{strings.NothingDue}</span>}
          {late === undefined ? null : <span className={classNames.note}>{late}</span>}
        </td>
        {props.readiness === undefined ? null : (
          <td className={classNames.td} data-department-ready={ready?.ready === true}>
            {ready?.ready === true ? format(strings.DepartmentReadyBy, ready.by?.name ?? '', formatDateTime(ready.at, locale)) : strings.DepartmentNotReady}
          </td>
        )}
      </tr>
      {expanded ? (
        <tr id={detailsId}>
          <td colSpan={sortColumns.length + (props.readiness === undefined ? 0 : 1)} className={classNames.detailsCell}>
            <div className={classNames.detailsFrame}>
              <React.Suspense fallback={<p className={classNames.subtle}>{strings.ViewLoading}</p>}>
                <LazyDepartmentDetails department={department} summary={props.summary} index={index} />
              </React.Suspense>
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}

interface IGoalsHeldProps {
  department: DepartmentCoverage;
  index: IPictureIndex;
  year: number;
}

/** "3 av 4"; which goals, by code and title, on hover and for screen readers; each missing goal a link to its Fördelning cell. */
function GoalsHeld({ department, index, year }: IGoalsHeldProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  const labels = (ids: readonly number[]): string =>
    ids.length === 0 ? strings.NoneListed : joinList(ids.map((id) => index.goalLabel(id)), strings.ListAnd);
  const allocated = format(strings.GoalsAllocatedList, labels(department.allocatedGoalIds));
  const missing = format(strings.GoalsMissingList, labels(department.missingGoalIds));
  const count = countOf(strings, locale, department.goalsAllocated, department.goalsPossible);
  return (
    <>
      <LightTooltipHost content={<>{allocated}<br />{missing}</>}>
        <span aria-hidden="true">{count}</span>
      </LightTooltipHost>
      {department.missingGoalIds.length === 0 ? null : (
        // Outside the tooltip's aria-hidden part: the links must be reachable (a hidden link is a trap).
        <span className={classNames.note}>
          {strings.GoalsMissingLead}{' '}
          {department.missingGoalIds.map((id, position) => (
            <React.Fragment key={id}>
              {position === 0 ? null : ', '}
              <PlaceLink
                className={classNames.placeLink}
                target={{ view: 'allocation', year, orgUnitId: department.departmentId, goalId: id }}
                aria-label={format(strings.MatrixMissingLinkLabel, index.goalLabel(id), department.name)}
              >
                {index.goal(id)?.code ?? String(id)}
              </PlaceLink>
            </React.Fragment>
          ))}
        </span>
      )}
      <span className={visuallyHiddenClass}>
        {format(strings.GoalsHeldSummary, formatCount(department.goalsAllocated, locale), formatCount(department.goalsPossible, locale))}{' '}
        {allocated} {missing}
      </span>
    </>
  );
}
