// A fastställd report: the summary, the text and the strategist's paragraphs as the board saw them.
// Everything it shows is copied in as plain data, names included, because goals are renamed, units
// closed and activities removed after the board meeting: the report must not read today's picture.

import type { FollowUpPeriod, IsoDateTime, Person, Year, YearPicture } from '../model';
import { comparePeriods, samePeriod } from '../period';
import type { CoverageSummary, CoverageTotals, DepartmentCoverage } from '../summary/coverageTypes';
import { indicatorReportText } from './indicatorText';
import { reportLocales, reportText, type ReportLocale } from './reportText';
import { readinessParagraph, type DepartmentReadinessRow } from '../readiness/readinessReport';

export interface FrozenGoal {
  id: number;
  code: string;
  title: string;
}

export interface FrozenReportText {
  /** The board paper's paragraph. */
  report: string;
  /** One sentence per indicator; empty when the year's goals have none. */
  indicators: string;
  /** The ready departments' own sentences, named; empty (or absent, in reports from before klarmarkering) when none. */
  departments?: string;
}

export interface FrozenReport {
  id: number;
  year: Year;
  period: FollowUpPeriod;
  /** 1 for the first fastställd report of the period; a correction is the next number. */
  version: number;
  summary: CoverageSummary;
  /** The counted goals (the summary's goalIds), as they were named. */
  goals: FrozenGoal[];
  /** Org units and activities the gaps name, by id, as they were named. */
  orgUnitNames: Record<number, string>;
  activityTitles: Record<number, string>;
  text: Record<ReportLocale, FrozenReportText>;
  /** The strategist's own paragraphs (the paper's analysis), apart by a blank line. */
  analysis: string;
  /** Why a correction was made; absent on version 1. */
  correctionReason?: string;
  /** Each department's readiness as it stood (absent in reports from before klarmarkering). */
  readiness?: DepartmentReadinessRow[];
  frozenBy: Person;
  frozenAt: IsoDateTime;
}

export type FrozenReportDraft = Omit<FrozenReport, 'id'>;

export interface FreezeInput {
  summary: CoverageSummary;
  picture: Pick<YearPicture, 'goals' | 'orgUnits' | 'activities' | 'indicators' | 'indicatorValues'>;
  version: number;
  analysis: string;
  correctionReason?: string;
  /** The departments' readiness for the period (departmentReadiness); none given, none kept. */
  readiness?: readonly DepartmentReadinessRow[];
  frozenBy: Person;
  frozenAt: IsoDateTime;
}

/** A deep copy through JSON: what is stored is what is shown, and nothing shares today's objects. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function freezeReport(input: FreezeInput): FrozenReportDraft {
  const { summary, picture } = input;
  const goalsById = new Map(picture.goals.map((goal) => [goal.id, goal]));
  const unitsById = new Map(picture.orgUnits.map((unit) => [unit.id, unit]));
  const activitiesById = new Map(picture.activities.map((activity) => [activity.id, activity]));
  const orgUnitNames: Record<number, string> = {};
  const activityTitles: Record<number, string> = {};
  for (const gap of summary.gaps) {
    const name = (id: number): void => { orgUnitNames[id] = unitsById.get(id)?.name ?? String(id); };
    name(gap.departmentId);
    if (gap.code === 'allocationWithoutActivities' || gap.code === 'activityWithoutFollowUp') name(gap.orgUnitId);
    if (gap.code === 'activityWithoutFollowUp') activityTitles[gap.activityId] = activitiesById.get(gap.activityId)?.title ?? String(gap.activityId);
  }
  const text = {} as Record<ReportLocale, FrozenReportText>;
  for (const locale of reportLocales) {
    text[locale] = { report: reportText(summary, locale), indicators: indicatorReportText(picture, locale, summary.year),
      ...(input.readiness === undefined ? {} : { departments: readinessParagraph(input.readiness, locale) }) };
  }
  const analysis = input.analysis.trim();
  const reason = input.correctionReason?.trim();
  return {
    year: summary.year,
    period: { ...summary.period },
    version: input.version,
    summary: plain(summary),
    goals: summary.goalIds.map((id) => {
      const goal = goalsById.get(id);
      return { id, code: goal?.code ?? String(id), title: goal?.title ?? '' };
    }),
    orgUnitNames,
    activityTitles,
    text,
    analysis,
    ...(input.version > 1 && reason ? { correctionReason: reason } : {}),
    ...(input.readiness === undefined ? {} : { readiness: plain([...input.readiness]) }),
    frozenBy: { ...input.frozenBy },
    frozenAt: input.frozenAt
  };
}

/** The period's reports, newest version first. */
export function reportsOfPeriod<R extends Pick<FrozenReport, 'period' | 'version'>>(reports: readonly R[], period: FollowUpPeriod): R[] {
  return reports.filter((report) => samePeriod(report.period, period)).sort((a, b) => b.version - a.version);
}

/** The version a new report of the period gets: one after the highest there is. */
export function nextReportVersion(reports: ReadonlyArray<Pick<FrozenReport, 'period' | 'version'>>, period: FollowUpPeriod): number {
  return reportsOfPeriod(reports, period).reduce((highest, report) => Math.max(highest, report.version), 0) + 1;
}

/** The archive's order: newest period first, and within it the newest version first. */
export function archiveOrder<R extends Pick<FrozenReport, 'period' | 'version'>>(reports: readonly R[]): R[] {
  return [...reports].sort((a, b) => comparePeriods(b.period, a.period) || b.version - a.version);
}

