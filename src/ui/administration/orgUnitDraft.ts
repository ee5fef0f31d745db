// An org unit as its form holds it: name, short name, where it sits, its head (sign-in name and
// display name: the site has no people search the web part could use), and whether it is closed.

import type { Draft } from '../../ports';
import type { IsoDate, OrgLevel, OrgUnit, Person } from '../../domain/model';
import { refusal } from '../../domain/rules/refusal';
import type { FieldErrors } from '../../domain/rules/validation/fieldChecks';
import { validateOrgUnitInput, type OrgUnitField } from '../../domain/rules/validation/validateOrgUnit';

export interface OrgUnitDraft {
  name: string;
  shortName: string;
  level: OrgLevel;
  parentId?: number;
  headLogin: string;
  headName: string;
  closed: boolean;
  closedOn: IsoDate;
  /** The unit code an import sets; the form does not show it. */
  code?: string;
}

export function newOrgUnitDraft(level: OrgLevel, parentId: number | undefined): OrgUnitDraft {
  return { name: '', shortName: '', level, parentId, headLogin: '', headName: '', closed: false, closedOn: '' };
}

export function orgUnitDraftOf(unit: OrgUnit): OrgUnitDraft {
  return {
    name: unit.name,
    shortName: unit.shortName ?? '',
    level: unit.level,
    parentId: unit.parentId,
    headLogin: unit.head?.login ?? '',
    headName: unit.head?.name ?? '',
    closed: unit.closed === true,
    closedOn: unit.closedOn ?? '',
    ...(unit.code === undefined ? {} : { code: unit.code })
  };
}

function headOf(draft: OrgUnitDraft, previous: Person | undefined): Person | undefined {
  const login = draft.headLogin.trim();
  if (login === '') return undefined;
  const name = draft.headName.trim() === '' ? login : draft.headName.trim();
  // The same person keeps their e-mail; a new one is found by the sign-in name.
  const email = previous !== undefined && previous.login.toLowerCase() === login.toLowerCase() ? previous.email : undefined;
  return email === undefined ? { login, name } : { login, name, email };
}

export function orgUnitFromDraft(draft: OrgUnitDraft, previous?: OrgUnit): Draft<OrgUnit> {
  const unit: Draft<OrgUnit> = { name: draft.name.trim(), level: draft.level };
  const shortName = draft.shortName.trim();
  if (shortName !== '') unit.shortName = shortName;
  // The form does not show the code an import set; an edit must not lose it.
  const code = draft.code ?? previous?.code;
  if (code !== undefined && code !== '') unit.code = code;
  if (draft.parentId !== undefined) unit.parentId = draft.parentId;
  const head = headOf(draft, previous?.head);
  if (head !== undefined) unit.head = head;
  if (draft.closed) {
    unit.closed = true;
    unit.closedOn = draft.closedOn;
  }
  return unit;
}

/** A sign-in name (UPN) looks like an e-mail address: something@domain, no spaces. */
const loginPattern = /^[^\s@]+@[^\s@]+$/;

export interface OrgUnitDraftErrors {
  /** The domain's refusals, by field. */
  fields: FieldErrors<OrgUnitField>;
  /** The form's own check of the head's sign-in name. */
  headLogin?: 'required' | 'invalid';
}

/** The domain's checks, and the form's own: a head's sign-in name, a closing date. */
export function validateOrgUnitDraft(draft: OrgUnitDraft, orgUnits: readonly OrgUnit[], id?: number): OrgUnitDraftErrors | undefined {
  const unit = orgUnitFromDraft(draft);
  const domain = validateOrgUnitInput({ ...unit, closedOn: draft.closed ? draft.closedOn : undefined, id }, orgUnits);
  const fields: FieldErrors<OrgUnitField> = domain.ok ? {} : { ...domain.errors };
  if (draft.closed && draft.closedOn.trim() === '' && fields.closedOn === undefined) fields.closedOn = refusal('required', {});
  const login = draft.headLogin.trim();
  const headLogin = login === '' ? (draft.headName.trim() === '' ? undefined : 'required') : loginPattern.test(login) ? undefined : 'invalid';
  return Object.keys(fields).length === 0 && headLogin === undefined ? undefined : { fields, headLogin };
}
