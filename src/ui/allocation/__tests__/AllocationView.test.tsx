/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { demoRegion2023 } from '../../../domain';
import { allocationGuidanceKey } from '../AllocationView';
import {
  cell,
  dialog,
  english,
  loaded,
  maltidsserviceHead,
  noDialog,
  reader,
  regionserviceHead,
  renderAllocation,
  status,
  strategist,
  within
} from './support/allocationTestKit';

const regionservice = 'Miljömål till enheterna i Regionservice';
const logistikM2 = 'Fördela M2 Minskad energianvändning till Logistik';
const fordonsserviceM1 = 1121;
const fordonsserviceM4 = 1124;

beforeEach(() => window.localStorage.clear());

describe('Fördelning for a department head', () => {
  it('allocates one goal to one unit in three interactions: the cell, i samråd, Fördela', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    fireEvent.click(cell(logistikM2));
    fireEvent.click(within(dialog()).getByRole('checkbox', { name: 'I samråd med enhetschef (Per Hellström)' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela' }));
    await noDialog();
    await waitFor(() => expect(status()).toContain('M2 Minskad energianvändning är fördelat till Logistik.'));
    const saved = repository.stored(2023).allocations.find((allocation) => allocation.orgUnitId === 114);
    expect(saved).toMatchObject({ goalId: 232, agreedWithUnitHead: true, agreedOn: '2023-10-16', allocatedBy: { login: regionserviceHead.login } });
    expect(saved?.note).toBeUndefined();
    expect(cell(/^Fördelat[^:]*: M2 Minskad energianvändning till Logistik/).textContent).toContain('i samråd');
  });

  it('shows its department\'s open units against the goals the department holds, each cell a button with words and a shape', async () => {
    renderAllocation(regionserviceHead);
    await loaded(regionservice);
    const table = screen.getAllByRole('table')[0]; // the grid; the roll-up's table follows it
    const columns = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(columns).toEqual([
      'Enhet',
      'M1Minskade koldioxidutsläpp från resor',
      'M2Minskad energianvändning',
      'M3Minskade mängder avfall',
      'M4Fossilfria transporter'
    ]);
    const rows = within(table).getAllByRole('rowheader').map((header) => header.textContent);
    expect(rows).toEqual([
      'FordonsserviceChef: Lars Björk',
      'LogistikChef: Per Hellström',
      'LokalvårdChef: Fatima Karlsson',
      'MåltidsserviceChef: Maja Engström'
    ]);
    // Named for screen readers by what it shows first, then the goal and the unit.
    const held = cell('Fördelat i samråd: M3 Minskade mängder avfall till Måltidsservice. Visa, ändra eller ta bort.');
    expect(held.tagName).toBe('BUTTON');
    expect(held.textContent).toBe('Fördelat i samråd');
    expect(held.querySelector('svg')).not.toBeNull();
    expect(cell(logistikM2).textContent).toBe('Fördela');
    // Only Regionservice's grid: the head allocates nothing to other departments (the other tables are the roll-up's and its klarmarkering).
    expect(screen.getAllByRole('table').filter((table) => !/^(Per (miljömål|enhet)|Enheternas klarmarkering)/.test(table.querySelector('caption')?.textContent ?? ''))).toHaveLength(1);
  });

  it('keeps samråd honest: unticked, the allocation is saved as not agreed, with the note as typed', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    fireEvent.click(cell(logistikM2));
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Anteckning (valfritt)' }), { target: { value: 'Tas upp på\nAPT i november' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela' }));
    // Unticked, it asks once more, naming the unit head, and saves nothing yet.
    expect(await within(dialog()).findByText(/Målet ska fördelas i samråd med Per Hellström/)).toBeTruthy();
    expect(repository.writes).toEqual([]);
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela utan samråd' }));
    await waitFor(() => expect(status()).toContain('är fördelat till Logistik'));
    expect(repository.stored(2023).allocations.find((allocation) => allocation.orgUnitId === 114))
      .toMatchObject({ agreedWithUnitHead: false, agreedOn: undefined, note: 'Tas upp på\nAPT i november' });
    // The grid marks it in words: held, but not agreed with the unit head.
    expect(screen.getByRole('button', { name: /^Fördelat utan samråd: M2 .* till Logistik/ }).textContent).toContain('utan samråd');
  });

  it('records the date samråd took place, today unless changed, and asks for it next to the field when cleared', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    fireEvent.click(cell(logistikM2));
    fireEvent.click(within(dialog()).getByRole('checkbox', { name: /I samråd med enhetschef/ }));
    const date = within(dialog()).getByLabelText('Datum för samrådet') as HTMLInputElement;
    expect(date.value).toBe('2023-10-16');
    fireEvent.change(date, { target: { value: '' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela' }));
    expect(await within(dialog()).findByText('Fyll i det här.')).toBeTruthy();
    expect(repository.writes).toEqual([]);
    fireEvent.change(date, { target: { value: '2023-10-02' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela' }));
    await waitFor(() => expect(status()).toContain('är fördelat till Logistik'));
    expect(repository.stored(2023).allocations.find((allocation) => allocation.orgUnitId === 114)?.agreedOn).toBe('2023-10-02');
  });

  it('cancels without writing', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    fireEvent.click(cell(logistikM2));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Avbryt' }));
    await noDialog();
    expect(repository.writes).toEqual([]);
    expect(cell(logistikM2)).toBeTruthy();
  });

  it('changes samråd and the note of an allocation', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    const details = dialog();
    expect(within(details).getByText('Anders Lindqvist, 20 mars 2023')).toBeTruthy();
    expect(within(details).getByText('Ja, 14 mars 2023')).toBeTruthy();
    const save = within(details).getByRole('button', { name: 'Spara ändringar' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(within(details).getByRole('textbox', { name: 'Anteckning (valfritt)' }), { target: { value: 'Följs upp i december.' } });
    fireEvent.click(save);
    await waitFor(() => expect(status()).toContain('Fördelningen av M1 Minskade koldioxidutsläpp från resor till Fordonsservice är ändrad.'));
    expect(repository.stored(2023).allocations.find((allocation) => allocation.id === fordonsserviceM1)?.note).toBe('Följs upp i december.');
  });

  it('removes an allocation without activities from its dialog', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    expect(within(dialog()).getByText('Fordonsservice kan då inte längre registrera aktiviteter på målet.')).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Ta bort fördelningen' }));
    await waitFor(() => expect(status()).toContain('Fördelningen av M1 Minskade koldioxidutsläpp från resor till Fordonsservice är borttagen.'));
    expect(repository.stored(2023).allocations.some((allocation) => allocation.id === fordonsserviceM1)).toBe(false);
    expect(cell('Fördela M1 Minskade koldioxidutsläpp från resor till Fordonsservice')).toBeTruthy();
  });

  it('says how many activities an allocation has and moves them to another goal of the unit before removing it', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    fireEvent.click(cell(/^Fördelat[^:]*: M4 Fossilfria transporter till Fordonsservice/));
    const details = dialog();
    expect(await within(details).findByText(/Fördelningen har en aktivitet\./)).toBeTruthy();
    expect(within(details).queryByRole('button', { name: 'Ta bort fördelningen' })).toBeNull();
    expect(within(details).getByRole('combobox', { name: /^Flytta aktiviteterna till/ }).textContent).toContain('M1 Minskade koldioxidutsläpp från resor');
    fireEvent.click(within(details).getByRole('button', { name: 'Flytta aktiviteterna och ta bort' }));
    await waitFor(() => expect(status()).toContain('Fördelningen av M4 Fossilfria transporter till Fordonsservice är borttagen.'));
    const stored = repository.stored(2023);
    expect(stored.activities.find((activity) => activity.id === 3)?.allocationId).toBe(fordonsserviceM1);
    expect(stored.allocations.some((allocation) => allocation.id === fordonsserviceM4)).toBe(false);
    expect(repository.writes).toEqual([expect.stringMatching(`^updateActivity 3→${fordonsserviceM1} `), `removeAllocation ${fordonsserviceM4}`]);
  });

  it('says when there is no other goal to move activities to, and keeps the allocation', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    fireEvent.click(cell(/^Fördelat[^:]*: M3 Minskade mängder avfall till Måltidsservice/));
    expect(await within(dialog()).findByText(/Fördelningen har 2 aktiviteter\. Flytta eller ta bort dem först\. Måltidsservice har inget annat fördelat mål/)).toBeTruthy();
    expect(within(dialog()).queryByRole('button', { name: /Ta bort|Flytta/ })).toBeNull();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Stäng' }));
    await noDialog();
    expect(repository.writes).toEqual([]);
  });

  it('allocates all goals to all units after saying how many new allocations it makes', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    expect(screen.getByText('12 fördelningar saknas.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fördela alla mål till alla enheter' }));
    expect(within(dialog()).getByText('Det blir 12 nya fördelningar: 4 miljömål till 4 enheter. Fördelningar som redan finns ändras inte.')).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('checkbox', { name: 'I samråd med enhetscheferna' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela 12' }));
    await waitFor(() => expect(status()).toContain('12 nya fördelningar är sparade.'));
    expect(repository.writes.filter((write) => write.startsWith('addAllocation'))).toHaveLength(12);
    const unitAllocations = repository.stored(2023).allocations.filter((allocation) => [111, 112, 113, 114].includes(allocation.orgUnitId));
    expect(unitAllocations).toHaveLength(16);
    expect(screen.getByText('Alla mål är fördelade till alla enheter.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Fördela alla mål till alla enheter' })).toBeNull();
  });
});

