// Each role's week in order, as the person does it (issue 28): the regional staff, a department head,
// a unit head and a reader, at desktop in Swedish and at 360 px in English. Every step keeps a
// screenshot of what the person sees (screenshots/journey-<role>-<width>-<lang>-<nn>-<step>.png; the
// guides in docs/guide/bilder/ are copied from the desktop ones by `npm run guide:images`) and
// asserts what they observe: the confirmation and the focused element on the screen, and at 360 px
// that everything fits (tables scroll in their own region with a cue). A journey stays on one page,
// switching views in the workbench's bar as a person uses the menu, so only its first view loads.
import type { Locator, Page } from 'playwright-core';
import { format } from '../../../src/ui/format';
import { viewLabel, type MiljomalView } from '../../../src/ui/views';
import { formatDate } from '../../../src/ui/edit/dates';
import { demoRegion2023, demoToday } from '../../../src/domain';
import { orgExportColumns } from '../../../src/domain/import/orgImport';
import { headerRow } from '../../../src/domain/import/sheet';
import { english, swedish } from '../../support/strings';
import { openWorkbench, pageErrors, screenshot, sessionForFile } from '../support/browser';
import { download, xlsxSheets } from '../support/downloads';
import { expectSeenAndMarked, focusedLook } from '../support/focus';
import { unfitElements } from '../support/fit';

const session = sessionForFile();

interface Run {
  lang: 'sv-SE' | 'en-US';
  viewport: { width: number; height: number };
}

const runs: Run[] = [
  { lang: 'sv-SE', viewport: { width: 1400, height: 1000 } },
  { lang: 'en-US', viewport: { width: 360, height: 740 } }
];

