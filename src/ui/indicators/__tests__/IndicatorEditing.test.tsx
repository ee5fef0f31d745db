/** @jest-environment jsdom */
// The regional staff change what an indicator is (its definition, in the one dialog shell), enter
// a delår figure beside the whole year's, and a denominator for the normalised figure.
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { demoMiljostrateg, demoReader, demoRegion2023, demoToday, type Person, type YearPicture } from '../../../domain';
import { forgetDraftMemory } from '../../edit/draftStore';
import { MemoryRepository, readerOf } from '../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../test/support/render';
import { swedish } from '../../../../test/support/strings';
import { IndicatorsView } from '../IndicatorsView';

function renderIndicators(user: Person, regionalStaff: boolean, picture: YearPicture = demoRegion2023) {
  const repository = new MemoryRepository([picture], readerOf(user, regionalStaff));
  const rendered = renderWithServices(<IndicatorsView />, { repository, strings: swedish, today: demoToday });
  return { ...rendered, repository };
}

const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** Hidden too: behind an open dialog the page is hidden from the accessibility tree. */
const card = (name: string): HTMLElement => screen.getByRole('article', { name, hidden: true });
const dialog = (): HTMLElement => screen.getByRole('dialog');
const field = (label: RegExp): HTMLInputElement => within(dialog()).getByRole('textbox', { name: label }) as HTMLInputElement;
const type = (label: RegExp, value: string): void => { fireEvent.change(field(label), { target: { value } }); };
const overviewRow = (name: RegExp): HTMLTableRowElement =>
  within(screen.getByRole('table', { name: /^Indikatorerna för 2023/ })).getByRole('rowheader', { name }).closest('tr')!;
const status = (): string => screen.getAllByRole('status').map((node) => node.textContent ?? '').join(' ');

beforeEach(() => {
  window.sessionStorage.clear();
  forgetDraftMemory();
});

describe('changing an indicator\'s definition', () => {
  it('is offered to the regional staff only', async () => {
    renderIndicators(demoReader, false);
    await screen.findByRole('heading', { name: 'Alla indikatorer' });
    expect(screen.queryByRole('button', { name: /^Ändra indikatorn/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lägg till indikator' })).toBeNull();
  });

  it('changes the target and the unit, and the card, the status and the sentence follow', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true);
    fireEvent.click(await screen.findByRole('button', { name: 'Ändra indikatorn Koldioxidutsläpp från tjänsteresor' }));
    expect(within(dialog()).getByRole('heading', { name: 'Ändra Koldioxidutsläpp från tjänsteresor' })).toBeTruthy();
    expect(field(/^Målvärde/).value).toBe('756');
    type(/^Målvärde/, '1 000');
    type(/^Målår/, '2025');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(status()).toContain('Indikatorn Koldioxidutsläpp från tjänsteresor är sparad.');
    expect(repository.writes).toEqual(['updateIndicator 2311 Koldioxidutsläpp från tjänsteresor']);
    expect(repository.stored(2023).indicators.find((indicator) => indicator.id === 2311)).toMatchObject({
      target: { year: 2025, value: 1000 }, baseline: { year: 2019, value: 1512 }, goalId: 231, responsible: { name: 'Kristina Norén' }
    });
    // 1 512 → 1 000 by 2025 puts the path at about 1 085 in 2023: 1 240 is still not on track, the target sentence says so.
    expect(overviewRow(/Koldioxidutsläpp/).cells[5].textContent).toBe('Inte i takt med målet');
    expect(within(card('Koldioxidutsläpp från tjänsteresor')).getByText(/målet är 34 procent lägre till 2025/)).toBeTruthy();
  });

  it('checks every field before saving, with the message beside it, and writes nothing', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true);
    fireEvent.click(await screen.findByRole('button', { name: 'Ändra indikatorn Koldioxidutsläpp från tjänsteresor' }));
    type(/^Namn/, '  ');
    type(/^Målår/, '2019');
    type(/^Basvärde/, 'mycket');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog()).findByText('Målåret ska komma efter basåret 2019.')).toBeTruthy();
    expect(within(dialog()).getByText('Skriv ett tal, till exempel 1 240 eller 12,5 (mycket är inget tal).')).toBeTruthy();
    expect(document.activeElement).toBe(field(/^Namn/));
    expect(repository.writes).toEqual([]);
  });

  it('keeps the draft open when the save fails, rolls the card back, and saves on retry', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true);
    repository.force('updateIndicator', { kind: 'failed', cause: 'busy', message: 'HTTP 503: Service Unavailable' });
    fireEvent.click(await screen.findByRole('button', { name: 'Ändra indikatorn Koldioxidutsläpp från tjänsteresor' }));
    type(/^Källa/, 'Resebyråns statistik');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog()).findByText(/^Det gick inte att spara: SharePoint är hårt belastat/)).toBeTruthy();
    expect(field(/^Källa/).value).toBe('Resebyråns statistik');
    expect(within(card('Koldioxidutsläpp från tjänsteresor')).getByText('Exempeldata: resebokningar och reseräkningar')).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(card('Koldioxidutsläpp från tjänsteresor')).getByText('Resebyråns statistik')).toBeTruthy();
  });

  it('shows a colleague\'s change beside mine, and keeps theirs when asked', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true);
    fireEvent.click(await screen.findByRole('button', { name: 'Ändra indikatorn Koldioxidutsläpp från tjänsteresor' }));
    repository.changeBehind('indicators', 2311, (indicator) => ({ ...indicator, source: 'Kollegans källa' }));
    type(/^Källa/, 'Min källa');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Spara' }));
    const take = await screen.findByRole('button', { name: 'Använd deras version' });
    const source = screen.getByRole('rowheader', { name: /^Källa/ }).closest('tr')!;
    expect(Array.from(source.cells).slice(1).map((cell) => cell.textContent)).toEqual(['Min källa', 'Kollegans källa']);
    fireEvent.click(take);
    await waitFor(() => expect(screen.queryAllByRole('dialog')).toHaveLength(0));
    expect(within(card('Koldioxidutsläpp från tjänsteresor')).getByText('Kollegans källa')).toBeTruthy();
    expect(repository.writes).toEqual(['updateIndicator 2311 Koldioxidutsläpp från tjänsteresor']);
  });

  it('adds an indicator to a goal, with a normalised figure, and it gets a card', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true);
    fireEvent.click(await screen.findByRole('button', { name: 'Lägg till indikator' }));
    fireEvent.click(within(dialog()).getByRole('combobox', { name: /^Mål/ }));
    fireEvent.click(await screen.findByRole('option', { name: /^M2 / }));
    type(/^Namn/, 'Elanvändning i vårdbyggnader');
    type(/^Enhet/, 'MWh');
    type(/^Basår/, '2020');
    type(/^Basvärde/, '52 000');
    type(/^Målår/, '2030');
    type(/^Målvärde/, '40 000');
    type(/^Normaliserat per/, 'kvadratmeter');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(repository.writes).toEqual([expect.stringMatching(/^addIndicator Elanvändning i vårdbyggnader key=/)]);
    const added = repository.stored(2023).indicators.find((indicator) => indicator.name === 'Elanvändning i vårdbyggnader');
    expect(added).toMatchObject({ goalId: 232, unit: 'MWh', direction: 'lower', baseline: { year: 2020, value: 52000 }, normalisedPer: 'kvadratmeter' });
    expect(within(card('Elanvändning i vårdbyggnader')).getByText('Underlag saknas')).toBeTruthy();
  });
});

