// The whole region (issue 33): the demo region and two more förvaltningar on one site. The regional
// staff see the region, added up, open each förvaltning, fastställer one, and see the region as its
// fastställda reports count it; a nämnd's page, fixed to its förvaltning as the property pane sets
// it, shows only its own. Desktop and 360 px, axe in every host theme.
import type { Page } from 'playwright-core';
import { swedish as s } from '../../support/strings';
import { axeInEveryTheme, openWorkbench, pageErrors, screenshot, sessionForFile } from '../support/browser';
import { focusedLook } from '../support/focus';
import { unfitElements } from '../support/fit';
import { csvRows, download } from '../support/downloads';

// Nothing here writes: one seeded region for the file.
const session = sessionForFile({ seed: 'region', keepData: true });
const names = ['Hälso- och sjukvården', 'Kollektivtrafiken', 'Regionstyrelsen'];

async function done(page: Page): Promise<void> {
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
}

const chooser = (page: Page): ReturnType<Page['getByRole']> => page.getByRole('combobox', { name: s.ForvaltningLabel });
const regionTable = (page: Page): ReturnType<Page['getByRole']> => page.getByRole('table', { name: /^Förvaltningarnas avdelningar/ });

/** The cells of a row of the region's table, by its header. */
async function rowCells(page: Page, header: string): Promise<string[]> {
  const row = regionTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
  // Numbers are set with the locale's no-break spaces ("67 %"): compared as plain spaces.
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.replace(/[\u00a0\u202f]/g, ' '));
}

