// The people a person field suggests, and what a typed person becomes.
import { compareSwedish } from '../../domain/collation';
import type { Person, YearPicture } from '../../domain/model';

/** What the person field holds while editing: a sign-in name and a display name, as typed. */
export interface IPersonInput {
  login: string;
  name: string;
}

export const noPerson: IPersonInput = { login: '', name: '' };

export function toPersonInput(person: Person | undefined): IPersonInput {
  return person === undefined ? noPerson : { login: person.login, name: person.name };
}

/** An e-mail-shaped sign-in name (UPN), as SharePoint resolves people by. */
export function isLogin(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

export function isPersonInput(value: unknown): value is IPersonInput {
  const candidate = value as IPersonInput | null;
  return candidate !== null && typeof candidate === 'object' && typeof candidate.login === 'string' && typeof candidate.name === 'string';
}

/** The person to save; undefined when no login was given. The display name falls back to the login. */
export function personFromInput(input: IPersonInput, known: readonly Person[] = []): Person | undefined {
  const login = input.login.trim();
  if (login === '') return undefined;
  const match = findPerson(known, login);
  const name = input.name.trim() || match?.name || login;
  return { login, name, email: match?.email ?? (isLogin(login) ? login : undefined) };
}

export function findPerson(people: readonly Person[], login: string): Person | undefined {
  const wanted = login.trim().toLowerCase();
  return people.find((person) => person.login.toLowerCase() === wanted);
}

/**
 * Everyone the year's picture knows: org unit heads, activities' responsibles, who allocated, who
 * followed up, plus `extra` (e.g. the signed-in user). One entry per login, by name.
 */
export function knownPeople(picture: YearPicture, extra: readonly Person[] = []): Person[] {
  const byLogin = new Map<string, Person>();
  const add = (person: Person | undefined): void => {
    if (person === undefined || person.login.trim() === '') return;
    const key = person.login.toLowerCase();
    if (!byLogin.has(key)) byLogin.set(key, person);
  };
  extra.forEach(add);
  picture.orgUnits.forEach((unit) => add(unit.head));
  picture.activities.forEach((activity) => add(activity.responsible));
  picture.allocations.forEach((allocation) => add(allocation.allocatedBy));
  picture.followUps.forEach((followUp) => add(followUp.updatedBy));
  return Array.from(byLogin.values()).sort((a, b) => compareSwedish(a.name, b.name) || compareSwedish(a.login, b.login));
}
