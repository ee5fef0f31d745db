// The follow-up cycle of issue 18 in Chromium: a reminder's Teams chat and e-mail carry exactly the
// heads who are behind and what they lack; a gap's link lands on its cell (in the web part and from
// its address in a new tab); at 400 px the unit column and a save's confirmation stay on the
// screen; the new parts (Påminn, the roll-up, the gap links) are axe-clean in every host theme.
import * as path from 'path';
import { mkdirSync } from 'fs';
import type { Page } from 'playwright-core';
import { demoDepartmentIds, demoOrgUnits, demoRegion2023, demoToday } from '../../../src/domain';
import { currentFollowUpPeriod } from '../../../src/domain/period';
import { recipientsOf, remindersFor } from '../../../src/domain/reminders/reminders';
import { computeCoverageSummary } from '../../../src/domain/summary/computeCoverageSummary';
import { hostThemeNames } from '../../../src/ui/theme/hostThemes';
import { openWorkbench, pageErrors, screenshotFolder, seriousAxeViolations, sessionForFile } from '../support/browser';

const session = sessionForFile();

// What the domain says the demo department's unit heads lack, in the period Fördelning shows today.
const period = currentFollowUpPeriod(demoToday);
const departmentId = demoDepartmentIds.regionservice;
const expected = remindersFor(computeCoverageSummary(demoRegion2023, period), demoOrgUnits, { kind: 'unitHeads', departmentId });
const behind = recipientsOf(expected);
const unitName = (id: number): string => demoOrgUnits.find((unit) => unit.id === id)?.name ?? String(id);
const activityTitle = (id: number): string => demoRegion2023.activities.find((activity) => activity.id === id)?.title ?? String(id);
const goalCode = (id: number): string => demoRegion2023.goals.find((goal) => goal.id === id)?.code ?? String(id);

/** The words a gap must put in the message: the activity it lacks a follow-up for, or the goal it lacks activities on. */
function mustName(gap: (typeof expected)[number]['gaps'][number]): string {
  switch (gap.code) {
    case 'activityWithoutFollowUp': return activityTitle(gap.activityId);
    case 'allocationWithoutActivities': return goalCode(gap.goalId);
    default: return '';
  }
}

async function openRemindDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Påminn enhetscheferna i Regionservice om / }).click();
  // Fluent's dialog element itself has no box while it opens: wait for its title.
  await page.getByRole('dialog').getByText(/^Påminn enhetscheferna om /).waitFor();
}

describe('reminders in the browser', () => {
  it('opens a Teams group chat and an e-mail with exactly the unit heads who are behind and what each lacks', async () => {
    expect(behind.length).toBeGreaterThan(1);
    const page = await openWorkbench(session, { user: 'departmentHead', view: 'allocation' });
    // Teams is not reachable from the test machine: answer its address with an empty page, so the
    // popup's URL is the link the user's browser would open.
    await page.context().route('https://teams.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Teams</title>' }));
    await openRemindDialog(page);

    const popupPromise = page.context().waitForEvent('page');
    await page.getByRole('link', { name: `Alla (${behind.length}) i en Teams-gruppchatt` }).click();
    const popup = await popupPromise;
    await popup.waitForLoadState();
    const teams = new URL(popup.url());
    expect(teams.origin + teams.pathname).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(teams.searchParams.get('users')?.split(',').sort()).toEqual(behind.map((person) => person.login).sort());
    const chat = teams.searchParams.get('message') ?? '';
    for (const reminder of expected) {
      expect(chat).toContain(unitName(reminder.orgUnitId));
      if (!chat.includes('… och')) for (const gap of reminder.gaps) expect(chat).toContain(mustName(gap));
    }
    // Units of the department that lack nothing are not in it.
    const remindedUnits = new Set(expected.map((reminder) => reminder.orgUnitId));
    for (const unit of demoOrgUnits.filter((candidate) => candidate.parentId === departmentId && !candidate.closed && !remindedUnits.has(candidate.id))) {
      expect(chat).not.toContain(`${unit.name} (`);
    }
    await popup.close();

    const mail = new URL(await page.getByRole('link', { name: `Alla (${behind.length}) i ett e-postmeddelande` }).getAttribute('href') ?? '');
    expect(mail.protocol).toBe('mailto:');
    expect(decodeURIComponent(mail.pathname).split(',').sort()).toEqual(behind.map((person) => person.email ?? person.login).sort());
    const body = mail.searchParams.get('body') ?? '';
    expect(body).toContain('\r\n');
    for (const reminder of expected) expect(body).toContain(unitName(reminder.orgUnitId));

    // One head's own chat: only them, only their unit's lines.
    const first = expected[0];
    if (first.head === undefined) throw new Error('the first reminder has a head');
    const own = new URL(await page.getByRole('link', { name: `Öppna en Teams-chatt med ${first.head.name} med påminnelsen ifylld` }).getAttribute('href') ?? '');
    expect(own.searchParams.get('users')).toBe(first.head.login);
    const ownMessage = own.searchParams.get('message') ?? '';
    for (const gap of first.gaps) expect(ownMessage).toContain(mustName(gap));
    for (const other of expected.slice(1)) expect(ownMessage).not.toContain(unitName(other.orgUnitId));
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 90000);
});

