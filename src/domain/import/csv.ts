// CSV as people's spreadsheets save it: Swedish Excel writes semicolons (the comma is its decimal
// sign), English Excel and most HR systems commas, some a tab; UTF-8 with or without a byte-order
// mark; CRLF, LF or a lone CR; fields quoted when they hold the separator, a quote or a line break.
// The separator is read off the first record, where a header's names never hold one by accident.

export type CsvSeparator = ';' | ',' | '\t';

export interface ParsedCsv {
  rows: string[][];
  separator: CsvSeparator;
}

const byteOrderMark = '\uFEFF';
const candidates: readonly CsvSeparator[] = [';', ',', '\t'];

/** Counts each candidate outside quotes in the first record; a tie goes to the semicolon (Swedish Excel). */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(candidates.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as CsvSeparator)) counts.set(char as CsvSeparator, (counts.get(char as CsvSeparator) ?? 0) + 1);
  }
  return candidates.reduce((best, candidate) => ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0) ? candidate : best), ';');
}

/**
 * Records of fields, as written (no trimming: a cell's spaces are the row model's business).
 * A `sep=;` first line, which Excel honours, names the separator and is not a record. A quote in
 * the middle of an unquoted field is kept as a character, as Excel reads it.
 */
export function parseCsv(content: string): ParsedCsv {
  let text = content.startsWith(byteOrderMark) ? content.slice(1) : content;
  let separator: CsvSeparator;
  const declared = /^sep=(.)\r?\n?/i.exec(text);
  if (declared !== null && candidates.includes(declared[1] as CsvSeparator)) {
    separator = declared[1] as CsvSeparator;
    text = text.slice(declared[0].length);
  } else {
    separator = detectSeparator(text);
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === separator) {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRow();
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  // A file that ends without a line break still has its last record.
  if (field !== '' || fieldStarted || row.length > 0) endRow();
  return { rows, separator };
}
