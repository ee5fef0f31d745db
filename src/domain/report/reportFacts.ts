// What the report paragraph states, taken from the summary; the language files only phrase it.

import type { CoverageSummary, DepartmentCoverage } from '../summary/coverageTypes';

export interface ReportFacts {
  year: number;
  /** Empty when there is no förvaltning; the text then leaves out "inom …". */
  organisationName: string;
  departments: number;
  goalsPossible: number;
  /** Fewest and most goals among the departments holding any; undefined when none holds one. */
  goalRange: { min: number; max: number } | undefined;
  departmentsWithoutGoals: string[];
  departmentsAllocatingToUnits: string[];
  departmentsWithDepartmentLevelActivity: string[];
  activities: number;
}

export function reportFacts(summary: CoverageSummary): ReportFacts {
  const names = (holds: (department: DepartmentCoverage) => boolean): string[] =>
    summary.departments.filter(holds).map((department) => department.name);
  const holding = summary.departments
    .map((department) => department.goalsAllocated)
    .filter((count) => count > 0);
  return {
    year: summary.year,
    organisationName: summary.organisationName,
    departments: summary.totals.departments,
    goalsPossible: summary.totals.goalsPossible,
    goalRange: holding.length === 0 ? undefined : { min: Math.min(...holding), max: Math.max(...holding) },
    departmentsWithoutGoals: names((department) => department.goalsAllocated === 0),
    departmentsAllocatingToUnits: names((department) => department.unitsReached > 0),
    departmentsWithDepartmentLevelActivity: names((department) => department.hasDepartmentLevelActivity),
    activities: summary.totals.activities
  };
}
