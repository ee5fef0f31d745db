// Who may allocate a goal to an org unit, and when an allocation may be removed.

import type { Allocation, Goal, OrgUnit, YearPicture } from '../model';
import type { Actor } from './actor';
import { goalBinds } from '../organisation';
import { findAllocationAt } from './lookup';
import { allowed, refused, type RuleResult } from './refusal';
import { mayAllocateTo } from './scope';

export interface AllocationTarget {
  goalId: number;
  orgUnitId: number;
}

/**
 * The administration holds every goal of the year; a department holds what was allocated to it.
 * A unit cannot take a goal itself: it is allocated from the level above (i samråd).
 */
export function canAllocate(actor: Actor, target: AllocationTarget, picture: YearPicture): RuleResult {
  const goal = findGoal(picture, target.goalId);
  if (goal === undefined) return refused('goalNotFound', { goalId: target.goalId });
  const unit = picture.orgUnits.find((candidate) => candidate.id === target.orgUnitId);
  if (unit === undefined) return refused('orgUnitNotFound', { orgUnitId: target.orgUnitId });
  if (unit.level === 'forvaltning') return refused('levelNotAllocatable', { level: unit.level });
  if (!mayAllocateTo(actor, unit)) return refused('outsideScope', {});
  if (unit.closed) return refused('unitClosed', { orgUnitId: unit.id });
  if (goal.retired) return refused('goalRetired', { goalId: goal.id });
  const parentRefusal = checkParentHoldsGoal(unit, goal, picture);
  if (!parentRefusal.ok) return parentRefusal;
  const existing = picture.allocations.find(
    (allocation) => allocation.goalId === goal.id && allocation.orgUnitId === unit.id
  );
  if (existing !== undefined) return refused('duplicateAllocation', { allocationId: existing.id });
  return allowed;
}

/** Removing must not orphan activities, nor units holding a goal their department no longer has. */
export function canRemoveAllocation(actor: Actor, allocationId: number, picture: YearPicture): RuleResult {
  const found = findAllocationAt(allocationId, picture);
  if (!found.ok) return found;
  const { allocation, unit } = found.value;
  if (!mayAllocateTo(actor, unit)) return refused('outsideScope', {});
  // A closed unit's allocations are its history.
  if (unit.closed) return refused('unitClosed', { orgUnitId: unit.id });
  const activityCount = picture.activities.filter((activity) => activity.allocationId === allocation.id).length;
  if (activityCount > 0) return refused('allocationHasActivities', { count: activityCount });
  const unitAllocationCount = countChildAllocations(allocation, picture);
  if (unitAllocationCount > 0) return refused('allocationHasUnitAllocations', { count: unitAllocationCount });
  return allowed;
}

function findGoal(picture: YearPicture, goalId: number): Goal | undefined {
  return picture.goals.find((goal) => goal.id === goalId && goal.year === picture.year);
}

function checkParentHoldsGoal(unit: OrgUnit, goal: Goal, picture: YearPicture): RuleResult {
  const parent = picture.orgUnits.find((candidate) => candidate.id === unit.parentId);
  // A förvaltningsmål binds its own förvaltning's departments only.
  if (parent?.level === 'forvaltning' && !goalBinds(goal, parent.id)) return refused('goalOfAnotherForvaltning', { goalId: goal.id, parentId: parent.id });
  if (parent === undefined || parent.level === 'forvaltning') return allowed;
  const parentHolds = picture.allocations.some(
    (allocation) => allocation.goalId === goal.id && allocation.orgUnitId === parent.id
  );
  return parentHolds ? allowed : refused('parentDoesNotHoldGoal', { goalId: goal.id, parentId: parent.id });
}

function countChildAllocations(allocation: Allocation, picture: YearPicture): number {
  const childIds = new Set(
    picture.orgUnits.filter((unit) => unit.parentId === allocation.orgUnitId).map((unit) => unit.id)
  );
  return picture.allocations.filter(
    (candidate) => candidate.goalId === allocation.goalId && childIds.has(candidate.orgUnitId)
  ).length;
}
