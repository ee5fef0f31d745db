/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { demoMiljostrateg, demoReader, demoRegion2023, demoToday, indicatorSentence, type Person } from '../../../domain';
import { forgetDraftMemory } from '../../edit/draftStore';
import { MemoryRepository, readerOf } from '../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../test/support/render';
import { english, swedish } from '../../../../test/support/strings';
import { IndicatorsView } from '../IndicatorsView';

function renderIndicators(user: Person, regionalStaff: boolean, repository = new MemoryRepository([demoRegion2023], readerOf(user, regionalStaff))) {
  const rendered = renderWithServices(<IndicatorsView />, { repository, strings: swedish, today: demoToday });
  return { ...rendered, repository };
}

const overview = (): HTMLElement => screen.getByRole('table', { name: /^Indikatorerna för 2023/ });
const overviewRow = (name: RegExp): HTMLTableRowElement => within(overview()).getByRole('rowheader', { name }).closest('tr')!;
const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const card = (name: string): HTMLElement => screen.getByRole('article', { name });
const valueField = (indicator: string): HTMLElement => screen.getByRole('textbox', { name: `Utfall 2023 för ${indicator}, ${indicator.startsWith('Andel') ? 'procent' : 'ton CO2e'}` });

beforeEach(() => {
  window.sessionStorage.clear();
  forgetDraftMemory();
});

