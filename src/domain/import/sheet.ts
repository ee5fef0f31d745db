// A sheet of cells, from a CSV file or an .xlsx sheet, as rows of named fields. The header row may
// be in Swedish or English, in any order, with any capitals, accents or punctuation ("Chefens
// e-post", "head email"): each field lists the names it answers to. Rows keep the number the
// spreadsheet shows, so an error can point at the row a person fixes.

/** What read-excel-file gives a cell (a Date for a date-formatted cell), or a CSV field. */
export type SheetCell = string | number | boolean | Date | null | undefined;

export type SheetRows = readonly (readonly SheetCell[])[];

/** How a file names one field: the header written in each language, then other names it answers to. */
export interface ColumnSpec<F extends string> {
  field: F;
  sv: string;
  en: string;
  aliases?: readonly string[];
}

export interface SheetRow<F extends string> {
  /** 1-based, as the spreadsheet numbers rows (the header is row 1 when it is the first). */
  rowNumber: number;
  /** The field's text, trimmed; absent when the file has no such column. */
  cells: Partial<Record<F, string>>;
}

export interface SheetTable<F extends string> {
  /** The fields the header names, in the file's order. */
  columns: readonly F[];
  /** Header cells that name no field (ignored, shown so a typo is noticed). */
  unknownColumns: readonly string[];
  rows: readonly SheetRow<F>[];
}

/** Lower case without accents, spaces or punctuation: "Chefens e-post" → "chefensepost". */
export function headerKey(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * An export puts an apostrophe before a text that starts like a formula (neutraliseText); reading
 * it back takes the apostrophe away, so a round trip gives the text that was typed.
 */
const neutralised = /^'[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell as text: trimmed; a number in plain digits with a point; a date as YYYY-MM-DD. */
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  // Excel writes a line break inside a cell as LF; a CSV from Windows may carry CRLF.
  const text = cell.replace(/\r\n?/g, '\n').trim();
  return neutralised.test(text) ? text.slice(1) : text;
}

function isBlank(row: readonly SheetCell[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}

/**
 * The first non-blank row is the header; blank rows after it are skipped (a spreadsheet often has
 * some at the end). A column named twice counts once, at its first place.
 */
export function readTable<F extends string>(sheet: SheetRows, specs: readonly ColumnSpec<F>[]): SheetTable<F> {
  const byKey = new Map<string, F>();
  for (const spec of specs) {
    for (const name of [spec.sv, spec.en, ...(spec.aliases ?? [])]) byKey.set(headerKey(name), spec.field);
  }
  const headerIndex = sheet.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) return { columns: [], unknownColumns: [], rows: [] };
  const places = new Map<F, number>();
  const unknownColumns: string[] = [];
  sheet[headerIndex].forEach((cell, index) => {
    const name = cellText(cell);
    if (name === '') return;
    const field = byKey.get(headerKey(name));
    if (field === undefined) unknownColumns.push(name);
    else if (!places.has(field)) places.set(field, index);
  });
  const rows: SheetRow<F>[] = [];
  for (let index = headerIndex + 1; index < sheet.length; index += 1) {
    const row = sheet[index];
    if (isBlank(row)) continue;
    const cells: Partial<Record<F, string>> = {};
    places.forEach((place, field) => { cells[field] = cellText(row[place]); });
    rows.push({ rowNumber: index + 1, cells });
  }
  return { columns: Array.from(places.keys()), unknownColumns, rows };
}

/** A file with not even a header: nothing to say about its columns. */
export function isEmptyTable(table: SheetTable<string>): boolean {
  return table.columns.length === 0 && table.unknownColumns.length === 0;
}

/** The header row of a template or export in one language. */
export function headerRow<F extends string>(specs: readonly ColumnSpec<F>[], language: 'sv' | 'en'): string[] {
  return specs.map((spec) => spec[language]);
}

/** A yes/no cell as people write it in either language; undefined for anything else. */
export function parseFlag(text: string): boolean | undefined {
  const key = headerKey(text);
  if (['ja', 'j', 'yes', 'y', 'true', 'sant', 'x', '1'].includes(key)) return true;
  if (['nej', 'n', 'no', 'false', 'falskt', '0'].includes(key)) return false;
  return undefined;
}

/** Text compared as a person would: case and surrounding spaces aside, runs of spaces as one. */
export function sameText(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function nameKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}
