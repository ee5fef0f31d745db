// SharePoint's people picker service and ensureUser, for the person fields. Loaded on demand (the
// repository imports this module dynamically): only an editor that chooses a person needs it, and
// the summary's first chunk has no room for the profiles module.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import type { PersonSuggestion, ResolveOutcome } from '../ports';
import { failureOf, guardRead } from './errors';
import { loginFromClaims } from './people';
import { isUnknownPerson } from './unknownPerson';

export { isUnknownPerson };

// PnPjs's PrincipalType.User and PrincipalSource.All as numbers: importing its enums puts every enum
// of @pnp/sp's types module into the first chunk (they cannot be tree-shaken), 584 B gzipped measured.
const user = 1;
const allSources = 15;

/** Ten is what fits a suggestion list on a phone; more means the user should type more. */
export const maxSuggestions = 10;

interface PickerEntity {
  Key?: string;
  DisplayText?: string;
  EntityType?: string;
  EntityData?: { Email?: string };
}

/**
 * The people in a picker answer. The service answers a JSON string inside the JSON answer (PnPjs
 * parses it; a string is parsed here in case it did not); groups and unresolved entries are left
 * out, because a User field holds only a person.
 */
export function suggestionsFrom(answer: unknown): PersonSuggestion[] {
  const entities: unknown = typeof answer === 'string' ? JSON.parse(answer) : answer;
  if (!Array.isArray(entities)) return [];
  const byLogin = new Map<string, PersonSuggestion>();
  for (const entity of entities as PickerEntity[]) {
    if (entity === null || typeof entity !== 'object' || typeof entity.Key !== 'string') continue;
    if (entity.EntityType !== undefined && entity.EntityType !== 'User') continue;
    const login = loginFromClaims(entity.Key).trim();
    if (login === '' || byLogin.has(login.toLowerCase())) continue;
    const email = entity.EntityData?.Email?.trim() || undefined;
    byLogin.set(login.toLowerCase(), { login, name: entity.DisplayText?.trim() || login, email });
  }
  return Array.from(byLogin.values()).slice(0, maxSuggestions);
}

export function searchPeople(sp: SPFI, query: string): Promise<PersonSuggestion[]> {
  return guardRead(async () => suggestionsFrom(await sp.profiles.clientPeoplePickerSearchUser({
    QueryString: query.trim(),
    MaximumEntitySuggestions: maxSuggestions,
    PrincipalSource: allSources,
    PrincipalType: user,
    AllowEmailAddresses: true,
    AllowMultipleEntities: false
  })));
}

export async function resolvePerson(sp: SPFI, login: string): Promise<ResolveOutcome> {
  const wanted = login.trim();
  try {
    const user = await sp.web.ensureUser(wanted);
    const resolved = loginFromClaims(String(user.LoginName ?? wanted));
    return { kind: 'found', person: { login: resolved, name: String(user.Title ?? '') || resolved, email: (user.Email as string | undefined) || undefined } };
  } catch (error) {
    return isUnknownPerson(error) ? { kind: 'notFound', login: wanted } : failureOf(error);
  }
}
