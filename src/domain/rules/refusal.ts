// Why a rule said no: a code for the UI's loc strings and the numbers to fill into them.

import type { OrgLevel } from '../model';

type NoParams = Record<string, never>;

/** Each refusal code with the params its message needs. */
export interface RefusalParams {
  // Who may do it
  outsideScope: NoParams;
  // What it is about must exist and be usable
  goalNotFound: { goalId: number };
  goalRetired: { goalId: number };
  orgUnitNotFound: { orgUnitId: number };
  allocationNotFound: { allocationId: number };
  activityNotFound: { activityId: number };
  unitClosed: { orgUnitId: number };
  // Allocation
  levelNotAllocatable: { level: OrgLevel };
  parentDoesNotHoldGoal: { goalId: number; parentId: number };
  goalOfAnotherForvaltning: { goalId: number; parentId: number };
  duplicateAllocation: { allocationId: number };
  allocationHasActivities: { count: number };
  allocationHasUnitAllocations: { count: number };
  // Activities
  goalNotAllocatedToUnit: { goalId: number; orgUnitId: number };
  sameAllocation: { allocationId: number };
  // Follow-up
  periodClosed: { periodKey: string };
  periodNotOpen: { periodKey: string };
  /** The regional staff closed the period: only they change its follow-ups now. */
  periodLocked: { periodKey: string };
  periodOutsideGoalYear: { periodKey: string; year: number };
  // Klarmarkering
  /** Some activities are not followed up: a unit marks itself ready only saying why. */
  readinessReasonRequired: { missing: number };
  alreadyReady: NoParams;
  notMarkedReady: NoParams;
  /** The department marked itself ready: its units' marks stand until it takes its own back. */
  departmentMarkedReady: { departmentId: number };
  // Field input
  required: NoParams;
  tooLong: { maxLength: number; length: number };
  invalidDate: { value: string };
  datesOutOfOrder: { startDate: string; endDate: string };
  yearOutOfRange: { year: number; min: number; max: number };
  duplicateGoalCode: { code: string };
  invalidParent: { expectedParentLevel: OrgLevel };
  /** The förvaltning is the top: it has no parent. */
  parentNotAllowed: NoParams;
  hasOpenUnits: { count: number };
  /** Not a number as people write one ("1 240,5"). */
  invalidNumber: { value: string };
  /** A count to divide by (employees, square metres) is above zero. */
  notPositive: { value: string };
  /** An indicator's target year comes after its baseline year: the path runs between them. */
  targetNotAfterBaseline: { baselineYear: number };
  /** An amount in whole kronor, 0 or more ("12 500"). */
  invalidAmount: { value: string };
  /** A Kolada id as Kolada writes it: a key figure "N00401", an organisation "0020". */
  invalidKoladaId: { value: string };
  /** A key figure from Kolada is read for one organisation: both are chosen, or neither. */
  koladaLinkIncomplete: NoParams;
}

export type RefusalCode = keyof RefusalParams;

export type Refusal = { [C in RefusalCode]: { code: C; params: RefusalParams[C] } }[RefusalCode];

// A Record keyed by every code makes the compiler catch a code missing from the list.
const everyCode: Record<RefusalCode, true> = {
  outsideScope: true,
  goalNotFound: true,
  goalRetired: true,
  orgUnitNotFound: true,
  allocationNotFound: true,
  activityNotFound: true,
  unitClosed: true,
  levelNotAllocatable: true,
  parentDoesNotHoldGoal: true,
  goalOfAnotherForvaltning: true,
  duplicateAllocation: true,
  allocationHasActivities: true,
  allocationHasUnitAllocations: true,
  goalNotAllocatedToUnit: true,
  sameAllocation: true,
  periodClosed: true,
  periodNotOpen: true,
  periodLocked: true,
  periodOutsideGoalYear: true,
  readinessReasonRequired: true,
  alreadyReady: true,
  notMarkedReady: true,
  departmentMarkedReady: true,
  required: true,
  tooLong: true,
  invalidDate: true,
  datesOutOfOrder: true,
  yearOutOfRange: true,
  duplicateGoalCode: true,
  invalidParent: true,
  parentNotAllowed: true,
  hasOpenUnits: true,
  invalidNumber: true,
  notPositive: true,
  targetNotAfterBaseline: true,
  invalidAmount: true,
  invalidKoladaId: true,
  koladaLinkIncomplete: true
};

/** Every code, so a test elsewhere can check each has a loc string. */
export const refusalCodes: readonly RefusalCode[] = Object.keys(everyCode) as RefusalCode[];

export function refusal<C extends RefusalCode>(code: C, params: RefusalParams[C]): Refusal {
  // The mapped union cannot be built from a generic code without this one assertion.
  return { code, params } as Refusal;
}

export type RuleResult = { ok: true } | { ok: false; reason: Refusal };

export const allowed: RuleResult = { ok: true };

export function refused<C extends RefusalCode>(code: C, params: RefusalParams[C]): RuleResult {
  return { ok: false, reason: refusal(code, params) };
}