describe('a gap leads to its fix', () => {
  const focusedCell = (page: Page): Promise<string | undefined> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell);

  it('lands on the Fördelning cell, in the web part on a click and from the address in a new tab', async () => {
    const page = await openWorkbench(session, { user: 'regionalStaff', view: 'summary' });
    // The gaps list's first line, a department missing goals (the matrix's "Saknas" cells come before it on the page).
    const link = page.getByRole('listitem').getByRole('link', { name: /\(öppnar Fördelning\)$/ }).first();
    await link.waitFor();
    const line = (await link.textContent()) ?? '';
    const [department, goals] = line.split(' saknar ');
    const firstGoal = goals.split(' ')[0];
    const href = new URL((await link.getAttribute('href')) ?? '');
    // SharePoint numbers the emulator's items: the cell is the one the link's own parameters name.
    const cell = `${href.searchParams.get('miljomal-goal')}:${href.searchParams.get('miljomal-unit')}`;
    await link.click();
    await page.getByRole('heading', { level: 2, name: 'Fördelning' }).waitFor();
    await page.waitForFunction((key) => (document.activeElement as HTMLElement | null)?.dataset.cell === key, cell);
    // The cell the line speaks of: its goal, its department.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      await page.locator(`[data-cell="${cell}"]`).getAttribute('aria-label'));
    const label = (await page.locator(`[data-cell="${cell}"]`).getAttribute('aria-label')) ?? '';
    expect(label).toMatch(new RegExp(`^Fördela ${firstGoal} .* till ${department}$`));
    // The focused cell is on the screen, not somewhere below it.
    const box = await page.locator(`[data-cell="${cell}"]`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(1000);
    expect(pageErrors(page)).toEqual([]);

    // The link's address, opened as a new tab would: the web part reads it on load and lands on the same cell.
    const tab = await page.context().newPage();
    await tab.goto(href.toString());
    await tab.getByRole('heading', { level: 2, name: 'Fördelning' }).waitFor();
    await tab.waitForFunction((key) => (document.activeElement as HTMLElement | null)?.dataset.cell === key, cell);
    expect(await focusedCell(tab)).toBe(cell);
    await page.context().close();
  }, 90000);
});

describe('a missing follow-up leads to its follow-up', () => {
  it('lands the unit head on the activity\'s follow-up button in Min enhet', async () => {
    const page = await openWorkbench(session, { user: 'unitHead', view: 'summary' });
    await page.getByRole('button', { name: /Regionservice$/ }).first().click();
    const block = page.locator('div', { has: page.getByRole('heading', { level: 4, name: 'Måltidsservice', exact: true }) }).last();
    const link = block.getByRole('link', { name: /^Inte uppföljd: följ upp .* \(öppnar Min enhet\)$/ }).first();
    await link.waitFor();
    const activity = new URL((await link.getAttribute('href')) ?? '').searchParams.get('miljomal-activity');
    const title = ((await link.getAttribute('aria-label')) ?? '').replace(/^Inte uppföljd: följ upp /, '').replace(/ \(öppnar Min enhet\)$/, '');
    await link.click();
    await page.getByRole('heading', { level: 2, name: 'Min enhet' }).waitFor();
    await page.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset.followUpFor === id, activity);
    // The button the unit head presses next: the follow-up of the period, for that activity.
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const described = element.getAttribute('aria-describedby');
      return { text: element.textContent, about: described === null ? '' : document.getElementById(described)?.textContent };
    });
    expect(focused.text).toMatch(/^Följ upp /);
    expect(focused.about).toBe(title);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 60000);
});

