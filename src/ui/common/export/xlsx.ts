// The thin adapter to the .xlsx library (write-excel-file 4.x, its browser build): the workbook's
// rows become the library's cells, with every text neutralised and explicitly typed as text, so
// nothing is ever written as a formula. The library itself is loaded by loadXlsxLibrary.ts, only
// when the user exports.

import { neutraliseText } from './neutralise';
import type { Cell, ISheet, IWorkbook } from './sheetTypes';

/** The part of write-excel-file's cell object used here. */
export type XlsxCell =
  | { value: string; type: StringConstructor; fontWeight?: 'bold'; wrap?: boolean }
  | { value: number; type: NumberConstructor; fontWeight?: 'bold' }
  | null;

export interface IXlsxSheet {
  sheet: string;
  data: XlsxCell[][];
  columns?: Array<{ width?: number }>;
}

/** write-excel-file's default export, in the multiple-sheets form. */
export type WriteXlsxFile = (sheets: IXlsxSheet[]) => { toBlob(): Promise<Blob> };

export type XlsxLoader = () => Promise<WriteXlsxFile>;

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet';
}

function toXlsxCell(cell: Cell, bold: boolean): XlsxCell {
  if (cell === null) return null;
  if (typeof cell === 'number') return bold ? { value: cell, type: Number, fontWeight: 'bold' } : { value: cell, type: Number };
  const text = neutraliseText(cell);
  const long = text.length > 60;
  return bold ? { value: text, type: String, fontWeight: 'bold', wrap: long } : { value: text, type: String, wrap: long };
}

export function toXlsxSheet(sheet: ISheet): IXlsxSheet {
  const bold = new Set(sheet.boldRows);
  return {
    sheet: sheetName(sheet.name),
    data: sheet.rows.map((row, rowIndex) => row.map((cell) => toXlsxCell(cell, bold.has(rowIndex)))),
    columns: sheet.columnWidths.map((width) => ({ width }))
  };
}

export async function workbookBlob(workbook: IWorkbook, load: XlsxLoader): Promise<Blob> {
  const writeXlsxFile = await load();
  return writeXlsxFile(workbook.sheets.map(toXlsxSheet)).toBlob();
}
