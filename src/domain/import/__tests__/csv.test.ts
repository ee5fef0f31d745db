import * as fc from 'fast-check';
import { detectSeparator, parseCsv, type CsvSeparator } from '../csv';
import { cellText, headerKey, parseFlag, readTable } from '../sheet';

/** A CSV writer as spreadsheets write one: quotes only where needed. */
function writeCsv(rows: string[][], separator: CsvSeparator, lineEnd: string): string {
  const field = (text: string): string => (/["\r\n;,\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(field).join(separator)).join(lineEnd) + lineEnd;
}

describe('parseCsv', () => {
  it('reads Swedish Excel: a byte-order mark, semicolons, CRLF, decimal commas', () => {
    const parsed = parseCsv('\uFEFFNamn;Värde\r\nKöket;1 240,5\r\n');
    expect(parsed.separator).toBe(';');
    expect(parsed.rows).toEqual([['Namn', 'Värde'], ['Köket', '1 240,5']]);
  });

  it('reads commas without a byte-order mark, LF, and a last line without a break', () => {
    const parsed = parseCsv('Name,Value\nKitchen,12\nGarage,3');
    expect(parsed.separator).toBe(',');
    expect(parsed.rows).toEqual([['Name', 'Value'], ['Kitchen', '12'], ['Garage', '3']]);
  });

  it('reads quoted fields with separators, line breaks and quotes inside', () => {
    const parsed = parseCsv('a;b;c\r\n"x;y";"two\r\nlines";"say ""hej"""\r\n');
    expect(parsed.rows).toEqual([['a', 'b', 'c'], ['x;y', 'two\r\nlines', 'say "hej"']]);
  });

  it('keeps empty fields, also at the end of a record', () => {
    expect(parseCsv('a;b;c\n;;\n1;;\n').rows).toEqual([['a', 'b', 'c'], ['', '', ''], ['1', '', '']]);
  });

  it('honours a sep= line and does not count it as a record', () => {
    const parsed = parseCsv('sep=,\r\nNamn;Kod,Nivå\r\n');
    expect(parsed.separator).toBe(',');
    expect(parsed.rows).toEqual([['Namn;Kod', 'Nivå']]);
  });

  it('detects the separator from the first record only, ignoring quoted ones', () => {
    expect(detectSeparator('"a,b,c";d\n1,2,3,4,5')).toBe(';');
    expect(detectSeparator('a\tb\tc\n')).toBe('\t');
    expect(detectSeparator('one column')).toBe(';');
  });

  it('reads a lone CR as a line end (old Mac exports)', () => {
    expect(parseCsv('a;b\r1;2\r').rows).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('gives back any table a spreadsheet writes, with either separator and line end (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', ';', ',', '"', '\n', '\r\n', 'x', '\t') });
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(text, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 })),
      fc.constantFrom<CsvSeparator>(';', ','),
      fc.constantFrom('\r\n', '\n'),
      fc.boolean(),
      (rows, separator, lineEnd, bom) => {
        // The header decides the separator: give it one column per field, named plainly.
        const table = [rows[0].map((_cell, index) => `col${index}`), ...rows];
        if (table[0].length === 1) return;
        const parsed = parseCsv((bom ? '\uFEFF' : '') + writeCsv(table, separator, lineEnd));
        expect(parsed.separator).toBe(separator);
        expect(parsed.rows).toEqual(table);
      }
    ));
  });
});

describe('the row model', () => {
  it('matches headers in either language, any case, accents or punctuation', () => {
    expect(headerKey('Chefens e-post')).toBe('chefensepost');
    expect(headerKey('NIVÅ')).toBe('niva');
    const specs = [{ field: 'name', sv: 'Namn', en: 'Name' }, { field: 'level', sv: 'Nivå', en: 'Level' }] as const;
    const table = readTable([['', ''], ['LEVEL', ' namn ', 'Extra'], ['enhet', 'Kök', 'x'], [null, '', ''], ['avdelning', 'Stab']], specs);
    expect(table.columns).toEqual(['level', 'name']);
    expect(table.unknownColumns).toEqual(['Extra']);
    expect(table.rows).toEqual([
      { rowNumber: 3, cells: { level: 'enhet', name: 'Kök' } },
      { rowNumber: 5, cells: { level: 'avdelning', name: 'Stab' } }
    ]);
  });

  it('reads cells of every type an .xlsx sheet gives, and takes away an export\'s apostrophe', () => {
    expect(cellText(1240.5)).toBe('1240.5');
    expect(cellText(true)).toBe('true');
    expect(cellText(new Date(Date.UTC(2023, 4, 2)))).toBe('2023-05-02');
    expect(cellText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(cellText("'Kalle's")).toBe("'Kalle's");
    expect(cellText(' two\r\nlines ')).toBe('two\nlines');
    expect(cellText(null)).toBe('');
  });

  it('reads yes and no in both languages', () => {
    expect(['ja', 'Yes', 'X', 'sant', '1'].map(parseFlag)).toEqual([true, true, true, true, true]);
    expect(['Nej', 'no', 'FALSKT', '0'].map(parseFlag)).toEqual([false, false, false, false]);
    expect(parseFlag('kanske')).toBeUndefined();
  });
});
