// The grid's draft: what the regional staff typed for one measured year, per indicator, kept as
// text until it is saved (see useDraft: it survives a failed save and a reload of the tab).
import type { Indicator, IndicatorValue, Year } from '../../domain/model';
import { parseDecimal } from '../../domain/indicators/indicatorInput';
import { valuesOf } from '../../domain/indicators/indicatorStatus';
import type { UiLocale } from '../common/text';
import { editText } from './indicatorFormat';

export interface ValueRowDraft {
  value: string;
  comment: string;
  preliminary: boolean;
}

export interface ValuesDraft {
  year: Year;
  /** By indicator id. */
  rows: Record<string, ValueRowDraft>;
}

export function storedValue(values: readonly IndicatorValue[], indicatorId: number, year: Year): IndicatorValue | undefined {
  return valuesOf(indicatorId, values).find((value) => value.year === year);
}

export function rowOf(stored: IndicatorValue | undefined, locale: UiLocale): ValueRowDraft {
  return stored === undefined
    ? { value: '', comment: '', preliminary: false }
    : { value: editText(stored.value, locale), comment: stored.comment, preliminary: stored.preliminary };
}

export function draftOf(indicators: readonly Indicator[], values: readonly IndicatorValue[], year: Year, locale: UiLocale): ValuesDraft {
  const rows: Record<string, ValueRowDraft> = {};
  for (const indicator of indicators) rows[String(indicator.id)] = rowOf(storedValue(values, indicator.id, year), locale);
  return { year, rows };
}

/** A row differs from what is stored; a blank row for a year without a value is no change. */
export function rowChanged(row: ValueRowDraft | undefined, stored: IndicatorValue | undefined): boolean {
  if (row === undefined) return false;
  if (stored === undefined) return row.value.trim() !== '' || row.comment.trim() !== '' || row.preliminary;
  return parseDecimal(row.value) !== stored.value || row.comment.trim() !== stored.comment || row.preliminary !== stored.preliminary;
}

/** What a row saves as (its value checked first by validateIndicatorValueInput). */
export function valueFromRow(indicatorId: number, year: Year, row: ValueRowDraft): Omit<IndicatorValue, 'id'> {
  return { indicatorId, year, value: parseDecimal(row.value) ?? Number.NaN, comment: row.comment.trim(), preliminary: row.preliminary };
}

function isRow(value: unknown): value is ValueRowDraft {
  const row = value as ValueRowDraft;
  return typeof row === 'object' && row !== null && typeof row.value === 'string' && typeof row.comment === 'string' && typeof row.preliminary === 'boolean';
}

/** A stored draft may be from an older version of the web part, or edited by hand. */
export function isValuesDraft(value: unknown): value is ValuesDraft {
  const draft = value as ValuesDraft;
  return typeof draft === 'object' && draft !== null && typeof draft.year === 'number'
    && typeof draft.rows === 'object' && draft.rows !== null && Object.values(draft.rows).every(isRow);
}

export function valuesDraftKey(login: string, workspaceYear: Year, year: Year): string {
  return `indicators|${login.toLowerCase()}|${workspaceYear}|values|${year}`;
}
