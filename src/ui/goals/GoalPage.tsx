import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { computeGoalBreakdown, type GoalActivity, type GoalDepartment, type GoalHolder } from '../../domain/goals/goalBreakdown';
import { indicatorsInGoalOrder } from '../../domain/report/indicatorText';
import type { CoverageSummary } from '../../domain/summary/coverageTypes';
import { format } from '../format';
import { formatCount } from '../common/text';
import { StatusGlyph } from '../common/StatusGlyph';
import { goalLabel, gradeText, periodName, statusText } from '../common/summaryText';
import { useUniqueId } from '../common/useUniqueId';
import { IndicatorCard } from '../common/IndicatorCard';
import { useIndicatorClassNames } from '../common/indicatorStyles';
import { useServices } from '../services/services';
import type { IPictureIndex } from '../common/pictureIndex';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { pictureWithTexts, useSummaryTexts, type SummaryTextsState } from '../common/summaryTexts';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { ScrollRegion } from '../common/ScrollRegion';

export interface IGoalPageProps {
  goalId: number;
  summary: CoverageSummary;
  index: IPictureIndex;
  onBack(): void;
}

/**
 * One goal across the organisation, opened from the summary: its indicators, who holds it and who
 * does not, and its activities with their latest follow-up. Its heading takes the focus when it
 * opens, so a screen reader starts here; "back" returns to where the user was. The activities'
 * titles, statuses and follow-ups' texts are not in the summary's year: read as the page opens.
 */
export function GoalPage({ goalId, summary, index, onBack }: IGoalPageProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  const indicatorClassNames = useIndicatorClassNames();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const indicatorsId = useUniqueId('miljomal-goal-indicators');
  const goal = index.goal(goalId);
  const { picture } = index;
  const lean = React.useMemo(
    () => computeGoalBreakdown(picture, goalId, summary.period, { forvaltningId: summary.organisationId }),
    [picture, goalId, summary.period, summary.organisationId]
  );
  const wanted = React.useMemo(() => ({
    activityIds: lean.activities.map((line) => line.activity.id),
    followUpIds: lean.activities.flatMap((line) => line.latestFollowUp?.id ?? [])
  }), [lean]);
  const texts = useSummaryTexts(picture, wanted);
  // Once read, the lines are made again with their titles: they are ordered by them.
  const breakdown = React.useMemo(
    () => (texts.kind === 'loaded'
      ? computeGoalBreakdown(pictureWithTexts(picture), goalId, summary.period, { forvaltningId: summary.organisationId })
      : lean),
    [texts, lean, picture, goalId, summary.period, summary.organisationId]
  );
  const indicators = React.useMemo(
    () => indicatorsInGoalOrder(picture).filter((indicator) => indicator.goalId === goalId),
    [picture, goalId]
  );
  React.useEffect(() => { heading.current?.focus(); }, [goalId]);
  const count = (value: number): string => formatCount(value, locale);
  const period = periodName(summary.period, strings);

  return (
    <section className={classNames.section}>
      <div>
        <Link onClick={onBack}>{strings.GoalPageBack}</Link>
      </div>
      <h3 ref={heading} tabIndex={-1} className={classNames.heading}>
        {goal === undefined ? format(strings.GoalPageNotFound, summary.year) : goalLabel(goal)}
      </h3>
      {goal === undefined ? null : (
        <>
          {goal.description === '' ? null : <p className={classNames.subtle}>{goal.description}</p>}
          {goal.measuredRegionWide ? <p className={classNames.subtle}>{strings.GoalPageRegionWide}</p> : null}
          <p>
            {format(strings.GoalPageHolding,
              count(breakdown.departmentsHolding), count(breakdown.departmentsTotal), count(breakdown.unitsHolding), count(breakdown.unitsTotal))}
            {' '}
            {format(strings.GoalPageActivitiesCount, count(breakdown.activities.length), count(breakdown.activitiesFollowedUpInPeriod), period)}
          </p>
          <section aria-labelledby={indicatorsId}>
            <h4 id={indicatorsId} className={classNames.subheading}>{strings.GoalPageIndicatorsHeading}</h4>
            {indicators.length === 0 ? (
              <p className={classNames.subtle}>{format(strings.GoalPageNoIndicators, summary.year)}</p>
            ) : (
              <div className={indicatorClassNames.cards}>
                {indicators.map((indicator) => (
                  <IndicatorCard key={indicator.id} goal={goal} indicator={indicator} values={picture.indicatorValues} headingLevel={5} />
                ))}
              </div>
            )}
          </section>
          <HoldersTable goalText={goalLabel(goal)} departments={breakdown.departments} />
          <ActivityList lines={breakdown.activities} index={index} texts={texts} />
        </>
      )}
    </section>
  );
}

