/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  activityCard,
  demo,
  english,
  freshTab,
  goalSection,
  openPanel,
  renderMyUnit,
  saveButton,
  type
} from './support/myUnitTestKit';
import { choosePerson, typePersonAddress } from '../../../../test/support/render';
import { demoDepartmentIds, demoRegion2023, demoToday, demoUnitIds } from '../../../domain';
import { computeDepartmentRollup } from '../../../domain/goals/departmentRollup';
import { currentFollowUpPeriod } from '../../../domain/period';

beforeEach(freshTab);

describe('Min enhet for a unit head', () => {
  it('shows the unit’s allocated goal with its activities, and which goals are not allocated here', async () => {
    renderMyUnit(demo.maltidsserviceHead);
    expect(await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' })).toBeTruthy();
    expect(screen.getByText('Enhet inom Regionservice. Enhetschef: Maja Engström.')).toBeTruthy();
    const m3 = goalSection('M3 Minskade mängder avfall');
    expect(within(m3).getAllByRole('article').map((card) => card.getAttribute('aria-labelledby') && within(card).getByRole('heading', { level: 5 }).textContent))
      .toEqual(['Fler maträtter skickas till Kajutan', 'Minskat matsvinn genom uppdaterade recept']);
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(['Att göra nu för helår 2023', 'Klarmarkering för helår 2023', 'M3 Minskade mängder avfall']);
    expect(screen.getByText(/^Inte fördelade hit: M1 Minskade koldioxidutsläpp från resor, M2 Minskad energianvändning och M4 Fossilfria transporter\./)).toBeTruthy();
    // One add button, on the only allocated goal; no picker for a single unit.
    expect(screen.getAllByRole('button', { name: 'Lägg till aktivitet' })).toHaveLength(1);
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('adds an activity on an allocated goal: optimistic at once, saved with one client key', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead);
    await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' });
    const panel = await openPanel('Lägg till aktivitet', 'Ny aktivitet för M3 Minskade mängder avfall', goalSection('M3 Minskade mängder avfall'));
    type(panel, 'Titel', 'Vegetariska dagar');
    type(panel, 'Beskrivning', 'Två vegetariska dagar i veckan.\nUtvärderas i december.');
    await choosePerson(panel, 'Ansvarig', 'maja eng', /Maja Engström/);
    type(panel, 'Startdatum', '2023-11-01');
    type(panel, 'Slutdatum', '2023-12-31');
    let release: () => void = () => undefined;
    repository.writeGate = new Promise((resolve) => { release = resolve; });
    fireEvent.click(saveButton(panel));

    // Shown before SharePoint answers, marked as being saved (behind the panel, which hides the page from assistive tech).
    const pending = await screen.findByRole('article', { name: 'Vegetariska dagar', hidden: true });
    expect(within(pending).getByText('Sparas …')).toBeTruthy();
    release();
    expect(await screen.findByText('Aktiviteten ”Vegetariska dagar” sparades.')).toBeTruthy();
    await waitFor(() => expect(within(activityCard('Vegetariska dagar')).queryByText('Sparas …')).toBeNull());
    expect(repository.writes).toEqual([expect.stringMatching(/^addActivity Vegetariska dagar key=[0-9a-f-]{36}$/)]);
    const saved = repository.stored(2023).activities.find((activity) => activity.title === 'Vegetariska dagar');
    expect(saved).toMatchObject({
      allocationId: 1113,
      description: 'Två vegetariska dagar i veckan.\nUtvärderas i december.',
      responsible: { login: demo.maltidsserviceHead.login, name: 'Maja Engström' },
      startDate: '2023-11-01',
      endDate: '2023-12-31',
      status: 'planerad'
    });
    // The card shows the description as typed, line break and all.
    const card = activityCard('Vegetariska dagar');
    expect(within(card).getByText(/Två vegetariska dagar/).textContent).toBe('Två vegetariska dagar i veckan.\nUtvärderas i december.');
    expect(within(card).getByRole('button', { name: 'Ändra' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.sessionStorage.length).toBe(0);
  });

  it('checks the form before saving, with messages beside the fields, in Swedish', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead);
    await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' });
    const panel = await openPanel('Lägg till aktivitet', /^Ny aktivitet/);
    // Focus starts in the first field, not on the close button a typed space would press.
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByLabelText('Titel')));
    type(panel, 'Titel', '   ');
    type(panel, 'Startdatum', '2023-12-01');
    type(panel, 'Slutdatum', '2023-03-01');
    // Not an address: the person field does not take it, and keeps it typed for mending.
    typePersonAddress(panel, 'Ansvarig', 'inte en adress');
    expect((within(panel).getByRole('combobox', { name: 'Ansvarig' }) as HTMLInputElement).value).toBe('inte en adress');
    fireEvent.click(saveButton(panel));
    expect(await within(panel).findByText('Fyll i det här.')).toBeTruthy();
    expect(within(panel).getByText('Slutdatumet 2023-03-01 ligger före startdatumet 2023-12-01.')).toBeTruthy();
    expect(within(panel).getByText('Det finns fel i formuläret. Rätta det som står vid fälten och spara igen.')).toBeTruthy();
    // Each message is tied to its field, and the first field in error has focus.
    const title = within(panel).getByLabelText('Titel');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Fyll i det här.');
    expect(document.activeElement).toBe(title);
    expect(repository.writes).toEqual([]);
    // Fixing a field clears its message at once.
    type(panel, 'Titel', 'Rätt titel');
    await waitFor(() => expect(within(panel).queryByText('Fyll i det här.')).toBeNull());
  });

  it('checks the form in English with the English strings', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead, { strings: english, locale: 'en-US' });
    await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' });
    const panel = await openPanel('Add activity', 'New activity for M3 Minskade mängder avfall');
    type(panel, 'Start date', '2023-12-01');
    type(panel, 'End date', '2023-03-01');
    fireEvent.click(saveButton(panel));
    expect(await within(panel).findByText('Fill this in.')).toBeTruthy();
    expect(within(panel).getByText('The end date 2023-03-01 is before the start date 2023-12-01.')).toBeTruthy();
    expect(repository.writes).toEqual([]);
  });
});

