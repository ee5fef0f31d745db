// Totals over the departments: derived from the per-department figures so they always add up.

import type { CoverageTotals, DepartmentCoverage } from './coverageTypes';

export function computeTotals(departments: readonly DepartmentCoverage[], goalsPossible: number): CoverageTotals {
  const count = (holds: (department: DepartmentCoverage) => boolean): number =>
    departments.filter(holds).length;
  const sum = (value: (department: DepartmentCoverage) => number): number =>
    departments.reduce((total, department) => total + value(department), 0);
  const goalCounts = departments.map((department) => department.goalsAllocated);
  return {
    departments: departments.length,
    goalsPossible,
    minGoalsAllocated: goalCounts.length === 0 ? 0 : Math.min(...goalCounts),
    maxGoalsAllocated: goalCounts.length === 0 ? 0 : Math.max(...goalCounts),
    departmentsWithAllGoals: count((department) => department.goalsAllocated === goalsPossible),
    departmentsWithThreeOrMoreGoals: count((department) => department.goalsAllocated >= 3),
    departmentsWithoutGoals: count((department) => department.goalsAllocated === 0),
    departmentsAllocatedToUnits: count((department) => department.unitsReached > 0),
    allocationsWithoutAgreement: sum((department) => department.allocationsWithoutAgreement),
    departmentsWithDepartmentLevelActivity: count((department) => department.hasDepartmentLevelActivity),
    departmentsWithActivity: count((department) => department.hasActivity),
    activities: sum((department) => department.activities),
    departmentLevelActivities: sum((department) => department.departmentLevelActivities),
    unitLevelActivities: sum((department) => department.unitLevelActivities),
    followUp: {
      activitiesDue: sum((department) => department.followUp.activitiesDue),
      activitiesFollowedUp: sum((department) => department.followUp.activitiesFollowedUp)
    }
  };
}
