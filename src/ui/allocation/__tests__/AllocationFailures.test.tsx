/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Allocation } from '../../../domain';
import {
  cell,
  dialog,
  loaded,
  noDialog,
  problems,
  regionserviceHead,
  renderAllocation,
  status,
  within
} from './support/allocationTestKit';

const regionservice = 'Miljömål till enheterna i Regionservice';
const logistikM2 = 'Fördela M2 Minskad energianvändning till Logistik';
const fordonsserviceM1 = 1121;
const fordonsserviceM4 = 1124;

beforeEach(() => window.localStorage.clear());

async function allocateLogistikM2(note: string, agreed = true): Promise<void> {
  fireEvent.click(cell(logistikM2));
  if (agreed) fireEvent.click(within(dialog()).getByRole('checkbox', { name: /I samråd med enhetschef/ }));
  fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Anteckning (valfritt)' }), { target: { value: note } });
  fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela' }));
  await noDialog();
}

function storedAt(repository: { stored(year: number): { allocations: readonly Allocation[] } }, goalId: number, orgUnitId: number): Allocation | undefined {
  return repository.stored(2023).allocations.find((allocation) => allocation.goalId === goalId && allocation.orgUnitId === orgUnitId);
}

describe('a failed save', () => {
  it('shows the cell saving at once, rolls back, keeps the draft, and saves it on Försök igen', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    let release: () => void = () => undefined;
    repository.writeGate = new Promise((resolve) => { release = resolve; });
    repository.force('addAllocation', { kind: 'failed', cause: 'busy', message: 'HTTP 503: Service Unavailable' });
    await allocateLogistikM2('Vi börjar i januari.');
    // Optimistic: the cell says it is saving before SharePoint has answered.
    expect(cell('Sparar …: M2 Minskad energianvändning till Logistik').textContent).toBe('Sparar …');
    repository.writeGate = undefined;
    release();

    expect(await within(await problems()).findByText(
      'Fördelningen av M2 Minskad energianvändning till Logistik sparades inte. SharePoint svarade inte som väntat; försök igen om en stund. Det du skrev finns kvar.'
    )).toBeTruthy();
    const rolledBack = cell('Fördela Inte sparat: M2 Minskad energianvändning till Logistik. Se meddelandet ovanför tabellen.');
    expect(rolledBack.textContent).toBe('Fördela Inte sparat');
    expect(storedAt(repository, 232, 114)).toBeUndefined();

    // The draft is kept: "Ändra" opens it as the user left it.
    fireEvent.click(within(await problems()).getByRole('button', { name: 'Ändra' }));
    expect((within(dialog()).getByRole('checkbox', { name: /I samråd/ }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog()).getByRole('textbox', { name: 'Anteckning (valfritt)' }) as HTMLTextAreaElement).value).toBe('Vi börjar i januari.');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Avbryt' }));
    await noDialog();
    // So does opening the cell again.
    fireEvent.click(rolledBack);
    expect((within(dialog()).getByRole('textbox', { name: 'Anteckning (valfritt)' }) as HTMLTextAreaElement).value).toBe('Vi börjar i januari.');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Avbryt' }));
    await noDialog();

    fireEvent.click(within(await problems()).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(status()).toContain('M2 Minskad energianvändning är fördelat till Logistik.'));
    expect(storedAt(repository, 232, 114)).toMatchObject({ note: 'Vi börjar i januari.', agreedWithUnitHead: true });
    expect(screen.queryByRole('region', { name: 'Ändringar som inte sparades' })).toBeNull();
  });

  it('treats a network error like any failed save', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.force('addAllocation', { kind: 'failed', cause: 'unreachable', message: 'Failed to fetch' });
    await allocateLogistikM2('Anteckning');
    expect(await within(await problems()).findByText(/sparades inte\. SharePoint svarade inte som väntat/)).toBeTruthy();
    expect(cell(/^Fördela(?: Inte sparat:)? M2 Minskad energianvändning till Logistik/)).toBeTruthy();
  });

  it('rolls back and names the role needed when SharePoint refuses', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.force('addAllocation', { kind: 'forbidden' });
    await allocateLogistikM2('Anteckning');
    expect(await within(await problems()).findByText(/^Fördelningen av M2 Minskad energianvändning till Logistik sparades inte\. SharePoint nekade ändringen: för att fördela mål behöver du vara med i gruppen ”Miljömål avdelningschefer”/)).toBeTruthy();
    expect(within(await problems()).queryByRole('button', { name: 'Försök igen' })).toBeNull();
    expect(cell(/^Fördela(?: Inte sparat:)? M2 Minskad energianvändning till Logistik/)).toBeTruthy();
    fireEvent.click(within(await problems()).getByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Ändringar som inte sparades' })).toBeNull());
  });

  it('rolls back a removal SharePoint did not make', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.force('removeAllocation', { kind: 'failed', cause: 'rejected', message: 'HTTP 502: Bad Gateway' });
    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Ta bort fördelningen' }));
    expect(await within(await problems()).findByText(/^Borttagningen av M1 Minskade koldioxidutsläpp från resor från Fordonsservice gick inte igenom/)).toBeTruthy();
    expect(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/)).toBeTruthy();
    fireEvent.click(within(await problems()).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(status()).toContain('är borttagen'));
    expect(repository.stored(2023).allocations.some((allocation) => allocation.id === fordonsserviceM1)).toBe(false);
  });

  it('keeps activities where they were when moving them fails, and finishes on Försök igen', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.force('updateActivity', { kind: 'failed', cause: 'busy', message: 'HTTP 503: Service Unavailable' });
    fireEvent.click(cell(/^Fördelat[^:]*: M4 Fossilfria transporter till Fordonsservice/));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Flytta aktiviteterna och ta bort' }));
    expect(await within(await problems()).findByText(/^Flytten av aktiviteterna på M4 Fossilfria transporter hos Fordonsservice gick inte igenom/)).toBeTruthy();
    expect(repository.stored(2023).activities.find((activity) => activity.id === 3)?.allocationId).toBe(fordonsserviceM4);
    expect(cell(/^Fördelat[^:]*: M4 Fossilfria transporter till Fordonsservice/)).toBeTruthy();
    fireEvent.click(within(await problems()).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(repository.stored(2023).allocations.some((allocation) => allocation.id === fordonsserviceM4)).toBe(false));
    expect(repository.stored(2023).activities.find((activity) => activity.id === 3)?.allocationId).toBe(fordonsserviceM1);
  });

  it('names the role when SharePoint refuses to move activities', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.force('updateActivity', { kind: 'forbidden' });
    fireEvent.click(cell(/^Fördelat[^:]*: M4 Fossilfria transporter till Fordonsservice/));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Flytta aktiviteterna och ta bort' }));
    expect(await within(await problems()).findByText(/för att lägga in och ändra aktiviteter behöver du vara med i gruppen ”Miljömål enhetschefer”/)).toBeTruthy();
    expect(repository.stored(2023).allocations.some((allocation) => allocation.id === fordonsserviceM4)).toBe(true);
  });

  it('saves what it can of "fördela alla" and offers to try the rest again', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.force('addAllocation', { kind: 'failed', cause: 'busy', message: 'HTTP 503: Service Unavailable' });
    repository.force('addAllocation', { kind: 'failed', cause: 'busy', message: 'HTTP 503: Service Unavailable' });
    fireEvent.click(screen.getByRole('button', { name: 'Fördela alla mål till alla enheter' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela 12' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela utan samråd' }));
    expect(await within(await problems()).findByText(/^2 av fördelningarna sparades inte\./)).toBeTruthy();
    expect(status()).toContain('10 nya fördelningar är sparade; 2 sparades inte.');
    expect(screen.getByText('2 fördelningar saknas.')).toBeTruthy();
    fireEvent.click(within(await problems()).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(screen.getByText('Alla mål är fördelade till alla enheter.')).toBeTruthy());
    expect(repository.stored(2023).allocations.filter((allocation) => [111, 112, 113, 114].includes(allocation.orgUnitId))).toHaveLength(16);
  });

  it('stops "fördela alla" when SharePoint refuses, naming the role', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    for (let index = 0; index < 12; index += 1) repository.force('addAllocation', { kind: 'forbidden' });
    fireEvent.click(screen.getByRole('button', { name: 'Fördela alla mål till alla enheter' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela 12' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela utan samråd' }));
    expect(await within(await problems()).findByText(/^Fördelningarna sparades inte\. SharePoint nekade ändringen: för att fördela mål/)).toBeTruthy();
    // Three in flight when the first refusal came; none after it.
    expect(repository.writes.length).toBeLessThanOrEqual(3);
    expect(screen.getByText('12 fördelningar saknas.')).toBeTruthy();
  });
});

