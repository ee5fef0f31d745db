// Import in a real browser: the regional staff download the organisation's template, import it,
// see the preview and the result, and the same file again changes nothing. The .xlsx goes both
// ways through the libraries the web part loads on demand.
import { openWorkbench, pageErrors, screenshot, seriousAxeViolations, sessionForFile } from '../support/browser';
import { download } from '../support/downloads';

const session = sessionForFile();

describe('import in the browser', () => {
  it('downloads the organisation template, imports it, and shows the preview and the result', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'administration' });
    await page.getByRole('button', { name: 'Importera organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importera organisationen' });
    const template = await download(page, () => dialog.getByRole('button', { name: 'Hämta mall (.xlsx)' }).click());
    expect(template.name).toBe('Miljömål mall organisation.xlsx');
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
});
