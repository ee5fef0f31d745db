// A department head's view of the work below them: per goal the department or its units hold, how
// many of its units hold it and have started on it, and its activities with their latest
// follow-up. The figures count as the summary does (an activity is due when its unit is open and
// it starts within the period), so a goal's lines add up to the department's row there.

import { compareSwedish } from '../collation';
import type { FollowUpPeriod, YearPicture } from '../model';
import { periodCoversUntil, samePeriod } from '../period';
import type { FollowUpCompleteness } from '../summary/coverageTypes';
import { computeGoalBreakdown, type GoalActivity } from './goalBreakdown';
import { departmentIdOf, forvaltningIdOf, goalBinds, orgUnitsById } from '../organisation';

export interface RollupGoal {
  goalId: number;
  /** Held at department level. */
  heldByDepartment: boolean;
  /** Of the department's open units. */
  unitsHolding: number;
  unitsWithActivities: number;
  unitsTotal: number;
  /** Department level first, then by unit and title. */
  activities: GoalActivity[];
  followUp: FollowUpCompleteness;
}

/** One org unit's progress (the department's own level, or one of its units), counted as its goals' lines are. */
export interface RollupUnit {
  orgUnitId: number;
  closed: boolean;
  /** The year's goals allocated here. */
  goalsHeld: number;
  /** Of those, the goals with at least one activity here. */
  goalsWithActivities: number;
  followUp: FollowUpCompleteness;
}

export interface DepartmentRollup {
  departmentId: number;
  period: FollowUpPeriod;
  goals: RollupGoal[];
  /** The department's own level first, then its units as the breakdown orders them; a closed unit only where it holds a goal (history). */
  units: RollupUnit[];
  followUp: FollowUpCompleteness;
}

/**
 * The picture with only this department's allocations, activities and follow-ups (the organisation
 * whole, so the breakdown still finds the department among the förvaltning's): the breakdown per
 * goal then walks and sorts one department's items, not the region's. In the large bench region
 * (50,000 activities, 75,000 follow-ups) that took a department's roll-up from about 600 ms to a
 * few tens; the figures are the same (departmentRollup.test.ts checks them against the summary).
 */
export function departmentPart(picture: YearPicture, departmentId: number): YearPicture {
  const byId = orgUnitsById(picture.orgUnits);
  const allocations = picture.allocations.filter((allocation) => departmentIdOf(allocation.orgUnitId, byId) === departmentId);
  const allocationIds = new Set(allocations.map((allocation) => allocation.id));
  const activities = picture.activities.filter((activity) => allocationIds.has(activity.allocationId));
  const activityIds = new Set(activities.map((activity) => activity.id));
  return { ...picture, allocations, activities, followUps: picture.followUps.filter((followUp) => activityIds.has(followUp.activityId)) };
}

export function computeDepartmentRollup(whole: YearPicture, departmentId: number, period: FollowUpPeriod): DepartmentRollup {
  const picture = departmentPart(whole, departmentId);
  const coversUntil = periodCoversUntil(period);
  const closed = new Set(picture.orgUnits.filter((unit) => unit.closed === true).map((unit) => unit.id));
  // The goals that bind the department's förvaltning: the region's and its own.
  const forvaltningId = forvaltningIdOf(departmentId, orgUnitsById(picture.orgUnits));
  const goals = picture.goals
    .filter((goal) => goal.year === picture.year && !goal.retired && goalBinds(goal, forvaltningId))
    .sort((a, b) => compareSwedish(a.code, b.code) || a.id - b.id);
  const rolled: RollupGoal[] = [];
  const units = new Map<number, RollupUnit>();
  const unitOf = (orgUnitId: number, isClosed: boolean): RollupUnit => {
    let unit = units.get(orgUnitId);
    if (unit === undefined) {
      unit = { orgUnitId, closed: isClosed, goalsHeld: 0, goalsWithActivities: 0, followUp: { activitiesDue: 0, activitiesFollowedUp: 0 } };
      units.set(orgUnitId, unit);
    }
    return unit;
  };
  const followedUpIn = (line: GoalActivity): boolean => line.latestFollowUp !== undefined && samePeriod(line.latestFollowUp.period, period);
  for (const goal of goals) {
    const breakdown = computeGoalBreakdown(picture, goal.id, period, { forvaltningId });
    const department = breakdown.departments.find((candidate) => candidate.orgUnitId === departmentId);
    if (department === undefined) continue;
    // Every holder is listed, so a unit that holds nothing yet still has its row (0 goals).
    for (const holder of [department, ...department.units]) {
      const unit = unitOf(holder.orgUnitId, holder.closed);
      if (holder.allocation === undefined) continue;
      unit.goalsHeld += 1;
      if (holder.activities > 0) unit.goalsWithActivities += 1;
    }
    const openUnits = department.units.filter((unit) => !unit.closed);
    const holding = openUnits.filter((unit) => unit.allocation !== undefined);
    if (department.allocation === undefined && holding.length === 0) continue;
    const activities = breakdown.activities.filter((line) => line.departmentId === departmentId);
    const due = activities.filter((line) => !closed.has(line.orgUnitId)
      && (line.activity.startDate === undefined || line.activity.startDate <= coversUntil));
    for (const line of due) {
      const unit = unitOf(line.orgUnitId, false);
      unit.followUp.activitiesDue += 1;
      if (followedUpIn(line)) unit.followUp.activitiesFollowedUp += 1;
    }
    rolled.push({
      goalId: goal.id,
      heldByDepartment: department.allocation !== undefined,
      unitsHolding: holding.length,
      unitsWithActivities: holding.filter((unit) => unit.activities > 0).length,
      unitsTotal: openUnits.length,
      activities,
      followUp: {
        activitiesDue: due.length,
        activitiesFollowedUp: due.filter(followedUpIn).length
      }
    });
  }
  const sum = (pick: (followUp: FollowUpCompleteness) => number): number => rolled.reduce((total, goal) => total + pick(goal.followUp), 0);
  return {
    departmentId, period, goals: rolled,
    // A closed unit that holds nothing is not history worth a row.
    units: Array.from(units.values()).filter((unit) => !unit.closed || unit.goalsHeld > 0),
    followUp: { activitiesDue: sum((followUp) => followUp.activitiesDue), activitiesFollowedUp: sum((followUp) => followUp.activitiesFollowedUp) }
  };
}
