// The only reference to the .xlsx reader: a dynamic import, so webpack puts it in a chunk of its
// own that the browser fetches when someone imports an .xlsx file, never with a view.

import type { SheetRows } from '../../domain/import/sheet';

/** The file's bytes, read once by the caller (a Blob's own arrayBuffer() is not everywhere). */
export type XlsxReader = (bytes: ArrayBuffer) => Promise<SheetRows>;

export async function loadXlsxReader(): Promise<XlsxReader> {
  const library = await import(/* webpackChunkName: 'miljomal-xlsx-read' */ 'read-excel-file/browser');
  // Cells are read as written: trimming is the row model's, with the rest of a cell's clean-up.
  // Its typings name a date cell `typeof Date` (the constructor); the cells are Date instances.
  return async (bytes) => (await library.readSheet(bytes, { trim: false })) as unknown as SheetRows;
}