const goalName = (code: string): string => {
  const goal = demoRegion2023.goals.find((candidate) => candidate.code === code);
  if (goal === undefined) throw new Error(`no goal ${code} in the demo`);
  return `${goal.code} ${goal.title}`;
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A loc template as a pattern: each argument a literal text or a pattern of its own. */
function textPattern(template: string, ...parts: Array<string | RegExp>): RegExp {
  const marks = parts.map((_part, index) => `@@${index}@@`);
  let source = escape(format(template, ...marks));
  parts.forEach((part, index) => { source = source.replace(marks[index], typeof part === 'string' ? escape(part) : part.source); });
  return new RegExp(source);
}

/** The text of the first element matching `pattern`, as much of it as the pattern covers. */
async function matchedText(page: Page, pattern: RegExp): Promise<string> {
  const text = (await page.getByText(pattern).first().textContent()) ?? '';
  return pattern.exec(text)?.[0] ?? '';
}

/** The demo's first allocation to a unit (the ones with a note), marked as made without samråd: a unit's gap. */
function allocateToAUnitWithoutSamrad(): void {
  const allocations = session.workbench.emulator.store.listByUrl('/sites/miljo/Lists/MiljoAllocations')!.def.items;
  const toUnit = allocations.find((item) => item.fsObjType !== 1 && typeof item.values.AllocationNote === 'string' && item.values.AllocationNote !== '');
  if (toUnit === undefined) throw new Error('the demo has no allocation to a unit');
  toUnit.values.AgreedWithUnitHead = false;
}

/** A journey's page and its steps: each step asserts what is on the screen and keeps its screenshot. */
class Journey {
  private count = 0;

  public constructor(public readonly page: Page, private readonly role: string, private readonly run: Run) {}

  public get strings(): IMiljomalWebPartStrings {
    return this.run.lang === 'sv-SE' ? swedish : english;
  }

  public get narrow(): boolean {
    return this.run.viewport.width < 600;
  }

  /** After the step's own assertions: at 360 px everything fits (no sideways page, nothing cut), and the screenshot. */
  public async step(name: string): Promise<void> {
    this.count += 1;
    if (this.narrow) expect({ step: name, unfit: await unfitElements(this.page) }).toEqual({ step: name, unfit: [] });
    const number = String(this.count).padStart(2, '0');
    // What the person sees of the web part (the guides show these): the viewport below the workbench's
    // bar (a tenant has none), or from an open dialog's top where it reaches higher.
    const { width, height } = this.run.viewport;
    const shown = await this.page.evaluate(() => Math.min(...[document.querySelector('main'), ...document.querySelectorAll('[role="dialog"]')]
      .map((element) => element?.getBoundingClientRect().top ?? 0)));
    // At 360 px the workbench's bar fills half the screen: keep the whole viewport there.
    const top = this.narrow ? 0 : Math.min(height - 100, Math.max(0, shown));
    await screenshot(this.page, `journey-${this.role}-${width}-${this.run.lang}-${number}-${name}`, { clip: { x: 0, y: top, width, height: height - top } });
  }

  /** The element is inside the viewport, top to bottom (a confirmation the person sees without scrolling). */
  public async expectOnScreen(locator: Locator): Promise<void> {
    const box = await locator.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(this.run.viewport.height + 1);
  }

  /** After an action: where the keyboard is now is on the screen (some of it: a dialog may be taller). */
  public async expectFocusOnScreen(): Promise<void> {
    const { width, height } = this.run.viewport;
    const focused = await this.page.evaluate(({ width: right, height: bottom }) => {
      const element = document.activeElement;
      if (element === null || element === document.body) return { what: 'body', onScreen: true };
      const rect = element.getBoundingClientRect();
      const onScreen = rect.bottom > 0 && rect.top < bottom && rect.right > 0 && rect.left < right;
      return { what: `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent?.slice(0, 60)}`, onScreen };
    }, { width, height });
    expect(focused).toEqual({ what: focused.what, onScreen: true });
  }

  /** Another view through the workbench's bar (a tenant's menu): the page stays, nothing reloads. */
  public async switchTo(view: MiljomalView): Promise<void> {
    // The dropdown's name is its label and its choice ("Vy Sammanställning").
    await this.page.getByRole('combobox', { name: new RegExp(`^${this.run.lang === 'en-US' ? 'View' : 'Vy'} `) }).click();
    await this.page.getByRole('option', { name: viewLabel(view, this.strings), exact: true }).click();
    await this.page.getByRole('heading', { level: 2, name: viewLabel(view, this.strings) }).waitFor();
  }

  /** After a link to a place: the focused element is in the viewport, once any smooth scroll has brought it there. */
  public async focusSettled(): Promise<void> {
    await this.page.waitForFunction(() => {
      const rect = document.activeElement?.getBoundingClientRect();
      return rect !== undefined && rect.top >= 0 && rect.bottom <= window.innerHeight && rect.left >= 0 && rect.right <= window.innerWidth;
    });
  }

  /** The Help link: beside every view's heading, to this role's guide. */
  public async expectHelpFor(guide: string): Promise<void> {
    const help = this.page.getByRole('link', { name: this.strings.HelpLinkLabel });
    await help.waitFor();
    expect(new URL((await help.getAttribute('href')) ?? '').pathname).toBe(`/hjalp/${guide}.aspx`);
  }
}

async function begin(run: Run, role: string, user: string, view: string): Promise<Journey> {
  const page = await openWorkbench(session, { user, view, lang: run.lang, viewport: run.viewport });
  return new Journey(page, role, run);
}

async function end(journey: Journey): Promise<void> {
  expect(pageErrors(journey.page)).toEqual([]);
  await journey.page.context().close();
}

describe.each(runs)('each role\'s week at $viewport.width px in $lang', (run) => {
  const year = 2023;

  it('regional staff: summary, a gap, Påminn, Perioder, the organisation\'s template, Fastställ rapport, export', async () => {
    allocateToAUnitWithoutSamrad();
    const journey = await begin(run, 'regionstaben', 'regionalStaff', 'summary');
    const { page, strings: s } = journey;
    const fullYear = format(s.PeriodHelarOfYear, year);

    await page.getByRole('heading', { level: 3, name: format(s.SummaryTotalsHeading, 'Regionstyrelsen', fullYear) }).waitFor();
    await journey.expectHelpFor('regionstaben');
    // The demo's day: the full year's deadline in days, which Perioder must say alike.
    const fullYearDeadline = await matchedText(page, textPattern(s.PeriodDeadlineOpen, fullYear, /.+?/, /\d+/));
    expect(fullYearDeadline).not.toBe('');
    await journey.step('sammanstallning');

    // A unit's goal allocated without samråd: its gap link lands on that unit's cell in its department's grid.
    const group = page.locator('div', { has: page.getByRole('heading', { level: 4, name: textPattern(s.GapGroupAllocationWithoutAgreement, /\d+/) }) }).last();
    const gap = group.getByRole('link').first();
    await gap.scrollIntoViewIfNeeded();
    const place = new URL((await gap.getAttribute('href')) ?? '');
    const cell = `${place.searchParams.get('miljomal-goal')}:${place.searchParams.get('miljomal-unit')}`;
    await gap.click();
    await page.getByRole('heading', { level: 2, name: s.ViewAllocation }).waitFor();
    await page.waitForFunction((key) => (document.activeElement as HTMLElement | null)?.dataset.cell === key, cell);
    await journey.focusSettled();
    const look = await focusedLook(page);
    expect(look.unit).toBe(place.searchParams.get('miljomal-unit'));
    expect(await page.locator(`[data-grid] [data-cell="${cell}"]`).count()).toBe(1);
    expectSeenAndMarked(look);
    await journey.step('luckan-i-fordelning');

    await page.getByRole('button', { name: format(s.RemindOpenDepartmentHeads, fullYear) }).click();
    const remind = page.getByRole('dialog');
    const remindTitle = remind.getByText(format(s.RemindTitleDepartmentHeads, fullYear), { exact: true });
    await remindTitle.waitFor();
    await journey.expectOnScreen(remindTitle);
    await journey.expectFocusOnScreen();
    // Regionservice's head is told per item what is missing, each item with the address of its place.
    const toRegionservice = remind.getByRole('listitem').filter({ hasText: 'Regionservice' }).first();
    const chat = new URL((await toRegionservice.getByRole('link', { name: textPattern(s.RemindTeamsLabel, /.+/) }).getAttribute('href')) ?? '');
    const lines = (chat.searchParams.get('message') ?? '').split('\n');
    const items = lines.flatMap((line, at) => (line.startsWith('- ') ? [{ line, address: new URL(lines[at + 1].trim()) }] : []));
    expect(items[0].line).toMatch(textPattern(s.GapAllocationWithoutActivities, 'Regionservice', /.+/));
    const origin = new URL(page.url()).origin;
    for (const { address } of items) expect([address.origin, address.searchParams.has('miljomal-unit')]).toEqual([origin, true]);
    // The last line links to the department's own place, where all of it is (the message is kept within Teams' link length).
    expect(lines).toContainEqual(expect.stringMatching(textPattern(s.RemindWhere, new RegExp(`${escape(origin)}/\\?.+`))));
    await journey.step('paminn');
    await page.keyboard.press('Escape');
    await remind.waitFor({ state: 'detached' });

    // Perioder: the interim period past its deadline and the full year's, by the same day as the summary; close the interim.
    await journey.switchTo('administration');
    const interim = page.getByRole('region', { name: `${s.PeriodDelar} ${year}`, exact: true });
    await interim.getByText(textPattern(s.PeriodDeadlineLate, /.+?/, /.+?/)).waitFor();
    await page.getByRole('region', { name: `${s.PeriodHelar} ${year}`, exact: true }).getByText(fullYearDeadline).waitFor();
    await interim.getByRole('button', { name: s.AdminPeriodClose }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText(format(s.AdminPeriodCloseTitle, `${s.PeriodDelar} ${year}`)).waitFor();
    await confirm.getByRole('button', { name: s.AdminPeriodClose }).click();
    const closed = interim.getByText(s.AdminPeriodStateClosed, { exact: true });
    await closed.waitFor();
    await journey.expectOnScreen(closed);
    await journey.expectFocusOnScreen();
    await journey.step('perioder');

    // The organisation's template, downloaded from inside the import dialog: a real file with the columns' header row.
    await page.getByRole('button', { name: s.ImportOrganisation, exact: true }).click();
    const importing = page.getByRole('dialog');
    const template = await download(page, () => importing.getByRole('button', { name: s.ImportTemplateXlsx }).click());
    expect(template.name).toBe(`${s.ImportFileTemplateOrganisation}.xlsx`);
    expect((await xlsxSheets(template))[0].rows[0]).toEqual(headerRow(orgExportColumns, run.lang === 'sv-SE' ? 'sv' : 'en'));
    await journey.step('mall-organisation');
    await page.keyboard.press('Escape');
    await importing.waitFor({ state: 'detached' });

    // Fastställ the full year's report, then export the summary.
    await journey.switchTo('summary');
    await page.getByRole('button', { name: s.ReportArchiveShow }).click();
    await page.getByRole('button', { name: format(s.ReportFreeze, fullYear) }).click();
    const freeze = page.getByRole('dialog', { name: format(s.ReportFreezeTitle, fullYear, 1) });
    await freeze.getByRole('textbox', { name: new RegExp(`^${escape(s.ReportAnalysisLabel)}`) }).fill('Få enheter har följt upp än; påminnelsen gick ut i oktober.');
    await freeze.getByRole('button', { name: s.ReportConfirm, exact: true }).click();
    // Nobody has marked the full year ready in the demo: Fastställ names the departments and asks once more.
    await freeze.getByText(textPattern(s.ReportNotReadyWarning, fullYear, /.+/)).waitFor();
    await freeze.getByRole('button', { name: s.ReportConfirmAnyway }).click();
    const frozen = page.getByText(format(s.ReportFrozen, fullYear, 1));
    await frozen.waitFor();
    await journey.expectOnScreen(frozen);
    await journey.expectFocusOnScreen();
    await journey.step('faststall-rapport');

    const excel = page.getByRole('button', { name: s.ExportExcel });
    await excel.scrollIntoViewIfNeeded();
    const exported = await download(page, () => excel.click());
    expect(exported.name).toMatch(/\.xlsx$/);
    expect((await xlsxSheets(exported)).length).toBeGreaterThan(0);
    await journey.step('export');
    await end(journey);
  }, 120000);

  it('department head: Fördelning, a goal to a unit i samråd, the roll-up', async () => {
    const journey = await begin(run, 'avdelningschef', 'departmentHead', 'allocation');
    const { page, strings: s } = journey;
    const cell = page.getByRole('button', { name: format(s.AllocCellAllocateLabel, goalName('M2'), 'Måltidsservice'), exact: true });
    await cell.waitFor();
    await journey.expectHelpFor('avdelningschef');
    // The period under way and its deadline, in the words the summary and Min enhet use.
    const fullYear = format(s.PeriodHelarOfYear, year);
    await page.getByText(new RegExp(`^${textPattern(s.UnitYearLine, String(year), fullYear).source} ${textPattern(s.PeriodDeadlineOpen, fullYear, /.+?/, /\d+/).source}$`)).waitFor();
    await journey.step('fordelning');

    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    // Fluent draws its own box over a hidden input: the person clicks the label.
    await page.getByRole('dialog').getByText(new RegExp(`^${escape(s.AllocAgreedWithUnitHead)}`)).click();
    await page.getByRole('dialog').getByRole('button', { name: s.AllocConfirm, exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const confirmation = page.locator('section p[aria-hidden="true"]', { hasText: goalName('M2').split(' ')[0] });
    await confirmation.waitFor();
    await journey.expectOnScreen(confirmation);
    await journey.expectFocusOnScreen();
    await journey.step('fordelat-i-samrad');

    const perUnit = page.getByRole('table', { name: format(s.RollupUnitsCaption, 'Regionservice') });
    await perUnit.scrollIntoViewIfNeeded();
    await journey.expectOnScreen(perUnit.getByRole('rowheader', { name: 'Måltidsservice' }));
    // At 360 px the step checks that the grid and the roll-up fit or scroll in their own region with a cue.
    await journey.step('uppfoljning-per-enhet');

    // At a unit of his own with no goals he is sent to Fördelning for it, not to a chat with himself.
    await journey.switchTo('myUnit');
    await page.getByRole('combobox', { name: new RegExp(`^${escape(s.UnitPickerLabel)}`) }).click();
    await page.getByRole('option', { name: 'Logistik', exact: true }).click();
    await page.getByText(format(s.UnitNothingAllocatedTitle, 'Logistik', String(year)), { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: /Teams$/ }).count()).toBe(0);
    await journey.step('egen-enhet-utan-mal');
    await page.getByRole('link', { name: format(s.UnitAllocateHere, 'Logistik'), exact: true }).click();
    await page.getByRole('heading', { level: 2, name: viewLabel('allocation', s) }).waitFor();
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.cellUnit !== undefined);
    await journey.focusSettled();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/Logistik$/);
    expectSeenAndMarked(await focusedLook(page));
    await end(journey);
  }, 90000);

  it('unit head: Min enhet, a new activity, its follow-up', async () => {
    const journey = await begin(run, 'enhetschef', 'unitHead', 'myUnit');
    const { page, strings: s } = journey;
    const fullYear = format(s.PeriodHelarOfYear, year);
    await page.getByRole('heading', { level: 3, name: 'Måltidsservice' }).waitFor();
    await journey.expectHelpFor('enhetschef');
    // Min enhet opens with what this unit should do next, in order, each step a button that does it.
    const steps = page.getByRole('region', { name: format(s.UnitNextStepsHeading, fullYear) });
    await steps.getByRole('listitem').first().waitFor();
    await journey.expectOnScreen(steps);
    expect(await steps.getByRole('listitem').count()).toBe(await steps.getByRole('button').count());
    expect(await steps.getByRole('button').first().innerText()).toContain(fullYear);
    await journey.step('min-enhet');

    const title = 'Sortera matavfall i alla kök';
    await page.getByRole('button', { name: s.UnitAddActivity }).first().click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('textbox', { name: s.UnitTitleLabel }).fill(title);
    await panel.getByRole('button', { name: s.EditSave, exact: true }).click();
    await panel.waitFor({ state: 'detached' });
    const card = page.getByRole('article', { name: title });
    await card.waitFor();
    // The confirmation is announced beside the action, inside the viewport, not at the page's foot.
    const added = page.getByRole('status').filter({ hasText: format(s.UnitActivitySaved, title) });
    await added.waitFor();
    await journey.expectOnScreen(added);
    await journey.expectFocusOnScreen();
    await card.scrollIntoViewIfNeeded();
    await journey.step('ny-aktivitet');

    await card.getByRole('button', { name: format(s.UnitFollowUpRecord, fullYear) }).click();
    const followUp = page.getByRole('dialog');
    await followUp.getByText(s.GradePaborjadMerAnHalften, { exact: true }).click();
    await followUp.getByRole('textbox', { name: new RegExp(`^${escape(s.UnitCommentLabel)}`) }).fill('Kärl beställda till alla tre kök.');
    await followUp.getByRole('button', { name: s.EditSave, exact: true }).click();
    await followUp.waitFor({ state: 'detached' });
    await card.getByText(s.GradePaborjadMerAnHalften).first().waitFor();
    await page.getByText(format(s.UnitFollowUpSaved, fullYear, title)).waitFor({ state: 'attached' });
    // "Sparad av …" on the demo's day (one clock), not the machine's.
    await card.getByText(textPattern(s.UnitFollowUpBy, /.+/, new RegExp(`${escape(formatDate(demoToday, run.lang))}.*`))).waitFor();
    // The follow-up's confirmation is announced inside the viewport, beside the activity.
    const followedUp = page.getByRole('status').filter({ hasText: format(s.UnitFollowUpSaved, fullYear, title) });
    await followedUp.waitFor();
    await journey.expectOnScreen(followedUp);
    await journey.expectOnScreen(card.getByText(s.GradePaborjadMerAnHalften).first());
    await journey.expectFocusOnScreen();
    await journey.step('uppfoljd');
    await end(journey);
  }, 90000);

  it('reader: summary, a department, the report text, copy', async () => {
    const journey = await begin(run, 'lasare', 'reader', 'summary');
    const { page, strings: s } = journey;
    await page.getByRole('heading', { level: 3, name: format(s.SummaryTotalsHeading, 'Regionstyrelsen', format(s.PeriodHelarOfYear, year)) }).waitFor();
    await journey.expectHelpFor('lasare');
    // Hjälp opens the reader's guide in a new tab (the workbench serves docs/guide as a tenant's help pages).
    const opening = page.context().waitForEvent('page');
    await page.getByRole('link', { name: s.HelpLinkLabel }).click();
    const guide = await opening;
    await guide.getByRole('heading', { level: 1, name: 'Läsare: en vecka med Miljömål' }).waitFor();
    expect(await guide.getByRole('img').count()).toBeGreaterThan(0);
    await guide.close();
    await journey.step('sammanstallning');

    await page.getByRole('button', { name: 'Regionservice', exact: true }).first().click();
    const unit = page.getByRole('heading', { level: 4, name: 'Måltidsservice', exact: true });
    await unit.waitFor();
    await unit.scrollIntoViewIfNeeded();
    await journey.expectOnScreen(unit);
    await journey.step('en-avdelning');

    const reportHeading = page.getByRole('heading', { level: 3, name: s.ReportTextHeading });
    await reportHeading.scrollIntoViewIfNeeded();
    await journey.expectOnScreen(reportHeading);
    await journey.step('rapporttext');

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.workbench.url });
    await page.getByRole('button', { name: s.CopyText }).click();
    const done = page.getByText(s.CopyDone);
    await done.waitFor();
    await journey.expectOnScreen(done);
    await journey.expectFocusOnScreen();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Regionservice');
    // Pasted into the tjänsteskrivelse: no invisible direction controls (U+200E/F, U+202A–E, U+2066–9).
    expect(copied).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    await journey.step('kopierad');
    await end(journey);
  }, 90000);
});
