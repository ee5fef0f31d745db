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
