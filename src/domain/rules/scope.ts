// Which org units an actor may act on. Kept apart from the rules so every rule uses one definition.

import type { OrgUnit, Person } from '../model';
import { ancestorIds, sameLogin, type OrgUnitsById } from '../organisation';
import type { Actor } from './actor';

export function heads(actor: Actor, orgUnitId: number | undefined): boolean {
  return orgUnitId !== undefined && actor.headOfOrgUnitIds.includes(orgUnitId);
}

/**
 * Allocating to a unit is its parent's decision: the parent's head allocates, and the regional
 * staff act for every förvaltning, a förvaltning's own staff for theirs, when the target is a department.
 */
export function mayAllocateTo(actor: Actor, target: OrgUnit): boolean {
  if (target.level === 'avdelning' && actor.isRegionalStaff) return true;
  if (target.level === 'avdelning' && target.parentId !== undefined && actor.staffOfForvaltningIds.includes(target.parentId)) return true;
  return heads(actor, target.parentId);
}

/**
 * Activities and follow-ups at a unit: its head and the heads above it, the regional staff who
 * support everyone's environmental work, and the person responsible for the activity.
 */
export function mayWorkAt(actor: Actor, unit: OrgUnit, byId: OrgUnitsById, responsible?: Person): boolean {
  if (actor.isRegionalStaff || heads(actor, unit.id)) return true;
  if (responsible !== undefined && sameLogin(responsible.login, actor.person.login)) return true;
  return ancestorIds(unit.id, byId).some((id) => heads(actor, id));
}
