// Files the page hands to the browser, observed as the browser's own downloads: the click must
// start a real download (Playwright's download event) and the saved file is read from disk.
import type { Download, Page } from 'playwright-core';
import { readXlsx, type IReadSheet } from '../../../src/ui/common/export/__tests__/support/readXlsx';

export interface DownloadedFile {
  name: string;
  buffer: Buffer;
}

/** Runs `start` (a click) and waits for the download it starts; fails when none comes. */
export async function download(page: Page, start: () => Promise<void>, timeout = 15000): Promise<DownloadedFile> {
  const [event] = await Promise.all([page.waitForEvent('download', { timeout }), start()]);
  return savedFile(event);
}

async function savedFile(event: Download): Promise<DownloadedFile> {
  const failure = await event.failure();
  if (failure !== null) throw new Error(`The download of ${event.suggestedFilename()} failed: ${failure}`);
  const stream = await event.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return { name: event.suggestedFilename(), buffer: Buffer.concat(chunks) };
}

/** A CSV download's rows as Excel reads them: after the byte-order mark, split on CRLF and semicolons. */
export function csvRows(file: DownloadedFile): string[][] {
  const text = file.buffer.toString('utf8');
  if (!text.startsWith('\uFEFF')) throw new Error(`${file.name} has no byte-order mark`);
  return text.slice(1).replace(/\r\n$/, '').split('\r\n').map((line) => line.split(';'));
}

/** An .xlsx download's sheets, read back with jszip. */
export function xlsxSheets(file: DownloadedFile): Promise<IReadSheet[]> {
  return readXlsx(file.buffer);
}
