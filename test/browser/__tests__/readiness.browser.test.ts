// Klarmarkering as the people do it (issue 31), in Swedish at desktop width: the unit head marks the
// period ready, saying why two activities wait; the department head sends the mark back; the unit
// head marks again; the department head marks the department ready with a sentence for the report;
// the regional staff see "1 av 9" and fastställer with the warning naming the departments not ready.
// Each person's own page (a context each), what they observe asserted, a screenshot per step, and
// axe-core on the readiness parts in all five host themes.
import type { Page } from 'playwright-core';
import { format } from '../../../src/ui/format';
import { swedish as s } from '../../support/strings';
import { axeInEveryTheme, openWorkbench, pageErrors, screenshot, sessionForFile } from '../support/browser';

const session = sessionForFile();
const helar = format(s.PeriodHelarOfYear, 2023);
const viewport = { width: 1400, height: 1000 };

async function as(user: string, view: string): Promise<Page> {
  return openWorkbench(session, { user, view, lang: 'sv-SE', viewport });
}

async function done(page: Page): Promise<void> {
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
}

/** The element is inside the viewport: a confirmation the person sees without scrolling. */
async function expectOnScreen(page: Page, text: string): Promise<void> {
  const box = await page.getByRole('status').filter({ hasText: text }).boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height + 1);
}

async function markUnitReady(page: Page, reason: string): Promise<void> {
  const section = page.locator('section[data-readiness-for]');
  await section.getByRole('button', { name: format(s.ReadyMarkUnit, helar) }).click();
  const dialog = page.getByRole('dialog', { name: format(s.ReadyUnitTitle, 'Måltidsservice', helar) });
  await dialog.getByText(format(s.ReadyUnitMissing, 2, helar)).waitFor();
  await dialog.getByRole('textbox', { name: s.ReadyReasonLabel }).fill(reason);
  await dialog.getByRole('button', { name: format(s.ReadyMarkUnit, helar) }).click();
  await dialog.waitFor({ state: 'detached' });
  const saved = format(s.ReadySavedReady, 'Måltidsservice', helar);
  await section.getByRole('status').filter({ hasText: saved }).waitFor();
  await expectOnScreen(page, saved);
}

