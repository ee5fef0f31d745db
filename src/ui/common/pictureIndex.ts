// Lookups over one year's picture, built once per load, so rows and gaps can name what they refer
// to. Nothing here counts: every figure comes from the domain's coverage summary.

import { compareSwedish } from '../../domain/collation';
import type { Activity, Allocation, FollowUp, FollowUpPeriod, Goal, OrgUnit, YearPicture } from '../../domain/model';
import { departmentIdOf, orgUnitsById } from '../../domain/organisation';
import { periodKey } from '../../domain/period';
import { goalLabel } from './summaryText';

export interface IPictureIndex {
  picture: YearPicture;
  goal(id: number): Goal | undefined;
  /** "M2 Minskad energianvändning", or the id when the goal is unknown. */
  goalLabel(id: number): string;
  orgUnit(id: number): OrgUnit | undefined;
  allocation(id: number): Allocation | undefined;
  activity(id: number): Activity | undefined;
  /** The department an org unit is or lies under. */
  departmentOf(orgUnitId: number): number | undefined;
  /** Units under a department, open first, then by name. */
  unitsOf(departmentId: number): OrgUnit[];
  /** Allocations to one org unit, in goal-code order. */
  allocationsAt(orgUnitId: number): Allocation[];
  /** Activities on one allocation, by title. */
  activitiesOf(allocationId: number): Activity[];
  followUp(activityId: number, period: FollowUpPeriod): FollowUp | undefined;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number | undefined): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = key(item);
    if (group === undefined) continue;
    const list = groups.get(group);
    if (list === undefined) groups.set(group, [item]);
    else list.push(item);
  }
  return groups;
}

export function indexPicture(picture: YearPicture): IPictureIndex {
  const goals = new Map(picture.goals.map((goal) => [goal.id, goal]));
  const units = orgUnitsById(picture.orgUnits);
  const allocations = new Map(picture.allocations.map((allocation) => [allocation.id, allocation]));
  const activities = new Map(picture.activities.map((activity) => [activity.id, activity]));
  const followUps = new Map(picture.followUps.map((followUp) => [`${followUp.activityId}|${periodKey(followUp.period)}`, followUp]));
  const goalCode = (allocation: Allocation): string => goals.get(allocation.goalId)?.code ?? '';

  const unitsByDepartment = groupBy(
    picture.orgUnits.filter((unit) => unit.level === 'enhet'),
    (unit) => departmentIdOf(unit.id, units)
  );
  for (const list of unitsByDepartment.values()) {
    list.sort((a, b) => Number(a.closed === true) - Number(b.closed === true) || compareSwedish(a.name, b.name) || a.id - b.id);
  }
  const allocationsByUnit = groupBy(picture.allocations, (allocation) => allocation.orgUnitId);
  for (const list of allocationsByUnit.values()) list.sort((a, b) => compareSwedish(goalCode(a), goalCode(b)) || a.id - b.id);
  const activitiesByAllocation = groupBy(picture.activities, (activity) => activity.allocationId);
  for (const list of activitiesByAllocation.values()) list.sort((a, b) => compareSwedish(a.title, b.title) || a.id - b.id);

  return {
    picture,
    goal: (id) => goals.get(id),
    goalLabel: (id) => {
      const goal = goals.get(id);
      return goal === undefined ? String(id) : goalLabel(goal);
    },
    orgUnit: (id) => units.get(id),
    allocation: (id) => allocations.get(id),
    activity: (id) => activities.get(id),
    departmentOf: (orgUnitId) => departmentIdOf(orgUnitId, units),
    unitsOf: (departmentId) => unitsByDepartment.get(departmentId) ?? [],
    allocationsAt: (orgUnitId) => allocationsByUnit.get(orgUnitId) ?? [],
    activitiesOf: (allocationId) => activitiesByAllocation.get(allocationId) ?? [],
    followUp: (activityId, period) => followUps.get(`${activityId}|${periodKey(period)}`)
  };
}
