// The whole region: one coverage summary per förvaltning, each as the paper counts it, and the
// region's totals added up from them, so a figure of one förvaltning is never lost from the region's
// nor counted twice. A site with one förvaltning has one summary, the same as computeCoverageSummary's.

import type { Activity, Allocation, FollowUp, FollowUpPeriod, Year, YearPicture } from '../model';
import { departmentIdOf, forvaltningarOf, orgUnitsById } from '../organisation';
import { computeCoverageSummary } from './computeCoverageSummary';
import type { CoverageSummary, CoverageTotals, FollowUpCompleteness } from './coverageTypes';

/** The totals that add up over förvaltningar (goal counts do not: each förvaltning has its own). */
type SummedTotal = Exclude<keyof CoverageTotals, 'goalsPossible' | 'minGoalsAllocated' | 'maxGoalsAllocated' | 'followUp'>;

const summedTotals: readonly SummedTotal[] = [
  'departments', 'departmentsWithAllGoals', 'departmentsWithThreeOrMoreGoals', 'departmentsWithoutGoals',
  'departmentsAllocatedToUnits', 'allocationsWithoutAgreement', 'departmentsWithDepartmentLevelActivity',
  'departmentsWithActivity', 'activities', 'departmentLevelActivities', 'unitLevelActivities'
];

export type RegionTotals = Record<SummedTotal, number> & {
  forvaltningar: number;
  /** Förvaltningar where at least one department holds a goal. */
  forvaltningarWithAllocations: number;
  forvaltningarWithActivity: number;
  followUp: FollowUpCompleteness;
};

export interface RegionSummary {
  year: Year;
  period: FollowUpPeriod;
  /** One per open förvaltning, by name. */
  forvaltningar: CoverageSummary[];
  totals: RegionTotals;
}

export function computeRegionSummary(picture: YearPicture, period: FollowUpPeriod): RegionSummary {
  const forvaltningar = forvaltningSummaries(picture, period);
  return { year: picture.year, period, forvaltningar, totals: regionTotals(forvaltningar) };
}

function forvaltningSummaries(picture: YearPicture, period: FollowUpPeriod): CoverageSummary[] {
  const forvaltningar = forvaltningarOf(picture.orgUnits);
  const parts = forvaltningar.length > 1 ? splitByForvaltning(picture) : undefined;
  return forvaltningar.map((unit) => computeCoverageSummary(
    parts === undefined ? picture : { ...picture, ...(parts.get(unit.id) ?? emptyPart()) }, period, { forvaltningId: unit.id }));
}

interface Part { allocations: Allocation[]; activities: Activity[]; followUps: FollowUp[] }

const emptyPart = (): Part => ({ allocations: [], activities: [], followUps: [] });

/**
 * The year's allocations, activities and follow-ups by the förvaltning their department lies
 * directly under, as computeCoverageSummary places them: each förvaltning's summary then goes
 * through its own, and 8 förvaltningar read the region's 80,000 activities once, not eight times.
 */
export function splitByForvaltning(picture: YearPicture): Map<number, Part> {
  const byId = orgUnitsById(picture.orgUnits);
  const parts = new Map<number, Part>();
  const partOfUnit = new Map<number, Part | undefined>();
  const partOf = (unitId: number): Part | undefined => {
    if (partOfUnit.has(unitId)) return partOfUnit.get(unitId);
    const departmentId = departmentIdOf(unitId, byId);
    const forvaltningId = departmentId === undefined ? undefined : byId.get(departmentId)?.parentId;
    let part: Part | undefined;
    if (forvaltningId !== undefined) {
      part = parts.get(forvaltningId) ?? emptyPart();
      parts.set(forvaltningId, part);
    }
    partOfUnit.set(unitId, part);
    return part;
  };
  const partOfAllocation = new Map<number, Part>();
  for (const allocation of picture.allocations) {
    const part = partOf(allocation.orgUnitId);
    if (part === undefined) continue;
    part.allocations.push(allocation);
    partOfAllocation.set(allocation.id, part);
  }
  const partOfActivity = new Map<number, Part>();
  for (const activity of picture.activities) {
    const part = partOfAllocation.get(activity.allocationId);
    if (part === undefined) continue;
    part.activities.push(activity);
    partOfActivity.set(activity.id, part);
  }
  for (const followUp of picture.followUps) partOfActivity.get(followUp.activityId)?.followUps.push(followUp);
  return parts;
}

export function regionTotals(summaries: readonly CoverageSummary[]): RegionTotals {
  const sum = (value: (totals: CoverageTotals) => number): number => summaries.reduce((total, summary) => total + value(summary.totals), 0);
  const summed = Object.fromEntries(summedTotals.map((key) => [key, sum((totals) => totals[key])])) as Record<SummedTotal, number>;
  return {
    ...summed,
    forvaltningar: summaries.length,
    forvaltningarWithAllocations: summaries.filter((summary) => summary.totals.departments > summary.totals.departmentsWithoutGoals).length,
    forvaltningarWithActivity: summaries.filter((summary) => summary.totals.activities > 0).length,
    followUp: {
      activitiesDue: sum((totals) => totals.followUp.activitiesDue),
      activitiesFollowedUp: sum((totals) => totals.followUp.activitiesFollowedUp)
    }
  };
}

/** Each förvaltning's summary; a site without an open förvaltning has the one summary it had before. */
export function everySummary(picture: YearPicture, period: FollowUpPeriod): CoverageSummary[] {
  const forvaltningar = forvaltningSummaries(picture, period);
  return forvaltningar.length > 0 ? forvaltningar : [computeCoverageSummary(picture, period)];
}
