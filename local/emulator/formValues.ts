/**
 * The form values of `ValidateUpdateListItem` and `AddValidateUpdateItemUsingPath`: each field's value as the text a list form takes (numbers
 * and dates in the site's locale, dates in its time zone, people as JSON claims), checked field by
 * field. Unlike a MERGE, the system fields Created, Modified, Author and Editor may be set: that is
 * how a migration keeps who did what and when. The emulated site's locale is Swedish (1053), so a
 * date reads `2023-08-25 14:30` and a number `1,5`; other spellings are refused, stricter than
 * SharePoint's culture parser may be (see the README).
 */
import { FieldDef, FieldValue } from './model';
import { SpError, notSupported } from './errors';
import { coerceValue } from './fieldValues';
import { SYSTEM_FIELDS, restName } from './fields';
import type { ListState } from './store';
import { SiteTimeZone, localInstant } from './timeZones';

export interface FormValue {
  FieldName: string;
  FieldValue: string;
}

/** A field's value ready for the store, or why it was refused (answered as `HasException`). */
export type ParsedFormValue =
  | { name: string; text: string; field: FieldDef; value: FieldValue }
  | { name: string; text: string; error: string };

/** What parsing needs from the site: its fields, zone, and people known to the tenant. */
export interface FormContext {
  field(name: string): FieldDef | undefined;
  zone: SiteTimeZone;
  ensureUser(login: string): { id: number };
}

const swedishDateTime = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function wallClock(text: string): string | undefined {
  const match = swedishDateTime.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '00', second = '00'] = match;
  const wall = `${year}-${month}-${day}T${hour.padStart(2, '0')}:${minute}:${second}`;
  const check = new Date(`${wall}Z`);
  // `2023-02-30` parses in JavaScript as 2 March: a real date reads back as written.
  if (!Number.isFinite(check.getTime()) || check.toISOString().slice(0, 19) !== wall) return undefined;
  return wall;
}

function dateValue(field: FieldDef, text: string, zone: SiteTimeZone): FieldValue {
  const wall = wallClock(text);
  if (wall === undefined) throw new SpError(400, '-1, Microsoft.SharePoint.SPFieldValidationException', 'You must specify a valid date within the range of 1900-01-01 and 8900-12-31.');
  if (field.dateOnly) return coerceValue(field, wall.slice(0, 10), zone);
  return new Date(localInstant(wall, zone)).toISOString().replace('.000Z', 'Z');
}

function numberValue(field: FieldDef, text: string, zone: SiteTimeZone): FieldValue {
  const plain = text.trim().replace(/[\s\u00a0]/g, '');
  if (!/^-?\d+(,\d+)?$/.test(plain)) throw new SpError(400, '-1, Microsoft.SharePoint.SPFieldValidationException', 'Only numbers can go here.');
  return coerceValue(field, plain.replace(',', '.'), zone);
}

/** `[{"Key":"i:0#.f|membership|anna@contoso.se"}]`, as the people picker's claims. */
function peopleValue(field: FieldDef, text: string, context: FormContext): FieldValue {
  if (text.trim() === '' || text.trim() === '[]') return field.multi ? [] : null;
  let claims: unknown;
  try {
    claims = JSON.parse(text);
  } catch {
    throw new SpError(400, '-1, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
  }
  const keys = Array.isArray(claims) ? claims.map((claim) => (claim as { Key?: unknown })?.Key) : [];
  if (keys.length === 0 || keys.some((key) => typeof key !== 'string')) {
    throw new SpError(400, '-1, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
  }
  const ids = (keys as string[]).map((key) => context.ensureUser(key).id);
  if (field.multi) return ids;
  if (ids.length > 1) throw new SpError(400, '-1, Microsoft.SharePoint.SPException', 'You are only allowed to enter one item.');
  return ids[0];
}

function valueOf(field: FieldDef, text: string, context: FormContext): FieldValue {
  switch (field.kind) {
    case 'Text': case 'Note': case 'Choice': return coerceValue(field, text, context.zone);
    case 'Number': case 'Currency': case 'Integer': return text.trim() === '' ? null : numberValue(field, text, context.zone);
    case 'Boolean': {
      const word = text.trim().toLowerCase();
      if (['1', 'true', 'yes', 'ja'].includes(word)) return true;
      if (['0', 'false', 'no', 'nej'].includes(word)) return false;
      throw new SpError(400, '-1, Microsoft.SharePoint.SPFieldValidationException', 'Invalid value for a Yes/No field.');
    }
    case 'DateTime': return text.trim() === '' ? null : dateValue(field, text, context.zone);
    case 'User': return peopleValue(field, text, context);
    case 'Lookup': {
      if (field.multi) throw notSupported('ValidateUpdateListItem on multi-value lookups');
      if (text.trim() === '') return null;
      const id = /^(\d+)(;#.*)?$/.exec(text.trim());
      if (!id) throw new SpError(400, '-1, Microsoft.SharePoint.SPException', 'Invalid lookup value.');
      return Number(id[1]);
    }
    default: throw notSupported(`ValidateUpdateListItem on fields of type ${field.kind}`);
  }
}

/** The system fields a form update may set; the rest of them stay SharePoint's. */
export const SETTABLE_SYSTEM_FIELDS: ReadonlySet<string> = new Set(['Created', 'Modified', 'Author', 'Editor']);

/** Refusals become the field's error; anything the emulator does not model still answers 501. */
export function parseFormValues(values: readonly FormValue[], context: FormContext): ParsedFormValue[] {
  return values.map(({ FieldName: name, FieldValue: text }) => {
    const field = context.field(name);
    if (!field || ((SYSTEM_FIELDS.has(field.internalName) || field.readOnly) && !SETTABLE_SYSTEM_FIELDS.has(field.internalName))) {
      return { name, text, error: `Column '${name}' does not exist. It may have been deleted by another user.` };
    }
    try {
      return { name, text, field, value: valueOf(field, String(text ?? ''), context) };
    } catch (error) {
      if (error instanceof SpError && error.status !== 501) return { name, text, error: error.message };
      throw error;
    }
  });
}

/** The form values of a request body: an array, or verbose's `{ results: [...] }`. */
export function formValuesOf(body: Record<string, unknown>): FormValue[] {
  const raw = body.formValues;
  const values = Array.isArray(raw) ? raw : (raw as { results?: unknown } | undefined)?.results;
  if (!Array.isArray(values)) throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', "The parameter 'formValues' is missing.");
  return values.map((value) => {
    const entry = value as Partial<FormValue>;
    if (typeof entry?.FieldName !== 'string') throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'A form value has no FieldName.');
    return { FieldName: entry.FieldName, FieldValue: typeof entry.FieldValue === 'string' ? entry.FieldValue : String(entry.FieldValue ?? '') };
  });
}

/**
 * `AddValidateUpdateItemUsingPath`'s values as the REST body the store then checks as any add; the
 * first refused field is thrown, and the caller answers it beside the fields as SharePoint does.
 */
export function bodyFromFormValues(list: ListState, values: readonly FormValue[], zone: SiteTimeZone,
  ensureUser: (login: string) => { id: number }): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const entry of parseFormValues(values, { field: (name) => list.field(name), zone, ensureUser })) {
    if ('error' in entry) throw new SpError(400, '-1, Microsoft.SharePoint.SPFieldValidationException', entry.error);
    body[restName(entry.field)] = entry.value;
  }
  return body;
}
