// The whole region: one coverage summary per förvaltning, each as the paper counts it, and the
// region's totals added up from them, so a figure of one förvaltning is never lost from the region's
// nor counted twice. A site with one förvaltning has one summary, the same as computeCoverageSummary's.

import type { FollowUpPeriod, Year, YearPicture } from '../model';
import { forvaltningarOf } from '../organisation';
import { computeCoverageSummaries, computeCoverageSummary } from './computeCoverageSummary';
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
  return computeCoverageSummaries(picture, period, forvaltningarOf(picture.orgUnits).map((unit) => unit.id));
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
