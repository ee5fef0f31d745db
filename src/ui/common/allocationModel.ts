// What the Fördelning view shows for an actor: one grid per org unit whose children they allocate
// to (the förvaltning's departments for the regional staff, a department's units for its head),
// or, for those who allocate nothing, the grid that concerns them, read-only. No rule is decided
// here: a cell is editable only when the domain says the actor may allocate at that org unit.

import { compareSwedish } from '../../domain/collation';
import type { Activity, Allocation, Goal, OrgUnit, YearPicture } from '../../domain/model';
import { goalBinds, topOrgUnit } from '../../domain/organisation';
import type { Actor } from '../../domain/rules/actor';
import { canAllocate, type AllocationTarget } from '../../domain/rules/allocationRules';

export interface AllocationGrid {
  /** The org unit that allocates: the förvaltning (to departments) or a department (to units). */
  parent: OrgUnit;
  /** Open children of the parent, by name. */
  rows: OrgUnit[];
  /** The goals the parent holds (every goal of the year for the förvaltning), by code. */
  goals: Goal[];
  /** Goals of the year the parent does not hold: a department head cannot pass them on. */
  goalsNotHeld: Goal[];
  editable: boolean;
}

export type Audience = 'allocator' | 'unitHead' | 'reader';

export interface AllocationPlan {
  audience: Audience;
  grids: AllocationGrid[];
  /** For a unit head: the department heads who allocate to their units. */
  allocatingHeads: OrgUnit[];
}

export function cellKey(goalId: number, orgUnitId: number): string {
  return `${goalId}:${orgUnitId}`;
}

export function compareGoals(a: Goal, b: Goal): number {
  return compareSwedish(a.code, b.code) || compareSwedish(a.title, b.title);
}

function byName(a: OrgUnit, b: OrgUnit): number {
  return compareSwedish(a.name, b.name);
}

/** The year's goals that bind the förvaltning the grid lies in: the region's and its own. */
function yearGoals(picture: YearPicture, forvaltningId: number | undefined): Goal[] {
  return picture.goals.filter((goal) => goal.year === picture.year && !goal.retired && goalBinds(goal, forvaltningId)).sort(compareGoals);
}

function gridFor(parent: OrgUnit, picture: YearPicture, editable: boolean): AllocationGrid {
  const all = yearGoals(picture, parent.level === 'forvaltning' ? parent.id : parent.parentId);
  const held = parent.level === 'forvaltning'
    ? new Set(all.map((goal) => goal.id))
    : new Set(picture.allocations.filter((allocation) => allocation.orgUnitId === parent.id).map((allocation) => allocation.goalId));
  const rows = picture.orgUnits.filter((unit) => unit.parentId === parent.id && !unit.closed).sort(byName);
  return {
    parent,
    rows,
    goals: all.filter((goal) => held.has(goal.id)),
    goalsNotHeld: all.filter((goal) => !held.has(goal.id)),
    editable
  };
}

/** The grids an actor works in, top-down: the förvaltning's first, then departments by name. */
export function planFor(actor: Actor, picture: YearPicture): AllocationPlan {
  const top = topOrgUnit(picture.orgUnits);
  const open = picture.orgUnits.filter((unit) => !unit.closed);
  const allocatingParents = open
    .filter((unit) => unit.level === 'forvaltning' || unit.level === 'avdelning')
    // The regional staff allocate to every förvaltning's departments (one grid each), a förvaltning's staff to its.
    .filter((unit) => actor.headOfOrgUnitIds.includes(unit.id)
      || (unit.level === 'forvaltning' && (actor.isRegionalStaff || actor.staffOfForvaltningIds.includes(unit.id))))
    .sort((a, b) => (a.level === b.level ? byName(a, b) : a.level === 'forvaltning' ? -1 : 1));
  if (allocatingParents.length > 0) {
    return { audience: 'allocator', grids: allocatingParents.map((parent) => gridFor(parent, picture, true)), allocatingHeads: [] };
  }
  const headedUnits = open.filter((unit) => unit.level === 'enhet' && actor.headOfOrgUnitIds.includes(unit.id));
  const departments = uniqueById(
    headedUnits.map((unit) => picture.orgUnits.find((candidate) => candidate.id === unit.parentId)).filter(isDefined)
  ).sort(byName);
  if (departments.length > 0) {
    return { audience: 'unitHead', grids: departments.map((department) => gridFor(department, picture, false)), allocatingHeads: departments };
  }
  return { audience: 'reader', grids: top === undefined ? [] : [gridFor(top, picture, false)], allocatingHeads: [] };
}

/**
 * The grid of the department above a unit a link named, read-only, when the actor's own grids do
 * not hold that unit (the regional staff allocate to departments; a unit's samråd is in its
 * department's grid): undefined when they already show it, or the unit has no department.
 */
export function visitedGrid(plan: AllocationPlan, picture: YearPicture, orgUnitId: number): AllocationGrid | undefined {
  const unit = picture.orgUnits.find((candidate) => candidate.id === orgUnitId);
  if (unit?.level !== 'enhet' || plan.grids.some((grid) => grid.rows.some((row) => row.id === orgUnitId))) return undefined;
  const department = picture.orgUnits.find((candidate) => candidate.id === unit.parentId);
  return department === undefined ? undefined : gridFor(department, picture, false);
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

function uniqueById(units: OrgUnit[]): OrgUnit[] {
  return units.filter((unit, index) => units.findIndex((other) => other.id === unit.id) === index);
}

export function allocationAt(picture: YearPicture, goalId: number, orgUnitId: number): Allocation | undefined {
  return picture.allocations.find((allocation) => allocation.goalId === goalId && allocation.orgUnitId === orgUnitId);
}

export function activitiesOf(picture: YearPicture, allocationId: number): Activity[] {
  return picture.activities.filter((activity) => activity.allocationId === allocationId);
}

/** The empty cells of a grid the actor may fill: what "fördela alla" would add. */
export function openTargets(grid: AllocationGrid, actor: Actor, picture: YearPicture): AllocationTarget[] {
  if (!grid.editable) return [];
  return grid.rows.flatMap((unit) =>
    grid.goals
      .map((goal): AllocationTarget => ({ goalId: goal.id, orgUnitId: unit.id }))
      .filter((target) => canAllocate(actor, target, picture).ok));
}

/** Other allocations of the same org unit, by goal code: where activities may move. */
export function siblingAllocations(picture: YearPicture, allocation: Allocation): Allocation[] {
  const goals = new Map(picture.goals.map((goal) => [goal.id, goal]));
  return picture.allocations
    .filter((candidate) => candidate.orgUnitId === allocation.orgUnitId && candidate.id !== allocation.id && candidate.id > 0)
    .filter((candidate) => goals.get(candidate.goalId)?.retired !== true)
    .sort((a, b) => {
      const goalA = goals.get(a.goalId);
      const goalB = goals.get(b.goalId);
      return goalA !== undefined && goalB !== undefined ? compareGoals(goalA, goalB) : a.id - b.id;
    });
}
