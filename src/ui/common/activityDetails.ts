// An activity's details beyond its core (title, description, responsible, dates, status, lifted):
// each named once here, and the editor (Min enhet), the activity card and the export's activities
// sheet show every one. A detail is an optional number (a cost, a count) typed as people write
// numbers (src/domain/numbers.ts) and checked by a domain rule whose refusal is said beside it.
import type { Activity } from '../../domain/model';
import { parseDecimal } from '../../domain/numbers';
import type { Refusal } from '../../domain/rules/refusal';
import { checkAmount } from '../../domain/rules/validation/fieldChecks';
import { format } from '../format';
import { formatCount, type UiLocale } from './text';

/** The activity's optional numbers (not its ids). */
export type ActivityDetailKey = {
  [K in keyof Activity]-?: undefined extends Activity[K] ? (NonNullable<Activity[K]> extends number ? K : never) : never
}[keyof Activity];

export interface IActivityDetail {
  key: ActivityDetailKey;
  /** The field's label, the card's term and the export's column heading. */
  label(strings: IMiljomalWebPartStrings): string;
  /** What was typed, checked: undefined when it may be saved (blank is none). */
  check(text: string): Refusal | undefined;
  /** The value in words, on the card and in the conflict panel ("12 500 kr"). */
  show(value: number, strings: IMiljomalWebPartStrings, locale: UiLocale): string;
}

export const activityDetails: readonly IActivityDetail[] = [
  {
    key: 'cost',
    label: (strings) => strings.UnitCostLabel,
    check: checkAmount,
    show: (value, strings, locale) => format(strings.UnitCostValue, formatCount(value, locale))
  }
];

/** What the form shows for a stored value: the number as typed, '' for none. */
export function detailText(activity: Partial<Activity> | undefined, detail: IActivityDetail): string {
  const value = activity?.[detail.key];
  return value === undefined ? '' : String(value);
}

/** The value to store from what was typed (blank: none). */
export function detailValue(text: string | undefined): number | undefined {
  return parseDecimal(text ?? '');
}
