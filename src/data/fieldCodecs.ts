// How a stored value becomes a model value and back, one way per kind of property. Each default
// for an absent value is the one the UI has always been given: '' for text it shows, undefined
// (not null) for what it leaves out, false for a flag it must answer.
import type { Person } from '../domain/model';
import type { Codec } from './listFields';
import { toPerson } from './people';

export const asIs: Codec<any> = { read: (value) => value, write: (value) => value }; // eslint-disable-line @typescript-eslint/no-explicit-any

export function withDefault<V>(fallback: V): Codec<V> {
  return { read: (value) => value ?? fallback, write: (value) => value };
}

export const text: Codec<string> = withDefault('');

/** Empty text is no text: cleared in the list, absent in the model. */
export const optionalText: Codec<string | undefined> = { read: (value) => value || undefined, write: (value) => value ?? null };

export const optional: Codec<number | undefined> = { read: (value) => value ?? undefined, write: (value) => value ?? null };

export const flag: Codec<boolean> = { read: (value) => value === true, write: (value) => value };

/** A flag the model only mentions when it is set. */
export const optionalFlag: Codec<boolean | undefined> = { read: (value) => value === true || undefined, write: (value) => value === true };

/** `YYYY-MM-DD`: mapping and item bodies turn it into the site's midnight and back (siteCalendar.ts). */
export const dateOnly: Codec<string | undefined> = optionalText;

export const person: Codec<Person | undefined> = {
  read: toPerson,
  write: (value, userIdOf) => userIdOf(value?.login)
};

/** Someone who always did it (who allocated): a nameless person when the list lost them. */
export const requiredPerson: Codec<Person> = {
  read: (value) => toPerson(value) ?? { login: '', name: '' },
  write: (value, userIdOf) => userIdOf(value.login)
};
