/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { demoRegion2023, demoToday } from '../../../domain';
import { isPeriodClosed } from '../../../domain/periodSettings';
import { MemoryRepository, readerOf } from '../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../test/support/render';
import { english, swedish } from '../../../../test/support/strings';
import { strategist } from '../../allocation/__tests__/support/allocationTestKit';
import { AdministrationView } from '../AdministrationView';


function renderPeriods(options: { strings?: IMiljomalWebPartStrings; locale?: 'sv-SE' | 'en-US' } = {}): MemoryRepository {
  const repository = new MemoryRepository([demoRegion2023], readerOf(strategist, true));
  renderWithServices(<AdministrationView />, { repository, strings: options.strings ?? swedish, locale: options.locale ?? 'sv-SE', today: demoToday });
  return repository;
}

async function card(name: string): Promise<HTMLElement> {
  return screen.findByRole('region', { name }, { timeout: 10000 });
}

describe('Perioder in Administration', () => {
  it('says each open period’s deadline by the same today as Min enhet and the summary', async () => {
    renderPeriods();
    // The demo's today is 16 October 2023: delår is past its deadline while helår runs.
    const interim = await card('Delår 2023');
    expect(within(interim).getByText('Öppen.').closest('p')?.textContent)
      .toBe('Öppen. Cheferna följer upp sina aktiviteter för den. Sista dag för delår 2023 var 31 augusti 2023: det som saknas är sent.');
    const fullYear = await card('Helår 2023');
    expect(within(fullYear).getByText('Öppen.').closest('p')?.textContent).toContain('Sista dag för helår 2023 är 15 januari 2024, om 91 dagar.');
  });

  it('sets a period’s opening day and deadline, refusing a deadline before the opening, and says who set them', async () => {
    const repository = renderPeriods();
    const period = await card('Delår 2023');
    expect(within(period).getByText('Standard: 1 februari 2023')).toBeTruthy();
    expect(within(period).getByText('Standard: 31 augusti 2023')).toBeTruthy();
    fireEvent.change(within(period).getByLabelText('Öppnar'), { target: { value: '2023-05-01' } });
    fireEvent.change(within(period).getByLabelText('Sista dag'), { target: { value: '2023-04-30' } });
    fireEvent.click(within(period).getByRole('button', { name: 'Spara datumen' }));
    expect(await within(period).findByText('Sista dagen kan inte vara före dagen perioden öppnar.')).toBeTruthy();
    expect(repository.writes).toEqual([]);
    fireEvent.change(within(period).getByLabelText('Sista dag'), { target: { value: '2023-09-15' } });
    fireEvent.click(within(period).getByRole('button', { name: 'Spara datumen' }));
    expect(await screen.findByText('Datumen för delår 2023 sparades.')).toBeTruthy();
    expect(repository.writes).toEqual(['setPeriodDates 2023-delar 2023-05-01..2023-09-15']);
    expect(within(period).getByText(/^Datumen satta av /)).toBeTruthy();
    expect((await repository.periodSettings(2023)).periods[0]).toMatchObject({ opensOn: '2023-05-01', deadline: '2023-09-15' });
  });

  it('shows someone else’s dates set meanwhile, keeps what was typed, and saves over theirs when asked again', async () => {
    const repository = renderPeriods();
    const period = await card('Helår 2023');
    repository.setPeriodBehind({ period: { year: 2023, kind: 'helar' }, deadline: '2024-01-31', datesSetBy: strategist, datesSetAt: '2023-10-15T09:00:00Z', events: [] });
    fireEvent.change(within(period).getByLabelText('Sista dag'), { target: { value: '2024-01-20' } });
    fireEvent.click(within(period).getByRole('button', { name: 'Spara datumen' }));
    expect(await within(period).findByText(/ändrade datumen under tiden: perioden öppnar nu 1 september 2023, sista dag 31 januari 2024/)).toBeTruthy();
    expect((within(period).getByLabelText('Sista dag') as HTMLInputElement).value).toBe('2024-01-20');
    fireEvent.click(within(period).getByRole('button', { name: 'Spara datumen' }));
    expect(await screen.findByText('Datumen för helår 2023 sparades.')).toBeTruthy();
    expect((await repository.periodSettings(2023)).periods[1].deadline).toBe('2024-01-20');
  });

  it('closes a period after confirming, shows who closed it and when, and opens it again', async () => {
    const repository = renderPeriods();
    const period = await card('Delår 2023');
    expect(within(period).getByText('Öppen.')).toBeTruthy();
    fireEvent.click(within(period).getByRole('button', { name: 'Stäng perioden' }));
    const confirm = await screen.findByRole('dialog', { name: 'Stänga delår 2023?' });
    expect(within(confirm).getByText(/SharePoint nekar dem att ändra eller lägga till/)).toBeTruthy();
    // Cancelling closes nothing.
    fireEvent.click(within(confirm).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(repository.writes).toEqual([]);
    fireEvent.click(within(period).getByRole('button', { name: 'Stäng perioden' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Stäng perioden' }));
    expect(await screen.findByText('Delår 2023 är stängd.')).toBeTruthy();
    expect(within(period).getByText('Stängd.')).toBeTruthy();
    expect(within(within(period).getByRole('list', { name: 'När delår 2023 stängdes och öppnades igen' })).getByText(/^Stängd av Kristina Norén, /)).toBeTruthy();
    expect(isPeriodClosed((await repository.periodSettings(2023)).periods[0])).toBe(true);

    fireEvent.click(within(period).getByRole('button', { name: 'Öppna igen' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Öppna delår 2023 igen?' })).getByRole('button', { name: 'Öppna igen' }));
    expect(await screen.findByText('Delår 2023 är öppen igen.')).toBeTruthy();
    expect(within(period).getAllByRole('listitem').map((item) => item.textContent?.replace(/, .*$/, ''))).toEqual(['Stängd av Kristina Norén', 'Öppnad igen av Kristina Norén']);
    expect(repository.writes).toEqual(['closePeriod 2023-delar', 'reopenPeriod 2023-delar']);
  });

  it('names the follow-ups of a closed period found outside its locked folder, and only while it is closed', async () => {
    const repository = new MemoryRepository([demoRegion2023], readerOf(strategist, true));
    repository.setPeriodBehind({ period: { year: 2023, kind: 'delar' }, events: [{ id: 1, kind: 'closed', by: strategist, at: '2023-09-01T08:00:00Z' }] });
    repository.strays = [{ id: 501, activityId: 1, period: { year: 2023, kind: 'delar' }, folder: 'avd-11' }];
    renderWithServices(<AdministrationView />, { repository, strings: swedish, locale: 'sv-SE', today: demoToday });
    const period = await card('Delår 2023');
    expect(await within(period).findByText(/^En uppföljning av delår 2023 ligger utanför periodens låsta mapp.*\(”Minskat matsvinn genom uppdaterade recept”\)/)).toBeTruthy();
    expect(within(await card('Helår 2023')).queryByText(/låsta mapp/)).toBeNull();
    fireEvent.click(within(period).getByRole('button', { name: 'Öppna igen' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Öppna igen' }));
    await waitFor(() => expect(within(period).queryByText(/låsta mapp/)).toBeNull());
  });

  it('says what SharePoint refused, in plain words', async () => {
    const repository = renderPeriods();
    repository.force('closePeriod', { kind: 'forbidden' });
    const period = await card('Delår 2023');
    fireEvent.click(within(period).getByRole('button', { name: 'Stäng perioden' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Stäng perioden' }));
    expect(await within(period).findByText(/SharePoint nekade att ändra perioden: bara gruppen ”Miljömål regionstab”/)).toBeTruthy();
    expect(within(period).getByText('Öppen.')).toBeTruthy();
    expect(isPeriodClosed((await repository.periodSettings(2023)).periods[0])).toBe(false);
  });

  it('speaks English', async () => {
    renderPeriods({ strings: english, locale: 'en-US' });
    const period = await card('Interim 2023');
    expect(within(period).getByText('Default: August 31, 2023')).toBeTruthy();
    fireEvent.change(within(period).getByLabelText('Last day'), { target: { value: '2023-01-05' } });
    fireEvent.click(within(period).getByRole('button', { name: 'Save the dates' }));
    expect(await within(period).findByText('The last day cannot be before the day it opens.')).toBeTruthy();
    expect(within(period).getByRole('button', { name: 'Close the period' })).toBeTruthy();
  });
});
