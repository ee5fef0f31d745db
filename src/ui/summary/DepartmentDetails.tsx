import * as React from 'react';
import type { OrgUnit } from '../../domain/model';
import type { CoverageSummary, DepartmentCoverage } from '../../domain/summary/coverageTypes';
import { format } from '../format';
import { joinList } from '../common/text';
import type { IPictureIndex } from '../common/pictureIndex';
import { gradeText, periodName, progressText, statusText } from '../common/summaryText';
import { computeDepartmentRollup, type RollupUnit } from '../../domain/goals/departmentRollup';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import type { SummaryTextsWanted } from '../../ports';
import { indexWithTexts, useSummaryTexts } from '../common/summaryTexts';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { useServices } from '../services/services';
import { PlaceLink } from '../navigation';
import { ScrollRegion } from '../common/ScrollRegion';
import { useUniqueId } from '../common/useUniqueId';

export interface IDepartmentDetailsProps {
  department: DepartmentCoverage;
  summary: CoverageSummary;
  index: IPictureIndex;
}

/** The activities an opened department lists, and their follow-ups for the period: their texts are read when it opens. */
function textsShown(departmentId: number, summary: CoverageSummary, index: IPictureIndex): SummaryTextsWanted {
  const counted = new Set(summary.goalIds);
  const activities = [departmentId, ...index.unitsOf(departmentId).map((unit) => unit.id)]
    .flatMap((orgUnitId) => index.allocationsAt(orgUnitId))
    .filter((allocation) => counted.has(allocation.goalId))
    .flatMap((allocation) => index.activitiesOf(allocation.id));
  return {
    activityIds: activities.map((activity) => activity.id),
    followUpIds: activities.flatMap((activity) => index.followUp(activity.id, summary.period)?.id ?? [])
  };
}

/**
 * An opened department: its own level, then each unit, with the goals allocated there and the
 * activities on them with their follow-up for the period. Closed units appear only when they hold
 * allocations (history). This lists records; the figures stay the summary's. The activities' texts
 * are not in the summary's year: they are read as it opens (one request), shimmering until then.
 */
export function DepartmentDetails({ department, summary, index }: IDepartmentDetailsProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useSummaryClassNames();
  const wanted = React.useMemo(() => textsShown(department.departmentId, summary, index), [department.departmentId, summary, index]);
  const texts = useSummaryTexts(index.picture, wanted);
  const named = React.useMemo(() => (texts.kind === 'loaded' ? indexWithTexts(index) : undefined), [index, texts]);
  if (named === undefined) {
    return (
      <div className={classNames.details}>
        {texts.kind === 'error'
          ? <ErrorState title={strings.DetailsErrorTitle} error={texts.error} onRetry={texts.retry} />
          : <LoadingState label={format(strings.DetailsLoading, department.name)} shape="lines" />}
      </div>
    );
  }
  return <DepartmentRecords department={department} summary={summary} index={named} />;
}

function DepartmentRecords({ department, summary, index }: IDepartmentDetailsProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useSummaryClassNames();
  const units = index
    .unitsOf(department.departmentId)
    .filter((unit) => !unit.closed || index.allocationsAt(unit.id).length > 0);
  // Each block's progress for the period, counted as the summary's row (the rows add up to it).
  const progress = React.useMemo(() => {
    const rollup = computeDepartmentRollup(index.picture, department.departmentId, summary.period);
    return new Map(rollup.units.map((unit) => [unit.orgUnitId, unit]));
  }, [index, department.departmentId, summary.period]);
  return (
    <div className={classNames.details}>
      <OrgUnitBlock
        title={strings.DepartmentLevel}
        orgUnitId={department.departmentId}
        summary={summary}
        index={index}
        progress={progress.get(department.departmentId)}
      />
      {units.length === 0 ? <p className={classNames.subtle}>{strings.NoUnits}</p> : null}
      {units.map((unit) => (
        <OrgUnitBlock
          key={unit.id}
          title={unitTitle(unit, strings)}
          orgUnitId={unit.id}
          summary={summary}
          index={index}
          progress={progress.get(unit.id)}
        />
      ))}
    </div>
  );
}