describe('klarmarkering, from the unit to the fastställd report', () => {
  it('unit head marks ready → department head sends back → unit head marks again → department ready → the staff fastställer with the warning', async () => {
    // The unit head: two activities not followed up, so the mark says why.
    const unitHead = await as('unitHead', 'myUnit');
    await unitHead.getByRole('heading', { level: 4, name: format(s.ReadyHeading, helar) }).waitFor();
    await unitHead.getByText(format(s.ReadyNotMarked, 'Måltidsservice')).waitFor();
    await markUnitReady(unitHead, 'Kajutan svarar först i februari.');
    await unitHead.getByText(/^Måltidsservice: klar, markerad av .+ Kommentar: ”Kajutan svarar först i februari\.”$/).waitFor();
    await screenshot(unitHead, 'readiness-01-enhetschef-markerar');
    expect(await axeInEveryTheme(unitHead)).toEqual([]);
    await done(unitHead);

    // The department head sees it ready in the roll-up and sends it back with a comment.
    const departmentHead = await as('departmentHead', 'allocation');
    const row = departmentHead.locator('tr[data-readiness-unit]').filter({ hasText: 'Måltidsservice' });
    await row.getByRole('cell', { name: s.ReadyStatus_ready, exact: true }).waitFor();
    await row.getByRole('button', { name: format(s.ReadySendBackTitle, 'Måltidsservice', helar) }).click();
    const sendBack = departmentHead.getByRole('dialog', { name: format(s.ReadySendBackTitle, 'Måltidsservice', helar) });
    // Without a comment the dialog says what is missing and writes nothing.
    await sendBack.getByRole('button', { name: s.ReadySendBack }).click();
    await sendBack.getByText(s.EditRefusal_required).waitFor();
    // The field says so itself, for a screen reader too.
    expect(await sendBack.getByRole('textbox', { name: s.ReadySendBackLabel }).getAttribute('aria-invalid')).toBe('true');
    await sendBack.getByRole('textbox', { name: s.ReadySendBackLabel }).fill('Följ upp matsvinnet innan du markerar.');
    await sendBack.getByRole('button', { name: s.ReadySendBack }).click();
    await sendBack.waitFor({ state: 'detached' });
    await row.getByRole('cell', { name: s.ReadyStatus_sentBack, exact: true }).waitFor();
    await expectOnScreen(departmentHead, format(s.ReadySavedSentBack, 'Måltidsservice'));
    await screenshot(departmentHead, 'readiness-02-avdelningschef-skickar-tillbaka');
    await done(departmentHead);

    // The unit head sees the department head's words, and marks again.
    const again = await as('unitHead', 'myUnit');
    await again.getByText(/^Måltidsservice: skickad tillbaka av .+ Kommentar: ”Följ upp matsvinnet innan du markerar\.”$/).waitFor();
    await markUnitReady(again, 'Matsvinnet mäts i januari; Kajutan svarar i februari.');
    await screenshot(again, 'readiness-03-enhetschef-markerar-igen');
    await done(again);

    // The department head marks the department ready, with a sentence for the report.
    const department = await as('departmentHead', 'allocation');
    await department.locator('tr[data-readiness-unit]').filter({ hasText: 'Måltidsservice' }).getByRole('cell', { name: s.ReadyStatus_ready, exact: true }).waitFor();
    await department.getByRole('button', { name: format(s.ReadyMarkDepartment, 'Regionservice', helar) }).click();
    const mark = department.getByRole('dialog', { name: format(s.ReadyMarkDepartment, 'Regionservice', helar) });
    await mark.getByRole('textbox', { name: s.ReadyDepartmentLabel }).fill('Måltidsservice har halverat matsvinnet');
    await mark.getByRole('button', { name: format(s.ReadyMarkDepartment, 'Regionservice', helar) }).click();
    await mark.waitFor({ state: 'detached' });
    await department.getByText(/^Regionservice: klar, markerad av /).waitFor();
    // A unit's mark now stands: nobody sends it back while the department's does.
    expect(await department.getByRole('button', { name: format(s.ReadySendBackTitle, 'Måltidsservice', helar) }).count()).toBe(0);
    await screenshot(department, 'readiness-04-avdelningen-klar');
    expect(await axeInEveryTheme(department)).toEqual([]);
    await done(department);

    // The regional staff: one of nine departments ready, its sentence in the report text, and fastställ asks once more.
    const staff = await as('regionalStaff', 'summary');
    const band = staff.locator('[data-totals="ready"]');
    await band.getByText(format(s.TotalsReady, helar)).waitFor();
    expect(await band.locator('dd').textContent()).toBe(format(s.TotalsReadyValue, 1, 9));
    const regionservice = staff.getByRole('rowheader', { name: 'Regionservice' }).locator('xpath=..');
    expect(await regionservice.locator('[data-department-ready="true"]').textContent()).toMatch(/^Klar: .+, \d/);
    await staff.getByText(/Avdelningarna om sitt arbete: Regionservice: Måltidsservice har halverat matsvinnet\./).waitFor();
    await screenshot(staff, 'readiness-05-regionstaben-ser');
    await staff.getByRole('button', { name: s.ReportArchiveShow }).click();
    await staff.getByRole('button', { name: format(s.ReportFreeze, helar) }).click();
    const freeze = staff.getByRole('dialog', { name: format(s.ReportFreezeTitle, helar, 1) });
    await freeze.getByRole('button', { name: s.ReportConfirm, exact: true }).click();
    const warning = freeze.getByText(/^Inte markerade som klara för helår 2023: /);
    await warning.waitFor();
    const named = (await warning.textContent()) ?? '';
    expect(named).toContain('Ekonomiavdelningen');
    expect(named).not.toContain('Regionservice');
    await screenshot(staff, 'readiness-06-fastall-varnar');
    await freeze.getByRole('button', { name: s.ReportConfirmAnyway }).click();
    await staff.getByText(format(s.ReportFrozen, helar, 1)).waitFor();
    await done(staff);
  }, 240000);
});
