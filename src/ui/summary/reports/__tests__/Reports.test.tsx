/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { computeCoverageSummary, demoDepartmentIds, demoFollowUpPeriod, demoMiljostrateg, demoRegion2023, demoToday, reportText } from '../../../../domain';
import { freezeReport } from '../../../../domain/report/frozenReport';
import type { YearPicture } from '../../../../domain/model';
import { SummaryView } from '../../SummaryView';
import { MemoryRepository, readerOf } from '../../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../../test/support/render';
import { english, swedish } from '../../../../../test/support/strings';

const staff = readerOf(demoMiljostrateg, true);
const reader = readerOf({ login: 'läsare@region.example', name: 'Läsare' });

function renderSummary(repository: MemoryRepository, locale: 'sv-SE' | 'en-US' = 'sv-SE') {
  return renderWithServices(<SummaryView periodKind={demoFollowUpPeriod.kind} />,
    { repository, strings: locale === 'sv-SE' ? swedish : english, locale, today: demoToday });
}

async function openArchive(name: RegExp | string = 'Visa rapporterna och fastställ'): Promise<HTMLElement> {
  const toggle = await screen.findByRole('button', { name });
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  return toggle;
}

/** A report fastställd earlier, from `picture`: what the archive holds before the test begins. */
async function frozenEarlier(repository: MemoryRepository, picture: YearPicture, version = 1): Promise<void> {
  const user = repository.user;
  repository.user = staff;
  const summary = computeCoverageSummary(picture, demoFollowUpPeriod);
  const outcome = await repository.freezeReport(freezeReport({
    summary, picture, version, analysis: 'Stycke ett.\n\nStycke två.', frozenBy: demoMiljostrateg, frozenAt: '2023-09-12T08:30:00Z',
    correctionReason: version > 1 ? 'Fel i Regionservice' : undefined
  }));
  expect(outcome.kind).toBe('saved');
  repository.user = user;
}

/** Every counted department marked ready for both periods: fastställa then asks nothing more. */
async function everyDepartmentReady(repository: MemoryRepository): Promise<void> {
  for (const kind of ['delar', 'helar'] as const) {
    for (const id of Object.values(demoDepartmentIds)) {
      const period = { year: 2023, kind };
      expect((await repository.recordReadiness({ period, orgUnitId: id, kind: 'ready', comment: '' }, `ready-${kind}-${id}`)).kind).toBe('saved');
    }
  }
  repository.writes.length = 0;
}

