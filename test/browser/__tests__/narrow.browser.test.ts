// At 360 and 400 px (a Teams side panel, a phone) every view must fit: a table either reflows or
// scrolls inside its own labelled, focusable region with a cue, captions wrap, and nothing is cut.
// Every view is also axe-checked in all five host themes at 360 px. One browser for the file, one
// context per theme, one page per context going from view to view.
import type { Page } from 'playwright-core';
import { organisationTemplate } from '../../../src/domain/import/templates';
import { toCsv } from '../../../src/ui/common/export/csv';
import { themeLabels } from '../../../local/workbench/client/WorkbenchBar';
import { hostThemeNames } from '../../../src/ui/theme/hostThemes';
import { openWorkbench, pageErrors, screenshot, seriousAxeViolations, sessionForFile } from '../support/browser';
import { unfitElements } from '../support/fit';

const session = sessionForFile({ keepData: true });

interface INarrowView {
  name: string;
  user: string;
  view: string;
  /** Brings the view to the state whose tables are checked (opened details, a dialog). */
  prepare: (page: Page) => Promise<void>;
  /** The state is a modal dialog, which covers the workbench's theme choice. */
  modal?: boolean;
}


const longUnitName = 'Kost, restaurang och måltidsservice för vårdens och tandvårdens alla enheter i hela regionen';

const narrowViews: readonly INarrowView[] = [
  {
    name: 'summary', user: 'regionalStaff', view: 'summary',
    prepare: async (page) => {
      await page.getByRole('table', { name: /^Vilka av årets miljömål som är fördelade/ }).waitFor();
      // A department opened to its units and activities: the details' tables sit inside the row.
      await page.locator('button[aria-expanded="false"]', { hasText: 'Regionservice' }).first().click();
      await page.getByRole('table', { name: /^Aktiviteter/ }).first().waitFor();
    }
  },
  {
    name: 'goal', user: 'regionalStaff', view: 'summary',
    prepare: async (page) => {
      await page.getByRole('table', { name: /^Vilka av årets miljömål som är fördelade/ }).getByRole('button', { name: /^M3 / }).click();
      await page.getByRole('heading', { level: 3, name: 'M3 Minskade mängder avfall' }).waitFor();
      await page.getByRole('img', { name: /^Diagram över/ }).first().waitFor();
      // The indicators' tables are in closed <details>: open them, as a reader of the numbers does.
      for (const summary of await page.locator('details > summary').all()) await summary.click();
    }
  },
  {
    name: 'reports', user: 'regionalStaff', view: 'summary',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Visa rapporterna och fastställ' }).click();
      await page.getByRole('table', { name: /^Fastställda rapporter för 2023/ }).waitFor();
      await page.getByRole('button', { name: /^Öppna rapporten för/ }).first().click();
      await page.getByRole('heading', { name: /^Rapport för .*, version 1$/ }).waitFor();
      await page.getByRole('button', { name: 'Jämför med idag' }).click();
      await page.getByRole('table', { name: 'Totalt: rapportens siffror och dagens' }).waitFor();
    }
  },
  {
    name: 'allocation', user: 'departmentHead', view: 'allocation',
    prepare: async (page) => { await page.getByRole('button', { name: /^Fördela M4 .* till Måltidsservice$/ }).waitFor(); }
  },
  {
    name: 'myUnit', user: 'unitHead', view: 'myUnit',
    prepare: async (page) => { await page.getByRole('heading', { level: 2 }).first().waitFor(); await page.getByText(/^Läget för/).first().waitFor(); }
  },
  {
    name: 'administration', user: 'regionalStaff', view: 'administration',
    prepare: async (page) => { await page.getByRole('rowheader', { name: 'Regionservice' }).first().waitFor(); }
  },
  {
    name: 'indicators', user: 'regionalStaff', view: 'indicators',
    prepare: async (page) => {
      await page.getByRole('heading', { name: 'Alla indikatorer' }).waitFor();
      for (const summary of await page.locator('details > summary').all()) await summary.click();
    }
  },
  {
    name: 'import', user: 'regionalStaff', view: 'administration', modal: true,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Importera organisation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Importera organisationen' });
      const rows = organisationTemplate('sv').map((row) => row.map((cell) => (cell === 'Kost och restaurang' ? longUnitName : cell)));
      await dialog.getByLabel('Välj fil (.xlsx eller .csv)').setInputFiles({ name: 'organisation.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(rows)) });
      await dialog.getByRole('row', { name: /Kost, restaurang/ }).waitFor();
    }
  }
];

async function openView(page: Page, view: INarrowView, theme: string): Promise<void> {
  const params = new URLSearchParams({ user: view.user, view: view.view, theme, lang: 'sv-SE' });
  await page.goto(`${session.workbench.url}/?${params.toString()}`);
  await view.prepare(page);
}

