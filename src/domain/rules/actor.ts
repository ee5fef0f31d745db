// Who is acting: a person, whether they are regional staff, and which org units they head.
// Roles are derived from the org units' heads, so a reorganisation needs no separate role list.

import type { OrgUnit, Person } from '../model';
import { sameLogin } from '../organisation';

export interface Actor {
  person: Person;
  /** Keeps goals and organisation up to date and allocates the year's goals to departments. */
  isRegionalStaff: boolean;
  /** Open org units this person heads. */
  headOfOrgUnitIds: readonly number[];
  /** The förvaltningar whose own staff this person is: allocates to their departments, as their heads do. */
  staffOfForvaltningIds: readonly number[];
}

export type Role = 'regionalStaff' | 'forvaltningHead' | 'departmentHead' | 'unitHead' | 'reader';

/** isRegionalStaff and a förvaltning's staff come from outside the domain (SharePoint groups). */
export function deriveActor(person: Person, orgUnits: readonly OrgUnit[], isRegionalStaff: boolean,
  staffOfForvaltningIds: readonly number[] = []): Actor {
  const headOfOrgUnitIds = orgUnits
    .filter((unit) => !unit.closed && unit.head !== undefined && sameLogin(unit.head.login, person.login))
    .map((unit) => unit.id);
  return { person, isRegionalStaff, headOfOrgUnitIds, staffOfForvaltningIds };
}

/** All roles an actor holds; 'reader' only when they hold no other. */
export function actorRoles(actor: Actor, orgUnits: readonly OrgUnit[]): Role[] {
  const roles: Role[] = actor.isRegionalStaff ? ['regionalStaff'] : [];
  const headedLevels = new Set(
    orgUnits.filter((unit) => actor.headOfOrgUnitIds.includes(unit.id)).map((unit) => unit.level)
  );
  if (headedLevels.has('forvaltning')) roles.push('forvaltningHead');
  if (headedLevels.has('avdelning')) roles.push('departmentHead');
  if (headedLevels.has('enhet')) roles.push('unitHead');
  return roles.length > 0 ? roles : ['reader'];
}
