// Reads an .xlsx file back into sheets of rows (text or number), enough to check what an export
// wrote: the workbook, its shared strings and its sheets, with jszip (a dev dependency).

import JSZip from 'jszip';

export interface IReadSheet {
  name: string;
  rows: Array<Array<string | number | null>>;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(xml: string): string {
  return xml.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_match, name: string, decimal?: string, hex?: string) =>
    decimal !== undefined ? String.fromCodePoint(Number(decimal))
      : hex !== undefined ? String.fromCodePoint(parseInt(hex, 16))
        : entities[name]);
}

function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? 'A';
  return [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function readBlob(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** A file as jsdom's Blob, or its bytes as a browser test reads a download from disk. */
export async function readXlsx(file: Blob | Uint8Array): Promise<IReadSheet[]> {
  const zip = await JSZip.loadAsync(file instanceof Uint8Array ? file : await readBlob(file));
  const text = async (path: string): Promise<string> => (await zip.file(path)?.async('string')) ?? '';
  const shared = Array.from((await text('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g), (match) =>
    decode(Array.from(match[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g), (part) => part[1]).join('')));
  const names = Array.from((await text('xl/workbook.xml')).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g), (match) => decode(match[1]));
  const sheets: IReadSheet[] = [];
  for (let position = 0; position < names.length; position++) {
    const xml = await text(`xl/worksheets/sheet${position + 1}.xml`);
    const rows: IReadSheet['rows'] = [];
    for (const row of xml.matchAll(/<row r="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const rowIndex = Number(row[1]) - 1;
      const cells: Array<string | number | null> = [];
      for (const cell of (row[2] ?? '').matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const value = /<v>([\s\S]*?)<\/v>/.exec(cell[3] ?? '')?.[1];
        const inline = /<is>([\s\S]*?)<\/is>/.exec(cell[3] ?? '')?.[1];
        const type = /\bt="(\w+)"/.exec(cell[2])?.[1];
        const index = columnIndex(cell[1]);
        while (cells.length < index) cells.push(null);
        cells[index] =
          type === 's' ? shared[Number(value)]
            : type === 'inlineStr' ? decode((inline ?? '').replace(/<[^>]+>/g, ''))
              : type === 'str' ? decode(value ?? '')
                : value === undefined ? null : Number(value);
      }
      while (rows.length < rowIndex) rows.push([]);
      rows[rowIndex] = cells;
    }
    sheets.push({ name: names[position], rows });
  }
  return sheets;
}
