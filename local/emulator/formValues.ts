/**
 * `formValues` of AddValidateUpdateItemUsingPath: each field's value as text, the way SharePoint's
 * forms send it, turned into a REST item body the store checks as any other write. The formats
 * are the ones SharePoint documents and PnP's clients send: a lookup `5` (or `5;#Title`), a yes/no
 * `1`/`0`, people `[{"Key":"i:0#.f|membership|x@y"}]`, a date `yyyy-MM-dd[ HH:mm[:ss]]` in the
 * site's time zone, numbers with a `.`. A kind it has no form for is a 501, never a guess.
 */
import { FieldDef } from './model';
import { SpError, invalidQuery, notSupported } from './errors';
import { restName } from './fields';
import { SiteTimeZone, localMidnight } from './timeZones';
import type { ListState } from './store';

export interface FormValue { FieldName: string; FieldValue: string | null }

export function formValuesOf(body: Record<string, unknown>): FormValue[] {
  const raw = body.formValues;
  const values = Array.isArray(raw) ? raw : raw && typeof raw === 'object' && Array.isArray((raw as { results?: unknown }).results) ? (raw as { results: unknown[] }).results : undefined;
  if (!values) throw invalidQuery('formValues must be a collection of SP.ListItemFormUpdateValue.');
  return values.map((value) => {
    const { FieldName, FieldValue } = (value ?? {}) as Record<string, unknown>;
    if (typeof FieldName !== 'string') throw invalidQuery('A form value needs its FieldName.');
    return { FieldName, FieldValue: FieldValue === null || FieldValue === undefined ? null : String(FieldValue) };
  });
}

function invalidFormValue(field: FieldDef): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.SPFieldValidationException', `Invalid value for the field ${field.title}.`);
}

function dateFrom(field: FieldDef, text: string, zone: SiteTimeZone): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!match) throw invalidFormValue(field);
  const [, date, hours = '0', minutes = '0', seconds = '0'] = match;
  if (field.dateOnly) return `${date}T00:00:00Z`;
  const instant = localMidnight(date, zone) + ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** The REST body of the form values; `userIdOf` ensures a person named by claims (undefined: unknown). */
export function bodyFromFormValues(list: ListState, values: FormValue[], zone: SiteTimeZone,
  userIdOf: (login: string) => number | undefined): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const { FieldName, FieldValue } of values) {
    const field = list.field(FieldName);
    if (!field) throw new SpError(400, '-2147024809, System.ArgumentException', `Column '${FieldName}' does not exist. It may have been deleted by another user.`);
    const text = FieldValue ?? '';
    const name = restName(field);
    switch (field.kind) {
      case 'Text': case 'Note': case 'Choice':
        body[name] = text === '' ? null : text;
        break;
      case 'Number': case 'Currency': case 'Integer':
        if (text === '') { body[name] = null; break; }
        if (!/^-?\d+(\.\d+)?$/.test(text.trim())) throw invalidFormValue(field);
        body[name] = Number(text);
        break;
      case 'Boolean':
        if (!/^(1|0|true|false|yes|no)$/i.test(text.trim())) throw invalidFormValue(field);
        body[name] = /^(1|true|yes)$/i.test(text.trim());
        break;
      case 'Lookup': {
        if (field.multi) throw notSupported('a multi-valued lookup in formValues');
        if (text === '') { body[name] = null; break; }
        const id = Number(text.split(';#')[0]);
        if (!Number.isInteger(id)) throw invalidFormValue(field);
        body[name] = id;
        break;
      }
      case 'User': {
        if (field.multi) throw notSupported('a multi-valued person in formValues');
        let people: Array<{ Key?: unknown }> = [];
        try { people = text === '' ? [] : JSON.parse(text) as Array<{ Key?: unknown }>; } catch { throw invalidFormValue(field); }
        if (!Array.isArray(people) || people.length > 1) throw invalidFormValue(field);
        const login = people[0]?.Key;
        if (login === undefined) { body[name] = null; break; }
        const id = typeof login === 'string' ? userIdOf(login) : undefined;
        if (id === undefined) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
        body[name] = id;
        break;
      }
      case 'DateTime':
        body[name] = text === '' ? null : dateFrom(field, text, zone);
        break;
      default:
        throw notSupported(`the ${field.kind} field '${FieldName}' in formValues`);
    }
  }
  return body;
}
