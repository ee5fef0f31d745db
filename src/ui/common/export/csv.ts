// CSV as Swedish Excel opens it by double-click: UTF-8 with a byte-order mark (without it Excel
// reads å, ä, ö as ANSI), semicolons between fields (Swedish regional settings use the comma as the
// decimal sign, so Excel splits a Swedish CSV on semicolons), CRLF line ends, and fields quoted when
// they hold a semicolon, a quote or a line break. We write semicolons in both languages: the region
// runs Swedish Windows whatever language a user picks in SharePoint, and the .xlsx export suits
// anyone else. No "sep=;" line: with it Excel ignores the byte-order mark and breaks å, ä, ö.
// Every text passes neutraliseText, so no field is run as a formula.

import { neutraliseText } from './neutralise';
import type { Cell, Row } from './sheetTypes';

export const csvSeparator = ';';
const byteOrderMark = '\uFEFF';
const needsQuotes = /[";\r\n]/;

export function csvField(cell: Cell): string {
  if (cell === null) return '';
  // Swedish Excel reads a decimal comma: indicator values and changes have fractions.
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell).replace('.', ',');
  const text = neutraliseText(cell);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly Row[]): string {
  return rows.map((row) => row.map(csvField).join(csvSeparator)).join('\r\n') + '\r\n';
}

/** What the file holds: the byte-order mark, then the rows. */
export function csvFileContent(rows: readonly Row[]): string {
  return byteOrderMark + toCsv(rows);
}

export function csvBlob(rows: readonly Row[]): Blob {
  return new Blob([csvFileContent(rows)], { type: 'text/csv;charset=utf-8' });
}
