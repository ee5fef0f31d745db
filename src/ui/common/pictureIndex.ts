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

/** A value built at its first use, then kept. */
function whenFirstAsked<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/**
 * Each lookup is built when first asked, not with the index: the summary's first paint needs the
 * goals, units and allocations, while the activities' and follow-ups' maps (50,000 of each in a
 * large region, sorted by title) wait until someone opens a department or a gap names an activity.
 */
export function indexPicture(picture: YearPicture): IPictureIndex {
  const goals = new Map(picture.goals.map((goal) => [goal.id, goal]));
  const units = orgUnitsById(picture.orgUnits);
  const allocations = whenFirstAsked(() => new Map(picture.allocations.map((allocation) => [allocation.id, allocation])));
  const activities = whenFirstAsked(() => new Map(picture.activities.map((activity) => [activity.id, activity])));
  const followUps = whenFirstAsked(() => new Map(picture.followUps.map((followUp) => [`${followUp.activityId}|${periodKey(followUp.period)}`, followUp])));
  const goalCode = (allocation: Allocation): string => goals.get(allocation.goalId)?.code ?? '';

  const unitsByDepartment = whenFirstAsked(() => {
    const grouped = groupBy(picture.orgUnits.filter((unit) => unit.level === 'enhet'), (unit) => departmentIdOf(unit.id, units));
    for (const list of grouped.values()) {
      list.sort((a, b) => Number(a.closed === true) - Number(b.closed === true) || compareSwedish(a.name, b.name) || a.id - b.id);
    }
    return grouped;
  });
  const allocationsByUnit = whenFirstAsked(() => {
    const grouped = groupBy(picture.allocations, (allocation) => allocation.orgUnitId);
    for (const list of grouped.values()) list.sort((a, b) => compareSwedish(goalCode(a), goalCode(b)) || a.id - b.id);
    return grouped;
  });
  const activitiesByAllocation = whenFirstAsked(() => {
    const grouped = groupBy(picture.activities, (activity) => activity.allocationId);
    for (const list of grouped.values()) list.sort((a, b) => compareSwedish(a.title, b.title) || a.id - b.id);
    return grouped;
  });

  return {
    picture,
    goal: (id) => goals.get(id),
    goalLabel: (id) => {
      const goal = goals.get(id);
      return goal === undefined ? String(id) : goalLabel(goal);
    },
    orgUnit: (id) => units.get(id),
    allocation: (id) => allocations().get(id),
    activity: (id) => activities().get(id),
    departmentOf: (orgUnitId) => departmentIdOf(orgUnitId, units),
    unitsOf: (departmentId) => unitsByDepartment().get(departmentId) ?? [],
    allocationsAt: (orgUnitId) => allocationsByUnit().get(orgUnitId) ?? [],
    activitiesOf: (allocationId) => activitiesByAllocation().get(allocationId) ?? [],
    followUp: (activityId, period) => followUps().get(`${activityId}|${periodKey(period)}`)
  };
}
