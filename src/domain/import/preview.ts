// What an import would do, row by row, before anything is written: each row is new, changed,
// unchanged or an error, with its errors typed (the UI words them in the user's language). An
// import writes the valid rows only; the same file a second time finds every row unchanged.

import type { OrgLevel } from '../model';
import type { Refusal } from '../rules/refusal';

export type RowFate = 'new' | 'changed' | 'unchanged' | 'error';

/** Why a row cannot be imported. `row` fields name another row of the same file. */
export type RowProblem =
  /** A field's own check, as a form would refuse it (required, too long, not a number, a year out of range). */
  | { code: 'field'; field: string; reason: Refusal }
  | { code: 'unknownLevel'; value: string }
  /** An avdelning or enhet without a parent. */
  | { code: 'missingParent' }
  /** The parent named is neither in the file nor in the organisation. */
  | { code: 'unknownParent'; parent: string }
  /** Several units have that name: the file should give the path or the code. */
  | { code: 'ambiguousParent'; parent: string; count: number }
  /** The parent's own row has an error, so this one cannot be placed either. */
  | { code: 'parentHasError'; parentRow: number }
  | { code: 'levelMismatch'; level: OrgLevel; parentLevel: OrgLevel | undefined }
  | { code: 'cycle' }
  | { code: 'duplicateName'; name: string; firstRow: number }
  | { code: 'duplicateCode'; value: string; firstRow: number }
  /** The head's e-mail is not a person the site can find (resolved by the caller). */
  | { code: 'headNotFound'; email: string }
  | { code: 'invalidEmail'; value: string }
  | { code: 'invalidFlag'; field: string; value: string }
  | { code: 'unknownGoalCode'; value: string }
  | { code: 'unknownIndicator'; name: string }
  | { code: 'ambiguousIndicator'; name: string; count: number }
  /** The same indicator and year twice in one file. */
  | { code: 'duplicateValue'; firstRow: number }
  /** A period that is neither helår nor delår. */
  | { code: 'invalidPeriod'; value: string }
  /** A goals file for another year than the one being imported into. */
  | { code: 'wrongYear'; year: number; expected: number }
  /** A Kolada key figure (and organisation) no indicator is linked to. */
  | { code: 'unlinkedKpi'; kpi: string; org: string }
  /** Kolada has no figure for the year (status "Missing", or blank): never read as 0. */
  | { code: 'koladaMissing'; kpi: string; year: string }
  /** Kolada flags the figure as deleted. */
  | { code: 'koladaDeleted'; kpi: string; year: string };

export type RowProblemCode = RowProblem['code'];

/** Why the whole file cannot be read as this kind of import. */
export type FileProblem =
  | { code: 'noRows' }
  | { code: 'missingColumns'; columns: readonly string[] }
  | { code: 'tooManyRows'; count: number; max: number };

export interface PreviewRow<P> {
  rowNumber: number;
  fate: RowFate;
  problems: readonly RowProblem[];
  /** The fields a changed row changes, by field name. */
  changes: readonly string[];
  /** What a valid row writes; undefined for an unchanged row or an error. */
  plan?: P;
  /** How the row names its item, for the table (a unit's path, a goal's code and title). */
  label: string;
}

export interface PreviewCounts {
  new: number;
  changed: number;
  unchanged: number;
  error: number;
}

export interface ImportPreview<P, M = never> {
  fileProblems: readonly FileProblem[];
  rows: readonly PreviewRow<P>[];
  counts: PreviewCounts;
  /** What exists but the file does not hold: listed, never removed. */
  missing: readonly M[];
  /** Header cells that name no known column. */
  unknownColumns: readonly string[];
}

/** At most this many rows: a region has about a thousand units, and a preview must stay usable. */
export const maxImportRows = 5000;

export function countFates(rows: readonly PreviewRow<unknown>[]): PreviewCounts {
  const counts: PreviewCounts = { new: 0, changed: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.fate] += 1;
  return counts;
}

/** The rows an import writes. */
export function rowsToWrite<P>(preview: ImportPreview<P, unknown>): Array<PreviewRow<P> & { plan: P }> {
  return preview.rows.filter((row): row is PreviewRow<P> & { plan: P } =>
    (row.fate === 'new' || row.fate === 'changed') && row.plan !== undefined);
}

export function fateOf(problems: readonly RowProblem[], isNew: boolean, changes: readonly string[]): RowFate {
  if (problems.length > 0) return 'error';
  if (isNew) return 'new';
  return changes.length > 0 ? 'changed' : 'unchanged';
}

export function filePreview<P, M>(fileProblems: FileProblem[], unknownColumns: readonly string[] = []): ImportPreview<P, M> {
  return { fileProblems, rows: [], counts: { new: 0, changed: 0, unchanged: 0, error: 0 }, missing: [], unknownColumns };
}