function HolderCell({ holds }: { holds: boolean }): React.ReactElement {
  const { strings } = useServices();
  const classNames = useSummaryClassNames();
  return holds ? (
    <td className={classNames.held}><StatusGlyph kind="allocated" className={classNames.heldGlyph} />{strings.MatrixAllocated}</td>
  ) : (
    <td className={classNames.missing}><StatusGlyph kind="missing" className={classNames.missingGlyph} />{strings.MatrixMissing}</td>
  );
}

function HoldersTable({ goalText, departments }: { goalText: string; departments: readonly GoalDepartment[] }): React.ReactElement {
  const { strings } = useServices();
  const classNames = useSummaryClassNames();
  const headingId = useUniqueId('miljomal-goal-holders');
  const captionId = useUniqueId('miljomal-goal-holders-caption');
  const unitNames = (units: readonly GoalHolder[]): string =>
    units.length === 0 ? strings.GoalPageNone
      : units.map((unit) => (unit.closed ? format(strings.UnitClosed, unit.name) : unit.name)).join(', ');
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className={classNames.subheading}>{strings.GoalPageHoldersHeading}</h4>
      <ScrollRegion labelledBy={captionId}>
        <table className={classNames.table}>
          <caption id={captionId} className={classNames.caption}>{format(strings.GoalPageHoldersCaption, goalText)}</caption>
          <thead>
            <tr>
              <th scope="col" className={classNames.th}>{strings.ColumnDepartment}</th>
              <th scope="col" className={classNames.th}>{strings.GoalPageColumnDepartmentLevel}</th>
              <th scope="col" className={classNames.th}>{strings.GoalPageColumnUnitsWith}</th>
              <th scope="col" className={classNames.th}>{strings.GoalPageColumnUnitsWithout}</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((department) => (
              <tr key={department.orgUnitId}>
                <th scope="row" className={classNames.th}>{department.name}</th>
                <HolderCell holds={department.allocation !== undefined} />
                <td className={classNames.td}>{unitNames(department.units.filter((unit) => unit.allocation !== undefined))}</td>
                <td className={classNames.td}>{unitNames(department.units.filter((unit) => unit.allocation === undefined))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function ActivityList({ lines, index, texts }: { lines: readonly GoalActivity[]; index: IPictureIndex; texts: SummaryTextsState }): React.ReactElement {
  const { strings } = useServices();
  const classNames = useSummaryClassNames();
  const headingId = useUniqueId('miljomal-goal-activities');
  const place = (line: GoalActivity): string => {
    const department = index.orgUnit(line.departmentId)?.name ?? '';
    const unit = index.orgUnit(line.orgUnitId);
    if (line.atDepartmentLevel || unit === undefined) return format(strings.GoalPageAtDepartment, department);
    return format(strings.GoalPageAtUnit, department, unit.closed ? format(strings.UnitClosed, unit.name) : unit.name);
  };
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className={classNames.subheading}>{strings.GoalPageActivitiesHeading}</h4>
      {lines.length === 0 ? <p className={classNames.subtle}>{strings.GoalPageNoActivities}</p>
        : texts.kind === 'loading' ? <LoadingState label={strings.GoalActivitiesLoading} shape="lines" />
        : texts.kind === 'error' ? <ErrorState title={strings.GoalActivitiesErrorTitle} error={texts.error} onRetry={texts.retry} /> : (
        <ul className={classNames.list}>
          {lines.map((line) => {
            const { activity, latestFollowUp } = line;
            return (
              <li key={activity.id}>
                <strong>{activity.title}</strong>
                <span className={classNames.note}>{place(line)} · {statusText(activity.status, strings)}</span>
                <span className={classNames.note}>
                  {latestFollowUp === undefined ? strings.GoalPageNoFollowUp
                    : format(strings.GoalPageLatestFollowUp, periodName(latestFollowUp.period, strings), gradeText(latestFollowUp.grade, strings))}
                </span>
                {latestFollowUp === undefined || latestFollowUp.comment === '' ? null : <span className={classNames.note}>{latestFollowUp.comment}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
