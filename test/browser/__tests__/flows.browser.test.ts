// The flows of issue 7 in a real browser, as the workbench's people: a department head allocates,
// the unit head registers and follows up, the summary follows; refusals, conflicts and throttling.
import type { Page } from 'playwright-core';
import { openWorkbench, pageErrors, screenshot, sessionForFile } from '../support/browser';
import { adminHeaders } from '../../../local/emulator/loopback';

// Every flow starts from the paper's demo data.
const session = sessionForFile();

/** The department head of Regionservice allocates M2 to Måltidsservice: three interactions. */
async function allocateEnergyGoalToMaltidsservice(page: Page): Promise<void> {
  await page.getByText('Miljömål till enheterna i Regionservice').waitFor();
  await page.getByRole('button', { name: /^Fördela M2 .* till Måltidsservice$/ }).click();            // 1
  // Fluent draws its own box over a hidden input: the user clicks the label.
  await page.getByText(/^I samråd med enhetschef/).click();                                          // 2
  await page.getByRole('checkbox', { name: /I samråd med enhetschef/, checked: true }).waitFor({ state: 'attached' });
  // The cells are named "Fördela <goal> till <unit>": only the dialog's button is named "Fördela".
  await page.getByRole('button', { name: 'Fördela', exact: true }).click();                           // 3
  await page.getByRole('button', { name: /^Fördelat.*: M2 .* till Måltidsservice/ }).waitFor();
}

describe('allocating goals in the browser', () => {
  it('lets a new department head allocate one goal to one unit in three interactions', async () => {
    const page = await openWorkbench(session, { user: 'departmentHead', view: 'allocation' });
    await page.getByText('Så fördelar du miljömål').first().waitFor();
    await allocateEnergyGoalToMaltidsservice(page);
    await screenshot(page, 'flow-allocated');
    // It is saved, not only shown: a fresh page as someone else sees it too.
    const other = await openWorkbench(session, { user: 'regionalStaff', view: 'allocation' });
    await other.getByRole('heading', { level: 2 }).first().waitFor();
    const stored = session.workbench.emulator.store.listByUrl('/sites/miljo/Lists/MiljoAllocations')!;
    expect(stored.def.items.filter((item) => item.fsObjType !== 1)).toHaveLength(36); // the lists' folders are items too
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
    await other.context().close();
  });

  it('does not let a unit head allocate', async () => {
    const page = await openWorkbench(session, { user: 'unitHead', view: 'allocation' });
    await page.getByText(/Avdelningschefen fördelar miljömål till enheterna/).waitFor();
    expect(await page.getByRole('button', { name: /^Fördela .* till / }).count()).toBe(0);
    await page.context().close();
  });

  it('does not let a reader allocate', async () => {
    const page = await openWorkbench(session, { user: 'reader', view: 'allocation' });
    await page.getByText(/Bara avdelningschefer och regionstaben kan fördela mål/).waitFor();
    expect(await page.getByRole('button', { name: /^Fördela .* till / }).count()).toBe(0);
    await page.context().close();
  });

  it('asks once more before allocating without samråd, marks the cell, and the summary counts it', async () => {
    const countWithoutAgreement = async (page: Page): Promise<number> =>
      Number(await page.locator('dt', { hasText: 'Fördelat till enheter utan samråd' }).locator('xpath=following-sibling::dd[1]').first().textContent());
    const staff = await openWorkbench(session, { user: 'regionalStaff', view: 'summary' });
    await staff.getByText('Fördelat till enheter utan samråd').waitFor();
    const initial = await countWithoutAgreement(staff);
    await staff.context().close();

    const page = await openWorkbench(session, { user: 'departmentHead', view: 'allocation' });
    await page.getByText('Miljömål till enheterna i Regionservice').waitFor();
    await page.getByRole('button', { name: /^Fördela M2 .* till Måltidsservice$/ }).click();
    await page.getByRole('button', { name: 'Fördela', exact: true }).click();
    // Not ticked: the dialog asks once more, naming the unit head.
    await page.getByText(/Du har inte markerat att ni kommit överens\. Målet ska fördelas i samråd med Maja Engström/).waitFor();
    await page.getByRole('button', { name: 'Fördela utan samråd' }).click();
    await page.getByRole('button', { name: /^Fördelat.*utan samråd.*: M2 .* till Måltidsservice/ }).waitFor();
    await page.context().close();

    const after = await openWorkbench(session, { user: 'regionalStaff', view: 'summary' });
    await after.getByText('Fördelat till enheter utan samråd').waitFor();
    expect(await countWithoutAgreement(after)).toBe(initial + 1);
    await after.context().close();
  }, 90000);

  it('completes the allocation while 30% of requests are answered 429', async () => {
    const throttle = await fetch(`${session.workbench.url}/_workbench/throttle?on=true`, { method: 'POST', headers: adminHeaders });
    expect(throttle.ok).toBe(true);
    try {
      const page = await openWorkbench(session, { user: 'departmentHead', view: 'allocation' });
      await allocateEnergyGoalToMaltidsservice(page);
      await page.reload();
      await page.getByRole('button', { name: /^Fördelat.*: M2 .* till Måltidsservice/ }).waitFor();
      await page.context().close();
    } finally {
      await fetch(`${session.workbench.url}/_workbench/throttle?on=false`, { method: 'POST', headers: adminHeaders });
    }
    expect(session.workbench.emulator.stats.snapshot().faultsInjected['429'] ?? 0).toBeGreaterThan(0);
  }, 90000);
});

