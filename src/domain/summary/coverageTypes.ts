// The coverage summary (sammanställning) for one year and follow-up period, as the UI and report read it.

import type { FollowUpPeriod, Year } from '../model';
import type { Gap } from './gaps';

/**
 * Activities due for follow-up in the period (at open units, not starting after the period) and
 * how many of them have a follow-up for it.
 */
export interface FollowUpCompleteness {
  activitiesDue: number;
  activitiesFollowedUp: number;
}

export interface DepartmentCoverage {
  departmentId: number;
  name: string;
  /** Goals held at department level, in goal order. */
  allocatedGoalIds: number[];
  missingGoalIds: number[];
  goalsAllocated: number;
  goalsPossible: number;
  /** Open units under the department with at least one allocation. */
  unitsReached: number;
  /** Open units under the department. */
  unitsTotal: number;
  /** Allocations to units under the department (open or closed). */
  unitAllocations: number;
  /** Of those at open units: allocated without samråd with the unit head. */
  allocationsWithoutAgreement: number;
  departmentLevelActivities: number;
  unitLevelActivities: number;
  activities: number;
  hasDepartmentLevelActivity: boolean;
  hasActivity: boolean;
  /** At open units; allocations at closed units are history, not gaps. */
  allocationsWithoutActivities: number;
  followUp: FollowUpCompleteness;
}

export interface CoverageTotals {
  departments: number;
  goalsPossible: number;
  /** Fewest and most goals any department holds; 0 when there are no departments. */
  minGoalsAllocated: number;
  maxGoalsAllocated: number;
  departmentsWithAllGoals: number;
  departmentsWithThreeOrMoreGoals: number;
  departmentsWithoutGoals: number;
  departmentsAllocatedToUnits: number;
  /** Allocations to units made without samråd ("fördelat utan samråd"), over all departments. */
  allocationsWithoutAgreement: number;
  /** What the paper reports: "on the goals held at department level, 4 of 9 have an activity". */
  departmentsWithDepartmentLevelActivity: number;
  /** Counting activities at any level under the department. */
  departmentsWithActivity: number;
  activities: number;
  departmentLevelActivities: number;
  unitLevelActivities: number;
  followUp: FollowUpCompleteness;
}

/** An activity marked "lyft fram i rapporten", as the report's sentence on the work names it. */
export interface HighlightedActivity {
  activityId: number;
  departmentId: number;
  title: string;
}

export interface CoverageSummary {
  year: Year;
  period: FollowUpPeriod;
  organisationId?: number;
  /** As running text names it, e.g. "Regionstyrelsen"; empty when there is no förvaltning. */
  organisationName: string;
  /** The goals counted (the year's, not retired), in code order. */
  goalIds: number[];
  /** Open departments under the förvaltning, by name. */
  departments: DepartmentCoverage[];
  totals: CoverageTotals;
  /** Worst first: see gapCodes. */
  gaps: Gap[];
  /**
   * The counted activities marked to be lifted in the report (not cancelled ones), in department
   * order and, within one, in the order they were registered. Reports fastställda before highlights existed have none.
   */
  highlights: HighlightedActivity[];
}

/** Share followed up, 0..1; undefined when nothing is due. */
export function completenessRatio(completeness: FollowUpCompleteness): number | undefined {
  return completeness.activitiesDue === 0
    ? undefined
    : completeness.activitiesFollowedUp / completeness.activitiesDue;
}
