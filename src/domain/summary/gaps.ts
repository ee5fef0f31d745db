// What is missing, as typed objects with ids, so the UI can localise and link each one.

export type Gap =
  | { code: 'departmentMissingGoals'; departmentId: number; missingGoalIds: number[] }
  | { code: 'departmentWithoutUnitAllocations'; departmentId: number }
  | {
      code: 'allocationWithoutActivities';
      departmentId: number;
      allocationId: number;
      goalId: number;
      orgUnitId: number;
    }
  | {
      code: 'activityWithoutFollowUp';
      departmentId: number;
      activityId: number;
      allocationId: number;
      orgUnitId: number;
      periodKey: string;
    }
  /** Allocated to a unit without ticking "i samråd": the board's figures count it as allocated. */
  | { code: 'allocationWithoutAgreement'; departmentId: number; allocationId: number; goalId: number; orgUnitId: number };

export type GapCode = Gap['code'];

// Keyed by every code so the compiler catches one missing from the list.
const severityRank: Record<GapCode, number> = {
  departmentMissingGoals: 0,
  departmentWithoutUnitAllocations: 1,
  allocationWithoutActivities: 2,
  activityWithoutFollowUp: 3,
  allocationWithoutAgreement: 4
};

/** Worst first: a missing goal blocks everything beneath it, a missing follow-up only a report. */
export const gapCodes: readonly GapCode[] = (Object.keys(severityRank) as GapCode[]).sort(
  (a, b) => severityRank[a] - severityRank[b]
);