describe('Fördelning at 400 px, in view', () => {
  it('keeps the unit column and the save confirmation on the screen', async () => {
    const viewport = { width: 400, height: 800 };
    const page = await openWorkbench(session, { user: 'departmentHead', view: 'allocation', viewport });
    const cellButton = page.getByRole('button', { name: /^Fördela M4 .* till Måltidsservice$/ });
    await cellButton.waitFor();
    await cellButton.scrollIntoViewIfNeeded();
    // The grid's row header (the roll-up's per-unit table below has one by the same name, without the head).
    const rowHeader = page.getByRole('rowheader', { name: /^Måltidsservice Chef:/ });
    const header = await rowHeader.boundingBox();
    const cellBox = await cellButton.boundingBox();
    // Both on the screen at once: the unit's name beside the goal's cell at the grid's far side.
    expect(header!.x).toBeGreaterThanOrEqual(0);
    expect(header!.x + header!.width).toBeLessThanOrEqual(cellBox!.x + 1);
    expect(cellBox!.x + cellBox!.width).toBeLessThanOrEqual(viewport.width);

    await cellButton.click();
    await page.getByText(/^I samråd med enhetschef/).click();
    await page.getByRole('button', { name: 'Fördela', exact: true }).click();
    await page.getByRole('button', { name: /^Fördelat.*: M4 .* till Måltidsservice/ }).waitFor();
    const confirmation = page.locator('section p[aria-hidden="true"]', { hasText: /M4/ });
    await confirmation.waitFor();
    // Where the user is, without scrolling: the confirmation is inside the viewport.
    const said = await confirmation.boundingBox();
    expect(said!.y).toBeGreaterThanOrEqual(0);
    expect(said!.y + said!.height).toBeLessThanOrEqual(viewport.height);
    const headerAfter = await rowHeader.boundingBox();
    expect(headerAfter!.y).toBeGreaterThanOrEqual(0);
    expect(headerAfter!.y + headerAfter!.height).toBeLessThanOrEqual(viewport.height);
    mkdirSync(screenshotFolder, { recursive: true });
    // The viewport only (not the full page): what the user sees is what is asserted.
    await page.screenshot({ path: path.join(screenshotFolder, 'allocation-400px-in-view.png') });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 60000);
});

describe('the new parts with axe-core', () => {
  it.each(hostThemeNames)('has no serious or critical violation in the Påminn dialog, the roll-up and the gap links, %s theme', async (theme) => {
    // In full in the first theme; the others change only the colours.
    const rules = theme === hostThemeNames[0] ? 'all' : 'colours';
    const head = await openWorkbench(session, { user: 'departmentHead', view: 'allocation', theme });
    await openRemindDialog(head);
    expect(await seriousAxeViolations(head, rules)).toEqual([]);
    await head.screenshot({ path: path.join(screenshotFolder, `remind-dialog-${theme}.png`) });
    await head.keyboard.press('Escape');
    await head.getByRole('dialog').waitFor({ state: 'detached' });
    // The roll-up under the grid.
    await head.locator('section[aria-labelledby^="miljomal-rollup-"]').first().scrollIntoViewIfNeeded();
    expect(await seriousAxeViolations(head, rules)).toEqual([]);
    await head.context().close();

    const staff = await openWorkbench(session, { user: 'regionalStaff', view: 'summary', theme });
    await staff.getByRole('link', { name: /\(öppnar Fördelning\)$/ }).first().waitFor();
    // A department opened: its missing goals, activities and follow-ups as links.
    await staff.getByRole('button', { name: /Regionservice/ }).first().click();
    await staff.getByRole('link', { name: /öppnar Min enhet\)$/ }).first().waitFor();
    expect(await seriousAxeViolations(staff, rules)).toEqual([]);
    await staff.context().close();
  }, 120000);
});

describe('the demo’s one clock', () => {
  it('dates a save on the demo’s day, and Perioder and Min enhet agree on which period runs', async () => {
    const page = await openWorkbench(session, { user: 'unitHead', view: 'myUnit' });
    await page.getByText(/Uppföljningen som pågår nu: helår 2023\./).first().waitFor();
    await page.getByRole('button', { name: /^Följ upp / }).first().click();
    const followUp = page.getByRole('dialog');
    await followUp.getByText('Påbörjad, mer än hälften', { exact: false }).first().click();
    await followUp.getByRole('textbox', { name: /Kommentar/ }).fill('Sparad i demons oktober.');
    await followUp.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/Uppföljningen för .* sparades/).first().waitFor();
    // SharePoint's (the emulator's) own times, which the views show as "Sparad av …", are the demo's day.
    const followUps = session.workbench.emulator.store.listByUrl('/sites/miljo/Lists/MiljoFollowUps')!;
    const saved = followUps.def.items.filter((item) => item.fsObjType !== 1).sort((a, b) => b.id - a.id)[0];
    expect([saved.created.slice(0, 10), saved.modified.slice(0, 10)]).toEqual([demoToday, demoToday]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();

    const staff = await openWorkbench(session, { user: 'regionalStaff', view: 'administration' });
    const interim = staff.getByRole('region', { name: 'Delår 2023' });
    await interim.getByText('Sista dag för delår 2023 var 31 augusti 2023: det som saknas är sent.', { exact: false }).waitFor();
    await staff.getByRole('region', { name: 'Helår 2023' }).getByText('Sista dag för helår 2023 är 15 januari 2024, om 91 dagar.', { exact: false }).waitFor();
    expect(pageErrors(staff)).toEqual([]);
    await staff.context().close();
  }, 120000);
});
