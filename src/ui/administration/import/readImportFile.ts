// A chosen file as a sheet of cells: .csv decoded as UTF-8 (with or without a byte-order mark; a
// file that is not valid UTF-8 is the Windows code page older Excel saves "CSV" in, so å, ä and ö
// still come through), .xlsx through the reader loaded on demand (its first sheet).

import { parseCsv } from '../../../domain/import/csv';
import type { SheetRows } from '../../../domain/import/sheet';
import { loadXlsxReader, type XlsxReader } from './loadXlsxReader';

export type ReadResult = { kind: 'read'; rows: SheetRows } | { kind: 'unsupported' } | { kind: 'failed' };

function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function readImportFile(file: File, loadReader: () => Promise<XlsxReader> = loadXlsxReader): Promise<ReadResult> {
  const name = file.name.toLowerCase();
  try {
    if (name.endsWith('.csv') || name.endsWith('.txt')) return { kind: 'read', rows: parseCsv(decodeText(await readBytes(file))).rows };
    if (name.endsWith('.xlsx')) {
      const read = await loadReader();
      return { kind: 'read', rows: await read(await readBytes(file)) };
    }
    return { kind: 'unsupported' };
  } catch {
    // A damaged or password-protected workbook, or a file the browser could not read.
    return { kind: 'failed' };
  }
}
