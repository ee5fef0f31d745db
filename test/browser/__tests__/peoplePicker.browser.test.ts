// Choosing a person with the people picker in a real browser, at a Teams side panel's 400 px:
// SharePoint's people search (the emulator's tenant directory) as the user types, the keyboard, a
// refusal for someone the site cannot add, and the choice saved and read back after a reload.
import * as path from 'path';
import { openWorkbench, pageErrors, screenshot, screenshotFolder, sessionForFile } from '../support/browser';

const session = sessionForFile();

describe('the people picker in the browser', () => {
  it('refuses someone unknown beside the field, picks a directory person by keyboard, and shows them after a reload', async () => {
    const choice = { user: 'unitHead', view: 'myUnit', viewport: { width: 400, height: 900 } };
    const page = await openWorkbench(session, choice);
    const card = page.getByRole('article', { name: 'Minskat matsvinn genom uppdaterade recept' });
    await card.waitFor();
    await card.getByRole('button', { name: /^Ändra/ }).click();
    const panel = page.getByRole('dialog');
    const field = panel.getByRole('combobox', { name: 'Ansvarig' });
    // The activity may have a responsible already: Backspace in the empty search removes them.
    await field.focus();
    await page.keyboard.press('Backspace');
    expect(await panel.getByRole('list', { name: 'Vald person' }).count()).toBe(0);
    expect(await field.evaluate((input) => document.getElementById((input.getAttribute('aria-describedby') ?? '').split(' ').pop() ?? '')?.textContent))
      .toMatch(/^Skriv minst två tecken/);

    // An address nobody in the directory has: SharePoint's ensureUser refuses it, the field says so.
    await field.pressSequentially('okand.person@region.example', { delay: 10 });
    await page.getByRole('option', { name: /okand\.person@region\.example/ }).waitFor();
    await page.keyboard.press('Enter');
    await panel.getByRole('alert').filter({ hasText: 'SharePoint hittar ingen person med inloggningen okand.person@region.example.' }).waitFor();
    await screenshot(page, 'people-picker-refused-400px');
    await page.keyboard.press('Backspace');
    await panel.getByRole('alert').waitFor({ state: 'detached' });

    // Typing searches the directory; arrow keys and Enter choose.
    await field.pressSequentially('anders lind', { delay: 20 });
    const suggestion = page.getByRole('option', { name: /Anders Lindqvist/ });
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toContain('avdchef.regionservice@region.example');
    const listbox = await page.getByRole('listbox', { name: 'Föreslagna personer' }).boundingBox();
    expect(listbox!.x + listbox!.width).toBeLessThanOrEqual(400);
    // Not a full-page shot: resizing the page dismisses the suggestions.
    await page.screenshot({ path: path.join(screenshotFolder, 'people-picker-suggestions-400px.png') });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await panel.getByRole('list', { name: 'Vald person' }).filter({ hasText: 'Anders Lindqvist' }).waitFor();
    await screenshot(page, 'people-picker-chosen-400px');
    expect(await panel.getByRole('alert').count()).toBe(0);
    await panel.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/Aktiviteten ”Minskat matsvinn genom uppdaterade recept” sparades/).first().waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();

    const reloaded = await openWorkbench(session, choice);
    const saved = reloaded.getByRole('article', { name: 'Minskat matsvinn genom uppdaterade recept' });
    await saved.waitFor();
    await saved.getByText('Anders Lindqvist').waitFor();
    await reloaded.context().close();
  }, 120000);
});
