// Finding people in the tenant's directory and making sure the site can store one. A person field
// searches as the user types and resolves the one chosen, so someone the site cannot add is
// refused beside the field, before a save that would fail for it.
import type { Person } from '../domain/model';
import type { IFailed } from './outcomes';

/** Someone the directory suggests: the sign-in name SharePoint stores, the name and e-mail to tell them apart. */
export type PersonSuggestion = Person;

export type ResolveOutcome =
  | { kind: 'found'; person: Person }
  /** SharePoint knows nobody by this sign-in name: a typo, someone who left, an outside address. */
  | { kind: 'notFound'; login: string }
  /** No answer (offline, busy): the person is checked again when the item is saved. */
  | IFailed;

export interface CurrentUser {
  person: Person;
  /** Titles of the SharePoint groups the user is in. */
  groups: string[];
  /** In the regional staff's group ("Miljömål regionstab"): keeps goals and organisation, allocates to departments. */
  isRegionalStaff: boolean;
  /** In the department heads' group: allocates goals to the department's units. */
  isDepartmentHead: boolean;
  /** In the unit heads' group: registers and follows up the unit's activities. */
  isUnitHead: boolean;
  /** The förvaltningar whose staff group ("Miljömål förvaltningsstab <id>") the user is in: they allocate to its departments. */
  staffOfForvaltningIds: number[];
  isSiteAdmin: boolean;
}

/** Reads reject only with a ReadError; a person's resolution never rejects. */
export interface IPeople {
  currentUser(): Promise<CurrentUser>;
  /**
   * The open org units the current user heads (the Organisation list's Chef), by id: what the
   * summary's lean year leaves out (it reads no heads), for the card's role. One small request.
   */
  headedOrgUnitIds(): Promise<number[]>;
  /** The directory's people matching what was typed (a name or an address), best first; at most ten. */
  searchPeople(query: string): Promise<PersonSuggestion[]>;
  /** Whether the site can store this person (SharePoint's ensureUser); never rejects. */
  resolvePerson(login: string): Promise<ResolveOutcome>;
  /**
   * resolvePerson for many at once (an import's heads), each login's outcome in the order given:
   * a few requests for hundreds of people. Never rejects.
   */
  resolvePeople(logins: readonly string[]): Promise<ResolveOutcome[]>;
}
