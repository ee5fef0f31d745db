// Where activities may be registered, edited and moved: only on a goal allocated to that unit.

import type { YearPicture } from '../model';
import { orgUnitsById } from '../organisation';
import type { Actor } from './actor';
import { findActivityAt, findAllocationAt } from './lookup';
import { allowed, refused, type RuleResult } from './refusal';
import { mayWorkAt } from './scope';

export interface ActivityTarget {
  goalId: number;
  orgUnitId: number;
}

export function canRegisterActivity(actor: Actor, target: ActivityTarget, picture: YearPicture): RuleResult {
  const unit = picture.orgUnits.find((candidate) => candidate.id === target.orgUnitId);
  if (unit === undefined) return refused('orgUnitNotFound', { orgUnitId: target.orgUnitId });
  const goal = picture.goals.find((candidate) => candidate.id === target.goalId && candidate.year === picture.year);
  if (goal === undefined) return refused('goalNotFound', { goalId: target.goalId });
  if (!mayWorkAt(actor, unit, orgUnitsById(picture.orgUnits))) return refused('outsideScope', {});
  if (unit.closed) return refused('unitClosed', { orgUnitId: unit.id });
  if (goal.retired) return refused('goalRetired', { goalId: goal.id });
  const allocated = picture.allocations.some(
    (allocation) => allocation.goalId === goal.id && allocation.orgUnitId === unit.id
  );
  if (!allocated) return refused('goalNotAllocatedToUnit', { goalId: goal.id, orgUnitId: unit.id });
  return allowed;
}

/** Editing or removing an existing activity; its responsible person may do so too. */
export function canEditActivity(actor: Actor, activityId: number, picture: YearPicture): RuleResult {
  const found = findActivityAt(activityId, picture);
  if (!found.ok) return found;
  const { activity, unit } = found.value;
  if (!mayWorkAt(actor, unit, orgUnitsById(picture.orgUnits), activity.responsible)) {
    return refused('outsideScope', {});
  }
  if (unit.closed) return refused('unitClosed', { orgUnitId: unit.id });
  return allowed;
}

/**
 * Moving all activities of one allocation to another (before removing the first): the actor
 * must be able to work at both units, and the target must take new activities.
 */
export function canMoveActivities(
  actor: Actor,
  fromAllocationId: number,
  toAllocationId: number,
  picture: YearPicture
): RuleResult {
  if (fromAllocationId === toAllocationId) return refused('sameAllocation', { allocationId: toAllocationId });
  const from = findAllocationAt(fromAllocationId, picture);
  if (!from.ok) return from;
  const to = findAllocationAt(toAllocationId, picture);
  if (!to.ok) return to;
  const byId = orgUnitsById(picture.orgUnits);
  if (!mayWorkAt(actor, from.value.unit, byId)) return refused('outsideScope', {});
  // A closed unit's activities are its history.
  if (from.value.unit.closed) return refused('unitClosed', { orgUnitId: from.value.unit.id });
  const { allocation, unit } = to.value;
  return canRegisterActivity(actor, { goalId: allocation.goalId, orgUnitId: unit.id }, picture);
}

/**
 * Marking an activity "lyft fram i rapporten", or unmarking it: the heads at or above its unit and
 * the regional staff, who answer for what the report puts before the board. The responsible
 * person may edit the activity but not this.
 */
export function canHighlightActivity(actor: Actor, orgUnitId: number, picture: YearPicture): RuleResult {
  const unit = picture.orgUnits.find((candidate) => candidate.id === orgUnitId);
  if (unit === undefined) return refused('orgUnitNotFound', { orgUnitId });
  if (!mayWorkAt(actor, unit, orgUnitsById(picture.orgUnits))) return refused('outsideScope', {});
  return allowed;
}
