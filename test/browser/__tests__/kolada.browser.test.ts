// Kolada in a real browser (issue 35): the regional staff link an indicator to a key figure and a
// region, each searched in Kolada's lists, fetch its figures into the values import's preview and
// write them; a second fetch finds nothing new. Kolada is the workbench's stand-in (local/kolada),
// on an origin of its own that answers the workbench's page only, as CORS would have it.
import { openWorkbench, pageErrors, screenshot, seriousAxeViolations, sessionForFile } from '../support/browser';

const session = sessionForFile();

describe('Kolada in the browser', () => {
  it('links an indicator, fetches its figures into the preview, writes them, and a second fetch writes nothing', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'indicators', theme: 'teamsDark' });
    await page.getByRole('heading', { name: 'Alla indikatorer' }).waitFor();
    // Nothing is linked in the demo: no fetch to offer yet.
    expect(await page.getByRole('button', { name: 'Hämta från Kolada' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Ändra indikatorn Koldioxidutsläpp från tjänsteresor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra Koldioxidutsläpp från tjänsteresor' });
    // By keyboard: Enter in the search field searches (it does not save the dialog).
    await dialog.getByRole('searchbox', { name: 'Sök nyckeltal i Kolada' }).fill('växthusgaser totalt');
    await dialog.getByRole('searchbox', { name: 'Sök nyckeltal i Kolada' }).press('Enter');
    await dialog.getByRole('status').filter({ hasText: '2 träffar.' }).waitFor();
    // A hit is a radio button: chosen with the keyboard.
    const kpi = dialog.getByRole('radio', { name: /^N00401 Utsläpp till luft av växthusgaser totalt/ });
    await kpi.focus();
    await page.keyboard.press('Space');
    expect(await kpi.isChecked()).toBe(true);
    await dialog.getByRole('searchbox', { name: 'Sök region eller kommun i Kolada' }).fill('Dalarna');
    await dialog.getByRole('button', { name: 'Sök organisation' }).click();
    await dialog.getByRole('radio', { name: 'Region Dalarna (region, 0020)' }).focus();
    await page.keyboard.press('Space');
    await dialog.getByText(/^Kopplad till N00401 Utsläpp till luft av växthusgaser totalt, ton CO2-ekv\/inv för Region Dalarna \(0020\)\.$/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'kolada-link');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Indikatorn Koldioxidutsläpp från tjänsteresor är sparad.').waitFor();

    // The grid's year 2019–2023: Kolada has 2021 missing and 2023 deleted; the other three change the demo's figures.
    await page.getByRole('button', { name: 'Hämta från Kolada' }).click();
    const fetch = page.getByRole('dialog', { name: 'Hämta utfall från Kolada' });
    await fetch.getByText('0 nya, 3 ändrade, 0 oförändrade, 2 med fel').waitFor();
    const preview = fetch.getByRole('table', { name: /^Förhandsgranskning/ });
    await preview.getByRole('row', { name: /2021/ }).getByText('Kolada saknar värde för N00401 2021. Inget skrivs, inte heller 0.').waitFor();
    await preview.getByRole('row', { name: /2023/ }).getByText(/Kolada har tagit bort värdet för N00401 2023/).waitFor();
    expect(session.workbench.kolada.requests.some((request) => request.startsWith('/v3/data/kpi/N00401/municipality/0020/year/2019,2020,2021,2022,2023'))).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 400, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await screenshot(page, 'kolada-preview-400px');
    await page.setViewportSize({ width: 1400, height: 1000 });

    await fetch.getByRole('button', { name: 'Importera de giltiga raderna (3)' }).click();
    await fetch.getByText('Klart: 3 sparade, 0 sparades inte, 0 inte påbörjade.').waitFor();

    // Fetched again: the same figures, nothing to write.
    await fetch.getByRole('button', { name: 'Hämta igen' }).click();
    await fetch.getByText('0 nya, 0 ändrade, 3 oförändrade, 2 med fel').waitFor();
    expect(await fetch.getByRole('button', { name: 'Importera de giltiga raderna (0)' }).isDisabled()).toBe(true);
    await fetch.getByRole('button', { name: 'Avbryt' }).click();

    // The written figure records where it came from.
    await page.getByRole('combobox', { name: 'Utfallsår' }).click();
    await page.getByRole('option', { name: '2022' }).click();
    await page.getByRole('textbox', { name: /^Utfall 2022 för Koldioxidutsläpp från tjänsteresor/ }).waitFor();
    expect(await page.getByRole('textbox', { name: /^Utfall 2022 för Koldioxidutsläpp från tjänsteresor/ }).inputValue()).toBe('4,6');
    await page.getByText(/^Källa: Kolada N00401, hämtad \d{4}-\d{2}-\d{2}$/).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 180000);

  it('says so when Kolada answers with an error, and writes nothing', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'indicators', lang: 'en-US' });
    await page.getByRole('button', { name: 'Change the indicator Koldioxidutsläpp från tjänsteresor' }).click();
    const dialog = page.getByRole('dialog', { name: /Koldioxidutsläpp från tjänsteresor/ });
    session.workbench.kolada.fault = 'unavailable';
    try {
      await dialog.getByRole('searchbox', { name: 'Search key figures in Kolada' }).fill('växthusgaser');
      await dialog.getByRole('button', { name: 'Search key figures' }).click();
      await dialog.getByText('Kolada answered with an error, and nothing has been saved. Try again in a while.').waitFor();
    } finally {
      session.workbench.kolada.fault = 'none';
    }
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 60000);
});
