/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { demoMiljostrateg } from '../../../domain/demo/demoPeople';
import { renderSummary } from './support/summaryTestKit';

const delar = { year: 2023, kind: 'delar' as const };
const departments = (): HTMLElement => screen.getByRole('table', { name: /^Avdelningarnas miljömål/ });

describe('the summary by the staff’s period dates', () => {
  it('counts the days left to the staff’s deadline, and nothing is late before it', async () => {
    renderSummary({}, undefined, (repository) => repository.setPeriodBehind({ period: delar, deadline: '2023-10-31', events: [] }));
    expect(await screen.findByText('Sista dag för delår 2023 är 31 oktober 2023, om 15 dagar.')).toBeTruthy();
    expect(within(departments()).queryByText(/sena?$/)).toBeNull();
  });

  it('goes by the default until the staff set one: the deadline passed and what is missing is late', async () => {
    renderSummary();
    expect(await screen.findByText('Sista dag för delår 2023 var 31 augusti 2023: det som saknas är sent.')).toBeTruthy();
    expect(within(departments()).getAllByText(/\d+ sena?$/).length).toBeGreaterThan(0);
  });

  it('says a closed period is closed', async () => {
    renderSummary({}, undefined, (repository) => repository.setPeriodBehind({ period: delar, events: [{ id: 1, kind: 'closed', by: demoMiljostrateg, at: '2023-09-05T08:00:00Z' }] }));
    expect(await screen.findByText('Delår 2023 är stängd: dess uppföljningar kan inte längre ändras.')).toBeTruthy();
  });

  it('reads the period settings once for the totals and the table together', async () => {
    const { repository } = renderSummary({}, undefined, (memory) => memory.setPeriodBehind({ period: delar, deadline: '2023-10-31', events: [] }));
    expect(await screen.findByText('Sista dag för delår 2023 är 31 oktober 2023, om 15 dagar.')).toBeTruthy();
    expect(within(departments()).queryByText(/sena?$/)).toBeNull();
    expect(repository.calls.filter((call) => call.startsWith('periodSettings'))).toHaveLength(1);
  });
});
