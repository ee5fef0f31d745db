// A department head's roll-up: per goal the department or its units hold, how far the units have
// come for the period (holding it, with activities, followed up, late), and each activity with its
// latest follow-up. The domain counts (departmentRollup.ts), as the summary's department row does.

import * as React from 'react';
import type { FollowUpPeriod, YearPicture } from '../../domain/model';
import { computeDepartmentRollup, type RollupGoal } from '../../domain/goals/departmentRollup';
import type { FollowUpCompleteness } from '../../domain/summary/coverageTypes';
import { completenessText, gradeText, lateText, periodName } from '../common/summaryText';
import { countOf, formatCount } from '../common/text';
import { useEditingClassNames } from '../common/workspaceStyles';
import { samePeriod } from '../../domain/period';
import { format } from '../format';
import { usePeriodSettings } from '../common/usePeriodSettings';
import { useServices } from '../services/services';
import { indexPicture } from '../common/pictureIndex';
import { ScrollRegion } from '../common/ScrollRegion';
import type { Actor } from '../../domain/rules/actor';
import { DepartmentReadiness } from './DepartmentReadiness';

export interface IDepartmentRollupProps {
  picture: YearPicture;
  departmentId: number;
  period: FollowUpPeriod;
  actor: Actor;
}

export function DepartmentRollup({ picture, departmentId, period, actor }: IDepartmentRollupProps): React.ReactElement | null {
  const { strings, locale, today } = useServices();
  const classNames = useEditingClassNames();
  const periods = usePeriodSettings(period.year);
  const index = React.useMemo(() => indexPicture(picture), [picture]);
  const rollup = React.useMemo(() => computeDepartmentRollup(picture, departmentId, period), [picture, departmentId, period]);
  const department = index.orgUnit(departmentId);
  const name = department?.name ?? '';
  const headingId = `miljomal-rollup-${departmentId}`;
  const followed = (followUp: FollowUpCompleteness): string => {
    const counted = completenessText(followUp, strings, locale) ?? strings.NothingDue;
    const late = lateText(followUp, period, today, strings, locale, periods.of(period));
    return late === undefined ? counted : `${counted}, ${late}`;
  };
  return (
    <section className={classNames.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={classNames.heading}>{format(strings.RollupHeading, name, periodName(period, strings))}</h3>
      <p className={classNames.text}>{format(strings.RollupFollowedUp, followed(rollup.followUp))}</p>
      {rollup.goals.length === 0 ? <p className={classNames.subtle}>{format(strings.RollupNoGoals, name)}</p> : (
        <ScrollRegion labelledBy={`${headingId}-goals`}>
          <table className={classNames.table}>
            <caption id={`${headingId}-goals`} className={classNames.caption}>{format(strings.RollupCaption, name)}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.th}>{strings.RollupColumnGoal}</th>
                <th scope="col" className={classNames.th}>{strings.RollupColumnUnits}</th>
                <th scope="col" className={classNames.th}>{strings.RollupColumnStarted}</th>
                <th scope="col" className={classNames.th}>{strings.RollupColumnFollowedUp}</th>
              </tr>
            </thead>
            <tbody>
              {rollup.goals.map((goal) => (
                <tr key={goal.goalId}>
                  <th scope="row" className={classNames.rowHeader}>{index.goalLabel(goal.goalId)}</th>
                  <td className={classNames.td}>{countOf(strings, locale, goal.unitsHolding, goal.unitsTotal)}</td>
                  <td className={classNames.td}>{countOf(strings, locale, goal.unitsWithActivities, goal.unitsHolding)}</td>
                  <td className={classNames.td}>{followed(goal.followUp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {rollup.goals.length === 0 || rollup.units.length === 0 ? null : (
        <ScrollRegion labelledBy={`${headingId}-units`}>
          <table className={classNames.table}>
            <caption id={`${headingId}-units`} className={classNames.caption}>{format(strings.RollupUnitsCaption, name)}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.th}>{strings.RollupColumnUnit}</th>
                <th scope="col" className={classNames.th}>{strings.RollupColumnGoalsHeld}</th>
                <th scope="col" className={classNames.th}>{strings.RollupColumnGoalsWithActivities}</th>
                <th scope="col" className={classNames.th}>{strings.RollupColumnFollowedUp}</th>
              </tr>
            </thead>
            <tbody>
              {rollup.units.map((unit) => (
                <tr key={unit.orgUnitId}>
                  <th scope="row" className={classNames.rowHeader}>
                    {unit.orgUnitId === departmentId ? strings.RollupDepartmentLevel
                      : unit.closed ? format(strings.UnitClosed, index.orgUnit(unit.orgUnitId)?.name ?? '') : index.orgUnit(unit.orgUnitId)?.name ?? ''}
                  </th>
                  <td className={classNames.td}>{formatCount(unit.goalsHeld, locale)}</td>
                  <td className={classNames.td}>{countOf(strings, locale, unit.goalsWithActivities, unit.goalsHeld)}</td>
                  <td className={classNames.td}>{followed(unit.followUp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {department === undefined || rollup.goals.length === 0 ? null : (
        <DepartmentReadiness picture={picture} department={department} period={period} settings={periods.of(period)} actor={actor}
          units={picture.orgUnits.filter((unit) => unit.parentId === departmentId && unit.level === 'enhet' && !unit.closed)} />
      )}
      {rollup.goals.map((goal) => <GoalActivities key={goal.goalId} goal={goal} period={period} departmentId={departmentId} label={index.goalLabel(goal.goalId)}
        unitName={(id) => index.orgUnit(id)?.name ?? ''} />)}
    </section>
  );
}

interface IGoalActivitiesProps {
  goal: RollupGoal;
  period: FollowUpPeriod;
  departmentId: number;
  label: string;
  unitName: (id: number) => string;
}

function GoalActivities({ goal, period, departmentId, label, unitName }: IGoalActivitiesProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useEditingClassNames();
  return (
    <>
      <h4 className={classNames.subheading}>{label}</h4>
      {goal.activities.length === 0 ? <p className={classNames.subtle}>{strings.RollupNoActivities}</p> : (
        <ul className={classNames.list}>
          {goal.activities.map((line) => {
            const where = line.orgUnitId === departmentId ? strings.RollupDepartmentLevel : unitName(line.orgUnitId);
            const latest = line.latestFollowUp;
            const state = latest === undefined ? format(strings.RollupNotFollowedUp, periodName(period, strings))
              : format(strings.RollupLatest, gradeText(latest.grade, strings), periodName(latest.period, strings))
                + (samePeriod(latest.period, period) ? '' : ` ${format(strings.RollupNotFollowedUp, periodName(period, strings))}`);
            return <li key={line.activity.id}>{format(strings.RollupActivityLine, where, line.activity.title, state)}</li>;
          })}
        </ul>
      )}
    </>
  );
}
