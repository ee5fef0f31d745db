// Reading the organisation tree: parents, ancestors, the department a unit belongs to.
// Every walk is guarded against cycles, since the tree comes from hand-edited list items.

import { compareSwedish } from './collation';
import type { Goal, OrgUnit } from './model';

export type OrgUnitsById = ReadonlyMap<number, OrgUnit>;

export function orgUnitsById(orgUnits: readonly OrgUnit[]): Map<number, OrgUnit> {
  return new Map(orgUnits.map((unit) => [unit.id, unit]));
}

/** Parent first, up to the top. */
export function ancestorIds(unitId: number, byId: OrgUnitsById): number[] {
  const ancestors: number[] = [];
  const seen = new Set<number>([unitId]);
  let parentId = byId.get(unitId)?.parentId;
  while (parentId !== undefined && !seen.has(parentId)) {
    ancestors.push(parentId);
    seen.add(parentId);
    parentId = byId.get(parentId)?.parentId;
  }
  return ancestors;
}

/** The avdelning a unit is, or lies under; undefined for the förvaltning and for orphans. */
export function departmentIdOf(unitId: number, byId: OrgUnitsById): number | undefined {
  const unit = byId.get(unitId);
  if (unit === undefined) return undefined;
  if (unit.level === 'avdelning') return unit.id;
  return ancestorIds(unitId, byId).find((id) => byId.get(id)?.level === 'avdelning');
}

/** The förvaltning a unit lies under, or is; undefined for orphans. */
export function forvaltningIdOf(unitId: number, byId: OrgUnitsById): number | undefined {
  return [unitId, ...ancestorIds(unitId, byId)].find((id) => byId.get(id)?.level === 'forvaltning');
}

/** The förvaltning a view is about: the one asked for, else the first (lowest id). */
export function topOrgUnit(orgUnits: readonly OrgUnit[], forvaltningId?: number): OrgUnit | undefined {
  const candidates = orgUnits.filter((unit) => unit.level === 'forvaltning');
  if (forvaltningId !== undefined) return candidates.find((unit) => unit.id === forvaltningId);
  return candidates.reduce<OrgUnit | undefined>(
    (first, unit) => (first === undefined || unit.id < first.id ? unit : first),
    undefined
  );
}

/** The open förvaltningar, by name: the ones a region's summary counts, in the order shown. */
export function forvaltningarOf(orgUnits: readonly OrgUnit[]): OrgUnit[] {
  return orgUnits
    .filter((unit) => unit.level === 'forvaltning' && !unit.closed)
    .sort((a, b) => compareSwedish(textName(a), textName(b)) || a.id - b.id);
}

/** A goal of the region binds every förvaltning; a förvaltningsmål only its own. */
export function goalBinds(goal: Pick<Goal, 'forvaltningId'>, forvaltningId: number | undefined): boolean {
  return goal.forvaltningId === undefined || goal.forvaltningId === forvaltningId;
}

/** The name running text uses, e.g. "Regionstyrelsen" rather than "Regionstyrelsens förvaltning". */
export function textName(unit: OrgUnit): string {
  return unit.shortName ?? unit.name;
}

export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
