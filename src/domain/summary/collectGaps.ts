// The gap list, worst first: by gap kind, then by how much is missing, then in department order.

import type { DepartmentCoverage } from './coverageTypes';
import type { DepartmentTally } from './departmentTally';
import type { Gap } from './gaps';

/** tallies and departments are in the same (department) order. */
export function collectGaps(tallies: readonly DepartmentTally[], departments: readonly DepartmentCoverage[]): Gap[] {
  const gaps: Gap[] = [];
  const missingGoals = departments
    .filter((department) => department.missingGoalIds.length > 0)
    .sort((a, b) => b.missingGoalIds.length - a.missingGoalIds.length); // stable: keeps department order
  for (const department of missingGoals) {
    gaps.push({
      code: 'departmentMissingGoals',
      departmentId: department.departmentId,
      missingGoalIds: department.missingGoalIds
    });
  }
  for (const department of departments) {
    if (department.unitsTotal > 0 && department.unitsReached === 0) {
      gaps.push({ code: 'departmentWithoutUnitAllocations', departmentId: department.departmentId });
    }
  }
  // Pushed one by one: spreading hundreds of thousands of items as arguments overflows the stack.
  for (const tally of tallies) for (const gap of tally.allocationGaps) gaps.push(gap);
  for (const tally of tallies) for (const gap of tally.followUpGaps) gaps.push(gap);
  for (const tally of tallies) for (const gap of tally.agreementGaps) gaps.push(gap);
  return gaps;
}
