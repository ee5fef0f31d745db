/** @jest-environment jsdom */
// The .xlsx side of a round trip: what the template and the export write (write-excel-file, with
// every text neutralised) reads back through the reader the dialog loads, to the same preview
// as the rows themselves.
import { demoOrgUnits } from '../../../../domain/demo/demoOrganisation';
import { demoGoals, demoYear } from '../../../../domain/demo/demoRegion2023';
import { goalRows, previewGoalImport } from '../../../../domain/import/goalImport';
import { organisationRows, previewOrgImport } from '../../../../domain/import/orgImport';
import { organisationTemplate } from '../../../../domain/import/templates';
import type { SheetRows } from '../../../../domain/import/sheet';
import { loadXlsxLibrary } from '../../../common/export/loadXlsxLibrary';
import type { Row } from '../../../common/export/sheetTypes';
import { workbookBlob } from '../../../common/export/xlsx';
import { loadXlsxReader } from '../loadXlsxReader';
import { readImportFile } from '../readImportFile';

async function throughXlsx(rows: Row[]): Promise<SheetRows> {
  const blob = await workbookBlob({ sheets: [{ name: 'Blad', rows, boldRows: [0], columnWidths: [] }] }, loadXlsxLibrary);
  const read = await readImportFile(new File([blob], 'fil.xlsx'), loadXlsxReader);
  if (read.kind !== 'read') throw new Error(`not read: ${read.kind}`);
  return read.rows;
}

const heads = new Map(demoOrgUnits.flatMap((unit) => (unit.head === undefined ? [] : [[unit.head.login, unit.head] as const])));

describe('.xlsx import', () => {
  it('reads the organisation export back: every unit unchanged', async () => {
    const rows = organisationRows(demoOrgUnits, 'sv');
    const result = previewOrgImport(await throughXlsx(rows), demoOrgUnits, (email) => heads.get(email));
    expect(result).toEqual(previewOrgImport(rows, demoOrgUnits, (email) => heads.get(email)));
    expect(result.counts.error).toBe(0);
    expect(result.counts.new + result.counts.changed).toBe(0);
  });

  it('reads the template back, and a goal whose text starts like a formula comes back as typed', async () => {
    // An empty text is no cell in the file: it reads back as an empty cell.
    expect(await throughXlsx(organisationTemplate('en'))).toEqual(organisationTemplate('en').map((row) => row.map((cell) => (cell === '' ? null : cell))));
    const goals = demoGoals.map((goal, index) => (index === 0 ? { ...goal, title: '=Minskade utsläpp', description: '-50 % till 2030\nsedan 2019' } : goal));
    const result = previewGoalImport(await throughXlsx(goalRows(goals, demoYear, 'sv')), demoYear, goals);
    expect(result.counts).toEqual({ new: 0, changed: 0, unchanged: goals.length, error: 0 });
  });
});
