/** Written values: checked and converted to what the store keeps, defaults for new items, and index keys. */
import { FieldDef, FieldKind, FieldValue, IndexKey } from './model';
import { SpError, invalidQuery, notSupported } from './errors';
import { SiteTimeZone, localDateOf, localMidnight } from './timeZones';

/** Verbose bodies wrap collections as `{ results: [...] }`. */
export function unwrapResults(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'results' in (value as Record<string, unknown>)) {
    return (value as Record<string, unknown>).results;
  }
  return value;
}

export function conversionError(edmType: string): SpError {
  return invalidQuery(`Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`);
}

/** An instant, second precision, in SharePoint's UTC form. */
function isoSeconds(time: number): string {
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** "2024-03-01T10:00:00Z": SharePoint's second-precision UTC form. */
export function normalizeDate(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) throw conversionError('Edm.DateTime');
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  if (!Number.isFinite(time)) throw conversionError('Edm.DateTime');
  return isoSeconds(time);
}

/**
 * A date-only value is kept as midnight of its date in the site's time zone, answered in UTC. The
 * date is the one the written instant falls on there; text without an offset (`2024-03-14`,
 * `2024-03-14T00:00:00`) counts as UTC, so west of UTC it is the day before (see the README).
 */
export function normalizeDateOnly(value: unknown, zone: SiteTimeZone): string {
  const offsetless = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:T([\d:.]+))?$/.exec(value.trim()) : null;
  const instant = Date.parse(normalizeDate(offsetless ? `${offsetless[1]}T${offsetless[2] ?? '00:00:00'}Z` : value));
  return isoSeconds(localMidnight(localDateOf(instant, zone), zone));
}

export function fieldValidationError(message: string): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.SPFieldValidationException', message);
}

/** A written value, checked and converted to what the store keeps. Lookup/user ids are checked by the store. */
export function coerceValue(field: FieldDef, raw: unknown, zone: SiteTimeZone): FieldValue {
  if (raw === null || raw === undefined) return null;
  switch (field.kind) {
    case 'Text':
    case 'Note':
    case 'Choice': {
      if (typeof raw !== 'string') throw conversionError('Edm.String');
      if (field.kind === 'Text' && field.maxLength !== undefined && raw.length > field.maxLength) {
        throw fieldValidationError('Invalid text value.\n\nA text field contains invalid data. Please check the value and try again.');
      }
      if (field.kind === 'Choice' && raw !== '' && field.choices && !field.fillInChoice && !field.choices.includes(raw)) {
        // SharePoint accepts values outside the choices over REST; kept as sent.
      }
      return raw === '' && field.kind !== 'Note' ? null : raw;
    }
    case 'MultiChoice': {
      const elements = unwrapResults(raw);
      if (!Array.isArray(elements)) throw conversionError('Collection(Edm.String)');
      return elements.map((element) => { if (typeof element !== 'string') throw conversionError('Edm.String'); return element; });
    }
    case 'Number':
    case 'Currency':
    case 'Integer': {
      const number = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(number)) throw conversionError('Edm.Double');
      if ((field.min !== undefined && number < field.min) || (field.max !== undefined && number > field.max)) {
        throw fieldValidationError(`The value of the field '${field.title}' is outside the allowed range.`);
      }
      return number;
    }
    case 'Boolean': {
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw conversionError('Edm.Boolean');
    }
    case 'DateTime':
      return field.dateOnly ? normalizeDateOnly(raw, zone) : normalizeDate(raw);
    case 'Lookup':
    case 'User': {
      const toId = (element: unknown): number => {
        const number = typeof element === 'number' ? element : typeof element === 'string' && /^-?\d+$/.test(element) ? Number(element) : NaN;
        if (!Number.isInteger(number)) throw conversionError('Edm.Int32');
        return number;
      };
      if (field.multi) {
        const elements = unwrapResults(raw);
        if (!Array.isArray(elements)) throw conversionError('Collection(Edm.Int32)');
        return elements.map(toId).filter((number) => number > 0);
      }
      const id = toId(raw);
      return id > 0 ? id : null;
    }
    default:
      throw notSupported(`writing fields of type ${field.kind}`);
  }
}

/** Default value for a new item when the field is not in the body. */
export function defaultFor(field: FieldDef, zone: SiteTimeZone): FieldValue {
  const text = field.defaultValue;
  if (text === undefined || text === null || text === '') return field.kind === 'MultiChoice' || (field.multi && (field.kind === 'Lookup' || field.kind === 'User')) ? [] : null;
  switch (field.kind) {
    case 'Text': case 'Note': case 'Choice': return text;
    case 'MultiChoice': return text.split(';#').filter(Boolean);
    case 'Number': case 'Currency': return Number(text);
    case 'Boolean': return text === '1' || text.toLowerCase() === 'true';
    case 'DateTime': {
      const value = text.toLowerCase() === '[today]' ? new Date().toISOString() : text;
      return field.dateOnly || text.toLowerCase() === '[today]' ? normalizeDateOnly(value, zone) : normalizeDate(value);
    }
    default: return null;
  }
}

/** The key a value has in an index (and in comparisons): case-insensitive text, numbers, ms for dates. */
export function keyOf(kind: FieldKind, value: unknown): IndexKey {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'Text': case 'Note': case 'Choice': case 'MultiChoice': case 'Guid': case 'ContentTypeId':
      return String(value).toLowerCase();
    case 'Boolean':
      return value === true || value === 1 || value === '1' || value === 'true' ? 1 : 0;
    case 'DateTime': {
      const time = typeof value === 'number' ? value : Date.parse(String(value));
      return Number.isFinite(time) ? time : null;
    }
    default: {
      const number = Number(value);
      return Number.isFinite(number) ? number : null;
    }
  }
}
