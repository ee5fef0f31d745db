// The only reference to the Word writer: a dynamic import, so webpack puts it and its zip library
// in a chunk the browser fetches when the user exports to Word, never with the summary view.

import type { docxBytes } from './docxWriter';

export type DocxWriter = typeof docxBytes;

export async function loadDocxWriter(): Promise<DocxWriter> {
  const writer = await import(/* webpackChunkName: 'miljomal-docx' */ './docxWriter');
  return writer.docxBytes;
}
