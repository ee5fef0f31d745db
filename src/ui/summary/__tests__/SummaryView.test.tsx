/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { computeCoverageSummary, demoFollowUpPeriod, demoFollowUps, demoRegion2023, indicatorReportText, reportText } from '../../../domain';
import JSZip from 'jszip';
import { readXlsx } from '../../common/export/__tests__/support/readXlsx';
import { demoInYear, english, findWholeSummary, plain, renderSummary, rowHeaders, sectionOf, totalsValue } from './support/summaryTestKit';

/** The reads of the year and the lists; the periods' settings are read beside them (usePeriodSettings). */
// The periods' settings and the klarmarkeringar are read beside the year, not as part of it.
const yearReads = (repository: { calls: string[] }): string[] => repository.calls.filter((call) => !call.startsWith('periodSettings') && !call.startsWith('readiness'));

const paperSv =
  'En sammanställning visar att alla avdelningar har fått tre eller fyra miljömål nerfördelade, av fyra möjliga. ' +
  'Endast en avdelning (Regionservice) har fördelat mål till enhetsnivå. ' +
  'För de mål som ligger på avdelningsnivå har fyra avdelningar av nio minst en aktivitet inlagd, ' +
  'och totalt tio aktiviteter har lagts in inom Regionstyrelsen. ' +
  'Arbetet beskrivs i kommentarer och inkluderar bl.a. \u201dMinskat matsvinn genom uppdaterade recept\u201d och \u201dFler maträtter skickas till Kajutan\u201d.';
/** The report as copied and exported: the paper's paragraph, then one sentence per indicator. */
/** Invisible bidi isolates (U+2066–U+2069): what people paste into a tjänsteskrivelse must not carry them. */
const isolates = /[\u2066-\u2069]/;
const reportSv = `${reportText(computeCoverageSummary(demoRegion2023, demoFollowUpPeriod), 'sv-SE')}\n\n${indicatorReportText(demoRegion2023, 'sv-SE')}`;

async function loaded(): Promise<void> {
  await screen.findByRole('heading', { name: /^Totalt för Regionstyrelsen/ });
  await findWholeSummary();
}

const departmentsTable = (): HTMLElement => screen.getByRole('table', { name: /^Avdelningarnas miljömål/ });

