// Import in a real browser: the regional staff download the organisation's template, import it,
// see the preview and the result, and the same file again changes nothing. The .xlsx goes both
// ways through the libraries the web part loads on demand.
import type { Locator, Page } from 'playwright-core';
import { goalColumns } from '../../../src/domain/import/goalImport';
import { orgExportColumns } from '../../../src/domain/import/orgImport';
import { headerRow } from '../../../src/domain/import/sheet';
import { valueColumns } from '../../../src/domain/import/valueImport';
import { openWorkbench, pageErrors, screenshot, seriousAxeViolations, sessionForFile } from '../support/browser';
import { csvRows, download, xlsxSheets } from '../support/downloads';

const session = sessionForFile();

describe('import in the browser', () => {
  it('downloads the organisation template, imports it, and shows the preview and the result', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'administration' });
    await page.getByRole('button', { name: 'Importera organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importera organisationen' });
    const template = await download(page, () => dialog.getByRole('button', { name: 'Hämta mall (.xlsx)' }).click());
    expect(template.name).toBe('Miljömål mall organisation.xlsx');
    expect((await xlsxSheets(template))[0].rows[0]).toEqual(headerRow(orgExportColumns, 'sv'));
    const file = { name: template.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: template.buffer };

    await dialog.getByLabel('Välj fil (.xlsx eller .csv)').setInputFiles(file);
    // The demo region has the förvaltning, Regionservice and Regionstaben already: they get their codes.
    await dialog.getByText('2 nya, 3 ändrade, 0 oförändrade, 0 med fel').waitFor();
    await dialog.getByRole('row', { name: /Kost och restaurang/ }).getByText('Ny').waitFor();
    await dialog.getByRole('row', { name: /^2 Regionstyrelsens förvaltning/ }).getByText('Ändrar: kod').waitFor();
    await screenshot(page, 'import-preview');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Importera de giltiga raderna (5)' }).click();
    await dialog.getByText(/Klart: 5 sparade, 0 sparades inte, 0 inte påbörjade\./).waitFor();
    await screenshot(page, 'import-done');

    await dialog.getByLabel('Välj fil (.xlsx eller .csv)').setInputFiles(file);
    await dialog.getByText('0 nya, 0 ändrade, 5 oförändrade, 0 med fel').waitFor();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('rowheader', { name: 'Fordon och transporter' }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 120000);

  /** The dialog's file button's download, read as a person opens it: the first sheet's rows, or the CSV's. */
  async function rowsOf(page: Page, dialog: Locator, button: string, fileName: string): Promise<unknown[][]> {
    const file = await download(page, () => dialog.getByRole('button', { name: button }).click());
    expect(file.name).toBe(fileName);
    return fileName.endsWith('.csv') ? csvRows(file) : (await xlsxSheets(file))[0].rows;
  }

  it('gives every file the organisation\'s and the goals\' imports offer as a real download', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'administration' });
    await page.getByRole('button', { name: 'Importera organisation' }).click();
    const organisation = page.getByRole('dialog', { name: 'Importera organisationen' });
    const orgHeader = headerRow(orgExportColumns, 'sv');
    const orgCsv = await rowsOf(page, organisation, 'Hämta mall (.csv)', 'Miljömål mall organisation.csv');
    expect(orgCsv[0]).toEqual(orgHeader);
    expect(orgCsv.map((row) => row[orgHeader.indexOf('Namn')])).toContain('Kost och restaurang');
    const orgNow = await rowsOf(page, organisation, 'Exportera nuvarande (.xlsx)', 'Miljömål organisation.xlsx');
    expect(orgNow[0]).toEqual(orgHeader);
    expect(orgNow.map((row) => row[orgHeader.indexOf('Namn')])).toEqual(expect.arrayContaining(['Regionservice', 'Måltidsservice']));
    await page.keyboard.press('Escape');
    await organisation.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Importera mål' }).click();
    const goals = page.getByRole('dialog', { name: 'Importera målen för 2023' });
    const goalHeader = headerRow(goalColumns, 'sv');
    for (const [button, fileName] of [['Hämta mall (.xlsx)', 'Miljömål mall mål 2023.xlsx'], ['Hämta mall (.csv)', 'Miljömål mall mål 2023.csv']]) {
      const rows = await rowsOf(page, goals, button, fileName);
      expect(rows[0]).toEqual(goalHeader);
      expect(rows.map((row) => row[1])).toEqual(['Målkod', 'M1', 'M2', 'M3']);
    }
    const goalsNow = await rowsOf(page, goals, 'Exportera nuvarande (.xlsx)', 'Miljömål mål 2023.xlsx');
    expect(goalsNow[0]).toEqual(goalHeader);
    expect(goalsNow.map((row) => row[1])).toEqual(['Målkod', 'M1', 'M2', 'M3', 'M4']);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 120000);

  it('gives the values import\'s template as a real download, filled with the year\'s indicators', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'indicators' });
    await page.getByRole('button', { name: 'Importera utfall' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importera indikatorernas utfall' });
    for (const [button, fileName] of [['Hämta mall (.xlsx)', 'Miljömål mall utfall 2023.xlsx'], ['Hämta mall (.csv)', 'Miljömål mall utfall 2023.csv']]) {
      const rows = await rowsOf(page, dialog, button, fileName);
      expect(rows[0]).toEqual(headerRow(valueColumns, 'sv'));
      expect(rows.flat()).toContain('Koldioxidutsläpp från tjänsteresor');
    }
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 120000);
});