describe('the period in Fördelning', () => {
  it('names the follow-up under way and its deadline, as Min enhet does', async () => {
    renderAllocation(regionserviceHead, { props: { today: '2023-08-20' } });
    await loaded(regionservice);
    expect(screen.getByText('Miljömål för 2023. Uppföljningen som pågår nu: delår 2023. Sista dag för delår 2023 är 31 augusti 2023, om 11 dagar.')).toBeTruthy();
  });
});

describe('guidance in the view', () => {
  it('says what allocating means, who does it and what happens next, until dismissed', async () => {
    const first = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    expect(screen.getByText('Så fördelar du miljömål', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText(/Först när målet är fördelat kan de registrera aktiviteter/)).toBeTruthy();
    expect(screen.getByText(/Du som avdelningschef fördelar avdelningens mål till enheterna, i samråd med varje enhetschef/)).toBeTruthy();
    expect(screen.getByText('Sedan kan enhetschefen registrera aktiviteter på målet i vyn Min enhet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dölj hjälpen' }));
    expect(screen.queryByText(/Först när målet är fördelat/)).toBeNull();
    expect(window.localStorage.getItem(allocationGuidanceKey)).toBe('dismissed');
    first.unmount();

    renderAllocation(regionserviceHead);
    await loaded(regionservice);
    expect(screen.queryByText(/Först när målet är fördelat/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Så fördelar du miljömål' }));
    expect(await screen.findByText(/Först när målet är fördelat/)).toBeTruthy();
  });

  it('works when the browser refuses storage', async () => {
    const getItem = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => { throw new Error('SecurityError'); });
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new Error('SecurityError'); });
    try {
      renderAllocation(regionserviceHead);
      await loaded(regionservice);
      fireEvent.click(screen.getByRole('button', { name: 'Dölj hjälpen' }));
      expect(screen.queryByText(/Först när målet är fördelat/)).toBeNull();
    } finally {
      getItem.mockRestore();
      setItem.mockRestore();
    }
  });
});

