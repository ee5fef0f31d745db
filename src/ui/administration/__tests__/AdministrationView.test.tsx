/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Goal, OrgUnit } from '../../../domain';
import { dialog, noDialog, problems, regionserviceHead, status, strategist } from '../../allocation/__tests__/support/allocationTestKit';
import { loadedAdministration, renderAdministration, rowOf } from './support/administrationTestKit';
import { choosePerson } from '../../../../test/support/render';

const logistik = 114;

function type(label: string | RegExp, value: string): void {
  fireEvent.change(within(dialog()).getByRole('textbox', { name: label }), { target: { value } });
}

/** A button by its name: in a scope by role; on the page by its label or text (quicker in a large page). */
function press(name: string | RegExp, scope?: HTMLElement): void {
  if (scope !== undefined) {
    fireEvent.click(within(scope).getByRole('button', { name }));
    return;
  }
  const labelled = screen.queryAllByLabelText(name).filter((element) => element.tagName === 'BUTTON');
  const button = labelled[0] ?? screen.getByText(name, { selector: 'button span' }).closest('button');
  if (button === null) throw new Error(`no button ${String(name)}`);
  fireEvent.click(button);
}

async function chooseOption(combobox: RegExp, option: string): Promise<void> {
  fireEvent.click(within(dialog()).getByRole('combobox', { name: combobox }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('who may administer', () => {
  it('tells everyone but the regional staff who keeps goals and organisation up to date, and shows no controls', async () => {
    renderAdministration(regionserviceHead, { regionalStaff: false });
    expect(await screen.findByText(/Be någon i SharePoint-gruppen Miljömål regionstab om något behöver ändras/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Lägg till|Ändra|Starta/ })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('goals of the year', () => {
  it('adds a goal, its description kept as typed', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    press('Lägg till miljömål');
    type(/^Kod/, 'M5');
    type(/^Miljömål/, 'Hållbara inköp');
    type('Beskrivning', 'Fler inköp med miljökrav.\nGäller alla avtal.');
    type(/^Mätetal/, 'Andel avtal med miljökrav');
    press('Spara', dialog());
    await noDialog();
    await waitFor(() => expect(status()).toContain('M5 Hållbara inköp är tillagt.'));
    expect(repository.stored(2023).goals.find((goal) => goal.code === 'M5')).toMatchObject({
      year: 2023, title: 'Hållbara inköp', description: 'Fler inköp med miljökrav.\nGäller alla avtal.', measuredRegionWide: true
    });
    // A flag not set reads back as none, as SharePoint's list gives it.
    expect(repository.stored(2023).goals.find((goal) => goal.code === 'M5')?.retired).toBeUndefined();
    expect(rowOf('M5').textContent).toContain('Hållbara inköp');
  });

  it('checks the fields before saving, with the message next to each', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    press('Lägg till miljömål');
    type(/^Kod/, 'm1');
    press('Spara', dialog());
    expect(await within(dialog()).findByText('Koden m1 finns redan för året.')).toBeTruthy();
    expect(within(dialog()).getByText('Fyll i det här.')).toBeTruthy();
    expect(repository.writes).toEqual([]);
  });

  it('changes a goal', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    press('Ändra M2');
    type(/^Miljömål/, 'Minskad energianvändning i lokaler');
    press('Spara', dialog());
    await waitFor(() => expect(status()).toContain('M2 Minskad energianvändning i lokaler är ändrat.'));
    expect(repository.stored(2023).goals.find((goal) => goal.id === 232)?.title).toBe('Minskad energianvändning i lokaler');
  });

  it('retires a goal after saying what that means, and reinstates it', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    press('Dra tillbaka M4');
    const confirm = screen.getByRole('alertdialog', { name: 'Dra tillbaka M4 Fossilfria transporter?' });
    expect(within(confirm).getByText(/Målet räknas inte längre i sammanställningen och kan inte fördelas/)).toBeTruthy();
    press('Dra tillbaka', confirm);
    await waitFor(() => expect(status()).toContain('M4 Fossilfria transporter är tillbakadraget.'));
    expect(repository.stored(2023).goals.find((goal) => goal.id === 234)?.retired).toBe(true);
    expect(rowOf('M4').textContent).toContain('Tillbakadraget');
    // The allocations stay, as history.
    expect(repository.stored(2023).allocations.filter((allocation) => allocation.goalId === 234).length).toBeGreaterThan(0);
    press('Återinför M4');
    await waitFor(() => expect(status()).toContain('M4 Fossilfria transporter är återinfört.'));
    expect(repository.stored(2023).goals.find((goal) => goal.id === 234)?.retired).toBeUndefined();
  });

  it('starts a new year from the last, with its allocations to departments if wanted, and opens it', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    press('Starta ett nytt år');
    expect(await within(dialog()).findByText('4 miljömål kopieras till 2024. Indikatorer som följer med målen: 5, med 24 utfall från tidigare år (målsidan visar utvecklingen även det nya året).')).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('checkbox', { name: /Kopiera även fördelningarna till avdelningarna/ }));
    expect(within(dialog()).getByText('4 miljömål och 31 fördelningar till avdelningar kopieras till 2024. Indikatorer som följer med målen: 5, med 24 utfall från tidigare år (målsidan visar utvecklingen även det nya året).')).toBeTruthy();
    press('Starta 2024', dialog());
    expect(await screen.findByRole('heading', { level: 3, name: 'Miljömål 2024' })).toBeTruthy();
    expect(status()).toContain('4 miljömål och 31 fördelningar kopierades till 2024.');
    const year2024 = repository.stored(2024);
    expect(year2024.goals.map((goal) => goal.code).sort()).toEqual(['M1', 'M2', 'M3', 'M4']);
    expect(year2024.allocations).toHaveLength(31);
    // Last year's samråd is not this year's.
    expect(year2024.allocations.every((allocation) => !allocation.agreedWithUnitHead && allocation.allocatedBy.login === strategist.login)).toBe(true);
    // Only departments: Regionservice's units start the year without goals.
    const unitIds = new Set([111, 112, 113]);
    expect(year2024.allocations.some((allocation) => unitIds.has(allocation.orgUnitId))).toBe(false);
    // The indicators come with their goals, and their history with them: the new year's trend.
    const codeOf = new Map(year2024.goals.map((goal) => [goal.id, goal.code]));
    expect(year2024.indicators.map((indicator) => `${codeOf.get(indicator.goalId)} ${indicator.name}`).sort()).toEqual([
      'M1 Koldioxidutsläpp från tjänsteresor', 'M2 Energianvändning i egna lokaler', 'M3 Andel sorterat avfall', 'M3 Avfall per årsarbetare',
      'M4 Andel fordon med fossilfri drift'
    ]);
    const travel = year2024.indicators.find((indicator) => indicator.name === 'Koldioxidutsläpp från tjänsteresor')!;
    expect(travel).toMatchObject({ baseline: { year: 2019, value: 1512 }, target: { year: 2030, value: 756 }, responsible: { name: 'Kristina Norén' } });
    expect(year2024.indicatorValues.filter((value) => value.indicatorId === travel.id).map((value) => [value.year, value.value]).sort())
      .toEqual([[2019, 1512], [2020, 720], [2021, 810], [2022, 1105], [2023, 1240]]);
    expect(year2024.indicatorValues).toHaveLength(24);
  });

  it('copies the rest when a new year was started only in part', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    repository.force('addGoal', { kind: 'failed', cause: 'busy', message: 'HTTP 503: Service Unavailable' });
    press('Starta ett nytt år');
    await within(dialog()).findByText(/^4 miljömål kopieras till 2024\. Indikatorer/);
    press('Starta 2024', dialog());
    expect(await within(dialog()).findByText(/^1 av posterna sparades inte\./)).toBeTruthy();
    expect(await within(dialog()).findByText(/^1 miljömål kopieras till 2024\. 3 av målen finns redan där\. Indikatorer som följer med målen: 1, med 5 utfall/)).toBeTruthy();
    press('Försök igen', dialog());
    expect(await screen.findByRole('heading', { level: 3, name: 'Miljömål 2024' })).toBeTruthy();
    expect(repository.stored(2024).goals).toHaveLength(4);
    // Once each: the second run added only what the first could not.
    expect(repository.stored(2024).indicators).toHaveLength(5);
    expect(repository.stored(2024).indicatorValues).toHaveLength(24);
  });
});

