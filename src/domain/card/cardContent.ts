// What the Viva Connections card says to whom: a unit head their units' next steps (follow-ups due
// with the days left, goals without activities), a department head their units (late, without
// activities), the regional staff the headline (departments with every goal, follow-ups made). Each
// item names its place, to which the card links. Counted as the summary, the roll-up and the
// reminders count (nextSteps, departmentRollup, the coverage summary), so the card never says a
// step is left that Min enhet or the summary shows as done. Built from the summary's lean year:
// ids and figures only (titles are the shell's to ask for). With the year's klarmarkeringar a unit
// head sees a mark sent back first, a department head how many units are ready (and no ready unit as
// late), the regional staff how many departments are ready.
import { compareSwedish } from '../collation';
import { deadlineState, periodDeadline, type DeadlineState } from '../deadlines';
import type { FollowUpPeriod, IsoDate, OrgUnit, YearPicture } from '../model';
import type { PeriodDates } from '../periodSettings';
import type { NavTarget } from '../places/place';
import { everySummary, regionTotals } from '../summary/regionSummary';
import { forvaltningarOf } from '../organisation';
import { computeDepartmentRollup } from '../goals/departmentRollup';
import { unitNextSteps } from '../goals/nextSteps';
import { readinessByUnit, readinessIn, type Readiness, type ReadinessEvent } from '../readiness/readiness';
import { departmentReadiness, readyCount } from '../readiness/readinessReport';

/** Who the card speaks to; the first that fits: regional staff, department head, unit head, else a reader. */
export type CardRole = 'regionalStaff' | 'departmentHead' | 'unitHead' | 'reader';

/** Who is looking: from the SharePoint group and the Organisation list's heads (the port's headedOrgUnitIds). */
export interface CardViewer {
  isRegionalStaff: boolean;
  headOfOrgUnitIds: readonly number[];
  /** The förvaltningar whose staff group the viewer is in (their staff see those). */
  staffOfForvaltningIds?: readonly number[];
}


export interface CardInput {
  picture: YearPicture;
  viewer: CardViewer;
  period: FollowUpPeriod;
  today: IsoDate;
  /** The period's dates as the staff set them; the default deadline otherwise. */
  dates?: PeriodDates;
  /** The year's klarmarkeringar (ReadinessEvent); none when they could not be read. */
  readiness?: readonly ReadinessEvent[];
}

export type CardItem =
  /** The unit's mark for the period was sent back: what the department head said. */
  | { kind: 'sentBack'; orgUnitId: number; comment: string; target: NavTarget }
  /** An activity of the unit to follow up for the period. */
  | { kind: 'followUp'; orgUnitId: number; activityId: number; goalId: number; target: NavTarget }
  /** A goal allocated to the unit with no activity yet. */
  | { kind: 'addActivity'; orgUnitId: number; goalId: number; target: NavTarget }
  /** A unit of the department with follow-ups missing past the deadline. */
  | { kind: 'unitLate'; orgUnitId: number; followUpsMissing: number; target: NavTarget }
  /** A unit of the department holding goals of which some have no activity. */
  | { kind: 'unitWithoutActivities'; orgUnitId: number; goalsWithoutActivities: number; target: NavTarget }
  /** A department short of the year's goals (the staff's headline items). */
  | { kind: 'departmentMissingGoals'; departmentId: number; goalsAllocated: number; goalsPossible: number; target: NavTarget }
  /** Where a region has several förvaltningar: one's figures, as the headline counts the region's. */
  | { kind: 'forvaltningCoverage'; forvaltningId: number; departmentsWithAllGoals: number; departments: number; activitiesFollowedUp: number;
    activitiesDue: number; target: NavTarget };

export type CardHeadline =
  | { kind: 'unitSteps'; orgUnitId: number; followUps: number; addActivities: number }
  | { kind: 'departmentUnits'; departmentId: number; unitsLate: number; unitsWithoutActivities: number; unitsTotal: number; unitsReady: number }
  | { kind: 'regionCoverage'; departmentsWithAllGoals: number; departments: number; activitiesFollowedUp: number; activitiesDue: number;
    departmentsReady: number;
    /** The one förvaltning a förvaltning's head or staff sees, of a region with several; the region's staff see the region. */
    forvaltningId?: number }
  /** A reader, or a head with nothing headed on the year's organisation. */
  | { kind: 'nothing' };