export type FreezeProblem = 'reasonRequired' | 'analysisTooLong' | 'reasonTooLong' | 'noGoals';

/** Longest paragraphs and reason the form takes: the stored report must fit beside the figures. */
export const freezeLimits = { analysis: 20000, correctionReason: 1000 } as const;

/**
 * What stops a freeze: a correction (the förvaltning has a report of the period already) must say why, a summary without goals has
 * nothing to report. Empty when it may be fastställd.
 */
export function freezeProblems(input: Pick<FreezeInput, 'summary' | 'analysis' | 'correctionReason'> & { correction: boolean }): FreezeProblem[] {
  const problems: FreezeProblem[] = [];
  if (input.summary.goalIds.length === 0) problems.push('noGoals');
  if (input.correction && (input.correctionReason ?? '').trim() === '') problems.push('reasonRequired');
  if (input.analysis.trim().length > freezeLimits.analysis) problems.push('analysisTooLong');
  if ((input.correctionReason ?? '').trim().length > freezeLimits.correctionReason) problems.push('reasonTooLong');
  return problems;
}

// ---------------------------------------------------------------------------------- comparison

/** The department figures a comparison reads, in the order it lists them. */
export const comparedMeasures = [
  'goalsAllocated', 'unitsReached', 'unitAllocations', 'departmentLevelActivities', 'unitLevelActivities',
  'activities', 'allocationsWithoutActivities', 'activitiesFollowedUp'
] as const;

export type ComparedMeasure = typeof comparedMeasures[number];

export interface MeasureChange {
  measure: ComparedMeasure;
  then: number;
  now: number;
}

export interface DepartmentComparison {
  departmentId: number;
  /** Today's name when it is still there, else the report's. */
  name: string;
  /** `added`: not in the report; `removed`: in the report, gone (closed or moved) today. */
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  changes: MeasureChange[];
  /** Goals held at department level today and not then, and the other way. */
  goalsGained: number[];
  goalsLost: number[];
}

export interface ReportComparison {
  /** The report's departments first, in its order, then those added since. */
  departments: DepartmentComparison[];
  totals: Array<{ measure: keyof Pick<CoverageTotals, 'departmentsWithDepartmentLevelActivity' | 'departmentsAllocatedToUnits' | 'activities' | 'departmentsWithAllGoals'>; then: number; now: number }>;
  /** Nothing differs in any department or total. */
  unchanged: boolean;
}

function measureOf(department: DepartmentCoverage, measure: ComparedMeasure): number {
  return measure === 'activitiesFollowedUp' ? department.followUp.activitiesFollowedUp : department[measure];
}

const zeroDepartment = (id: number, name: string): DepartmentCoverage => ({
  departmentId: id, name, allocatedGoalIds: [], missingGoalIds: [], goalsAllocated: 0, goalsPossible: 0, unitsReached: 0,
  unitsTotal: 0, unitAllocations: 0, allocationsWithoutAgreement: 0, departmentLevelActivities: 0, unitLevelActivities: 0, activities: 0,
  hasDepartmentLevelActivity: false, hasActivity: false, allocationsWithoutActivities: 0, followUp: { activitiesDue: 0, activitiesFollowedUp: 0 }
});

function compareDepartment(then: DepartmentCoverage | undefined, now: DepartmentCoverage | undefined): DepartmentComparison {
  const id = (then ?? now)!.departmentId;
  const before = then ?? zeroDepartment(id, now!.name);
  const after = now ?? zeroDepartment(id, then!.name);
  const changes = comparedMeasures
    .map((measure) => ({ measure, then: measureOf(before, measure), now: measureOf(after, measure) }))
    .filter((change) => change.then !== change.now);
  const held = new Set(before.allocatedGoalIds);
  const holds = new Set(after.allocatedGoalIds);
  const goalsGained = after.allocatedGoalIds.filter((goal) => !held.has(goal));
  const goalsLost = before.allocatedGoalIds.filter((goal) => !holds.has(goal));
  const status = then === undefined ? 'added' : now === undefined ? 'removed'
    : changes.length + goalsGained.length + goalsLost.length > 0 ? 'changed' : 'unchanged';
  return { departmentId: id, name: now?.name ?? before.name, status, changes, goalsGained, goalsLost };
}

/**
 * What changed since the report, per department, against a summary of the same period computed
 * today. Departments are matched by id, so a renamed department is the same department.
 */
export function compareWithToday(report: Pick<FrozenReport, 'summary'>, today: CoverageSummary): ReportComparison {
  const now = new Map(today.departments.map((department) => [department.departmentId, department]));
  const then = new Set(report.summary.departments.map((department) => department.departmentId));
  const departments = [
    ...report.summary.departments.map((department) => compareDepartment(department, now.get(department.departmentId))),
    ...today.departments.filter((department) => !then.has(department.departmentId)).map((department) => compareDepartment(undefined, department))
  ];
  const totals = (['departmentsWithDepartmentLevelActivity', 'departmentsAllocatedToUnits', 'departmentsWithAllGoals', 'activities'] as const)
    .map((measure) => ({ measure, then: report.summary.totals[measure], now: today.totals[measure] }));
  const unchanged = departments.every((department) => department.status === 'unchanged') && totals.every((total) => total.then === total.now);
  return { departments, totals, unchanged };
}