describe('the organisation', () => {
  it('adds a unit to a department with its head', async () => {
    const { repository } = renderAdministration(strategist);
    repository.directory = [{ login: 'anna.andersson@region.example', name: 'Anna Andersson', email: 'anna.andersson@region.example' }];
    await loadedAdministration();
    press('Lägg till enhet i Regionservice');
    expect(within(dialog()).getByRole('heading', { name: 'Ny enhet i Regionservice' })).toBeTruthy();
    type(/^Namn/, 'Tvätteriet');
    await choosePerson(dialog(), 'Chef', 'anna', /Anna Andersson/);
    press('Spara', dialog());
    await waitFor(() => expect(status()).toContain('Tvätteriet är tillagd.'));
    expect(repository.stored(2023).orgUnits.find((unit) => unit.name === 'Tvätteriet')).toMatchObject({
      level: 'enhet', parentId: 11, head: { login: 'anna.andersson@region.example', name: 'Anna Andersson' }
    });
    expect(rowOf('Tvätteriet').textContent).toContain('anna.andersson@region.example');
  });

  it('sets a head', async () => {
    const { repository } = renderAdministration(strategist);
    repository.directory = [{ login: 'ny.chef@region.example', name: 'Ny Chef' }];
    await loadedAdministration();
    press('Ändra Logistik');
    // Choosing the new head replaces the old one.
    await choosePerson(dialog(), 'Chef', 'ny', /Ny Chef/);
    press('Spara', dialog());
    await waitFor(() => expect(status()).toContain('Logistik är ändrad.'));
    expect(repository.stored(2023).orgUnits.find((unit) => unit.id === logistik)?.head).toEqual({ login: 'ny.chef@region.example', name: 'Ny Chef' });
  });

  it('moves a unit to another department', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    press('Flytta Logistik till en annan avdelning');
    await chooseOption(/^Avdelning/, 'Fastighetsavdelningen');
    press('Flytta', dialog());
    await waitFor(() => expect(status()).toContain('Logistik är flyttad.'));
    expect(repository.stored(2023).orgUnits.find((unit) => unit.id === logistik)?.parentId).toBe(12);
  });

  it('closes a unit, keeping it as history, and reopens it', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    press('Stäng Logistik');
    expect(within(dialog()).getByText(/Det som redan finns sparas som historik/)).toBeTruthy();
    expect((within(dialog()).getByLabelText('Stängd från och med') as HTMLInputElement).value).toBe('2023-10-16');
    press('Stäng', dialog());
    await waitFor(() => expect(status()).toContain('Logistik är stängd.'));
    expect(repository.stored(2023).orgUnits.find((unit) => unit.id === logistik)).toMatchObject({ closed: true, closedOn: '2023-10-16' });
    expect(rowOf('Logistik').textContent).toContain('Stängd 16 oktober 2023');
    press('Öppna igen: Logistik');
    await waitFor(() => expect(status()).toContain('Logistik är öppen igen.'));
    expect(repository.stored(2023).orgUnits.find((unit) => unit.id === logistik)?.closed).toBeUndefined();
  });

  it('refuses closing a department that still has open units, saying how many', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    press('Stäng Regionservice');
    press('Stäng', dialog());
    expect(await within(dialog()).findByText('Det finns 4 öppna enheter under. Stäng eller flytta dem först.')).toBeTruthy();
    expect(repository.writes).toEqual([]);
  });
});