export interface CardContent {
  role: CardRole;
  period: FollowUpPeriod;
  deadline: IsoDate;
  /** Days left counts today (0: the last day); late, or not open yet. */
  deadlineState: DeadlineState;
  headline: CardHeadline;
  /** In the order the quick view lists them. */
  items: CardItem[];
}

function headed(picture: YearPicture, viewer: CardViewer, level: OrgUnit['level']): OrgUnit[] {
  return picture.orgUnits
    .filter((unit) => viewer.headOfOrgUnitIds.includes(unit.id) && unit.level === level && unit.closed !== true)
    .sort((a, b) => compareSwedish(a.name, b.name) || a.id - b.id);
}

export function cardRole(picture: YearPicture, viewer: CardViewer): CardRole {
  if (viewer.isRegionalStaff || staffOf(picture, viewer).length > 0) return 'regionalStaff';
  if (headed(picture, viewer, 'avdelning').length > 0) return 'departmentHead';
  if (headed(picture, viewer, 'enhet').length > 0) return 'unitHead';
  return 'reader';
}

const statesOf = (input: CardInput): ReadonlyMap<number, Readiness> => readinessByUnit(input.readiness ?? [], input.period);

function unitHeadContent(input: CardInput): Pick<CardContent, 'headline' | 'items'> {
  const units = headed(input.picture, input.viewer, 'enhet');
  const states = statesOf(input);
  const items: Array<Extract<CardItem, { kind: 'followUp' | 'addActivity' | 'sentBack' }>> = [];
  for (const unit of units) {
    const state = readinessIn(states, unit.id);
    if (state.state === 'sentBack') items.push({ kind: 'sentBack', orgUnitId: unit.id, comment: state.comment, target: { view: 'myUnit', orgUnitId: unit.id } });
  }
  for (const unit of units) {
    for (const step of unitNextSteps(input.picture, unit.id, input.period, input.today, input.dates)) {
      items.push(step.kind === 'followUp'
        ? { kind: 'followUp', orgUnitId: unit.id, activityId: step.activityId, goalId: step.goalId, target: { view: 'myUnit', orgUnitId: unit.id, activityId: step.activityId } }
        : { kind: 'addActivity', orgUnitId: unit.id, goalId: step.goalId, target: { view: 'myUnit', orgUnitId: unit.id, goalId: step.goalId } });
    }
  }
  // The headline speaks of the first unit with something to do (most heads have one unit).
  const first = items[0]?.orgUnitId ?? units[0]?.id;
  if (first === undefined) return { headline: { kind: 'nothing' }, items };
  const ofFirst = items.filter((item) => item.orgUnitId === first);
  return {
    headline: { kind: 'unitSteps', orgUnitId: first, followUps: ofFirst.filter((item) => item.kind === 'followUp').length,
      addActivities: ofFirst.filter((item) => item.kind === 'addActivity').length },
    items
  };
}

function departmentHeadContent(input: CardInput, late: boolean): Pick<CardContent, 'headline' | 'items'> {
  const departments = headed(input.picture, input.viewer, 'avdelning');
  const states = statesOf(input);
  const items: CardItem[] = [];
  let headline: CardHeadline = { kind: 'nothing' };
  for (const department of departments) {
    const rollup = computeDepartmentRollup(input.picture, department.id, input.period);
    const units = rollup.units.filter((unit) => !unit.closed && unit.orgUnitId !== department.id);
    const ready = (orgUnitId: number): boolean => readinessIn(states, orgUnitId).state === 'ready';
    // A unit marked ready has said why what is missing waits: it is not late.
    const lateUnits = late ? units.filter((unit) => unit.followUp.activitiesFollowedUp < unit.followUp.activitiesDue && !ready(unit.orgUnitId)) : [];
    const withoutActivities = units.filter((unit) => unit.goalsWithActivities < unit.goalsHeld);
    for (const unit of lateUnits) {
      items.push({ kind: 'unitLate', orgUnitId: unit.orgUnitId, followUpsMissing: unit.followUp.activitiesDue - unit.followUp.activitiesFollowedUp,
        target: { view: 'myUnit', orgUnitId: unit.orgUnitId } });
    }
    for (const unit of withoutActivities) {
      items.push({ kind: 'unitWithoutActivities', orgUnitId: unit.orgUnitId, goalsWithoutActivities: unit.goalsHeld - unit.goalsWithActivities,
        target: { view: 'myUnit', orgUnitId: unit.orgUnitId } });
    }
    if (headline.kind === 'nothing') {
      headline = { kind: 'departmentUnits', departmentId: department.id, unitsLate: lateUnits.length, unitsWithoutActivities: withoutActivities.length,
        unitsTotal: units.length, unitsReady: units.filter((unit) => ready(unit.orgUnitId)).length };
    }
  }
  return { headline, items };
}

