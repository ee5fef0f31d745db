// In SPFx 1.23.2's own runtime (local/spfx-host): the web part as a Teams tab opened by a deep link
// lands on the activity its sub-entity names; the Viva Connections card boots through SPFx's own
// card loader, shows the unit head's next steps, renders its quick view's Adaptive Card with the
// adaptivecards package (axe-core checks it), and shows its cached card at once on the next visit.
import { demoRegion2023, demoUnitIds } from '../../../src/domain';
import { placeToken } from '../../../src/domain/places/place';
import { teamsAppLinkSettingKey } from '../../../src/data/teamsAppLinkSetting';
import { seriousAxeViolations } from '../support/browser';
import { HostSession, openHost, startHostSession, unexpectedConsole } from '../support/spfxHost';

let session: HostSession;
beforeAll(async () => { session = await startHostSession(); }, 240000);
afterAll(async () => { await session?.close(); });

const maltidsservice = demoUnitIds.maltidsservice;
const activity = demoRegion2023.activities.find((candidate) => candidate.title === 'Fler maträtter skickas till Kajutan')!;
const tabLink = 'https://teams.microsoft.com/l/entity/49cb0841-c66f-4c93-ae2b-7869e12d2dd5/49cb0841-c66f-4c93-ae2b-7869e12d2dd5';

type CardHost = {
  cardRenders: Array<{ card?: { cardViewParameters: unknown } }>;
  cardView(): { card: { cardViewParameters: unknown } };
  openQuickView(): { body: Array<{ selectAction?: { url: string } }> };
};

describe('in Teams, through SPFx\'s runtime', () => {
  it('lands a Teams tab opened by a deep link on the activity its sub-entity names, and says so when Teams gives it again', async () => {
    const subPageId = placeToken({ view: 'myUnit', orgUnitId: maltidsservice, activityId: activity.id }, Date.now());
    const hostPage = await openHost(session, { host: 'TeamsTab', teams: 'default', user: 'unitHead', subPageId });
    await hostPage.page.getByRole('heading', { level: 2, name: 'Min enhet' }).waitFor();
    const landed = hostPage.page.locator('[data-landed]');
    await landed.waitFor();
    expect(await hostPage.page.evaluate(() => document.activeElement?.hasAttribute('data-landed'))).toBe(true);
    // The same sub-entity again in this browser: Teams' app cache keeps the first click's.
    await hostPage.page.reload();
    await hostPage.page.getByText(/Teams behåller ibland den första länkens plats/).waitFor();
    expect(unexpectedConsole(hostPage)).toEqual([]);
    await hostPage.page.context().close();
  }, 90000);

  it('boots the card with SPFx\'s card loader, lists the unit head\'s next steps as links into the tab, and renders the quick view accessibly', async () => {
    session.host.emulator.tenantProperties.set(teamsAppLinkSettingKey, { Value: tabLink });
    try {
      const hostPage = await openHost(session, { component: 'card', user: 'unitHead', size: 'Large' });
      await hostPage.page.waitForFunction(() => JSON.stringify((window as unknown as { __spfxHost: CardHost }).__spfxHost.cardRenders.at(-1)?.card?.cardViewParameters ?? '')
        .includes('Måltidsservice'), undefined, { timeout: 30000 });
      const cardView = JSON.stringify(await hostPage.page.evaluate(() => (window as unknown as { __spfxHost: CardHost }).__spfxHost.cardView().card.cardViewParameters));
      // The demo's year is 2023 and today is later: its helår's follow-ups are late.
      expect(cardView).toContain('2 uppföljningar sena sedan 15 januari');
      const template = await hostPage.page.evaluate(() => (window as unknown as { __spfxHost: CardHost }).__spfxHost.openQuickView());
      const quickView = hostPage.page.locator('#quick-view');
      await quickView.getByText('Fler maträtter skickas till Kajutan').waitFor();
      await quickView.getByText('Minskat matsvinn genom uppdaterade recept').waitFor();
      const links = template.body.flatMap((element) => (element.selectAction === undefined ? [] : [element.selectAction.url]));
      expect(links).toHaveLength(2);
      expect(links.every((link) => link.startsWith(`${tabLink}?context=`))).toBe(true);
      expect(await seriousAxeViolations(hostPage.page)).toEqual([]);
      expect(unexpectedConsole(hostPage)).toEqual([]);

      // The next visit shows the cached card at once, before (here: without) SharePoint answering.
      // The lists never answer (the page's own boot requests still do).
      await hostPage.page.route((url) => /\/_api\/(\$batch|web\/lists|web\/getlist|web\/currentuser\/groups)/i.test(url.pathname), () => undefined);
      await hostPage.page.goto(`${session.host.url}/?component=card&user=unitHead&cached=1`);
      await hostPage.page.waitForFunction(() => (window as unknown as { __spfxHost?: { status: string } }).__spfxHost?.status === 'rendered', undefined, { timeout: 30000 })
        .catch(() => undefined);
      expect(JSON.stringify(await hostPage.page.evaluate(() => (window as unknown as { __spfxHost: CardHost }).__spfxHost.cardView().card.cardViewParameters)))
        .toContain('2 uppföljningar sena sedan 15 januari');
      await hostPage.page.context().close();
    } finally {
      session.host.emulator.tenantProperties.delete(teamsAppLinkSettingKey);
    }
  }, 120000);
});
