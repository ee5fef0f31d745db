// The coverage summary in one pass over allocations and one over activities and follow-ups, with
// maps: linear in activities and follow-ups (only departments, goals and empty allocations are sorted).
//
// Counted: the year's goals that are not retired and bind the förvaltning, and the open departments
// under it.
// Allocations and activities at closed units still count (they are history), but closed units are
// not in "units total", and their activities are not due for follow-up nor reported as gaps.

import { compareSwedish } from '../collation';
import type { Allocation, FollowUpPeriod, Goal, OrgUnit, YearPicture } from '../model';
import { departmentIdOf, goalBinds, orgUnitsById, textName, topOrgUnit, type OrgUnitsById } from '../organisation';
import { periodCoversUntil, periodKey } from '../period';
import { collectGaps } from './collectGaps';
import { computeTotals } from './computeTotals';
import type { CoverageSummary } from './coverageTypes';
import { idSetOf } from './idSet';
import { newTally, toDepartmentCoverage, type AllocationGap, type DepartmentTally } from './departmentTally';

export interface CoverageOptions {
  /** Which förvaltning to summarise; by default the first. */
  forvaltningId?: number;
}

interface AllocationPlace {
  allocation: Allocation;
  tally: DepartmentTally;
  atDepartmentLevel: boolean;
  unitOpen: boolean;
  activityCount: number;
}

export function computeCoverageSummary(
  picture: YearPicture,
  period: FollowUpPeriod,
  options: CoverageOptions = {}
): CoverageSummary {
  return computeCoverageSummaries(picture, period, [options.forvaltningId])[0];
}

/** What one summary counts: its förvaltning, the goals that bind it, its departments' tallies. */
interface Scope {
  top: OrgUnit | undefined;
  goals: Goal[];
  goalIds: number[];
  /** The same ids, for the allocations' check. */
  counts: ReadonlySet<number>;
  tallies: DepartmentTally[];
}

/**
 * Several förvaltningar's summaries in the same passes over the year, each exactly as it would be
 * alone: a unit's allocations and activities land in its own department's tally, and a department
 * lies under one förvaltning. The region's eight read its 80,000 activities once, not eight times.
 */
export function computeCoverageSummaries(
  picture: YearPicture,
  period: FollowUpPeriod,
  forvaltningIds: ReadonlyArray<number | undefined>
): CoverageSummary[] {
  const byId = orgUnitsById(picture.orgUnits);
  const tops = forvaltningIds.map((forvaltningId) => topOrgUnit(picture.orgUnits, forvaltningId));
  // A förvaltning asked for twice is counted once.
  const scopes = [...new Map(tops.map((top) => [top?.id, top])).values()].map((top): Scope => {
    const goals = countedGoals(picture, top?.id);
    const goalIds = goals.map((goal) => goal.id);
    return { top, goals, goalIds, counts: new Set(goalIds), tallies: departmentsOf(picture.orgUnits, top).map((unit) => newTally(unit.id, unit.name)) };
  });
  const scopeOfTally = new Map(scopes.flatMap((scope) => scope.tallies.map((tally) => [tally, scope] as const)));
  const tallyOfUnit = mapUnitsToTallies(picture.orgUnits, byId, [...scopeOfTally.keys()]);

  const places = placeAllocations(picture.allocations, scopeOfTally, byId, tallyOfUnit);
  countActivities(picture, period, places);
  const placesOf = new Map<Scope, AllocationPlace[]>(scopes.map((scope) => [scope, []]));
  for (const place of places.values()) placesOf.get(scopeOfTally.get(place.tally)!)!.push(place);
  for (const scope of scopes) recordAllocationGaps(placesOf.get(scope)!, scope.goals);

  const summaries = new Map(scopes.map(({ top, goalIds, tallies }) => {
    const departments = tallies.map((tally) => toDepartmentCoverage(tally, goalIds));
    const summary: CoverageSummary = {
      year: picture.year,
      period,
      organisationId: top?.id,
      organisationName: top === undefined ? '' : textName(top),
      goalIds,
      departments,
      totals: computeTotals(departments, goalIds.length),
      gaps: collectGaps(tallies, departments),
      highlights: tallies.flatMap((tally) => tally.highlights.sort((x, y) => x.activityId - y.activityId))
    };
    return [top?.id, summary] as const;
  }));
  return tops.map((top) => summaries.get(top?.id)!);
}

/** The year's goals that bind the förvaltning: the region's and its own. */
export function countedGoals(picture: Pick<YearPicture, 'year' | 'goals'>, forvaltningId: number | undefined): Goal[] {
  return picture.goals
    .filter((goal) => goal.year === picture.year && !goal.retired && goalBinds(goal, forvaltningId))
    .sort((a, b) => compareSwedish(a.code, b.code) || a.id - b.id);
}

/** The open departments under the förvaltning, by name: the ones counted, in the order shown. */
export function departmentsOf(orgUnits: readonly OrgUnit[], top: OrgUnit | undefined): OrgUnit[] {
  return orgUnits
    .filter((unit) => unit.level === 'avdelning' && !unit.closed)
    .filter((unit) => top === undefined || unit.parentId === top.id)
    .sort((a, b) => compareSwedish(a.name, b.name) || a.id - b.id);
}

