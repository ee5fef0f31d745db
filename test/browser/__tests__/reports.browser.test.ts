// The report as the board saw it, in a real browser as the regional staff: fastställ the period's
// report, find it in the archive, open it as it was, compare it with today after the data changed,
// and export it to Word through the writer the page fetches on demand.
import JSZip from 'jszip';
import { openWorkbench, pageErrors, screenshot, seriousAxeViolations, sessionForFile } from '../support/browser';
import { csvRows, download, xlsxSheets } from '../support/downloads';

const session = sessionForFile();

const paperStart = 'En sammanställning visar att alla avdelningar har fått tre eller fyra miljömål nerfördelade, av fyra möjliga.';
const workSentence = 'Arbetet beskrivs i kommentarer och inkluderar bl.a. ”Minskat matsvinn genom uppdaterade recept” och ”Fler maträtter skickas till Kajutan”.';

describe('fastställda reports in the browser', () => {
  it('fastställs, is archived, opens as it was and compares with today after the data changed', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'summary' });
    await page.getByText(paperStart, { exact: false }).first().waitFor();
    // The paper's period (a past year opens on its helår); Fluent draws the radio over a hidden input, so the user clicks the label.
    await page.getByText('Delår', { exact: true }).click();
    await page.getByRole('heading', { name: 'Totalt för Regionstyrelsen, delår 2023' }).waitFor();
    await page.getByRole('button', { name: 'Visa rapporterna och fastställ' }).click();
    await page.getByText('Ingen rapport är fastställd för 2023 än.').waitFor();

    await page.getByRole('button', { name: 'Fastställ rapport för delår 2023' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fastställ rapport för delår 2023, version 1' });
    await dialog.getByRole('textbox', { name: /^Egen analys/ }).fill('Att relativt få aktiviteter har lagts in kan bero på flera faktorer.');
    await dialog.getByRole('button', { name: 'Fastställ' }).click();
    // No department has marked delår 2023 ready in the demo: asked once more.
    await dialog.getByText(/^Inte markerade som klara för delår 2023: /).waitFor();
    await dialog.getByRole('button', { name: 'Fastställ ändå' }).click();
    await page.getByText('Rapporten för delår 2023 är fastställd som version 1.').waitFor();

    // SharePoint holds it, locked: the item has permissions of its own.
    const reports = session.workbench.emulator.store.listByUrl('/sites/miljo/Lists/MiljoReports')!;
    expect(reports.def.items).toHaveLength(1);
    expect(reports.def.items[0].hasUniqueRoleAssignments).toBe(true);

    const archive = page.getByRole('table', { name: /^Fastställda rapporter för 2023/ });
    await archive.getByRole('rowheader', { name: 'delår 2023' }).waitFor();

    // The data changes after the board meeting: one more activity at a department.
    const store = session.workbench.emulator.store;
    const allocations = store.listByUrl('/sites/miljo/Lists/MiljoAllocations')!;
    const activities = store.listByUrl('/sites/miljo/Lists/MiljoActivities')!;
    // The first allocation, not one of the lists' folders (folders are items too).
    const allocation = allocations.def.items.find((item) => item.fsObjType !== 1)!;
    store.bulkAddItems(activities, [{
      Title: 'Ny efter fastställandet', MiljoYear: 2023, AllocationId: allocation.id, ActivityStatus: 'planerad', ClientKey: 'browser-after-freeze'
    }]);

    // A fresh page reads today's lists; the report stays as it was.
    const later = await openWorkbench(session, { user: 'regionalStaff', view: 'summary' });
    await later.getByText('och totalt elva aktiviteter har lagts in inom', { exact: false }).first().waitFor();
    await later.getByText('Delår', { exact: true }).click();
    await later.getByRole('heading', { name: 'Totalt för Regionstyrelsen, delår 2023' }).waitFor();
    await later.getByRole('button', { name: 'Visa rapporterna och fastställ' }).click();
    await later.getByRole('button', { name: 'Öppna rapporten för delår 2023, version 1' }).click();
    const heading = later.getByRole('heading', { name: 'Rapport för delår 2023, version 1' });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const report = later.locator('article', { has: heading });
    await report.getByText(/^Fastställd .* av /).waitFor();
    const text = (await report.getByText(paperStart, { exact: false }).first().textContent()) ?? '';
    expect(text).toContain('och totalt tio aktiviteter har lagts in inom Regionstyrelsen.');
    expect(text).toContain(workSentence);
    await report.getByText('Att relativt få aktiviteter har lagts in kan bero på flera faktorer.').waitFor();

    await report.getByRole('button', { name: 'Jämför med idag' }).click();
    const totals = later.getByRole('table', { name: 'Totalt: rapportens siffror och dagens' });
    await totals.waitFor();
    expect(await totals.getByRole('rowheader', { name: 'Aktiviteter totalt' }).locator('xpath=..').textContent()).toBe('Aktiviteter totalt1011');
    const perDepartment = later.getByRole('table', { name: /^Per avdelning: rapportens siffror för delår 2023/ });
    await perDepartment.getByText(/Aktiviteter totalt: \d+ → \d+/).first().waitFor();
    await screenshot(later, 'report-compared');
    expect(await seriousAxeViolations(later)).toEqual([]);

    // Its Word file: the fastställd figures and text, saying which version.
    const file = await download(later, () => report.getByRole('button', { name: 'Exportera till Word' }).click());
    expect(file.name).toBe('miljomal-rapport-2023-delar-version-1.docx');
    const zip = await JSZip.loadAsync(file.buffer);
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(body).toContain('Fastställd rapport, version 1, fastställd ');
    expect(body).toContain('och totalt tio aktiviteter har lagts in inom Regionstyrelsen.');
    expect(body).toContain(workSentence);
    expect(body).toContain('<w:tblHeader/>');
    expect(await zip.file('docProps/core.xml')?.async('string')).toContain('<dc:language>sv-SE</dc:language>');

    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(later)).toEqual([]);
    await page.context().close();
    await later.context().close();
  }, 120000);

  it('gives each of the summary\'s exports as a real download, in plain text', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'summary' });
    await page.getByText('Delår', { exact: true }).click();
    await page.getByRole('heading', { name: 'Totalt för Regionstyrelsen, delår 2023' }).waitFor();
    const exported = (button: string) => download(page, () => page.getByRole('button', { name: button }).click());
    const isolates = /[\u2066-\u2069]/;

    const summary = await exported('Sammanställning som CSV');
    expect(summary.name).toBe('miljomal-sammanstallning-2023-delar.csv');
    expect(csvRows(summary)).toContainEqual(['Aktiviteter totalt', '10']);
    await page.getByText('Filen miljomal-sammanstallning-2023-delar.csv är skapad.').waitFor();

    const activities = await exported('Aktiviteter som CSV');
    expect(activities.name).toBe('miljomal-aktiviteter-2023-delar.csv');
    expect(csvRows(activities)).toHaveLength(11);

    const indicators = await exported('Indikatorer som CSV');
    expect(indicators.name).toBe('miljomal-indikatorer-2023-delar.csv');
    expect(csvRows(indicators)[0].slice(0, 3)).toEqual(['Målkod', 'Miljömål', 'Indikator']);

    const workbook = await exported('Exportera till Excel');
    expect(workbook.name).toBe('miljomal-2023-delar.xlsx');
    const sheets = await xlsxSheets(workbook);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Sammanställning', 'Aktiviteter', 'Saknas', 'Indikatorer']);
    expect(sheets[0].rows).toContainEqual(['Aktiviteter totalt', 10]);
    const reportCell = sheets[0].rows.find((row) => row[0] === 'Rapporttext')?.[1];
    expect(String(reportCell)).toContain(paperStart);
    expect(String(reportCell)).toContain(workSentence);

    const document = await exported('Exportera till Word');
    expect(document.name).toBe('miljomal-rapport-2023-delar.docx');
    const body = (await (await JSZip.loadAsync(document.buffer)).file('word/document.xml')?.async('string')) ?? '';
    expect(body).toContain(paperStart);
    expect(body).toContain(workSentence);

    for (const file of [summary, activities, indicators]) expect(file.buffer.toString('utf8')).not.toMatch(isolates);
    expect(JSON.stringify(sheets)).not.toMatch(isolates);
    expect(body).not.toMatch(isolates);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 120000);
});