describe('the follow-up deadline in Min enhet', () => {
  it('says the last day and the days left while the period is open', async () => {
    renderMyUnit(demo.maltidsserviceHead, { today: '2023-10-16' });
    expect(await screen.findByText(/Sista dag för helår 2023 är 15 januari 2024, om 91 dagar\./)).toBeTruthy();
    expect(screen.getAllByText('Inte uppföljd för helår 2023 än.').length).toBeGreaterThan(0);
  });

  it('marks a missing follow-up late once the last day has passed', async () => {
    renderMyUnit(demo.maltidsserviceHead, { today: '2024-01-20' });
    expect(await screen.findByText(/Sista dag för helår 2023 var 15 januari 2024: det som saknas är sent\./)).toBeTruthy();
    expect(screen.getAllByText('Sen: inte uppföljd för helår 2023, sista dag var 15 januari 2024.').length).toBeGreaterThan(0);
    expect(screen.queryByText('Inte uppföljd för helår 2023 än.')).toBeNull();
  });
});

describe('a unit head\'s own progress', () => {
  it('says how far the unit has come in the open period, as the summary and the department head count it', async () => {
    renderMyUnit(demo.maltidsserviceHead);
    await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' });
    const period = currentFollowUpPeriod(demoToday);
    const own = computeDepartmentRollup(demoRegion2023, demoDepartmentIds.regionservice, period).units
      .find((unit) => unit.orgUnitId === demoUnitIds.maltidsservice)!;
    const { activitiesDue, activitiesFollowedUp } = own.followUp;
    const share = Math.round((activitiesFollowedUp / activitiesDue) * 100);
    expect(screen.getByText(new RegExp(`^Läget för helår 2023: fördelade mål ${own.goalsHeld}, med aktiviteter ${own.goalsWithActivities}, `
      + `uppföljt ${activitiesFollowedUp} av ${activitiesDue} \\(${share}\\s%\\)\\.$`))).toBeTruthy();
  });
});
