// What the report paragraph states, taken from the summary; the language files only phrase it.

import type { CoverageSummary, DepartmentCoverage, HighlightedActivity } from '../summary/coverageTypes';
import { maxHighlightsNamed } from './nameList';

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
  /** Titles of the highlighted activities the text names, at most maxHighlightsNamed. */
  highlights: string[];
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
    activities: summary.totals.activities,
    highlights: namedHighlights(summary.highlights)
  };
}

/**
 * When more are highlighted than the sentence names, one department at a time (the first
 * highlight of each, then the second…), so one department with many does not fill the sentence;
 * the chosen keep the summary's order.
 */
function namedHighlights(highlights: readonly HighlightedActivity[]): string[] {
  if (highlights.length <= maxHighlightsNamed) return highlights.map((highlight) => highlight.title);
  const rank = new Map<number, number>();
  const countInDepartment = new Map<number, number>();
  highlights.forEach((highlight, index) => {
    const nth = countInDepartment.get(highlight.departmentId) ?? 0;
    countInDepartment.set(highlight.departmentId, nth + 1);
    rank.set(index, nth);
  });
  const chosen = highlights
    .map((highlight, index) => ({ index, nth: rank.get(index) ?? 0 }))
    .sort((a, b) => a.nth - b.nth || a.index - b.index)
    .slice(0, maxHighlightsNamed)
    .map((entry) => entry.index)
    .sort((a, b) => a - b);
  return chosen.map((index) => highlights[index].title);
}
