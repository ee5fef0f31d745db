// The only reference to the .xlsx reader: a dynamic import, fetched when someone imports an .xlsx
// file, never with a view. It shares the writer's chunk (miljomal-xlsx): the two share their zip
// library, and every chunk of its own costs the first chunk an entry in webpack's chunk map,
// which has no bytes to spare.

import type { SheetRows } from '../../../domain/import/sheet';

/** The file's bytes, read once by the caller (a Blob's own arrayBuffer() is not everywhere). */
export type XlsxReader = (bytes: ArrayBuffer) => Promise<SheetRows>;

export async function loadXlsxReader(): Promise<XlsxReader> {
  const library = await import(/* webpackChunkName: 'miljomal-xlsx' */ 'read-excel-file/browser');
  // Cells are read as written: trimming is the row model's, with the rest of a cell's clean-up.
  // Its typings name a date cell `typeof Date` (the constructor); the cells are Date instances.
  return async (bytes) => (await library.readSheet(bytes, { trim: false })) as unknown as SheetRows;
}