describe('every view at 360 and 400 px', () => {
  // The reports view needs a fastställd report and a change since, to show its archive and comparison.
  beforeAll(async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'summary' });
    await page.getByRole('button', { name: 'Visa rapporterna och fastställ' }).click();
    await page.getByRole('button', { name: /^Fastställ rapport för/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Fastställ' }).click();
    // No department is marked ready in the demo: Fastställ asks once more.
    await page.getByRole('dialog').getByRole('button', { name: 'Fastställ ändå' }).click();
    await page.getByText(/^Rapporten för .* är fastställd som version 1\./).waitFor();
    await page.context().close();
    const store = session.workbench.emulator.store;
    const allocation = store.listByUrl('/sites/miljo/Lists/MiljoAllocations')!.def.items.find((item) => item.fsObjType !== 1)!;
    store.bulkAddItems(store.listByUrl('/sites/miljo/Lists/MiljoActivities')!, [{
      Title: 'Ny efter fastställandet', MiljoYear: 2023, AllocationId: allocation.id, ActivityStatus: 'planerad', ClientKey: 'narrow-after-freeze'
    }]);
  }, 60000);

  it('fits every view at 400 and 360 px: tables scroll in their own region with a cue, captions wrap, nothing is cut', async () => {
    const page = await openWorkbench(session, { viewport: { width: 400, height: 900 } });
    const found: string[] = [];
    for (const view of narrowViews) {
      await page.setViewportSize({ width: 400, height: 900 });
      await openView(page, view, 'sharePointLight');
      for (const width of [400, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(50);
        const problems = await unfitElements(page);
        found.push(...problems.map((problem) => `${view.name} at ${width} px: ${problem}`));
      }
      await screenshot(page, `narrow-360-${view.name}`);
    }
    expect(found).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 300000);

  // A theme is switched in the workbench's own bar: the view keeps its opened rows and its data, so
  // each view loads once for the five themes (a dialog is closed for the switch and opened again).
  it.each(narrowViews.map((view) => view.name))('is axe-clean at 360 px in all five themes: %s', async (name) => {
    const view = narrowViews.find((candidate) => candidate.name === name)!;
    const page = await openWorkbench(session, { viewport: { width: 360, height: 900 } });
    const found: string[] = [];
    await openView(page, view, hostThemeNames[0]);
    for (const theme of hostThemeNames) {
      if (theme !== hostThemeNames[0]) {
        if (view.modal === true) await page.keyboard.press('Escape');
        await page.getByRole('combobox', { name: 'Tema' }).click();
        await page.getByRole('option', { name: themeLabels[theme], exact: true }).click();
        await page.locator(`main[data-theme="${theme}"]`).waitFor();
        if (view.modal === true) await view.prepare(page);
      }
      // In full once; the other themes change only the colours.
      const rules = theme === hostThemeNames[0] ? 'all' : 'colours';
      found.push(...(await seriousAxeViolations(page, rules)).map((violation) => `${theme}: ${violation}`));
    }
    expect(found).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 300000);
});
/** Pixels in the date input's right end (where the browser draws the calendar icon) unlike the field's own background. */
async function calendarIconPixels(page: Page): Promise<number> {
  const field = page.locator('input[type="date"]').first();
  await field.waitFor();
  const picture = (await field.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const left = Math.max(0, image.width - 32);
    const area = context.getImageData(left, 3, image.width - 3 - left, image.height - 6).data;
    const background = context.getImageData(2, 2, 1, 1).data;
    let unlike = 0;
    for (let offset = 0; offset < area.length; offset += 4) {
      const difference = Math.abs(area[offset] - background[0]) + Math.abs(area[offset + 1] - background[1]) + Math.abs(area[offset + 2] - background[2]);
      if (difference > 150) unlike += 1;
    }
    return unlike;
  }, picture);
}

describe('date fields in high contrast', () => {
  it('show their calendar icon in Teams\' high-contrast theme and in the system\'s forced colours', async () => {
    const contrast = await openWorkbench(session, { user: 'regionalStaff', view: 'administration', theme: 'teamsContrast' });
    // A drawn icon is dozens of pixels; the same icon black on black was none.
    expect(await calendarIconPixels(contrast)).toBeGreaterThan(20);
    await contrast.context().close();
    const forced = await openWorkbench(session, { user: 'regionalStaff', view: 'administration', theme: 'teamsContrast' });
    await forced.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    expect(await calendarIconPixels(forced)).toBeGreaterThan(20);
    await forced.context().close();
  }, 60000);
});

describe('Fördelning at 400 px', () => {
  it('keeps the unit column in view while the goals scroll, and confirms a save beside the grid', async () => {
    const page = await openWorkbench(session, { user: 'departmentHead', view: 'allocation', viewport: { width: 400, height: 800 } });
    const cell = page.getByRole('button', { name: /^Fördela M4 .* till Måltidsservice$/ });
    await cell.waitFor();
    // The grid's row header (the roll-up's per-unit table below has one by the same name, without the head).
    const rowHeader = page.getByRole('rowheader', { name: /^Måltidsservice Chef:/ });
    const before = await rowHeader.boundingBox();
    await cell.scrollIntoViewIfNeeded();
    const after = await rowHeader.boundingBox();
    expect(before).not.toBeNull();
    expect(after).not.toBeNull();
    // The grid scrolled to reach M4; the unit's name did not move with it.
    expect(Math.abs(after!.x - before!.x)).toBeLessThan(2);
    expect(after!.x).toBeGreaterThanOrEqual(0);

    await cell.click();
    await page.getByText(/^I samråd med enhetschef/).click();
    await page.getByRole('button', { name: 'Fördela', exact: true }).click();
    const saved = page.getByRole('button', { name: /^Fördelat.*: M4 .* till Måltidsservice/ });
    await saved.waitFor();
    const confirmation = page.locator('section p[aria-hidden="true"]', { hasText: /M4/ });
    await confirmation.waitFor();
    const cellBox = await saved.boundingBox();
    const confirmationBox = await confirmation.boundingBox();
    // Beside the grid: within one screen of the cell, not at the top of the view.
    expect(Math.abs(confirmationBox!.y - cellBox!.y)).toBeLessThan(800);
    expect(pageErrors(page)).toEqual([]);
    await screenshot(page, 'allocation-400px-after-save');
    await page.context().close();
  }, 60000);
});