describe('the summary of the demo region (the 2023 board paper)', () => {
  it('states the paper’s figures in the totals band', async () => {
    renderSummary();
    expect(await screen.findByRole('heading', { name: 'Totalt för Regionstyrelsen, delår 2023' })).toBeTruthy();
    expect(totalsValue('Avdelningar med alla 4 miljömål').value).toBe('4 av 9');
    expect(totalsValue('Avdelningar med minst tre miljömål').value).toBe('9 av 9');
    expect(totalsValue('Avdelningar som fördelat mål till enhetsnivå').value).toBe('1 av 9');
    expect(totalsValue('Avdelningar med minst en aktivitet på avdelningsnivå')).toEqual({
      value: '4 av 9',
      note: '5 av 9 om enhetsnivån räknas med'
    });
    expect(totalsValue('Aktiviteter totalt')).toEqual({ value: '10', note: '6 på avdelningsnivå, 4 på enhetsnivå' });
    const withoutAgreement = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod).totals.allocationsWithoutAgreement;
    expect(totalsValue('Fördelat till enheter utan samråd').value).toBe(String(withoutAgreement));
    expect(plain(totalsValue('Aktiviteter uppföljda för delår 2023').value)).toBe('6 av 9 (67 %)');
  });

  it('writes the paper’s paragraph in Swedish, as the domain does', async () => {
    renderSummary();
    await loaded();
    const summary = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod);
    expect(reportText(summary, 'sv-SE')).toBe(paperSv);
    const paragraph = screen.getByText(paperSv);
    expect(paragraph.getAttribute('lang')).toBe('sv-SE');
    // The indicators' sentences follow as a paragraph of their own.
    expect(paragraph.nextElementSibling?.textContent).toBe(indicatorReportText(demoRegion2023, 'sv-SE'));
  });

  it('speaks English with the English strings and the en-US locale', async () => {
    renderSummary({ strings: english, locale: 'en-US' });
    expect(await screen.findByRole('heading', { name: 'Totals for Regionstyrelsen, interim 2023' })).toBeTruthy();
    await findWholeSummary(english);
    expect(totalsValue('Departments with at least one activity at department level').value).toBe('4 of 9');
    const summary = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod);
    expect(screen.getByText(reportText(summary, 'en-US'))).toBeTruthy();
    expect(screen.getByText(/^A summary shows that all departments have been allocated three or four/)).toBeTruthy();
    expect(plain(totalsValue('Activities followed up for interim 2023').value)).toBe('6 of 9 (67%)');
    expect(screen.getByRole('button', { name: 'Copy text' })).toBeTruthy();
  });

  it('lists the gaps in plain words, worst kind first', async () => {
    renderSummary();
    await loaded();
    const gaps = sectionOf('Det som saknas');
    const groupHeadings = within(gaps).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
    expect(groupHeadings).toEqual([
      'Avdelningar som saknar miljömål (5)',
      'Avdelningar som inte fördelat mål till sina enheter (8)',
      'Fördelade miljömål utan aktiviteter (26)',
      'Aktiviteter som inte är uppföljda för delår 2023 (3)'
    ]);
    expect(within(gaps).getByText('Ekonomiavdelningen saknar M2 Minskad energianvändning')).toBeTruthy();
    // Regionservice reached its units, so it is not among those that did not.
    expect(within(gaps).queryByText('Regionservice har inte fördelat något miljömål till sina enheter')).toBeNull();
    fireEvent.click(within(gaps).getByRole('button', { name: 'Visa alla 26' }));
    expect(within(gaps).getByText('Regionservice har ingen aktivitet för M1 Minskade koldioxidutsläpp från resor')).toBeTruthy();
    expect(await within(gaps).findByText('”Förutsättningar för källsortering” vid Lokalvård (Regionservice)')).toBeTruthy();
  });

  it('names the activities without a follow-up by titles read for those shown, with the read error and Försök igen when that fails', async () => {
    const { repository } = renderSummary();
    await loaded();
    const textReads = (): string[] => repository.calls.filter((call) => call.startsWith('loadSummaryTexts'));
    // At helår none of the ten is followed up: eight are shown, and only their names are read.
    fireEvent.click(screen.getByRole('radio', { name: 'Helår' }));
    const gaps = sectionOf('Det som saknas');
    const group = (await within(gaps).findByRole('heading', { name: 'Aktiviteter som inte är uppföljda för helår 2023 (10)' })).parentElement!;
    await waitFor(() => expect(within(group).getAllByRole('listitem')[0].closest('ul')?.hidden).toBe(false));
    const shownTitles = within(group).getAllByRole('listitem').map((item) => item.textContent);
    expect(shownTitles).toHaveLength(8);
    expect(shownTitles.every((text) => /^”.+” vid /.test(text ?? ''))).toBe(true);
    const before = textReads().length;
    repository.failingReads = 1;
    fireEvent.click(within(group).getByRole('button', { name: 'Visa alla 10' }));
    expect(await within(group).findByText('Det gick inte att hämta aktiviteternas namn.')).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(within(group).getAllByRole('listitem')[0].closest('ul')?.hidden).toBe(false));
    expect(within(group).getAllByRole('listitem').every((item) => /^”.+” vid /.test(item.textContent ?? ''))).toBe(true);
    // The two not shown before, less the one lifted in the report (its title came with the year); twice, failed and again.
    expect(textReads().slice(before)).toEqual(['loadSummaryTexts 2023 1 0', 'loadSummaryTexts 2023 1 0']);
  });

  it('shows the first gaps of a long kind and all of them on request', async () => {
    renderSummary();
    await loaded();
    const gaps = sectionOf('Det som saknas');
    const showAll = within(gaps).getByRole('button', { name: 'Visa alla 26' });
    expect(showAll.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(showAll.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    fireEvent.click(showAll);
    expect(within(list).getAllByRole('listitem')).toHaveLength(26);
    expect(within(gaps).getByRole('button', { name: 'Visa färre' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('gives the goal × department matrix a text alternative: a table with caption and headers', async () => {
    renderSummary();
    await loaded();
    const matrix = screen.getByRole('table', { name: 'Vilka av årets miljömål som är fördelade till varje avdelning, delår 2023' });
    const columnHeaders = within(matrix).getAllByRole('columnheader');
    expect(columnHeaders.map((header) => header.textContent)).toEqual([
      'Avdelning',
      'M1Minskade koldioxidutsläpp från resor',
      'M2Minskad energianvändning',
      'M3Minskade mängder avfall',
      'M4Fossilfria transporter'
    ]);
    columnHeaders.forEach((header) => expect(header.getAttribute('scope')).toBe('col'));
    expect(rowHeaders(matrix)).toHaveLength(9);
    const ekonomi = within(matrix).getByRole('rowheader', { name: 'Ekonomiavdelningen' });
    expect(ekonomi.getAttribute('scope')).toBe('row');
    const cells = within(ekonomi.closest('tr') as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent);
    // Readable without colour: a word in every cell (the shapes beside it are decorative).
    expect(cells).toEqual(['Fördelat', 'Saknas', 'Fördelat', 'Fördelat']);
    expect(matrix.querySelectorAll('svg[aria-hidden="true"]')).toHaveLength(36);
  });

  it('names the goals a department holds and lacks, for screen readers and on hover', async () => {
    renderSummary();
    await loaded();
    const row = within(departmentsTable()).getByRole('rowheader', { name: 'Ekonomiavdelningen' }).closest('tr') as HTMLElement;
    const goalsCell = within(row).getAllByRole('cell')[0];
    expect(goalsCell.textContent).toContain(
      '3 av 4 miljömål. Fördelade: M1 Minskade koldioxidutsläpp från resor, M3 Minskade mängder avfall och M4 Fossilfria transporter. ' +
        'Saknas: M2 Minskad energianvändning.'
    );
    const visible = within(goalsCell).getByText('3 av 4');
    expect(visible.getAttribute('aria-hidden')).toBe('true');
    fireEvent.mouseEnter(visible.parentElement as HTMLElement);
    await waitFor(() =>
      expect(document.querySelector('.ms-Tooltip')?.textContent).toBe(
        'Fördelade: M1 Minskade koldioxidutsläpp från resor, M3 Minskade mängder avfall och M4 Fossilfria transporter.' +
          'Saknas: M2 Minskad energianvändning.'
      ));
  });

  it('shows each department’s row figures', async () => {
    renderSummary();
    await loaded();
    const row = within(departmentsTable()).getByRole('rowheader', { name: 'Regionservice' }).closest('tr') as HTMLElement;
    const cells = within(row).getAllByRole('cell').map((cell) => plain(cell.textContent));
    expect(cells[1]).toBe('3 av 4');
    // The demo's today is past delår's deadline: the one activity not followed up is late.
    // Nobody has marked the period ready in the demo.
    expect(cells.slice(2)).toEqual(['0', '4', '3 av 4 (75 %)1 sen', 'Inte klar']);
  });

  it('marks nothing late before the deadline, and counts what is late after it', async () => {
    const view = renderSummary({ today: '2023-08-31' });
    await loaded();
    const cellsOf = (name: string): string[] => within(within(departmentsTable()).getByRole('rowheader', { name }).closest('tr') as HTMLElement)
      .getAllByRole('cell').map((cell) => plain(cell.textContent));
    expect(cellsOf('Regionservice')[4]).toBe('3 av 4 (75 %)');
    view.unmount();
    renderSummary({ today: '2023-09-01' });
    await loaded();
    const late = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod).departments.filter((department) => department.followUp.activitiesDue > department.followUp.activitiesFollowedUp);
    expect(late.length).toBeGreaterThan(0);
    for (const department of late) {
      const missing = department.followUp.activitiesDue - department.followUp.activitiesFollowedUp;
      expect(cellsOf(department.name)[4]).toMatch(new RegExp(`${missing} sena?$`));
    }
  });
});

describe('sorting the departments', () => {
  it('sorts by a column with the mouse or the keyboard (the headers are buttons) and says so', async () => {
    renderSummary();
    await loaded();
    const table = departmentsTable();
    expect(rowHeaders(table)[0]).toBe('Avdelningen för regional utveckling');
    const header = within(table).getByRole('button', { name: 'Aktiviteter, avdelningsnivå' });
    expect(header.tagName).toBe('BUTTON');
    header.focus();
    expect(document.activeElement).toBe(header);

    fireEvent.click(header);
    expect(rowHeaders(table).slice(0, 4)).toEqual([
      'Digitaliseringsavdelningen', 'Fastighetsavdelningen', 'Ekonomiavdelningen', 'Kommunikationsavdelningen'
    ]);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(await screen.findByText('Sorterat efter Aktiviteter, avdelningsnivå, fallande')).toBeTruthy();

    fireEvent.click(header);
    expect(rowHeaders(table)[0]).toBe('Avdelningen för regional utveckling');
    expect(rowHeaders(table).slice(-2)).toEqual(['Digitaliseringsavdelningen', 'Fastighetsavdelningen']);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
  });

  it('sorts by follow-up completeness, with nothing due last', async () => {
    renderSummary();
    await loaded();
    const table = departmentsTable();
    fireEvent.click(within(table).getByRole('button', { name: 'Uppföljda' }));
    const order = rowHeaders(table);
    // Ekonomi 1 of 1, Regionservice 3 of 4, then Digitalisering and Fastighet 1 of 2 each (by name).
    expect(order.slice(0, 4)).toEqual(['Ekonomiavdelningen', 'Regionservice', 'Digitaliseringsavdelningen', 'Fastighetsavdelningen']);
    expect(order[order.length - 1]).toBe('Säkerhetsavdelningen');
  });
});

describe('opening a department', () => {
  it('shows its units and their activities with the period’s follow-up, and closes again', async () => {
    renderSummary();
    await loaded();
    const toggle = within(departmentsTable()).getByRole('button', { name: 'Regionservice' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const description = document.getElementById(toggle.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Enheter och aktiviteter i Regionservice');

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect((await within(details).findAllByRole('heading', { level: 4 })).map((heading) => heading.textContent)).toEqual([
      'Avdelningsnivå', 'Fordonsservice', 'Logistik', 'Lokalvård', 'Måltidsservice'
    ]);
    const meals = within(details).getByRole('table', { name: 'Aktiviteter i Måltidsservice' });
    const recipes = within(meals).getByRole('rowheader', { name: 'Minskat matsvinn genom uppdaterade recept' }).closest('tr') as HTMLElement;
    expect(within(recipes).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'M3',
      'Pågående',
      `Påbörjad, mer än hälften${demoFollowUps.find((followUp) => followUp.activityId === 1)?.comment ?? ''}`
    ]);
    expect(within(details).getByText('Inga miljömål fördelade.')).toBeTruthy();
    const cleaning = within(details).getByRole('table', { name: 'Aktiviteter i Lokalvård' });
    expect(within(cleaning).getByText('Inte uppföljd')).toBeTruthy();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table', { name: 'Aktiviteter i Måltidsservice' })).toBeNull();
  });

  it('shows a closed unit only when it holds history, and a department’s own activities', async () => {
    renderSummary();
    await loaded();
    fireEvent.click(within(departmentsTable()).getByRole('button', { name: 'Kommunikationsavdelningen' }));
    const own = await screen.findByRole('table', { name: 'Aktiviteter i Avdelningsnivå' });
    expect(screen.queryByText('Tryckeriet (stängd)')).toBeNull();
    expect(within(own).getByText('Uppmärksamma energislöseri')).toBeTruthy();
  });

  it('reads its activities’ texts as it opens, once, shimmering until then, with the read error and Försök igen when it fails', async () => {
    const { repository } = renderSummary();
    await loaded();
    const textReads = (): number => repository.calls.filter((call) => call.startsWith('loadSummaryTexts')).length;
    // The gap list names its first gaps' activities: read before the department opens.
    await waitFor(() => expect(textReads()).toBe(1));
    let release = (): void => undefined;
    repository.hold = new Promise<void>((resolve) => { release = resolve; });
    repository.failingReads = 1;
    const toggle = within(departmentsTable()).getByRole('button', { name: 'Regionservice' });
    fireEvent.click(toggle);
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    // The Shimmer fills its status region a moment later, as Fluent delays it.
    await waitFor(() => expect(within(details).getByRole('status').textContent).toBe('Hämtar aktiviteterna i Regionservice …'));
    expect(within(details).queryByRole('table')).toBeNull();
    release();
    repository.hold = undefined;
    expect(await within(details).findByText('Det gick inte att hämta avdelningens aktiviteter.')).toBeTruthy();
    fireEvent.click(within(details).getByRole('button', { name: 'Försök igen' }));
    const meals = await within(details).findByRole('table', { name: 'Aktiviteter i Måltidsservice' });
    expect(within(meals).getByRole('rowheader', { name: 'Minskat matsvinn genom uppdaterade recept' })).toBeTruthy();
    expect(textReads()).toBe(3);
    // Closed and opened again: what was read is kept.
    fireEvent.click(toggle);
    fireEvent.click(toggle);
    expect(await within(document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement)
      .findByRole('table', { name: 'Aktiviteter i Måltidsservice' })).toBeTruthy();
    expect(textReads()).toBe(3);
  });
});

describe('choosing the period and the year', () => {
  it('recomputes for helår without loading again', async () => {
    const { repository } = renderSummary();
    await loaded();
    fireEvent.click(screen.getByRole('radio', { name: 'Helår' }));
    expect(await screen.findByRole('heading', { name: 'Totalt för Regionstyrelsen, helår 2023' })).toBeTruthy();
    expect(plain(totalsValue('Aktiviteter uppföljda för helår 2023').value)).toBe('0 av 10 (0 %)');
    expect(screen.getByText(paperSv)).toBeTruthy();
    expect(yearReads(repository).filter((call) => !call.startsWith('loadSummaryTexts'))).toEqual(['checkLists', 'years', 'loadSummaryYear 2023']);
  });

  it('loads another year from the year picker, keeping the lists check', async () => {
    const { repository } = renderSummary({ periodKind: undefined }, [demoRegion2023, demoInYear(2022)]);
    await loaded();
    fireEvent.change(screen.getByRole('combobox', { name: /^År/ }), { target: { value: '2022' } });
    // A past year opens on its helår.
    expect(await screen.findByRole('heading', { name: 'Totalt för Regionstyrelsen, helår 2022' })).toBeTruthy();
    expect(yearReads(repository).filter((call) => !call.startsWith('loadSummaryTexts'))).toEqual(['checkLists', 'years', 'loadSummaryYear 2023', 'loadSummaryYear 2022']);
  });

  it('opens on the newest earlier year with goals, at its helår, when this year has none', async () => {
    renderSummary({ today: '2024-03-01', periodKind: undefined });
    expect(await screen.findByRole('heading', { name: 'Totalt för Regionstyrelsen, helår 2023' })).toBeTruthy();
  });
});

describe('copying the report text', () => {
  const original = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard');
  const originalExec = document.execCommand;
  afterEach(() => {
    if (original === undefined) delete (window.navigator as { clipboard?: unknown }).clipboard;
    else Object.defineProperty(window.navigator, 'clipboard', original);
    document.execCommand = originalExec;
  });

  it('copies with the Clipboard API and confirms in a live region', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderSummary();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera text' }));
    const confirmation = await screen.findByText('Texten är kopierad.');
    expect(writeText).toHaveBeenCalledWith(reportSv);
    const copied = String(writeText.mock.calls[0][0]);
    expect(copied.startsWith(paperSv)).toBe(true);
    expect(copied).not.toMatch(isolates);
    expect(confirmation.closest('[aria-live="polite"]')?.getAttribute('role')).toBe('status');
  });

  it('falls back to a hidden text area where the Clipboard API is missing or refused', async () => {
    Object.defineProperty(window.navigator, 'clipboard', {
      value: { writeText: jest.fn().mockRejectedValue(new Error('NotAllowedError')) },
      configurable: true
    });
    let copied = '';
    document.execCommand = jest.fn(() => {
      copied = document.querySelector('textarea')?.value ?? '';
      return true;
    });
    renderSummary();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera text' }));
    expect(await screen.findByText('Texten är kopierad.')).toBeTruthy();
    expect(copied).toBe(reportSv);
    expect(copied).not.toMatch(isolates);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('says so, and selects the text, when nothing could copy', async () => {
    document.execCommand = jest.fn(() => false);
    renderSummary();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera text' }));
    expect(await screen.findByText('Det gick inte att kopiera. Texten är markerad: kopiera den med Ctrl+C.')).toBeTruthy();
    const selected = window.getSelection()?.toString() ?? '';
    expect(selected.startsWith(paperSv)).toBe(true);
    expect(selected).not.toMatch(isolates);
    expect(selected).toContain(indicatorReportText(demoRegion2023, 'sv-SE'));
  });
});

describe('exporting from the view', () => {
  const created: Blob[] = [];
  const clicked: string[] = [];
  beforeEach(() => {
    created.length = 0;
    clicked.length = 0;
    URL.createObjectURL = jest.fn((blob: Blob) => { created.push(blob); return `blob:test/${created.length}`; });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const readBlob = (blob: Blob): Promise<string> =>
    new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });

  it('downloads the summary as CSV in the order on screen and confirms it', async () => {
    renderSummary();
    await loaded();
    fireEvent.click(within(departmentsTable()).getByRole('button', { name: 'Aktiviteter, avdelningsnivå' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sammanställning som CSV' }));
    expect(await screen.findByText('Filen miljomal-sammanstallning-2023-delar.csv är skapad.')).toBeTruthy();
    expect(clicked).toEqual(['miljomal-sammanstallning-2023-delar.csv']);
    const text = await readBlob(created[0]);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toContain('Avdelningar med minst en aktivitet på avdelningsnivå;4');
    expect(lines).toContain('Aktiviteter totalt;10');
    const header = lines.findIndex((line) => line.startsWith('Avdelning;'));
    expect(lines[header + 1]).toBe('Digitaliseringsavdelningen;3;4;M1, M2, M3;M4;0;3;2;0;2;2;1');
  });

  it('downloads the activities as CSV', async () => {
    renderSummary();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Aktiviteter som CSV' }));
    expect(await screen.findByText('Filen miljomal-aktiviteter-2023-delar.csv är skapad.')).toBeTruthy();
    const text = await readBlob(created[0]);
    expect(text.replace(/^\uFEFF/, '').trim().split('\r\n')).toHaveLength(11);
  });

  it('downloads the indicators as CSV, one row per indicator and one per value', async () => {
    renderSummary();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Indikatorer som CSV' }));
    expect(await screen.findByText('Filen miljomal-indikatorer-2023-delar.csv är skapad.')).toBeTruthy();
    const lines = (await readBlob(created[0])).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0].split(';').slice(0, 3)).toEqual(['Målkod', 'Miljömål', 'Indikator']);
    const travel = lines.find((line) => line.includes(';Koldioxidutsläpp från tjänsteresor;ton CO2e;'))?.split(';');
    expect(travel).toEqual(expect.arrayContaining(['M1', '1240', 'Inte i takt med målet']));
    expect(lines).toContain('M1;Koldioxidutsläpp från tjänsteresor;2020;Helår;720;;;1443,27;Nej;Få resor under pandemin.');
  });

  it('downloads an Excel workbook whose cells are the summary’s', async () => {
    renderSummary();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Excel' }));
    expect(await screen.findByText('Filen miljomal-2023-delar.xlsx är skapad.')).toBeTruthy();
    expect(clicked).toEqual(['miljomal-2023-delar.xlsx']);
    const workbook = await readXlsx(created[0]);
    expect(workbook.map((sheet) => sheet.name)).toEqual(['Sammanställning', 'Aktiviteter', 'Saknas', 'Indikatorer']);
    const summaryRows = workbook[0].rows;
    expect(summaryRows).toContainEqual(['Avdelningar med minst en aktivitet på avdelningsnivå', 4]);
    expect(summaryRows).toContainEqual(['Aktiviteter totalt', 10]);
    expect(summaryRows).toContainEqual(['Rapporttext', reportSv]);
    expect(workbook[1].rows).toHaveLength(11);
    expect(JSON.stringify(workbook)).not.toMatch(isolates);
  });

  it('downloads a Word document with the screen’s report text, saying it is live data', async () => {
    renderSummary();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Word' }));
    expect(await screen.findByText('Filen miljomal-rapport-2023-delar.docx är skapad.')).toBeTruthy();
    expect(clicked).toEqual(['miljomal-rapport-2023-delar.docx']);
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(created[0]);
    });
    const zip = await JSZip.loadAsync(bytes);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('Aktuella uppgifter ur listorna den ');
    for (const paragraph of reportSv.split('\n\n')) expect(body).toContain(paragraph.replace(/&/g, '&amp;'));
    expect(body).toContain(paperSv);
    expect(body).not.toMatch(isolates);
  });

  it('says so when the file cannot be made, and the buttons work again', async () => {
    URL.createObjectURL = jest.fn(() => { throw new Error('blocked'); });
    renderSummary();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Aktiviteter som CSV' }));
    expect(await screen.findByText('Det gick inte att skapa filen. Försök igen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Aktiviteter som CSV' }).getAttribute('aria-disabled')).toBeNull();
    expect(clicked).toEqual([]);
  });
});