describe('delår figures and the normalised figure in the grid', () => {
  const withPer: YearPicture = {
    ...demoRegion2023,
    indicators: demoRegion2023.indicators.map((indicator) => (indicator.id === 2311 ? { ...indicator, normalisedPer: 'anställd' } : indicator))
  };

  it('enters a denominator, and the table and the sentence show the figure per employee', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true, withPer);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Nämnare 2023 för Koldioxidutsläpp från tjänsteresor (antal, per anställd)' }), { target: { value: '3 100' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara utfall' }));
    expect(await screen.findByText('Ett utfall sparat.')).toBeTruthy();
    expect(repository.stored(2023).indicatorValues.find((value) => value.id === 231123)).toMatchObject({ value: 1240, denominator: 3100 });
    const travel = card('Koldioxidutsläpp från tjänsteresor');
    expect(within(travel).getByText(/var 1 240 ton CO2e 2023 \(0,4 ton CO2e per anställd\), 18 procent lägre/)).toBeTruthy();
    const table = within(travel).getByRole('table', { name: /per år, med den raka vägen/ });
    expect(within(table).getByRole('columnheader', { name: 'Per anställd' })).toBeTruthy();
    const row2023 = within(table).getByRole('rowheader', { name: '2023' }).closest('tr')!;
    expect(Array.from(row2023.cells).map((cell) => plain(cell.textContent))).toEqual(['2023', '1 240 ton CO2e', '0,4 ton CO2e per anställd', '1 237,09', '']);
  });

  it('keeps a delår figure apart: shown in the table, never judged', async () => {
    const { repository } = renderIndicators(demoMiljostrateg, true);
    await screen.findByRole('button', { name: 'Spara utfall' });
    fireEvent.click(screen.getByRole('combobox', { name: /^Period/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Delår' }));
    expect(await screen.findByRole('table', { name: 'Delårsutfall 2023 för varje indikator' })).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'Utfall 2023 för Koldioxidutsläpp från tjänsteresor, ton CO2e' }) as HTMLInputElement;
    // The whole year's 1 240 is not the delår's: the delår grid starts empty.
    expect(field.value).toBe('');
    fireEvent.change(field, { target: { value: '560' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara utfall' }));
    expect(await screen.findByText('Ett utfall sparat.')).toBeTruthy();
    expect(repository.writes).toEqual(['addIndicatorValue 2311 2023=560']);
    expect(repository.stored(2023).indicatorValues.filter((value) => value.indicatorId === 2311 && value.year === 2023)
      .map((value) => [value.period, value.value])).toEqual([[undefined, 1240], ['delar', 560]]);
    // Still judged on the whole year's 1 240.
    expect(plain(overviewRow(/Koldioxidutsläpp/).cells[1].textContent)).toBe('1 240 ton CO2e (2023)');
    expect(overviewRow(/Koldioxidutsläpp/).cells[5].textContent).toBe('Inte i takt med målet');
    const table = within(card('Koldioxidutsläpp från tjänsteresor')).getByRole('table', { name: /per år, med den raka vägen/ });
    const row2023 = within(table).getByRole('rowheader', { name: '2023' }).closest('tr')!;
    expect(Array.from(row2023.cells).map((cell) => plain(cell.textContent)).slice(0, 3)).toEqual(['2023', '1 240 ton CO2e', '560 ton CO2e']);
  });
});
