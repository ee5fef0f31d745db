// At 400 px (a Teams side panel, a phone) the allocation grid scrolls sideways: the unit column
// must stay in view, and a save's confirmation must appear beside the grid, not a screen away.
import { openWorkbench, pageErrors, screenshot, sessionForFile } from '../support/browser';

const session = sessionForFile({ keepData: true });

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