describe('when a save does not go through', () => {
  it('shows both versions of a goal someone else changed, and saves mine when chosen', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    repository.changeBehind('goals', 232, (goal: Goal) => ({ ...goal, title: 'Kollegans titel' }));
    press('Ändra M2');
    type(/^Miljömål/, 'Min titel');
    press('Spara', dialog());
    const messages = within(await problems());
    expect(await messages.findByText(/^Ändringen av M2 sparades inte: någon annan ändrade det under tiden/)).toBeTruthy();
    expect(messages.getByRole('region', { name: 'Den sparade versionen' }).textContent).toContain('Kollegans titel');
    expect(messages.getByRole('region', { name: 'Din version' }).textContent).toContain('Min titel');
    press('Spara min version', await problems());
    await waitFor(() => expect(repository.stored(2023).goals.find((goal) => goal.id === 232)?.title).toBe('Min titel'));
  });

  it('names the role when SharePoint refuses', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    repository.force('addGoal', { kind: 'forbidden' });
    press('Lägg till miljömål');
    type(/^Kod/, 'M5');
    type(/^Miljömål/, 'Hållbara inköp');
    press('Spara', dialog());
    expect(await within(await problems()).findByText(/^Det nya miljömålet M5 sparades inte\. SharePoint nekade ändringen: för att ändra miljömålen behöver du vara med i gruppen ”Miljömål regionstab”/)).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: 'M5' })).toBeNull();
  });

  it('rolls back a failed change and keeps what was typed for Ändra and Försök igen', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    repository.force('updateOrgUnit', { kind: 'failed', cause: 'busy', message: 'HTTP 503: Service Unavailable' });
    press('Ändra Logistik');
    type(/^Namn/, 'Logistik och transport');
    press('Spara', dialog());
    expect(await within(await problems()).findByText(/^Ändringen av Logistik och transport sparades inte\..*Det du skrev finns kvar\./)).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Logistik' })).toBeTruthy();
    press('Ändra', await problems());
    expect((within(dialog()).getByRole('textbox', { name: /^Namn/ }) as HTMLInputElement).value).toBe('Logistik och transport');
    press('Avbryt', dialog());
    await noDialog();
    press('Försök igen', await problems());
    await waitFor(() => expect(status()).toContain('Logistik och transport är ändrad.'));
    expect(repository.stored(2023).orgUnits.find((unit) => unit.id === logistik)?.name).toBe('Logistik och transport');
  });

  it('offers to add again what someone else removed meanwhile', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    repository.removeBehind('orgUnits', logistik);
    press('Ändra Logistik');
    type(/^Namn/, 'Logistik och transport');
    press('Spara', dialog());
    expect(await within(await problems()).findByText(/någon annan har tagit bort det under tiden/)).toBeTruthy();
    press('Lägg till igen', await problems());
    await waitFor(() => expect(repository.stored(2023).orgUnits.some((unit: OrgUnit) => unit.name === 'Logistik och transport')).toBe(true));
  });
});

describe('plain text', () => {
  it('shows a description with markup as text, line breaks kept', async () => {
    const { repository } = renderAdministration(strategist);
    await loadedAdministration();
    const typed = '<img src=x onerror="alert(1)">\nrad två';
    repository.changeBehind('goals', 231, (goal: Goal) => ({ ...goal, description: typed }));
    press('Ändra M1');
    press('Spara', dialog());
    // The conflict shows the saved description: as text.
    const saved = within(await problems()).getByRole('region', { name: 'Den sparade versionen' });
    const shown = within(saved).getByText((_content, element) => element?.tagName === 'DD' && element.textContent === typed);
    expect(shown.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(window.getComputedStyle(shown).whiteSpace).toBe('pre-wrap');
  });
});