/** The open förvaltningar a förvaltning's head or staff speaks for (regional staff speak for all). */
function staffOf(picture: YearPicture, viewer: CardViewer): number[] {
  const own = new Set([...headed(picture, viewer, 'forvaltning').map((unit) => unit.id), ...(viewer.staffOfForvaltningIds ?? [])]);
  return forvaltningarOf(picture.orgUnits).filter((unit) => own.has(unit.id)).map((unit) => unit.id);
}

/**
 * The whole region for its staff, a förvaltning's own for its head and staff: the departments added
 * up (a site with one förvaltning has its one). Where there are several, a line per förvaltning
 * comes first, so no förvaltning's figures are only in the sum.
 */
function regionalStaffContent(input: CardInput): Pick<CardContent, 'headline' | 'items'> {
  const own = input.viewer.isRegionalStaff ? undefined : new Set(staffOf(input.picture, input.viewer));
  const every = everySummary(input.picture, input.period);
  const summaries = every
    .filter((summary) => own === undefined || (summary.organisationId !== undefined && own.has(summary.organisationId)));
  const lines: CardItem[] = summaries.length < 2 ? [] : summaries.flatMap((summary) => summary.organisationId === undefined ? [] : [{
    kind: 'forvaltningCoverage' as const, forvaltningId: summary.organisationId, departmentsWithAllGoals: summary.totals.departmentsWithAllGoals,
    departments: summary.totals.departments, activitiesFollowedUp: summary.totals.followUp.activitiesFollowedUp,
    activitiesDue: summary.totals.followUp.activitiesDue,
    target: { view: 'allocation' as const, year: input.period.year, orgUnitId: summary.organisationId }
  }]);
  const items: CardItem[] = [...lines, ...summaries.flatMap((summary) => summary.departments)
    .filter((department) => department.goalsAllocated < department.goalsPossible)
    .map((department) => ({ kind: 'departmentMissingGoals' as const, departmentId: department.departmentId, goalsAllocated: department.goalsAllocated,
      goalsPossible: department.goalsPossible, target: { view: 'allocation' as const, year: input.period.year, orgUnitId: department.departmentId } }))];
  const totals = regionTotals(summaries);
  return {
    headline: { kind: 'regionCoverage', departmentsWithAllGoals: totals.departmentsWithAllGoals, departments: totals.departments,
      ...(own !== undefined && summaries.length === 1 && summaries[0].organisationId !== undefined && every.length > 1
        ? { forvaltningId: summaries[0].organisationId } : {}),
      activitiesFollowedUp: totals.followUp.activitiesFollowedUp, activitiesDue: totals.followUp.activitiesDue,
      departmentsReady: summaries.reduce((ready, summary) => ready + readyCount(departmentReadiness(summary, input.readiness ?? [])), 0) },
    items
  };
}

export function cardContent(input: CardInput): CardContent {
  const role = cardRole(input.picture, input.viewer);
  const state = deadlineState(input.period, input.today, input.dates);
  const parts = role === 'unitHead' ? unitHeadContent(input)
    : role === 'departmentHead' ? departmentHeadContent(input, state.kind === 'late')
      : role === 'regionalStaff' ? regionalStaffContent(input)
        : { headline: { kind: 'nothing' } as const, items: [] };
  return { role, period: input.period, deadline: periodDeadline(input.period, input.dates), deadlineState: state, ...parts };
}