describe('the indicators of the demo region', () => {
  it('show every indicator with its status in words and a shape, and state the rule beside them', async () => {
    renderIndicators(demoReader, false);
    await screen.findByRole('heading', { name: 'Alla indikatorer' });
    expect(screen.getByRole('heading', { name: 'Så bedöms status' })).toBeTruthy();
    expect(screen.getByText(/^En rak linje dras från basvärdet under basåret till målvärdet under målåret/)).toBeTruthy();
    const rows = within(overview()).getAllByRole<HTMLTableRowElement>('row').slice(1);
    expect(rows.map((row) => plain(row.cells[0].textContent))).toEqual([
      'M1 Koldioxidutsläpp från tjänsteresor', 'M2 Energianvändning i egna lokaler', 'M3 Avfall per årsarbetare',
      'M3 Andel sorterat avfall', 'M4 Andel fordon med fossilfri drift'
    ]);
    const travel = overviewRow(/Koldioxidutsläpp/);
    expect(plain(travel.cells[1].textContent)).toBe('1 240 ton CO2e (2023)');
    expect(plain(travel.cells[2].textContent)).toBe('−272 ton CO2e (−18 %)');
    expect(plain(travel.cells[3].textContent)).toBe('+135 ton CO2e (+12 %)');
    expect(plain(travel.cells[4].textContent)).toBe('756 ton CO2e till 2030');
    expect(travel.cells[5].textContent).toBe('Inte i takt med målet');
    expect(travel.cells[5].querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(plain(overviewRow(/Energianvändning/).cells[1].textContent)).toBe('164 kWh per kvadratmeter (2023, preliminärt)');
    expect(overviewRow(/Energianvändning/).cells[5].textContent).toBe('I takt med målet');
    // No 2023 value yet: the latest is 2022's, and there is no year before 2023 to compare with.
    const sorted = overviewRow(/Andel sorterat avfall/);
    expect(plain(sorted.cells[1].textContent)).toBe('55 procent (2022)');
    expect(sorted.cells[3].textContent).toBe('+2 procentenheter');
  });

  it('draw a chart per indicator, named and described by its sentence, with every figure in a table too', async () => {
    renderIndicators(demoReader, false);
    await screen.findByRole('heading', { name: 'Alla indikatorer' });
    const travel = card('Koldioxidutsläpp från tjänsteresor');
    const chart = within(travel).getByRole('img', { name: /^Diagram över Koldioxidutsläpp från tjänsteresor/ });
    const description = document.getElementById(chart.getAttribute('aria-describedby')!);
    const values = demoRegion2023.indicatorValues;
    expect(description?.textContent).toBe(indicatorSentence(demoRegion2023.indicators[0], values, 'sv-SE'));
    // Five values joined by a line, each a filled point; the path dashed from the baseline.
    expect(chart.querySelectorAll('circle')).toHaveLength(5);
    expect(chart.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(5);
    expect(chart.querySelector('line[stroke-dasharray="6 4"]')).not.toBeNull();
    // A preliminary value is a hollow point.
    const energy = within(card('Energianvändning i egna lokaler')).getByRole('img');
    expect(Array.from(energy.querySelectorAll('circle')).map((point) => point.getAttribute('fill'))).toEqual(
      ['currentColor', 'currentColor', 'currentColor', 'currentColor', 'none']);

    const table = within(travel).getByRole('table', { name: 'Koldioxidutsläpp från tjänsteresor per år, med den raka vägen' });
    const rows = within(table).getAllByRole<HTMLTableRowElement>('row').slice(1).map((row) => Array.from(row.cells).map((cell) => plain(cell.textContent)));
    expect(rows[0]).toEqual(['2019 (basår)', '1 512 ton CO2e', '1 512', '']);
    expect(rows[1]).toEqual(['2020', '720 ton CO2e', '1 443,27', 'Få resor under pandemin.']);
    expect(rows[5]).toEqual(['2030 (målår)', '–', '756 ton CO2e', '']);
    // The target line names its value and unit, as the table's target row does.
    expect(Array.from(chart.querySelectorAll('text')).map((text) => text.textContent)).toContain('Målvärde 756 ton CO2e');
    expect(within(travel).getByText('Exempeldata: resebokningar och reseräkningar')).toBeTruthy();
  });

  it('speak English with the English strings', async () => {
    const repository = new MemoryRepository([demoRegion2023], readerOf(demoReader, false));
    renderWithServices(<IndicatorsView />, { repository, strings: english, locale: 'en-US', today: demoToday });
    await screen.findByRole('heading', { name: 'All indicators' });
    const row = within(screen.getByRole('table', { name: /^The indicators of 2023/ })).getByRole('rowheader', { name: /Andel fordon/ }).closest('tr')!;
    expect(row.cells[1].textContent).toBe('38 percent (2023)');
    expect(row.cells[5].textContent).toBe('Not on track');
    expect(screen.getByText(/^Andel fordon med fossilfri drift was 38 percent in 2023/)).toBeTruthy();
  });

  it('give no grid to anyone but the regional staff', async () => {
    renderIndicators(demoReader, false);
    await screen.findByRole('heading', { name: 'Alla indikatorer' });
    expect(screen.queryByRole('button', { name: 'Spara utfall' })).toBeNull();
    expect(screen.getByText('Utfallen läggs in och rättas av regionstaben.')).toBeTruthy();
  });

  it('say so when the year\'s goals have no indicators', async () => {
    renderIndicators(demoReader, false, new MemoryRepository([{ ...demoRegion2023, indicators: [], indicatorValues: [] }], readerOf(demoReader)));
    expect(await screen.findByText('Det finns inga indikatorer för 2023 års miljömål ännu.')).toBeTruthy();
  });
});

describe('entering a year\'s values', () => {
  it('adds a value, and the overview, the chart and the sentence follow', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true);
    await screen.findByRole('button', { name: 'Spara utfall' });
    fireEvent.change(valueField('Andel sorterat avfall'), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Preliminärt: Andel sorterat avfall' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Kommentar till Andel sorterat avfall' }), { target: { value: 'Prognos' } });
    expect(screen.getByText('Ändrat, inte sparat')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Spara utfall' }));
    expect(await screen.findByText('Ett utfall sparat.')).toBeTruthy();
    expect(repository.writes).toEqual(['addIndicatorValue 2332 2023=60']);
    expect(repository.stored(2023).indicatorValues.find((value) => value.indicatorId === 2332 && value.year === 2023))
      .toMatchObject({ value: 60, preliminary: true, comment: 'Prognos' });
    expect(plain(overviewRow(/Andel sorterat avfall/).cells[1].textContent)).toBe('60 procent (2023, preliminärt)');
    expect(within(card('Andel sorterat avfall')).getAllByRole('img')[0].querySelectorAll('circle')).toHaveLength(5);
    expect(within(card('Andel sorterat avfall')).getByText(/^Andel sorterat avfall var 60 procent 2023 \(preliminärt\), 12 procentenheter högre än 2019/)).toBeTruthy();
    expect(screen.queryByText('Ändrat, inte sparat')).toBeNull();
  });

  it('corrects a value over the version it read, and the status follows the rule', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true);
    await screen.findByRole('button', { name: 'Spara utfall' });
    expect(overviewRow(/Koldioxidutsläpp/).cells[5].textContent).toBe('Inte i takt med målet');
    fireEvent.change(valueField('Koldioxidutsläpp från tjänsteresor'), { target: { value: '1 200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara utfall' }));
    expect(await screen.findByText('Ett utfall sparat.')).toBeTruthy();
    expect(repository.writes).toEqual(['updateIndicatorValue 231123=1200']);
    expect(overviewRow(/Koldioxidutsläpp/).cells[5].textContent).toBe('I takt med målet');
  });

  it('refuses what is not a number, and writes nothing', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true);
    await screen.findByRole('button', { name: 'Spara utfall' });
    fireEvent.change(valueField('Koldioxidutsläpp från tjänsteresor'), { target: { value: '12 ton' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara utfall' }));
    expect(await screen.findByText('Skriv ett tal, till exempel 1 240 eller 12,5 (12 ton är inget tal).')).toBeTruthy();
    expect(screen.getAllByText('Rätta det som är markerat; inget har sparats.').length).toBeGreaterThan(0);
    expect(repository.writes).toEqual([]);
  });

  it('keeps the draft when a save fails, rolls the view back, and saves on retry', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true);
    await screen.findByRole('button', { name: 'Spara utfall' });
    repository.force('addIndicatorValue', { kind: 'failed', cause: 'busy', message: 'HTTP 503: Service Unavailable' });
    fireEvent.change(valueField('Andel sorterat avfall'), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara utfall' }));
    expect(await screen.findByText('1 av 1 utfall sparades inte. Det du skrev finns kvar.')).toBeTruthy();
    const problems = screen.getByRole('region', { name: 'Utfall som inte sparades' });
    expect(within(problems).getByText(/^Det gick inte att spara: SharePoint är hårt belastat/)).toBeTruthy();
    expect((valueField('Andel sorterat avfall') as HTMLInputElement).value).toBe('60');
    expect(plain(overviewRow(/Andel sorterat avfall/).cells[1].textContent)).toBe('55 procent (2022)');
    fireEvent.click(within(problems).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Ett utfall sparat.')).toBeTruthy();
    expect(repository.writes).toEqual(['addIndicatorValue 2332 2023=60', 'addIndicatorValue 2332 2023=60']);
    expect(screen.queryByRole('region', { name: 'Utfall som inte sparades' })).toBeNull();
  });

  it('shows a colleague\'s value entered first beside mine, and saves mine over it only when asked', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true);
    await screen.findByRole('button', { name: 'Spara utfall' });
    repository.addBehind('indicatorValues', { indicatorId: 2332, year: 2023, value: 57, comment: 'Från entreprenören', preliminary: false }, 2023);
    fireEvent.change(valueField('Andel sorterat avfall'), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara utfall' }));
    const problems = await screen.findByRole('region', { name: 'Utfall som inte sparades' });
    // Theirs is in the view now; mine is still in the field.
    expect(plain(overviewRow(/Andel sorterat avfall/).cells[1].textContent)).toBe('57 procent (2023)');
    expect((valueField('Andel sorterat avfall') as HTMLInputElement).value).toBe('60');
    fireEvent.click(within(problems).getByRole('button', { name: 'Jämför versionerna' }));
    const panel = await screen.findByRole('dialog');
    const comment = within(panel).getByRole('rowheader', { name: /Kommentar/ }).closest('tr')!;
    expect(Array.from(comment.cells).slice(1).map((cell) => cell.textContent)).toEqual([swedish.EditEmptyValue, 'Från entreprenören']);
    fireEvent.click(within(panel).getByRole('button', { name: 'Behåll min version' }));
    expect(await screen.findByText('Ett utfall sparat.')).toBeTruthy();
    expect(repository.writes[1]).toMatch(/^updateIndicatorValue \d+=60$/);
    expect(plain(overviewRow(/Andel sorterat avfall/).cells[1].textContent)).toBe('60 procent (2023)');
  });

  it('keeps what was typed over a reload of the tab', async () => {
    const first = renderIndicators(demoMiljostrateg, true);
    await screen.findByRole('button', { name: 'Spara utfall' });
    fireEvent.change(valueField('Andel sorterat avfall'), { target: { value: '61' } });
    first.unmount();
    forgetDraftMemory();
    renderIndicators(demoMiljostrateg, true);
    await screen.findByRole('button', { name: 'Spara utfall' });
    expect((valueField('Andel sorterat avfall') as HTMLInputElement).value).toBe('61');
    expect(screen.getByText('Ditt osparade utkast har återställts.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ångra ändringarna' }));
    await waitFor(() => expect((valueField('Andel sorterat avfall') as HTMLInputElement).value).toBe(''));
  });
});
