// The running counts of one department while the summary makes its single pass over the data.

import type { DepartmentCoverage, HighlightedActivity } from './coverageTypes';
import type { Gap } from './gaps';

export type AllocationGap = Extract<Gap, { code: 'allocationWithoutActivities' }>;
export type FollowUpGap = Extract<Gap, { code: 'activityWithoutFollowUp' }>;
export type AgreementGap = Extract<Gap, { code: 'allocationWithoutAgreement' }>;

export interface DepartmentTally {
  departmentId: number;
  name: string;
  heldGoalIds: Set<number>;
  reachedUnitIds: Set<number>;
  unitsTotal: number;
  unitAllocations: number;
  departmentLevelActivities: number;
  unitLevelActivities: number;
  activitiesDue: number;
  activitiesFollowedUp: number;
  /** Kept per department so the gap list comes out grouped without sorting large lists. */
  allocationGaps: AllocationGap[];
  followUpGaps: FollowUpGap[];
  /** Allocations to open units made without samråd with the unit head. */
  agreementGaps: AgreementGap[];
  highlights: HighlightedActivity[];
}

export function newTally(departmentId: number, name: string): DepartmentTally {
  return {
    departmentId,
    name,
    heldGoalIds: new Set(),
    reachedUnitIds: new Set(),
    unitsTotal: 0,
    unitAllocations: 0,
    departmentLevelActivities: 0,
    unitLevelActivities: 0,
    activitiesDue: 0,
    activitiesFollowedUp: 0,
    allocationGaps: [],
    followUpGaps: [],
    agreementGaps: [],
    highlights: []
  };
}

export function toDepartmentCoverage(tally: DepartmentTally, goalIds: readonly number[]): DepartmentCoverage {
  const allocatedGoalIds = goalIds.filter((id) => tally.heldGoalIds.has(id));
  const missingGoalIds = goalIds.filter((id) => !tally.heldGoalIds.has(id));
  const activities = tally.departmentLevelActivities + tally.unitLevelActivities;
  return {
    departmentId: tally.departmentId,
    name: tally.name,
    allocatedGoalIds,
    missingGoalIds,
    goalsAllocated: allocatedGoalIds.length,
    goalsPossible: goalIds.length,
    unitsReached: tally.reachedUnitIds.size,
    unitsTotal: tally.unitsTotal,
    unitAllocations: tally.unitAllocations,
    allocationsWithoutAgreement: tally.agreementGaps.length,
    departmentLevelActivities: tally.departmentLevelActivities,
    unitLevelActivities: tally.unitLevelActivities,
    activities,
    hasDepartmentLevelActivity: tally.departmentLevelActivities > 0,
    hasActivity: activities > 0,
    allocationsWithoutActivities: tally.allocationGaps.length,
    followUp: { activitiesDue: tally.activitiesDue, activitiesFollowedUp: tally.activitiesFollowedUp }
  };
}
