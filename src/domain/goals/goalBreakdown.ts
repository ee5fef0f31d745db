// One goal across the organisation: which departments and units hold it and which do not, and its
// activities with their latest follow-up. The coverage summary answers per department; the goal
// page asks the other way round. The same counting rules apply (computeCoverageSummary.ts): open
// departments under the förvaltning; closed units are shown only where they hold the goal, as
// history, and are never counted as missing it.

import { compareSwedish } from '../collation';
import type { Activity, Allocation, FollowUp, FollowUpPeriod, OrgUnit, YearPicture } from '../model';
import { departmentIdOf, orgUnitsById, topOrgUnit } from '../organisation';
import { comparePeriods } from '../period';
import { departmentsOf, type CoverageOptions } from '../summary/computeCoverageSummary';

export interface GoalHolder {
  orgUnitId: number;
  name: string;
  closed: boolean;
  /** The allocation of the goal here; undefined where the goal is missing. */
  allocation: Allocation | undefined;
  /** Activities on that allocation. */
  activities: number;
}

export interface GoalDepartment extends GoalHolder {
  /** The department's units: open ones always, closed ones only where they hold the goal. */
  units: GoalHolder[];
}

export interface GoalActivity {
  activity: Activity;
  orgUnitId: number;
  departmentId: number;
  atDepartmentLevel: boolean;
  /** The newest follow-up up to the period asked about; undefined when there is none yet. */
  latestFollowUp: FollowUp | undefined;
}

export interface GoalBreakdown {
  goalId: number;
  period: FollowUpPeriod;
  departments: GoalDepartment[];
  departmentsHolding: number;
  departmentsTotal: number;
  /** Open units that hold the goal, of all open units under the departments. */
  unitsHolding: number;
  unitsTotal: number;
  /** Department by department (as `departments`), department level first, then by unit and title. */
  activities: GoalActivity[];
  /** Activities whose latest follow-up is for `period` itself. */
  activitiesFollowedUpInPeriod: number;
}

const byName = (a: OrgUnit, b: OrgUnit): number => compareSwedish(a.name, b.name) || a.id - b.id;

export function computeGoalBreakdown(
  picture: YearPicture,
  goalId: number,
  period: FollowUpPeriod,
  options: CoverageOptions = {}
): GoalBreakdown {
  const byId = orgUnitsById(picture.orgUnits);
  const departments = departmentsOf(picture.orgUnits, topOrgUnit(picture.orgUnits, options.forvaltningId));
  const departmentOrder = new Map(departments.map((department, position) => [department.id, position]));
  const allocationAt = new Map<number, Allocation>();
  const goalAllocations = new Map<number, Allocation>();
  for (const allocation of picture.allocations) {
    if (allocation.goalId !== goalId) continue;
    allocationAt.set(allocation.orgUnitId, allocation);
    goalAllocations.set(allocation.id, allocation);
  }
  const activityCount = new Map<number, number>();
  const activities: GoalActivity[] = [];
  const latest = latestFollowUps(picture.followUps, period);
  for (const activity of picture.activities) {
    const allocation = goalAllocations.get(activity.allocationId);
    if (allocation === undefined) continue;
    const departmentId = departmentIdOf(allocation.orgUnitId, byId);
    if (departmentId === undefined || !departmentOrder.has(departmentId)) continue;
    activityCount.set(allocation.id, (activityCount.get(allocation.id) ?? 0) + 1);
    activities.push({
      activity,
      orgUnitId: allocation.orgUnitId,
      departmentId,
      atDepartmentLevel: allocation.orgUnitId === departmentId,
      latestFollowUp: latest.get(activity.id)
    });
  }

  const holder = (unit: OrgUnit): GoalHolder => {
    const allocation = allocationAt.get(unit.id);
    return {
      orgUnitId: unit.id,
      name: unit.name,
      closed: unit.closed === true,
      allocation,
      activities: allocation === undefined ? 0 : activityCount.get(allocation.id) ?? 0
    };
  };
  const unitsUnder = new Map<number, OrgUnit[]>();
  for (const unit of picture.orgUnits) {
    if (unit.level === 'avdelning' || unit.level === 'forvaltning') continue;
    const departmentId = departmentIdOf(unit.id, byId);
    if (departmentId === undefined || !departmentOrder.has(departmentId)) continue;
    if (unit.closed === true && !allocationAt.has(unit.id)) continue;
    const list = unitsUnder.get(departmentId);
    if (list === undefined) unitsUnder.set(departmentId, [unit]);
    else list.push(unit);
  }
  const shown = departments.map((department): GoalDepartment => ({
    ...holder(department),
    units: (unitsUnder.get(department.id) ?? [])
      .sort((a, b) => Number(a.closed === true) - Number(b.closed === true) || byName(a, b))
      .map(holder)
  }));
  const openUnits = shown.flatMap((department) => department.units).filter((unit) => !unit.closed);

  const unitName = (id: number): string => byId.get(id)?.name ?? '';
  activities.sort((a, b) =>
    departmentOrder.get(a.departmentId)! - departmentOrder.get(b.departmentId)! ||
    Number(b.atDepartmentLevel) - Number(a.atDepartmentLevel) ||
    compareSwedish(unitName(a.orgUnitId), unitName(b.orgUnitId)) ||
    compareSwedish(a.activity.title, b.activity.title) ||
    a.activity.id - b.activity.id);

  return {
    goalId,
    period,
    departments: shown,
    departmentsHolding: shown.filter((department) => department.allocation !== undefined).length,
    departmentsTotal: shown.length,
    unitsHolding: openUnits.filter((unit) => unit.allocation !== undefined).length,
    unitsTotal: openUnits.length,
    activities,
    activitiesFollowedUpInPeriod: activities.filter((line) =>
      line.latestFollowUp !== undefined && comparePeriods(line.latestFollowUp.period, period) === 0).length
  };
}

/** Per activity, its newest follow-up not later than `period`. */
function latestFollowUps(followUps: readonly FollowUp[], period: FollowUpPeriod): Map<number, FollowUp> {
  const latest = new Map<number, FollowUp>();
  for (const followUp of followUps) {
    if (comparePeriods(followUp.period, period) > 0) continue;
    const held = latest.get(followUp.activityId);
    if (held === undefined || comparePeriods(held.period, followUp.period) < 0) latest.set(followUp.activityId, followUp);
  }
  return latest;
}