describe('a region of three förvaltningar', () => {
  let healthCareId = '';

  it('the regional staff see the region added up, and open each förvaltning', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'summary' });
    await regionTable(page).waitFor();
    expect(await chooser(page).locator('option').allInnerTexts()).toEqual([s.WholeRegion, ...names]);
    expect(await chooser(page).inputValue()).toBe('0');

    // Delår, which the demo has followed up: each förvaltning's row, and the region's sum beneath.
    await page.getByText(s.PeriodDelar, { exact: true }).click();
    await regionTable(page).getByRole('cell', { name: '8 av 12 (67 %)' }).waitFor();
    const rows = await Promise.all(names.map((name) => rowCells(page, name)));
    expect(rows).toEqual([
      ['2', '2 av 2', '3', '2 av 3 (67 %)'],
      ['1', '0 av 1', '0', s.NothingDue],
      ['9', '9 av 9', '10', '6 av 9 (67 %)']
    ]);
    expect(await rowCells(page, s.RegionTotalRow)).toEqual(['12', '11 av 12', '13', '8 av 12 (67 %)']);
    // The region as one file: the table's rows as numbers, and the confirmation in view.
    const file = await download(page, () => page.getByRole('button', { name: s.ExportCsvRegion }).click());
    expect(file.name).toBe('miljomal-regionen-2023-delar.csv');
    expect(csvRows(file).slice(3)).toEqual([
      [s.ColumnForvaltning, s.ColumnDepartments, s.ColumnDepartmentsWithGoals, s.ColumnActivities, s.ExportDue, s.ColumnFollowedUp],
      ['Hälso- och sjukvården', '2', '2', '3', '3', '2'],
      ['Kollektivtrafiken', '1', '0', '0', '0', '0'],
      ['Regionstyrelsen', '9', '9', '10', '9', '6'],
      [s.RegionTotalRow, '12', '11', '13', '12', '8']
    ]);
    const confirmation = page.getByText('Filen miljomal-regionen-2023-delar.csv är skapad.');
    await confirmation.waitFor();
    const box = await confirmation.boundingBox();
    expect(box !== null && box.y >= 0 && box.y + box.height <= (page.viewportSize()?.height ?? 0)).toBe(true);
    await page.getByText(/^Regionen har tre förvaltningar med sammanlagt tolv avdelningar\. Två av tre förvaltningar \(Hälso- och sjukvården och Regionstyrelsen\)/).waitFor();
    await page.getByText(/^Kollektivtrafiken: En sammanställning visar att /).waitFor();
    await screenshot(page, 'region-01-hela-regionen');

    // Opening a förvaltning from its row: its own summary, the chooser naming it, focus on the chooser.
    await regionTable(page).getByRole('button', { name: 'Hälso- och sjukvården', exact: true }).click();
    await page.getByRole('heading', { name: /^Totalt för Hälso- och sjukvården/ }).waitFor();
    healthCareId = await chooser(page).inputValue();
    expect(await chooser(page).locator('option:checked').innerText()).toBe('Hälso- och sjukvården');
    // In view and marked: the chooser draws Fluent's dropdown focus (a 2 px theme border), not an outline.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    const look = await focusedLook(page);
    expect(look.box.top).toBeGreaterThanOrEqual(0);
    expect(look.box.bottom).toBeLessThanOrEqual(look.viewport.height);
    expect(look.boxShadow).toMatch(/inset/);
    const departments = page.getByRole('table', { name: /^Avdelningarnas miljömål/ });
    expect((await departments.locator('tbody > tr > th').allInnerTexts()).map((text) => text.replace('▸', '').trim())).toEqual(['Akutsjukvården', 'Primärvården']);
    // Its own goal is counted here, beside the region's.
    await page.getByRole('table', { name: /^Vilka av årets miljömål som är fördelade/ }).getByText('HS1').first().waitFor();
    await screenshot(page, 'region-02-halso-och-sjukvarden');

    // Hälso- och sjukvården fastställer its delår report in its own summary: its first, no correction asked.
    await page.getByRole('button', { name: 'Visa rapporterna och fastställ' }).click();
    await page.getByText('Ingen rapport är fastställd för 2023 än.').waitFor();
    await page.getByRole('button', { name: 'Fastställ rapport för delår 2023' }).click();
    const freeze = page.getByRole('dialog', { name: /^Fastställ rapport för delår 2023, version \d+$/ });
    expect(await freeze.getByRole('textbox', { name: /^Varför/ }).count()).toBe(0);
    await freeze.getByRole('button', { name: 'Fastställ' }).click();
    await freeze.getByRole('button', { name: 'Fastställ ändå' }).click();
    await page.getByText(/^Rapporten för delår 2023 är fastställd som version 1\./).waitFor();

    // Regionstyrelsen, chosen with the keyboard's own control: as a site with one förvaltning shows it.
    await chooser(page).selectOption({ label: 'Regionstyrelsen' });
    await page.getByRole('heading', { name: /^Totalt för Regionstyrelsen/ }).waitFor();
    expect(await departments.locator('tbody > tr > th').count()).toBe(9);
    expect(await page.getByRole('table', { name: /^Vilka av årets miljömål som är fördelade/ }).getByText('HS1').count()).toBe(0);

    await chooser(page).selectOption({ label: s.WholeRegion });
    await regionTable(page).waitFor();
    // The region as the board saw it: counted from the one fastställd report, the others named as not.
    await page.getByText(/^Hälso- och sjukvården: version 1, fastställd .+ av Kristina Norén$/).waitFor();
    await page.getByText('Kollektivtrafiken: inte fastställd', { exact: true }).waitFor();
    await page.getByText(/^Regionen har en förvaltning med sammanlagt två avdelningar\./).waitFor();
    await screenshot(page, 'region-05-faststallt-for-regionen');
    expect(await axeInEveryTheme(page)).toEqual([]);
    await done(page);
  });

  it('a nämnd’s page shows only its own förvaltning, in English too', async () => {
    expect(healthCareId).toMatch(/^\d+$/);
    const page = await openWorkbench(session, { user: 'reader', view: 'summary', forvaltning: Number(healthCareId) });
    await page.getByRole('heading', { name: /^Totalt för Hälso- och sjukvården/ }).waitFor();
    expect(await chooser(page).count()).toBe(0);
    expect(await regionTable(page).count()).toBe(0);
    await page.getByText(/^En sammanställning visar att /).first().waitFor();
    expect(await page.getByText('Regionstyrelsen').count()).toBe(0);
    await screenshot(page, 'region-03-namndens-sida');
    await done(page);

    const english = await openWorkbench(session, { user: 'reader', view: 'summary', lang: 'en-US', forvaltning: Number(healthCareId) });
    await english.getByRole('heading', { name: /Hälso- och sjukvården/ }).first().waitFor();
    expect(await english.getByRole('combobox', { name: 'Administration' }).count()).toBe(0);
    await done(english);
  });

  it('fits a phone: the region’s table scrolls in its own region, nothing wider than its container', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'summary', viewport: { width: 360, height: 740 } });
    await regionTable(page).waitFor();
    expect(await unfitElements(page)).toEqual([]);
    await screenshot(page, 'region-04-360');
    await done(page);
  });
});
