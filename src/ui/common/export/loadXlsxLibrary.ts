// The only reference to the .xlsx library: a dynamic import, so webpack puts it in a chunk of its
// own that the browser fetches when the user exports to Excel, never with the summary view.

import type { WriteXlsxFile } from './xlsx';

export async function loadXlsxLibrary(): Promise<WriteXlsxFile> {
  const library = await import(/* webpackChunkName: 'miljomal-xlsx' */ 'write-excel-file/browser');
  return library.default;
}
