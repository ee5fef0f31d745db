// Each user's week (issue 28), as a person meets it in Chromium: a gap's link lands on the cell
// where it is fixed, in view and visibly marked after a mouse click in every host theme; a
// department head at his own empty unit is sent to Fördelning.
import { hostThemeNames } from '../../../src/ui/theme/hostThemes';
import { openWorkbench, pageErrors, screenshot, sessionForFile } from '../support/browser';
import { expectSeenAndMarked, focusedLook } from '../support/focus';

const session = sessionForFile();

/** The department head allocates M3 to Logistik without samråd: the gap the regional staff then see. */
async function allocateWithoutSamrad(): Promise<void> {
  const page = await openWorkbench(session, { user: 'departmentHead', view: 'allocation' });
  await page.getByRole('button', { name: /^Fördela M3 .* till Logistik$/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Fördela', exact: true }).click();
  // Without the samråd box ticked the dialog asks once more, saying it will count as a gap.
  await page.getByRole('dialog').getByRole('button', { name: 'Fördela utan samråd', exact: true }).click();
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

describe('a unit head opens Min enhet on what to do now', () => {
  it.each([
    { width: 1400, height: 1000 },
    { width: 400, height: 800 }
  ])('offers the next steps first, opens the first one\'s follow-up, and confirms the save in view, at $width px', async (viewport) => {
    const page = await openWorkbench(session, { user: 'unitHead', view: 'myUnit', viewport });
    const unitHeading = page.getByRole('heading', { level: 3, name: 'Måltidsservice' });
    const steps = page.getByRole('region', { name: 'Att göra nu för helår 2023' });
    await steps.getByRole('listitem').first().waitFor();
    // The first thing under the unit's heading, and on the first screen.
    expect(await unitHeading.evaluate((heading) => heading.nextElementSibling?.getAttribute('aria-labelledby')
      === heading.nextElementSibling?.querySelector('h4')?.id)).toBe(true);
    const stepsBox = (await steps.boundingBox())!;
    expect(stepsBox.y).toBeGreaterThan((await unitHeading.boundingBox())!.y);
    expect(stepsBox.y).toBeLessThan(viewport.height);
    expect(stepsBox.x + stepsBox.width).toBeLessThanOrEqual(viewport.width);
    const items = await steps.getByRole('listitem').allInnerTexts();
    expect(items).toEqual([
      'Följ upp ”Fler maträtter skickas till Kajutan” för helår 2023',
      'Följ upp ”Minskat matsvinn genom uppdaterade recept” för helår 2023'
    ]);
    await screenshot(page, `week-next-steps-${viewport.width}`);

    await steps.getByRole('button').first().click();
    const panel = page.getByRole('dialog');
    await panel.getByText('Fler maträtter skickas till Kajutan').first().waitFor();
    expect(await panel.getByRole('radiogroup', { name: /Genomförandegrad/ }).count()).toBe(1);
    await panel.getByText('Påbörjad, mer än hälften', { exact: false }).first().click();
    await panel.getByRole('textbox', { name: /Kommentar/ }).fill('Två rätter i veckan går till Kajutan.');
    await panel.getByRole('button', { name: 'Spara', exact: true }).click();

    const saved = 'Uppföljningen för helår 2023 av ”Fler maträtter skickas till Kajutan” sparades.';
    const confirmation = page.getByRole('status').filter({ hasText: saved });
    await confirmation.waitFor();
    await panel.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement !== document.body);
    // Let the scroll to the focused place settle before reading where things are.
    await page.waitForTimeout(400);
    const box = (await confirmation.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(await confirmation.getAttribute('aria-live')).toBe('polite');
    // Beside the next steps, not at the foot of the page.
    expect(await confirmation.evaluate((element) => element.closest('[data-next-steps]') !== null)).toBe(true);
    const look = await focusedLook(page);
    expectSeenAndMarked(look);
    expect(await steps.getByRole('listitem').allInnerTexts()).toEqual(['Följ upp ”Minskat matsvinn genom uppdaterade recept” för helår 2023']);
    await screenshot(page, `week-next-steps-saved-${viewport.width}`);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 120000);
});