/** Also counts each department's open units, which needs the same walk. */
function mapUnitsToTallies(
  orgUnits: readonly OrgUnit[],
  byId: OrgUnitsById,
  tallies: readonly DepartmentTally[]
): Map<number, DepartmentTally> {
  const tallyOfDepartment = new Map(tallies.map((tally) => [tally.departmentId, tally]));
  const tallyOfUnit = new Map<number, DepartmentTally>();
  for (const unit of orgUnits) {
    const departmentId = departmentIdOf(unit.id, byId);
    const tally = departmentId === undefined ? undefined : tallyOfDepartment.get(departmentId);
    if (tally === undefined) continue;
    tallyOfUnit.set(unit.id, tally);
    if (unit.id !== tally.departmentId && !unit.closed) tally.unitsTotal += 1;
  }
  return tallyOfUnit;
}

function placeAllocations(
  allocations: readonly Allocation[],
  scopeOfTally: ReadonlyMap<DepartmentTally, Scope>,
  byId: OrgUnitsById,
  tallyOfUnit: ReadonlyMap<number, DepartmentTally>
): Map<number, AllocationPlace> {
  const places = new Map<number, AllocationPlace>();
  for (const allocation of allocations) {
    const tally = tallyOfUnit.get(allocation.orgUnitId);
    if (tally === undefined || scopeOfTally.get(tally)?.counts.has(allocation.goalId) !== true) continue;
    const atDepartmentLevel = allocation.orgUnitId === tally.departmentId;
    const unitOpen = byId.get(allocation.orgUnitId)?.closed !== true;
    if (atDepartmentLevel) {
      tally.heldGoalIds.add(allocation.goalId);
    } else {
      tally.unitAllocations += 1;
      if (unitOpen) tally.reachedUnitIds.add(allocation.orgUnitId);
      if (unitOpen && !allocation.agreedWithUnitHead) {
        tally.agreementGaps.push({
          code: 'allocationWithoutAgreement', departmentId: tally.departmentId, allocationId: allocation.id,
          goalId: allocation.goalId, orgUnitId: allocation.orgUnitId
        });
      }
    }
    places.set(allocation.id, { allocation, tally, atDepartmentLevel, unitOpen, activityCount: 0 });
  }
  return places;
}

/** Activities starting after the period covers are not yet due for its follow-up. */
function countActivities(
  picture: YearPicture,
  period: FollowUpPeriod,
  places: ReadonlyMap<number, AllocationPlace>
): void {
  const key = periodKey(period);
  const coversUntil = periodCoversUntil(period);
  const followedUpIds: number[] = [];
  for (const followUp of picture.followUps) {
    // Compared field by field: a key string per follow-up is slow at scale.
    const inPeriod = followUp.period.year === period.year && followUp.period.kind === period.kind;
    if (inPeriod) followedUpIds.push(followUp.activityId);
  }
  const followedUp = idSetOf(followedUpIds);
  for (const activity of picture.activities) {
    const place = places.get(activity.allocationId);
    if (place === undefined) continue;
    const { tally } = place;
    place.activityCount += 1;
    if (place.atDepartmentLevel) tally.departmentLevelActivities += 1;
    else tally.unitLevelActivities += 1;
    if (activity.highlighted === true && activity.status !== 'avbruten') {
      tally.highlights.push({ activityId: activity.id, departmentId: tally.departmentId, title: activity.title });
    }
    const due = place.unitOpen && (activity.startDate === undefined || activity.startDate <= coversUntil);
    if (!due) continue;
    tally.activitiesDue += 1;
    if (followedUp.has(activity.id)) {
      tally.activitiesFollowedUp += 1;
    } else {
      tally.followUpGaps.push({
        code: 'activityWithoutFollowUp',
        departmentId: tally.departmentId,
        activityId: activity.id,
        allocationId: activity.allocationId,
        orgUnitId: place.allocation.orgUnitId,
        periodKey: key
      });
    }
  }
}

/** Department level first (what the paper reports), then in goal order. */
function recordAllocationGaps(places: readonly AllocationPlace[], goals: readonly Goal[]): void {
  const goalOrder = new Map(goals.map((goal, index) => [goal.id, index]));
  const empty = places.filter((place) => place.activityCount === 0 && place.unitOpen);
  empty.sort(
    (a, b) =>
      Number(b.atDepartmentLevel) - Number(a.atDepartmentLevel) ||
      (goalOrder.get(a.allocation.goalId) ?? 0) - (goalOrder.get(b.allocation.goalId) ?? 0) ||
      a.allocation.orgUnitId - b.allocation.orgUnitId
  );
  for (const place of empty) {
    const gap: AllocationGap = {
      code: 'allocationWithoutActivities',
      departmentId: place.tally.departmentId,
      allocationId: place.allocation.id,
      goalId: place.allocation.goalId,
      orgUnitId: place.allocation.orgUnitId
    };
    place.tally.allocationGaps.push(gap);
  }
}
