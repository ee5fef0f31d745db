// Checks of single input fields, shared by the validators; each returns the refusal or undefined.

import { parseDecimal } from '../../numbers';
import { maxYear, minYear } from '../limits';
import { refusal, type Refusal } from '../refusal';

/** One refusal per field, keyed by field name, so a form shows it next to the field. */
export type FieldErrors<F extends string> = Partial<Record<F, Refusal>>;

export type ValidationResult<F extends string> = { ok: true } | { ok: false; errors: FieldErrors<F> };

export function toValidationResult<F extends string>(errors: FieldErrors<F>): ValidationResult<F> {
  return Object.keys(errors).length === 0 ? { ok: true } : { ok: false, errors };
}

/**
 * Characters that show nothing: zero-width spaces and joiners, direction marks and isolates, the
 * soft hyphen, the byte-order mark. A text of only these looks empty in every list and report.
 */
const invisible = /[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Whether a text shows nothing at all: blank, or only invisible characters. */
export function isBlank(value: string): boolean {
  return value.replace(invisible, '') === '';
}

/** Blank (also only invisible characters) counts as missing; length is counted as it would be stored. */
export function checkRequiredText(value: string | undefined, maxLength: number): Refusal | undefined {
  if (value === undefined || isBlank(value)) return refusal('required', {});
  return checkOptionalText(value, maxLength);
}

export function checkOptionalText(value: string | undefined, maxLength: number): Refusal | undefined {
  if (value === undefined || value.length <= maxLength) return undefined;
  return refusal('tooLong', { maxLength, length: value.length });
}

/** A real calendar date written `YYYY-MM-DD` (so 2023-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Empty means "no date", which is allowed where the field is optional. */
export function checkOptionalDate(value: string | undefined): Refusal | undefined {
  if (value === undefined || value === '' || isIsoDate(value)) return undefined;
  return refusal('invalidDate', { value });
}

/** Reported on the end date, where the user fixes it. ISO dates compare as strings. */
export function checkDatesInOrder(startDate: string | undefined, endDate: string | undefined): Refusal | undefined {
  if (startDate === undefined || endDate === undefined || !isIsoDate(startDate) || !isIsoDate(endDate)) {
    return undefined;
  }
  return startDate <= endDate ? undefined : refusal('datesOutOfOrder', { startDate, endDate });
}

export function checkYear(year: number): Refusal | undefined {
  if (Number.isInteger(year) && year >= minYear && year <= maxYear) return undefined;
  return refusal('yearOutOfRange', { year, min: minYear, max: maxYear });
}

/** An optional amount in whole kronor as people type it ("12 500"): blank is none, anything else 0 or more and whole. */
export function checkAmount(text: string): Refusal | undefined {
  if (text.trim() === '') return undefined;
  const value = parseDecimal(text);
  return value !== undefined && value >= 0 && Number.isInteger(value) ? undefined : refusal('invalidAmount', { value: text.trim() });
}

/** Drops the fields that passed, so the result holds only real errors. */
export function collectErrors<F extends string>(checks: Record<F, Refusal | undefined>): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const field of Object.keys(checks) as F[]) {
    const error = checks[field];
    if (error !== undefined) errors[field] = error;
  }
  return errors;
}
