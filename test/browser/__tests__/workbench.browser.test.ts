import { hostThemeNames } from '../../../src/ui/theme/hostThemes';
import { allViews } from '../../../src/ui/views';
import { openWorkbench, pageErrors, screenshot, seriousAxeViolations, sessionForFile } from '../support/browser';

const session = sessionForFile({ keepData: true });

const paperSentence = 'En sammanställning visar att alla avdelningar har fått tre eller fyra miljömål nerfördelade, av fyra möjliga.';

describe('the local workbench in Chromium', () => {
  it('shows the board paper\'s figures and report text from the emulator\'s demo data', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'summary' });
    await page.getByText(paperSentence, { exact: false }).waitFor();
    const report = await page.getByText(paperSentence, { exact: false }).textContent();
    expect(report).not.toMatch(/[\u2066-\u2069]/);
    expect(report).toContain('Endast en avdelning (Regionservice) har fördelat mål till enhetsnivå.');
    expect(report).toContain('fyra avdelningar av nio minst en aktivitet inlagd, och totalt tio aktiviteter');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('still shows the summary while 30% of requests are answered 429 (the throttle switch)', async () => {
    const page = await openWorkbench(session, { view: 'summary' });
    await page.getByText(paperSentence, { exact: false }).waitFor();
    await page.getByRole('switch', { name: /Strypning/ }).click();
    await page.getByRole('switch', { name: /Strypning/, checked: true }).waitFor();
    for (let reload = 0; reload < 3; reload++) {
      await page.reload();
      await page.getByText(paperSentence, { exact: false }).waitFor();
      // The switch shows what the server does, after a reload too.
      await page.getByRole('switch', { name: /Strypning/, checked: true }).waitFor();
    }
    expect(session.workbench.emulator.stats.snapshot().faultsInjected['429'] ?? 0).toBeGreaterThan(0);
    await page.getByRole('switch', { name: /Strypning/ }).click();
    await page.getByRole('switch', { name: /Strypning/, checked: false }).waitFor();
    await page.context().close();
  }, 90000);

  it('speaks English when the page is English', async () => {
    const page = await openWorkbench(session, { view: 'summary', lang: 'en-US' });
    await page.getByText('A summary shows that all departments have been allocated three or four environmental goals', { exact: false }).waitFor();
    await page.context().close();
  });

  // Every view in every theme is checked at 360 px (narrow.browser.test.ts), where the colours are
  // the same and the layout is tightest; at desktop width each view once, in SharePoint's theme.
  it.each(allViews)('has no serious or critical axe violation in the %s view at desktop width', async (view) => {
    const theme = hostThemeNames[0];
    const page = await openWorkbench(session, { view, theme });
    // Each view is ready when its heading is there and nothing is loading any more.
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    if (view === 'summary') await page.getByText(paperSentence, { exact: false }).waitFor();
    if (view === 'indicators') await page.getByRole('heading', { name: 'Alla indikatorer' }).waitFor();
    await screenshot(page, `${view}-${theme}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