describe('Fördelning for the regional staff', () => {
  it('allocates the year\'s goals to departments', async () => {
    const { repository } = renderAllocation(strategist, { regionalStaff: true });
    await loaded('Miljömål till avdelningarna');
    expect(screen.getByText(/Regionstaben fördelar årets miljömål till avdelningarna, i samråd med avdelningscheferna/)).toBeTruthy();
    fireEvent.click(cell('Fördela M2 Minskad energianvändning till Ekonomiavdelningen'));
    fireEvent.click(within(dialog()).getByRole('checkbox', { name: 'I samråd med avdelningschef (Maria Holmberg)' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela' }));
    await waitFor(() => expect(status()).toContain('M2 Minskad energianvändning är fördelat till Ekonomiavdelningen.'));
    expect(repository.stored(2023).allocations.some((allocation) => allocation.goalId === 232 && allocation.orgUnitId === 14)).toBe(true);
    // Nine departments, five of which missed a goal.
    expect(screen.getByText('4 fördelningar saknas.')).toBeTruthy();
  });

  it('cannot remove a department\'s goal that its units hold, and says why', async () => {
    const { repository } = renderAllocation(strategist, { regionalStaff: true });
    await loaded('Miljömål till avdelningarna');
    fireEvent.click(cell(/^Fördelat[^:]*: M3 Minskade mängder avfall till Regionservice/));
    expect(await within(dialog()).findByText(/Avdelningschefen har fördelat målet vidare till 2 enheter/)).toBeTruthy();
    expect(within(dialog()).queryByRole('button', { name: 'Ta bort fördelningen' })).toBeNull();
    expect(repository.writes).toEqual([]);
  });

  it('speaks English', async () => {
    renderAllocation(strategist, { regionalStaff: true, props: { strings: english, locale: 'en-US' } });
    await loaded('Goals allocated to the departments');
    expect(cell('Allocate M2 Minskad energianvändning to Ekonomiavdelningen')).toBeTruthy();
    expect(screen.getByText('How to allocate environmental goals', { selector: 'strong' })).toBeTruthy();
  });
});

describe('who sees what', () => {
  it('shows a unit head the allocation read-only, with who allocates and whom to ask', async () => {
    renderAllocation(maltidsserviceHead);
    await loaded(regionservice);
    expect(screen.getByText(/Avdelningschefen fördelar miljömål till enheterna i Regionservice/)).toBeTruthy();
    expect(await screen.findByText(/Prata med Anders Lindqvist om din enhet ska få ett mål/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Fördela/ })).toBeNull();
        expect(screen.queryByText('Dölj hjälpen')).toBeNull();
    const table = screen.getByRole('table');
    expect(within(table).getAllByText('Fördelat')).toHaveLength(4);
    expect(within(table).getAllByText('Inte fördelat')).toHaveLength(12);
  });

  it('shows a reader the departments read-only and who allocates', async () => {
    renderAllocation(reader);
    await loaded('Miljömål till avdelningarna');
    expect(await screen.findByText(/^Bara avdelningschefer och regionstaben kan fördela mål/)).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /Fördela|fördelat till/ })).toEqual([]);
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(9);
  });

  it('says when the department holds no goals yet, and who allocates them first', async () => {
    const withoutRegionservice = { ...demoRegion2023, allocations: demoRegion2023.allocations.filter((allocation) => ![11, 111, 112, 113].includes(allocation.orgUnitId)), activities: [], followUps: [] };
    renderAllocation(regionserviceHead, { pictures: [withoutRegionservice] });
    await loaded(regionservice);
    expect(screen.getByText('Regionservice har inga miljömål att fördela ännu. Regionstaben fördelar först årets mål till avdelningarna.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says which lists are missing instead of a grid', async () => {
    const { repository } = renderAllocation(regionserviceHead, { prepare: (created) => { created.missingLists = ['allocations']; } });
    expect(await screen.findByText(/Webbdelen hittar inte de här listorna/)).toBeTruthy();
    expect(repository.writes).toEqual([]);
  });

  it('says when reading failed, and reads again on Försök igen', async () => {
    renderAllocation(regionserviceHead, { prepare: (created) => { created.failingReads = 1; } });
    expect(await screen.findByText('Det gick inte att hämta fördelningen', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await loaded(regionservice);
  });

  it('says when the year has no goals', async () => {
    renderAllocation(regionserviceHead, { pictures: [{ ...demoRegion2023, goals: [], allocations: [], activities: [], followUps: [] }] });
    expect(await screen.findByText(/Det finns inga miljömål för 2023 ännu/)).toBeTruthy();
  });
});