function unitTitle(unit: OrgUnit, strings: IMiljomalWebPartStrings): string {
  return unit.closed ? format(strings.UnitClosed, unit.name) : unit.name;
}

interface IOrgUnitBlockProps {
  title: string;
  orgUnitId: number;
  summary: CoverageSummary;
  index: IPictureIndex;
  progress?: RollupUnit;
}

function OrgUnitBlock({ title, orgUnitId, summary, index, progress }: IOrgUnitBlockProps): React.ReactElement {
  const { strings, locale, today } = useServices();
  const classNames = useSummaryClassNames();
  const captionId = useUniqueId('miljomal-activities-caption');
  const counted = new Set(summary.goalIds);
  const allocations = index.allocationsAt(orgUnitId).filter((allocation) => counted.has(allocation.goalId));
  const rows = allocations.flatMap((allocation) =>
    index.activitiesOf(allocation.id).map((activity) => ({ activity, goalId: allocation.goalId })));
  return (
    <div>
      <h4 className={classNames.subheading}>{title}</h4>
      {progress === undefined ? null : (
        <p className={classNames.subtle}>
          {format(strings.ProgressOf, periodName(summary.period, strings), progressText(progress, summary.period, today, strings, locale))}
        </p>
      )}
      <p className={classNames.subtle}>
        {allocations.length === 0
          ? (
            <PlaceLink className={classNames.placeLink} target={{ view: 'allocation', year: summary.year, orgUnitId }} aria-label={format(strings.DetailsNoGoalsLinkLabel, title)}>
              {strings.NoGoalsHere}
            </PlaceLink>
          )
          : format(strings.GoalsHere, joinList(allocations.map((allocation) => index.goalLabel(allocation.goalId)), strings.ListAnd))}
      </p>
      {allocations.length === 0 ? null : rows.length === 0 ? (
        <p className={classNames.subtle}>
          <PlaceLink className={classNames.placeLink} target={{ view: 'myUnit', orgUnitId }} aria-label={format(strings.DetailsNoActivitiesLinkLabel, title)}>
            {strings.NoActivitiesHere}
          </PlaceLink>
        </p>
      ) : (
        <ScrollRegion labelledBy={captionId}>
        <table className={classNames.table}>
          <caption id={captionId} className={classNames.caption}>{format(strings.ActivitiesOf, title)}</caption>
          <thead>
            <tr>
              <th scope="col" className={classNames.th}>{strings.ColumnActivity}</th>
              <th scope="col" className={classNames.th}>{strings.ColumnGoal}</th>
              <th scope="col" className={classNames.th}>{strings.ColumnStatus}</th>
              <th scope="col" className={classNames.th}>{format(strings.ColumnFollowUpFor, periodName(summary.period, strings))}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ activity, goalId }) => {
              const followUp = index.followUp(activity.id, summary.period);
              return (
                <tr key={activity.id}>
                  <th scope="row" className={classNames.th}>{activity.title}</th>
                  <td className={classNames.td}>{index.goal(goalId)?.code ?? ''}</td>
                  <td className={classNames.td}>{statusText(activity.status, strings)}</td>
                  <td className={classNames.td}>
                    {followUp === undefined ? (
                      <span className={classNames.subtle}>
                        <PlaceLink className={classNames.placeLink}
                          target={{ view: 'myUnit', orgUnitId, activityId: activity.id }}
                          aria-label={format(strings.DetailsFollowUpLinkLabel, activity.title)}
                        >
                          {strings.NotFollowedUp}
                        </PlaceLink>
                      </span>
                    ) : (
                      <>
                        {gradeText(followUp.grade, strings)}
                        {followUp.comment === '' ? null : <span className={classNames.note}>{followUp.comment}</span>}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </ScrollRegion>
      )}
    </div>
  );
}
