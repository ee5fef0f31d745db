/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { demo, english, freshTab, renderMyUnit, saveButton, type } from './support/myUnitTestKit';
import { demoRegion2023, demoUnitIds, type YearPicture } from '../../../domain';

beforeEach(freshTab);

const kajutan = 'Fler maträtter skickas till Kajutan';
const recipes = 'Minskat matsvinn genom uppdaterade recept';

async function nextSteps(name = 'Att göra nu för helår 2023'): Promise<HTMLElement> {
  return screen.findByRole('region', { name });
}

/** Måltidsservice also holds M2, with no activity yet. */
function withEnergyGoal(): YearPicture {
  const goal = demoRegion2023.goals.find((candidate) => candidate.year === 2023 && candidate.code === 'M2')!;
  const allocation = { ...demoRegion2023.allocations[0], id: 9001, goalId: goal.id, orgUnitId: demoUnitIds.maltidsservice };
  return { ...demoRegion2023, allocations: [...demoRegion2023.allocations, allocation] };
}

describe('Min enhet says what to do now', () => {
  it('lists the follow-ups first, then the goals without an activity, each a button right under the unit\'s name', async () => {
    renderMyUnit(demo.maltidsserviceHead, {}, withEnergyGoal());
    const region = await nextSteps();
    const heading = screen.getByRole('heading', { level: 3, name: 'Måltidsservice' });
    expect(heading.nextElementSibling).toBe(region);
    expect(within(region).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `Följ upp ”${kajutan}” för helår 2023`,
      `Följ upp ”${recipes}” för helår 2023`,
      'Lägg till en aktivitet för M2 Minskad energianvändning'
    ]);
    expect(within(region).getAllByRole('button')).toHaveLength(3);
  });

  it('opens the first step\'s follow-up, confirms the save beside the steps and drops the step', async () => {
    renderMyUnit(demo.maltidsserviceHead);
    const region = await nextSteps();
    fireEvent.click(within(region).getByRole('button', { name: `Följ upp ”${kajutan}” för helår 2023` }));
    const panel = await screen.findByRole('dialog', { name: 'Uppföljning, helår 2023' });
    expect(within(panel).getByText(kajutan, { exact: false })).toBeTruthy();
    fireEvent.click(within(panel).getByLabelText('Genomförd eller löpande'));
    type(panel, 'Kommentar', 'Två rätter i veckan.');
    fireEvent.click(saveButton(panel));
    const saved = `Uppföljningen för helår 2023 av ”${kajutan}” sparades.`;
    const status = await within(region).findByRole('status');
    await waitFor(() => expect(status.textContent).toBe(saved));
    expect(status.getAttribute('aria-live')).toBe('polite');
    // Said once, here only.
    expect(screen.getAllByText(saved)).toHaveLength(1);
    await waitFor(() => expect(within(region).getAllByRole('listitem').map((item) => item.textContent))
      .toEqual([`Följ upp ”${recipes}” för helår 2023`]));
  });

  it('opens the add-activity editor for a goal without activities', async () => {
    renderMyUnit(demo.maltidsserviceHead, {}, withEnergyGoal());
    const region = await nextSteps();
    fireEvent.click(within(region).getByRole('button', { name: 'Lägg till en aktivitet för M2 Minskad energianvändning' }));
    expect(await screen.findByRole('dialog', { name: 'Ny aktivitet för M2 Minskad energianvändning' })).toBeTruthy();
  });

  it('says all is done when nothing is missing, in English too', async () => {
    const done: YearPicture = {
      ...demoRegion2023,
      followUps: [...demoRegion2023.followUps, ...[1, 2].map((activityId) =>
        ({ id: 9000 + activityId, activityId, period: { year: 2023, kind: 'helar' as const }, grade: 'genomford' as const, comment: 'Klart.' }))]
    };
    renderMyUnit(demo.maltidsserviceHead, { strings: english, locale: 'en-US' }, done);
    const region = await nextSteps('To do now for full year 2023');
    expect(within(region).getByText('Everything is done for full year 2023.')).toBeTruthy();
    expect(within(region).queryAllByRole('button')).toHaveLength(0);
  });

  it('is not offered to a reader, who may do none of it', async () => {
    renderMyUnit(demo.reader);
    fireEvent.click(await screen.findByRole('combobox', { name: /^Enhet eller avdelning/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Måltidsservice' }));
    await screen.findByRole('heading', { level: 4, name: 'M3 Minskade mängder avfall' });
    expect(screen.queryByRole('region', { name: /^Att göra nu/ })).toBeNull();
  });
});
