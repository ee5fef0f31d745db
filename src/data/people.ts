import type { Person } from '../domain/model';

/** A person as SharePoint expands a User field: `Field/Name` is the claims login. */
export interface SharePointPerson {
  Id?: number;
  Title?: string;
  Name?: string;
  EMail?: string;
}

/** Resolves a person's login to the site user id that a User field stores. */
export type UserIdOf = (login: string | undefined) => Promise<number | null>;

export const personProjection = ['Id', 'Title', 'Name', 'EMail'];

/** `i:0#.f|membership|anna@region.se` → `anna@region.se`; plain logins pass through. */
export function loginFromClaims(claims: string): string {
  const bar = claims.lastIndexOf('|');
  return bar >= 0 ? claims.slice(bar + 1) : claims;
}

export function toPerson(value: SharePointPerson | null | undefined): Person | undefined {
  if (!value || (!value.Name && !value.EMail)) return undefined;
  const login = loginFromClaims(value.Name ?? value.EMail ?? '');
  return { login, name: value.Title ?? login, email: value.EMail || undefined };
}