describe('following up activities in the browser', () => {
  it('lets the unit head register an activity and a follow-up on the newly allocated goal, and the summary counts it', async () => {
    const head = await openWorkbench(session, { user: 'departmentHead', view: 'allocation' });
    await allocateEnergyGoalToMaltidsservice(head);
    await head.context().close();

    const page = await openWorkbench(session, { user: 'unitHead', view: 'myUnit' });
    await page.getByText('M2 Minskad energianvändning').first().waitFor();
    // Goals come in code order: M2's button before M3's.
    await page.getByRole('button', { name: 'Lägg till aktivitet' }).first().click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('textbox', { name: 'Titel' }).fill('Släck belysningen i köket nattetid');
    await panel.getByRole('textbox', { name: /Beskrivning/ }).fill('Timer på belysningen.\n<script>alert(1)</script>');
    await panel.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Släck belysningen i köket nattetid').first().waitFor();
    // What a user types is text, never markup.
    await page.getByText('<script>alert(1)</script>', { exact: false }).first().waitFor();

    // The new activity's own follow-up (the next steps above the goals list it too, among others).
    await page.getByRole('article', { name: 'Släck belysningen i köket nattetid' }).getByRole('button', { name: /^Följ upp / }).click();
    const followUp = page.getByRole('dialog');
    await followUp.getByText('Påbörjad, mer än hälften', { exact: false }).first().click();
    await followUp.getByRole('textbox', { name: /Kommentar/ }).fill('Timern är beställd.');
    await followUp.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/Uppföljningen för .* sparades/).first().waitFor();
    await screenshot(page, 'flow-my-unit');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();

    const summary = await openWorkbench(session, { user: 'regionalStaff', view: 'summary' });
    await summary.getByText(/totalt elva aktiviteter har lagts in inom Regionstyrelsen/).waitFor();
    await summary.context().close();
  }, 120000);

  it('shows the second of two people saving one activity the conflict, and keeps what they typed', async () => {
    const first = await openWorkbench(session, { user: 'unitHead', view: 'myUnit' });
    const second = await openWorkbench(session, { user: 'unitHead', view: 'myUnit' });
    for (const page of [first, second]) {
      await page.getByText('Minskat matsvinn genom uppdaterade recept').first().waitFor();
      await page.getByRole('button', { name: /^Ändra/ }).first().click();
    }
    await first.getByRole('dialog').getByRole('textbox', { name: 'Titel' }).fill('Minskat matsvinn med nya recept');
    await first.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();
    await first.getByText('Minskat matsvinn med nya recept').first().waitFor();

    const typed = 'Bertils beskrivning som inte får försvinna';
    await second.getByRole('dialog').getByRole('textbox', { name: /Beskrivning/ }).fill(typed);
    await second.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();
    await second.getByText('Någon annan sparade en ändring medan du redigerade', { exact: false }).first().waitFor();
    await screenshot(second, 'flow-conflict');
    expect(await second.getByText(typed, { exact: false }).count()).toBeGreaterThan(0);
    await first.context().close();
    await second.context().close();
  }, 120000);

  it('shows winter and summer dates typed on a Stockholm site unchanged after a reload, from a browser in New York', async () => {
    const page = await openWorkbench(session, { user: 'unitHead', view: 'myUnit', timezoneId: 'America/New_York' });
    const card = page.getByRole('article').filter({ hasText: 'Fler maträtter skickas till Kajutan' });
    await card.waitFor();
    await card.getByRole('button', { name: /^Ändra/ }).click();
    const panel = page.getByRole('dialog');
    // Typed as a person types into Chromium's date field (en-US: month, day, year).
    await panel.getByLabel('Startdatum', { exact: true }).focus();
    await page.keyboard.type('03142023');
    await panel.getByLabel('Slutdatum', { exact: true }).focus();
    await page.keyboard.type('07012023');
    expect(await panel.getByLabel('Startdatum', { exact: true }).inputValue()).toBe('2023-03-14');
    await panel.getByRole('button', { name: 'Spara', exact: true }).click();
    await panel.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByText('14 mars 2023 – 1 juli 2023').first().waitFor();
    // SharePoint keeps each as the site's midnight: CET in March, CEST in July.
    const query = "/_api/web/lists/getByTitle('Aktiviteter')/items?$select=StartDate,EndDate&$filter=Title eq 'Fler maträtter skickas till Kajutan'";
    const answer = await fetch(`${session.workbench.emulator.url}${query}`, { headers: { Accept: 'application/json;odata=nometadata' } });
    const stored = await answer.json() as { value: Array<{ StartDate: string; EndDate: string }> };
    expect(stored.value).toEqual([{ StartDate: '2023-03-13T23:00:00Z', EndDate: '2023-06-30T22:00:00Z' }]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 60000);

  it('lets a reader edit nothing in Min enhet', async () => {
    const page = await openWorkbench(session, { user: 'reader', view: 'myUnit' });
    await page.getByText('Du kan läsa men inte ändra').first().waitFor();
    expect(await page.getByRole('button', { name: 'Lägg till aktivitet' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ändra/ }).count()).toBe(0);
    await page.context().close();
  });
});

