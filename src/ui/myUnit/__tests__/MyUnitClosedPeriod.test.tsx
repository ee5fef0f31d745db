/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { demoMiljostrateg } from '../../../domain/demo/demoPeople';
import { readerOf } from '../../../../test/support/memoryRepository';
import { activityCard, demo, english, freshTab, renderMyUnit } from './support/myUnitTestKit';

beforeEach(freshTab);

const recipes = 'Minskat matsvinn genom uppdaterade recept';
const helar = { year: 2023, kind: 'helar' as const };
const closedByStaff = { period: helar, events: [{ id: 1, kind: 'closed' as const, by: demoMiljostrateg, at: '2023-10-10T08:30:00Z' }] };

async function loaded(): Promise<void> {
  await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' });
}

describe('a period the regional staff closed, in Min enhet', () => {
  it('shows its follow-ups read-only to the unit head, says why and who closed it, and opens no editor', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead, {}, undefined, (memory) => memory.setPeriodBehind(closedByStaff));
    await loaded();
    expect(await screen.findByText('Helår 2023 är stängd.')).toBeTruthy();
    expect(screen.getByText(/^Kristina Norén stängde den 10 oktober 2023 .*Dess uppföljningar kan läsas men inte ändras/)).toBeTruthy();
    expect(screen.getByText(/Helår 2023 är stängd: dess uppföljningar kan inte längre ändras\./)).toBeTruthy();
    const card = activityCard(recipes);
    expect(within(card).getByText('Inte uppföljd för helår 2023 än.')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: /Följ upp helår 2023/ })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(repository.writes).toEqual([]);
  });

  it('gives the follow-ups back once reopened', async () => {
    const reopened = { ...closedByStaff, events: [...closedByStaff.events, { id: 2, kind: 'reopened' as const, by: demoMiljostrateg, at: '2023-10-12T08:30:00Z' }] };
    renderMyUnit(demo.maltidsserviceHead, {}, undefined, (memory) => memory.setPeriodBehind(reopened));
    await loaded();
    await waitFor(() => expect(within(activityCard(recipes)).getByRole('button', { name: /Följ upp helår 2023/ })).toBeTruthy());
    expect(screen.queryByText('Helår 2023 är stängd.')).toBeNull();
  });

  it('lets the regional staff still correct it, and tells them the heads only read', async () => {
    renderMyUnit(demoMiljostrateg, {}, undefined, (memory) => {
      memory.user = readerOf(demoMiljostrateg, true);
      memory.setPeriodBehind(closedByStaff);
    });
    expect(await screen.findByText('Helår 2023 är stängd.')).toBeTruthy();
    expect(screen.getByText(/Som regionstab kan du fortfarande rätta dess uppföljningar/)).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox', { name: /^Enhet eller avdelning/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Måltidsservice' }));
    await loaded();
    expect(within(activityCard(recipes)).getByRole('button', { name: /Följ upp helår 2023/ })).toBeTruthy();
  });

  it('goes by the staff’s deadline for the days left and lateness', async () => {
    renderMyUnit(demo.maltidsserviceHead, {}, undefined, (memory) => memory.setPeriodBehind({ period: helar, deadline: '2023-10-20', events: [] }));
    await loaded();
    expect(await screen.findByText(/Sista dag för helår 2023 är 20 oktober 2023, om 4 dagar\./)).toBeTruthy();
  });

  it('says it in English too', async () => {
    renderMyUnit(demo.maltidsserviceHead, { strings: english, locale: 'en-US' }, undefined, (memory) => memory.setPeriodBehind(closedByStaff));
    expect(await screen.findByText('Full year 2023 is closed.')).toBeTruthy();
    expect(screen.getByText(/Its follow-ups can be read but not changed/)).toBeTruthy();
  });
});
