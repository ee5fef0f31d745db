/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { english, findWholeSummary, plain, renderSummary } from '../../summary/__tests__/support/summaryTestKit';

async function loaded(): Promise<void> {
  await screen.findByRole('heading', { name: /^Totalt för Regionstyrelsen/ });
  await findWholeSummary();
}

const matrix = (): HTMLElement => screen.getByRole('table', { name: /^Vilka av årets miljömål som är fördelade/ });

async function openFromMatrix(code: string): Promise<HTMLElement> {
  const button = within(matrix()).getByRole('button', { name: new RegExp(`^${code} `) });
  button.focus();
  fireEvent.click(button);
  return button;
}

describe('a goal’s page, from the summary', () => {
  it('opens from the matrix with the focus on its heading, and back returns the focus to the matrix', async () => {
    renderSummary();
    await loaded();
    const opener = await openFromMatrix('M3');
    const heading = await screen.findByRole('heading', { level: 3, name: 'M3 Minskade mängder avfall' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByRole('heading', { name: /^Totalt för Regionstyrelsen/ })).toBeNull();
    expect(plain(screen.getByText(/^Fördelat till \d/).textContent)).toBe(
      'Fördelat till 8 av 9 avdelningar och 2 av 25 enheter. Aktiviteter: 4, varav uppföljda för delår 2023: 2.');

    fireEvent.click(screen.getByRole('button', { name: 'Tillbaka till sammanställningen' }));
    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(screen.getByRole('heading', { name: /^Totalt för Regionstyrelsen/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: 'M3 Minskade mängder avfall' })).toBeNull();
  });

  it('shows who holds the goal and who does not, department by department and unit by unit', async () => {
    renderSummary();
    await loaded();
    await openFromMatrix('M3');
    const table = await screen.findByRole('table', { name: 'Vilka avdelningar och enheter som har M3 Minskade mängder avfall' });
    const row = (name: string): string[] =>
      within(within(table).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell').map((cell) => cell.textContent ?? '');
    expect(row('Regionservice')).toEqual(['Fördelat', 'Lokalvård, Måltidsservice', 'Fordonsservice, Logistik']);
    expect(row('Avdelningen för regional utveckling')[0]).toBe('Saknas');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(9);
  });

  it('reads its activities’ texts as it opens, and says so when that fails, with Försök igen', async () => {
    const { repository } = renderSummary();
    await loaded();
    // The gap list has read the names it shows first.
    expect(await screen.findByText('”Förutsättningar för källsortering” vid Lokalvård (Regionservice)')).toBeTruthy();
    repository.failingReads = 1;
    await openFromMatrix('M3');
    const activities = (await screen.findByRole('heading', { level: 4, name: 'Aktiviteter och senaste uppföljning' })).closest('section')!;
    expect(await within(activities).findByText('Det gick inte att hämta målets aktiviteter.')).toBeTruthy();
    // Who holds the goal needs no texts: it shows all the same.
    expect(screen.getByRole('table', { name: 'Vilka avdelningar och enheter som har M3 Minskade mängder avfall' })).toBeTruthy();
    fireEvent.click(within(activities).getByRole('button', { name: 'Försök igen' }));
    const items = await within(activities).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toContain('Minskat matsvinn genom uppdaterade recept');
  });

  it('lists the goal’s activities with their latest follow-up, and its indicators with their charts', async () => {
    renderSummary();
    await loaded();
    await openFromMatrix('M3');
    const activities = (await screen.findByRole('heading', { level: 4, name: 'Aktiviteter och senaste uppföljning' })).closest('section')!;
    const items = await within(activities).findAllByRole('listitem');
    expect(items).toHaveLength(4);
    const recipes = items.find((item) => item.textContent?.startsWith('Minskat matsvinn genom uppdaterade recept'))!;
    expect(recipes.textContent).toContain('Regionservice, Måltidsservice · Pågående');
    expect(recipes.textContent).toContain('Senaste uppföljning, delår 2023: Påbörjad, mer än hälften');
    expect(items.some((item) => item.textContent?.includes('Ingen uppföljning ännu'))).toBe(true);

    const indicators = screen.getByRole('heading', { level: 4, name: 'Indikatorer' }).closest('section')!;
    expect(within(indicators).getAllByRole('article').map((card) => card.getAttribute('aria-label')))
      .toEqual(['Avfall per årsarbetare', 'Andel sorterat avfall']);
    expect(within(indicators).getByRole('heading', { level: 5, name: 'M3 Avfall per årsarbetare' })).toBeTruthy();
    expect(within(indicators).getAllByRole('img').length).toBeGreaterThanOrEqual(2);
  });

  it('opens from a gap that names a goal', async () => {
    renderSummary();
    await loaded();
    const gaps = screen.getByRole('heading', { level: 3, name: 'Det som saknas' }).closest('section')!;
    const link = within(gaps).getAllByRole('button', { name: /^Visa M2 Minskad energianvändning, målets sida$/ })[0];
    expect(link.textContent).toBe('Visa M2');
    link.focus();
    fireEvent.click(link);
    const heading = await screen.findByRole('heading', { level: 3, name: 'M2 Minskad energianvändning' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: 'Tillbaka till sammanställningen' }));
    await waitFor(() => expect(document.activeElement).toBe(link));
  });

  it('speaks English in English', async () => {
    renderSummary({ strings: english, locale: 'en-US' });
    await screen.findByRole('heading', { name: /^Totals for Regionstyrelsen/ });
    await findWholeSummary(english);
    const matrixTable = screen.getByRole('table', { name: /^Which of the year’s goals|^Which of the year's goals/ });
    fireEvent.click(within(matrixTable).getByRole('button', { name: /^M1 / }));
    expect(await screen.findByRole('button', { name: 'Back to the summary' })).toBeTruthy();
    expect(plain(screen.getByText(/^Allocated to \d/).textContent)).toMatch(/^Allocated to 9 of 9 departments and 1 of 25 units\. Activities: 1, of them followed up for interim 2023: 0\.$/);
  });
});
