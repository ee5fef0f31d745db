// Each user's week (issue 28), as a person meets it in Chromium: a gap's link lands on the cell
// where it is fixed, in view and visibly marked after a mouse click in every host theme; a
// department head at his own empty unit is sent to Fördelning.
import { hostThemeNames } from '../../../src/ui/theme/hostThemes';
import { openWorkbench, pageErrors, sessionForFile } from '../support/browser';
import { expectSeenAndMarked, focusedLook } from '../support/focus';

const session = sessionForFile();

/** The department head allocates M3 to Logistik without samråd: the gap the regional staff then see. */
async function allocateWithoutSamrad(): Promise<void> {
  const page = await openWorkbench(session, { user: 'departmentHead', view: 'allocation' });
  await page.getByRole('button', { name: /^Fördela M3 .* till Logistik$/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Fördela', exact: true }).click();
  await page.getByRole('button', { name: /^Fördelat.*: M3 .* till Logistik/ }).waitFor();
  await page.context().close();
}

describe('a gap without samråd leads to the unit\'s cell', () => {
  it.each(hostThemeNames)('lands the regional staff on Logistik\'s M3 cell, in view and visibly marked after a mouse click, %s theme', async (theme) => {
    await allocateWithoutSamrad();
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'summary', theme });
    const group = page.locator('div', { has: page.getByRole('heading', { level: 4, name: /^Fördelat utan samråd med enhetschefen/ }) }).last();
    const link = group.getByRole('link', { name: /^M3 .* till Logistik \(Regionservice\) \(öppnar Fördelning\)$/ });
    await link.waitFor();
    const href = new URL((await link.getAttribute('href')) ?? '');
    const cell = `${href.searchParams.get('miljomal-goal')}:${href.searchParams.get('miljomal-unit')}`;
    await link.click();
    await page.getByRole('heading', { level: 2, name: 'Fördelning' }).waitFor();
    await page.waitForFunction((key) => (document.activeElement as HTMLElement | null)?.dataset.cell === key, cell);
    // Let the smooth scroll and the grid's layout settle before reading where the cell is.
    await page.waitForTimeout(300);
    const look = await focusedLook(page);
    expect(look.cell).toBe(cell);
    // The unit's cell, in Regionservice's grid: not the department's.
    expect(await page.locator(`[data-grid] [data-cell="${cell}"]`).count()).toBe(1);
    expect(look.unit).toBe(href.searchParams.get('miljomal-unit'));
    expectSeenAndMarked(look);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 90000);
});

describe('a department head at his own unit with nothing allocated', () => {
  it('is offered Fördelning for that unit, and lands on its row', async () => {
    const page = await openWorkbench(session, { user: 'departmentHead', view: 'myUnit' });
    await page.getByRole('combobox', { name: /^Enhet eller avdelning/ }).click();
    await page.getByRole('option', { name: 'Logistik' }).click();
    await page.getByText('Inga miljömål är fördelade till Logistik för 2023 än.').waitFor();
    expect(await page.getByRole('link', { name: /i Teams$/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Fördela mål till Logistik' }).click();
    await page.getByRole('heading', { level: 2, name: 'Fördelning' }).waitFor();
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.cellUnit !== undefined);
    await page.waitForTimeout(300);
    const look = await focusedLook(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/till Logistik$/);
    expectSeenAndMarked(look);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 90000);
});