describe('fastställa a report from the summary', () => {
  it('names the departments not ready and asks once more; the report keeps who was ready and their sentences', async () => {
    const repository = new MemoryRepository([demoRegion2023], staff);
    await repository.recordReadiness({ period: demoFollowUpPeriod, orgUnitId: demoDepartmentIds.regionservice, kind: 'ready',
      comment: 'Måltidsservice har halverat matsvinnet' }, 'rs');
    renderSummary(repository);
    expect(await screen.findByText('1 av 9 avdelningar')).toBeTruthy();
    await openArchive();
    fireEvent.click(await screen.findByRole('button', { name: 'Fastställ rapport för delår 2023' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fastställ rapport för delår 2023, version 1' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fastställ' }));
    expect(await within(dialog).findByText(/^Inte markerade som klara för delår 2023: .*Ekonomiavdelningen.*\. Rapporten fastställs ändå/)).toBeTruthy();
    expect(within(dialog).queryByText(/Regionservice/)).toBeNull();
    expect(repository.writes.filter((write) => write.startsWith('freezeReport'))).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fastställ ändå' }));
    expect(await screen.findByText('Rapporten för delår 2023 är fastställd som version 1.')).toBeTruthy();
    const [report] = await repository.reports(2023);
    expect(report.readiness?.filter((row) => row.ready).map((row) => [row.name, row.by?.login])).toEqual([['Regionservice', demoMiljostrateg.login]]);
    expect(report.text['sv-SE'].departments).toBe('Avdelningarna om sitt arbete: Regionservice: Måltidsservice har halverat matsvinnet.');
    expect(report.text['en-US'].departments).toBe('The departments on their work: Regionservice: Måltidsservice har halverat matsvinnet.');
  });

  it('asks for nothing until the archive is opened', async () => {
    const repository = new MemoryRepository([demoRegion2023], staff);
    renderSummary(repository);
    await screen.findByRole('button', { name: 'Visa rapporterna och fastställ' });
    expect(repository.calls).not.toContain('reports 2023');
  });

  it('lets the regional staff fastställa the shown period with their own paragraphs, and lists it', async () => {
    const repository = new MemoryRepository([demoRegion2023], staff);
    await everyDepartmentReady(repository);
    renderSummary(repository);
    await openArchive();
    expect(await screen.findByText('Ingen rapport är fastställd för 2023 än.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fastställ rapport för delår 2023' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fastställ rapport för delår 2023, version 1' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Egen analys/ }), { target: { value: 'Varför så få aktiviteter.\n\nNästa år.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fastställ' }));
    expect(await screen.findByText('Rapporten för delår 2023 är fastställd som version 1.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = within(await screen.findByRole('table', { name: /^Fastställda rapporter för 2023/ })).getAllByRole('row')[1];
    expect(within(row).getByRole('rowheader').textContent).toBe('delår 2023');
    expect(row.textContent).toContain(demoMiljostrateg.name);
    expect(repository.writes).toEqual(['freezeReport 2023-delar v1']);
    // The next one of the period is a correction.
    expect(screen.getByRole('button', { name: 'Fastställ en rättelse för delår 2023' })).toBeTruthy();
  });

  it('names the activities without a follow-up by their titles, read before it is written; a failed read writes nothing', async () => {
    const repository = new MemoryRepository([demoRegion2023], staff);
    await everyDepartmentReady(repository);
    renderSummary(repository);
    const textReads = (): number => repository.calls.filter((call) => call.startsWith('loadSummaryTexts')).length;
    await waitFor(() => expect(textReads()).toBe(1));
    // At helår none of the ten activities is followed up: more than the gap list names at first.
    fireEvent.click(screen.getByRole('radio', { name: 'Helår' }));
    await waitFor(() => expect(textReads()).toBe(2));
    await openArchive();
    fireEvent.click(await screen.findByRole('button', { name: 'Fastställ rapport för helår 2023' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fastställ rapport för helår 2023, version 1' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Egen analys/ }), { target: { value: 'Helåret.' } });
    repository.failingReads = 1;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fastställ' }));
    expect(await within(dialog).findByText(/^Det gick inte att hämta namnen på aktiviteterna som rapporten nämner/)).toBeTruthy();
    expect(repository.writes).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fastställ' }));
    expect(await screen.findByText('Rapporten för helår 2023 är fastställd som version 1.')).toBeTruthy();
    expect(textReads()).toBe(4);
    const [report] = await repository.reports(2023);
    expect(report.activityTitles).toEqual(Object.fromEntries(demoRegion2023.activities.map((activity) => [activity.id, activity.title])));
  });

  it('asks a correction why before anything is written, and keeps what was typed when SharePoint refuses', async () => {
    const repository = new MemoryRepository([demoRegion2023], staff);
    await everyDepartmentReady(repository);
    await frozenEarlier(repository, demoRegion2023);
    repository.writes.length = 0;
    renderSummary(repository);
    await openArchive();
    fireEvent.click(await screen.findByRole('button', { name: 'Fastställ en rättelse för delår 2023' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fastställ rapport för delår 2023, version 2' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fastställ' }));
    expect(await within(dialog).findByText(/^Skriv varför rapporten rättas/)).toBeTruthy();
    expect(repository.writes).toEqual([]);

    repository.force('freezeReport', { kind: 'forbidden' });
    const reason = within(dialog).getByRole('textbox', { name: /^Varför rättas rapporten/ });
    fireEvent.change(reason, { target: { value: 'Regionservice hade en aktivitet till' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fastställ' }));
    expect(await within(dialog).findByText(/^SharePoint nekade ändringen: för att fastställa rapporter/)).toBeTruthy();
    expect((reason as HTMLTextAreaElement).value).toBe('Regionservice hade en aktivitet till');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Fastställ' }));
    expect(await screen.findByText('Rapporten för delår 2023 är fastställd som version 2.')).toBeTruthy();
    const reports = await repository.reports(2023);
    expect(reports.map((report) => [report.version, report.correctionReason])).toEqual([[1, undefined], [2, 'Regionservice hade en aktivitet till']]);
  });

  it('offers a reader no "Fastställ rapport", and shows the archive all the same', async () => {
    const repository = new MemoryRepository([demoRegion2023], reader);
    await frozenEarlier(repository, demoRegion2023);
    renderSummary(repository);
    await openArchive();
    await screen.findByRole('table', { name: /^Fastställda rapporter för 2023/ });
    expect(screen.queryByRole('button', { name: /^Fastställ/ })).toBeNull();
  });
});

describe('a fastställd report in the archive', () => {
  const renamed: YearPicture = {
    ...demoRegion2023,
    goals: demoRegion2023.goals.map((goal, index) => index === 0 ? { ...goal, code: 'X1', title: 'Omdöpt mål' } : goal),
    activities: [...demoRegion2023.activities, {
      id: 9100, allocationId: demoRegion2023.allocations.find((allocation) => allocation.orgUnitId === demoDepartmentIds.ekonomi)!.id,
      title: 'Ny efter fastställandet', description: '', status: 'planerad'
    }]
  };

  it('opens exactly as it was, read-only, saying who fastställde it and when, whatever the data says today', async () => {
    const repository = new MemoryRepository([renamed], reader);
    await frozenEarlier(repository, demoRegion2023);
    renderSummary(repository);
    await openArchive();
    const open = await screen.findByRole('button', { name: 'Öppna rapporten för delår 2023, version 1' });
    fireEvent.click(open);
    const heading = await screen.findByRole('heading', { name: 'Rapport för delår 2023, version 1' });
    expect(document.activeElement).toBe(heading);
    const report = heading.closest('article')!;
    expect(within(report).getByText(/^Fastställd .* av /).textContent).toContain(demoMiljostrateg.name);
    const paper = reportText(computeCoverageSummary(demoRegion2023, demoFollowUpPeriod), 'sv-SE');
    expect(within(report).getByText(paper)).toBeTruthy();
    expect(within(report).getByText('Stycke ett.')).toBeTruthy();
    expect(within(report).getByText('Stycke två.')).toBeTruthy();
    // The goal as it was named, not as it is named today; ten activities, not eleven.
    const matrix = within(report).getByRole('table', { name: /^Vilka av årets miljömål/ });
    expect(matrix.textContent).toContain(demoRegion2023.goals[0].code);
    expect(matrix.textContent).not.toContain('X1');
    expect(within(report).getByText('Aktiviteter totalt', { selector: 'dt' }).nextElementSibling?.textContent).toMatch(/^10/);
    expect(within(report).queryByRole('textbox')).toBeNull();

    fireEvent.click(within(report).getByRole('button', { name: 'Stäng rapporten' }));
    expect(screen.queryByRole('heading', { name: 'Rapport för delår 2023, version 1' })).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  it('compares with today: per department what changed since', async () => {
    const repository = new MemoryRepository([renamed], reader);
    await frozenEarlier(repository, demoRegion2023);
    renderSummary(repository);
    await openArchive();
    fireEvent.click(await screen.findByRole('button', { name: 'Öppna rapporten för delår 2023, version 1' }));
    const compare = await screen.findByRole('button', { name: 'Jämför med idag' });
    fireEvent.click(compare);
    expect(compare.getAttribute('aria-expanded')).toBe('true');
    const table = await screen.findByRole('table', { name: /^Per avdelning: rapportens siffror för delår 2023/ });
    const ekonomiName = demoRegion2023.orgUnits.find((unit) => unit.id === demoDepartmentIds.ekonomi)!.name;
    const ekonomi = within(table).getByRole('rowheader', { name: ekonomiName }).closest('tr')!;
    expect(ekonomi.textContent).toContain('Ändrad');
    expect(ekonomi.textContent).toMatch(/Aktiviteter totalt: \d+ → \d+/);
    const regionservice = within(table).getByRole('rowheader', { name: 'Regionservice' }).closest('tr')!;
    expect(regionservice.textContent).toContain('Oförändrad');
    const totals = screen.getByRole('table', { name: 'Totalt: rapportens siffror och dagens' });
    expect(within(totals).getByRole('rowheader', { name: 'Aktiviteter totalt' }).closest('tr')!.textContent).toBe('Aktiviteter totalt1011');
  });

  it('says nothing changed when nothing has, and reads in English too', async () => {
    const repository = new MemoryRepository([demoRegion2023], reader);
    await frozenEarlier(repository, demoRegion2023);
    renderSummary(repository, 'en-US');
    await openArchive('Show the reports and approve');
    fireEvent.click(await screen.findByRole('button', { name: 'Open the report for interim 2023, version 1' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Compare with today' }));
    expect(await screen.findByText('Nothing has changed since the report was approved.')).toBeTruthy();
    const report = screen.getByRole('heading', { name: 'Report for interim 2023, version 1' }).closest('article')!;
    const paper = reportText(computeCoverageSummary(demoRegion2023, demoFollowUpPeriod), 'en-US');
    expect(within(report).getByText(paper)).toBeTruthy();
    expect(within(report).getByText(/^Approved .* by /).textContent).toContain(demoMiljostrateg.name);
  });
});

describe('the archive when the reports list is not there', () => {
  it('says a site owner creates it, and the summary still shows', async () => {
    const repository = new MemoryRepository([demoRegion2023], staff);
    const { ReadError } = await import('../../../../ports');
    repository.reports = () => Promise.reject(new ReadError('notFound', 'HTTP 404'));
    renderSummary(repository);
    await openArchive();
    expect(await screen.findByText(/^Listan Rapporter finns inte på webbplatsen än/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Fastställ rapport/ })).toBeNull();
  });
});
