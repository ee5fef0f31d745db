// What the regional staff keep: the goals, the organisation tree and its places' groups.
// Part of the port (repository.ts composes the parts): SharePointRepository (src/data) is the real
// one, MemoryRepository (test/support) the tests' twin, and test/contract holds both to the same expectations.
import type { Goal, OrgUnit } from '../domain/model';
import type { Draft, WriteOutcome } from './outcomes';

/** A new unit of a batch, with the key its retried create is found by. */
export interface OrgUnitAdd {
  unit: Draft<OrgUnit>;
  clientKey: string;
}

/** A changed unit of a batch, with the version it was read at. */
export interface OrgUnitUpdate {
  unit: OrgUnit;
  etag: string;
}

/** A department's (or the förvaltning's) group whose members are not the heads the Organisation list names. */
export interface PlaceGroupMismatch {
  placeId: number;
  /** No group yet: a site owner's "Skapa listor" makes it. */
  groupMissing: boolean;
  /** Sign-in names of heads who are not members. */
  missing: string[];
  /** Members who head nothing there. */
  extra: string[];
}

/** Writes never reject: every failure is an outcome. */
export interface IOrganisation {
  addGoal(goal: Draft<Goal>): Promise<WriteOutcome<Goal>>;
  updateGoal(goal: Goal, etag: string): Promise<WriteOutcome<Goal>>;
  /** Org units with exactly this name (any characters: quotes, &, #, åäö, emoji). */
  orgUnitsNamed(name: string): Promise<OrgUnit[]>;
  /** `clientKey` as for activities: a retried create lands once (names alone repeat in a tree). */
  addOrgUnit(unit: Draft<OrgUnit>, clientKey: string): Promise<WriteOutcome<OrgUnit>>;
  updateOrgUnit(unit: OrgUnit, etag: string): Promise<WriteOutcome<OrgUnit>>;
  /**
   * Many new units at once, in a few requests (an import's thousand): each its own outcome, in the
   * order given, as addOrgUnit would answer it. None may be another's parent: a parent's id is
   * known only once it is saved, so a tree goes level by level. Never rejects.
   */
  addOrgUnits(units: ReadonlyArray<OrgUnitAdd>): Promise<Array<WriteOutcome<OrgUnit>>>;
  /** Many changed units at once, each its own outcome in the order given, as updateOrgUnit would answer it. */
  updateOrgUnits(units: ReadonlyArray<OrgUnitUpdate>): Promise<Array<WriteOutcome<OrgUnit>>>;
  /** Each place's group against the heads of the Organisation list; the places that differ. */
  placeGroupMismatches(): Promise<PlaceGroupMismatch[]>;
  /** Puts each existing place group's members in step with the heads, as an organisation edit does; the saved value is how many changed. */
  syncPlaceGroups(): Promise<WriteOutcome<number>>;
}
