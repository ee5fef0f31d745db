// The grid's draft: what the regional staff typed for one measured year, per indicator, kept as
// text until it is saved (see useDraft: it survives a failed save and a reload of the tab).
import type { Indicator, IndicatorValue, Year } from '../../domain/model';
import { parseDecimal } from '../../domain/numbers';
import { valuesOf } from '../../domain/indicators/indicatorStatus';
import type { UiLocale } from '../common/text';
import { editText } from '../common/indicatorFormat';

export interface ValueRowDraft {
  value: string;
  comment: string;
  preliminary: boolean;
  /** The normalised figure's denominator as typed; absent in drafts stored before it existed. */
  denominator?: string;
}

/** Helår is the whole year (what the status judges); delår a figure part-way through it. */
export type GridPeriod = 'helar' | 'delar';

const periodOf = (period: GridPeriod): 'delar' | undefined => (period === 'delar' ? 'delar' : undefined);

export interface ValuesDraft {
  year: Year;
  /** By indicator id. */
  rows: Record<string, ValueRowDraft>;
}

export function storedValue(values: readonly IndicatorValue[], indicatorId: number, year: Year, period?: 'delar'): IndicatorValue | undefined {
  return valuesOf(indicatorId, values, period).find((value) => value.year === year);
}

export function rowOf(stored: IndicatorValue | undefined, locale: UiLocale): ValueRowDraft {
  return stored === undefined
    ? { value: '', comment: '', preliminary: false, denominator: '' }
    : {
      value: editText(stored.value, locale), comment: stored.comment, preliminary: stored.preliminary,
      denominator: stored.denominator === undefined ? '' : editText(stored.denominator, locale)
    };
}

export function draftOf(indicators: readonly Indicator[], values: readonly IndicatorValue[], year: Year, locale: UiLocale, period: GridPeriod = 'helar'): ValuesDraft {
  const rows: Record<string, ValueRowDraft> = {};
  for (const indicator of indicators) rows[String(indicator.id)] = rowOf(storedValue(values, indicator.id, year, periodOf(period)), locale);
  return { year, rows };
}

const denominatorOf = (row: ValueRowDraft): number | undefined => parseDecimal(row.denominator ?? '');

/** A row differs from what is stored; a blank row for a year without a value is no change. */
export function rowChanged(row: ValueRowDraft | undefined, stored: IndicatorValue | undefined): boolean {
  if (row === undefined) return false;
  if (stored === undefined) return row.value.trim() !== '' || row.comment.trim() !== '' || row.preliminary || (row.denominator ?? '').trim() !== '';
  return parseDecimal(row.value) !== stored.value || row.comment.trim() !== stored.comment || row.preliminary !== stored.preliminary
    || denominatorOf(row) !== stored.denominator;
}

/** What a row saves as (its value checked first by validateIndicatorValueInput). */
export function valueFromRow(indicatorId: number, year: Year, row: ValueRowDraft, period: GridPeriod = 'helar'): Omit<IndicatorValue, 'id'> {
  return {
    indicatorId, year, period: periodOf(period), value: parseDecimal(row.value) ?? Number.NaN, comment: row.comment.trim(), preliminary: row.preliminary,
    denominator: denominatorOf(row)
  };
}

function isRow(value: unknown): value is ValueRowDraft {
  const row = value as ValueRowDraft;
  return typeof row === 'object' && row !== null && typeof row.value === 'string' && typeof row.comment === 'string' && typeof row.preliminary === 'boolean'
    && (row.denominator === undefined || typeof row.denominator === 'string');
}

/** A stored draft may be from an older version of the web part, or edited by hand. */
export function isValuesDraft(value: unknown): value is ValuesDraft {
  const draft = value as ValuesDraft;
  return typeof draft === 'object' && draft !== null && typeof draft.year === 'number'
    && typeof draft.rows === 'object' && draft.rows !== null && Object.values(draft.rows).every(isRow);
}

/** A whole year's draft keeps the key it had before delår figures existed. */
export function valuesDraftKey(login: string, workspaceYear: Year, year: Year, period: GridPeriod = 'helar'): string {
  return `indicators|${login.toLowerCase()}|${workspaceYear}|values|${year}${period === 'delar' ? '|delar' : ''}`;
}
