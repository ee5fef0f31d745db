// The domain core's public API: model, rules, coverage summary, report text and demo data.

export type {
  Activity,
  ActivityStatus,
  Allocation,
  FollowUp,
  FollowUpPeriod,
  FollowUpPeriodKind,
  Goal,
  ImplementationGrade,
  Indicator,
  IndicatorDirection,
  IndicatorValue,
  IsoDate,
  IsoDateTime,
  OrgLevel,
  OrgUnit,
  Person,
  Year,
  YearPicture,
  YearValue
} from './model';
export {
  comparePeriods,
  currentFollowUpPeriod,
  followUpPeriodKinds,
  parsePeriodKey,
  periodCoversUntil,
  periodKey,
  periodsOfYear,
  reportingMonth,
  samePeriod
} from './period';
export { daysBetween, deadlineState, periodDeadline, type DeadlineState } from './deadlines';
export {
  activityStatuses,
  implementationGrades,
  isActivityStatus,
  isImplementationGrade,
  isOrgLevel,
  orgLevels
} from './scales';
export { ancestorIds, departmentIdOf, forvaltningIdOf, forvaltningarOf, goalBinds, orgUnitsById, textName, topOrgUnit, type OrgUnitsById } from './organisation';

export { actorRoles, deriveActor, type Actor, type Role } from './rules/actor';
export {
  allowed,
  refusal,
  refusalCodes,
  refused,
  type Refusal,
  type RefusalCode,
  type RefusalParams,
  type RuleResult
} from './rules/refusal';
export { maxMultiLineLength, maxSingleLineLength, maxYear, minYear, textLimits } from './rules/limits';
export { computeRegionSummary, regionTotals, type RegionSummary, type RegionTotals } from './summary/regionSummary';
export { canAllocate, canRemoveAllocation, type AllocationTarget } from './rules/allocationRules';
export { canEditActivity, canHighlightActivity, canMoveActivities, canRegisterActivity, type ActivityTarget } from './rules/activityRules';
export { canRecordFollowUp, type FollowUpTarget } from './rules/followUpRules';
export { canEditGoals, canEditOrganisation } from './rules/adminRules';
export { isIsoDate, type FieldErrors, type ValidationResult } from './rules/validation/fieldChecks';
export { validateActivityInput, type ActivityField, type ActivityInput } from './rules/validation/validateActivity';
export {
  validateAllocationInput,
  type AllocationField,
  type AllocationInput
} from './rules/validation/validateAllocation';
export { validateFollowUpInput, type FollowUpField, type FollowUpInput } from './rules/validation/validateFollowUp';
export { validateGoalInput, type GoalField, type GoalInput } from './rules/validation/validateGoal';
export { validateOrgUnitInput, type OrgUnitField, type OrgUnitInput } from './rules/validation/validateOrgUnit';

export { activitiesToMove, moveActivities } from './changes/moveActivities';
export { followUpFor, followUpHistory, recordFollowUp } from './changes/followUpHistory';

export { computeCoverageSummary, type CoverageOptions } from './summary/computeCoverageSummary';
export { computeDepartmentRollup, type DepartmentRollup, type RollupGoal } from './goals/departmentRollup';
export { unitNextSteps, type NextStep } from './goals/nextSteps';
export {
  completenessRatio,
  type CoverageSummary,
  type HighlightedActivity,
  type CoverageTotals,
  type DepartmentCoverage,
  type FollowUpCompleteness
} from './summary/coverageTypes';
export { gapCodes, type Gap, type GapCode } from './summary/gaps';
export {
  lastReminderOf, recipientsOf, remindersFor, type Reminder, type ReminderAudience, type ReminderChannel, type SentReminder
} from './reminders/reminders';
export {
  computeGoalBreakdown,
  type GoalActivity,
  type GoalBreakdown,
  type GoalDepartment,
  type GoalHolder
} from './goals/goalBreakdown';

export {
  change,
  indicatorStatus,
  indicatorStatusKinds,
  isOnOrBetter,
  pathValue,
  targetChange,
  valuesOf,
  type IndicatorChange,
  type IndicatorStatus,
  type IndicatorStatusKind
} from './indicators/indicatorStatus';
export { validateIndicatorValueInput, type IndicatorValueField, type IndicatorValueInput } from './indicators/indicatorInput';
export { parseDecimal } from './numbers';
export { canEditIndicators } from './indicators/indicatorRules';
export { indicatorReportText, indicatorSentence, indicatorsInGoalOrder, isPercentUnit } from './report/indicatorText';

export { reportLocales, reportParagraphs, reportText, toReportLocale, type ReportLocale } from './report/reportText';

export { demoDepartmentIds, demoForvaltningId, demoOrgUnits, demoUnitIds } from './demo/demoOrganisation';
export { demoIndicators, demoIndicatorValues } from './demo/demoIndicators';
export { demoMiljostrateg, demoPeople, demoReader, demoRegionalStaffLogins } from './demo/demoPeople';
export {
  demoActivities,
  demoAllocations,
  demoFollowUpPeriod,
  demoFollowUps,
  demoGoals,
  demoRegion2023,
  demoToday,
  demoYear
} from './demo/demoRegion2023';
export { demoHealthCareId, demoTransitId, demoWholeRegion2023 } from './demo/demoWholeRegion';
export {
  compareReadinessEvents, eventsOf, isReady, readinessByUnit, readinessIn, readinessOf, readinessStatus,
  type Readiness, type ReadinessDraft, type ReadinessEvent, type ReadinessEventKind, type ReadinessStatus
} from './readiness/readiness';
export { canRecordReadiness, mayOfferReadiness, missingFollowUps, type ReadinessContext } from './rules/readinessRules';