describe('someone else got there first', () => {
  it('shows both versions when a colleague changed the allocation, and saves mine when chosen', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.changeBehind('allocations', fordonsserviceM1, (item: Allocation) => ({ ...item, note: 'Kollegans anteckning' }));
    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Anteckning (valfritt)' }), { target: { value: 'Min anteckning' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Spara ändringar' }));
    expect(await within(await problems()).findByText(/sparades inte: någon annan ändrade fördelningen under tiden\. Välj vilken version som ska gälla\./)).toBeTruthy();
    const saved = within(await problems()).getByRole('region', { name: 'Den sparade versionen' });
    const mine = within(await problems()).getByRole('region', { name: 'Din version' });
    expect(saved.textContent).toContain('Kollegans anteckning');
    expect(mine.textContent).toContain('Min anteckning');
    expect(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/).textContent).toContain('Ändrat av någon annan');
    fireEvent.click(within(await problems()).getByRole('button', { name: 'Spara min version' }));
    await waitFor(() => expect(status()).toContain('är ändrad'));
    expect(storedAt(repository, 231, 112)?.note).toBe('Min anteckning');
  });

  it('keeps the colleague\'s version when chosen, and shows it', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.changeBehind('allocations', fordonsserviceM1, (item: Allocation) => ({ ...item, note: 'Kollegans anteckning' }));
    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Anteckning (valfritt)' }), { target: { value: 'Min anteckning' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Spara ändringar' }));
    await within(await problems()).findByText(/någon annan ändrade fördelningen/);
    fireEvent.click(within(await problems()).getByRole('button', { name: 'Behåll deras' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Ändringar som inte sparades' })).toBeNull());
    expect(storedAt(repository, 231, 112)?.note).toBe('Kollegans anteckning');
    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    expect((within(dialog()).getByRole('textbox', { name: 'Anteckning (valfritt)' }) as HTMLTextAreaElement).value).toBe('Kollegans anteckning');
  });

  it('says when a colleague allocated the same goal first, and offers to put my samråd and note on it', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.addBehind('allocations', {
      goalId: 232, orgUnitId: 114, allocatedBy: { login: 'kollega@region.example', name: 'Kollega Karlsson' },
      allocatedAt: '2023-10-16T08:00:00Z', agreedWithUnitHead: false, note: 'Kollegans'
    }, 2023);
    await allocateLogistikM2('Min');
    expect(await within(await problems()).findByText(/Kollega Karlsson hann fördela målet först/)).toBeTruthy();
    expect(within(await problems()).getByRole('region', { name: 'Den sparade versionen' }).textContent).toContain('Kollegans');
    fireEvent.click(within(await problems()).getByRole('button', { name: 'Spara min version' }));
    await waitFor(() => expect(storedAt(repository, 232, 114)?.note).toBe('Min'));
    expect(storedAt(repository, 232, 114)).toMatchObject({ agreedWithUnitHead: true, allocatedBy: { name: 'Kollega Karlsson' } });
  });

  it('says when a colleague removed the allocation being changed, and allocates it again with what I wrote', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.removeBehind('allocations', fordonsserviceM1);
    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Anteckning (valfritt)' }), { target: { value: 'Min anteckning' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Spara ändringar' }));
    expect(await within(await problems()).findByText(/någon annan har tagit bort fördelningen under tiden/)).toBeTruthy();
    expect(cell(/^Fördela(?: Inte sparat:)? M1 Minskade koldioxidutsläpp från resor till Fordonsservice/)).toBeTruthy();
    fireEvent.click(within(await problems()).getByRole('button', { name: 'Fördela igen' }));
    await waitFor(() => expect(storedAt(repository, 231, 112)?.note).toBe('Min anteckning'));
  });

  it('shows the colleague\'s change before removing, and removes on "Ta bort ändå"', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.changeBehind('allocations', fordonsserviceM1, (item: Allocation) => ({ ...item, note: 'Viktigt: behåll' }));
    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Ta bort fördelningen' }));
    expect(await within(await problems()).findByText(/gjordes inte: någon annan ändrade fördelningen under tiden/)).toBeTruthy();
    expect(within(await problems()).getByRole('region', { name: 'Den sparade versionen' }).textContent).toContain('Viktigt: behåll');
    expect(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/)).toBeTruthy();
    fireEvent.click(within(await problems()).getByRole('button', { name: 'Ta bort ändå' }));
    await waitFor(() => expect(storedAt(repository, 231, 112)).toBeUndefined());
  });

  it('keeps an allocation the unit head has just registered an activity on, and shows the activity and why', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    // Another browser: the unit head adds an activity after this page loaded.
    repository.addBehind('activities', { allocationId: fordonsserviceM1, title: 'Laddstolpar vid depån', description: '', status: 'planerad' }, 2023);
    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Ta bort fördelningen' }));
    expect(await within(await problems()).findByText(/Fördelningen har en aktivitet\. Flytta eller ta bort den först\./)).toBeTruthy();
    expect(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/)).toBeTruthy();
    expect(storedAt(repository, 231, 112)).toBeDefined();
  });

  it('treats a removal someone else already made as done', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    repository.removeBehind('allocations', fordonsserviceM1);
    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Ta bort fördelningen' }));
    await waitFor(() => expect(status()).toContain('var redan borttagen'));
    expect(screen.queryByRole('region', { name: 'Ändringar som inte sparades' })).toBeNull();
  });
});

describe('plain text', () => {
  it('shows markup someone typed in a note as text, keeping its line breaks', async () => {
    const { repository } = renderAllocation(regionserviceHead);
    await loaded(regionservice);
    const typed = '<b>fet</b><script>alert(1)</script>\nrad två';
    repository.changeBehind('allocations', fordonsserviceM1, (item: Allocation) => ({ ...item, note: typed }));
    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Anteckning (valfritt)' }), { target: { value: 'Min' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Spara ändringar' }));
    const saved = await within(await problems()).findByRole('region', { name: 'Den sparade versionen' });
    const note = within(saved).getByText((_content, element) => element?.tagName === 'P' && element.textContent === typed);
    expect(note.querySelector('b, script')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(window.getComputedStyle(note).whiteSpace).toBe('pre-wrap');
  });
});
