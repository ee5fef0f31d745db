/** @jest-environment ./test/support/jsdomWithFetch.ts */
// The Fördelning view against the local SharePoint emulator over HTTP, seeded with the demo region,
// its role groups and list permissions: what SharePoint enforces, and what it answers on conflict.
import * as React from 'react';
import { renderWithServices } from '../../../../test/support/render';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { demoToday } from '../../../domain';
import type { Allocation, OrgUnit, YearPicture } from '../../../domain';
import type { LoadedYear } from '../../../ports';
import { connectToEmulator, type Connected, seedDemoInto } from '../../../../test/support/emulator';
import { AllocationView } from '../AllocationView';
import { cell, dialog, loaded, noDialog, problems, status, swedish, within } from './support/allocationTestKit';

let connected: Connected;

beforeAll(async () => {
  connected = await connectToEmulator();
  await seedDemoInto(connected);
});
afterAll(async () => { await connected.emulator.close(); });
beforeEach(() => window.localStorage.clear());

const regionserviceHead = 'avdchef.regionservice@region.example';

function renderAs(login: string): void {
  renderWithServices(<AllocationView />, { repository: connected.repository(login), strings: swedish, today: demoToday });
}

/** The year as SharePoint has it now, read as the site admin. */
function inSharePoint(): Promise<LoadedYear> {
  return connected.repository().loadYear(2023);
}

function unitNamed(picture: YearPicture, name: string): OrgUnit {
  const unit = picture.orgUnits.find((candidate) => candidate.name === name);
  if (unit === undefined) throw new Error(name);
  return unit;
}

function allocationOf(picture: YearPicture, code: string, unitName: string): Allocation | undefined {
  const goal = picture.goals.find((candidate) => candidate.code === code);
  const unit = unitNamed(picture, unitName);
  return picture.allocations.find((allocation) => allocation.goalId === goal?.id && allocation.orgUnitId === unit.id);
}

describe('Fördelning against SharePoint', () => {
  it('saves a department head\'s allocation, i samråd with today\'s date, in the Fördelningar list', async () => {
    renderAs(regionserviceHead);
    await loaded('Miljömål till enheterna i Regionservice');
    fireEvent.click(cell('Fördela M2 Minskad energianvändning till Logistik'));
    fireEvent.click(within(dialog()).getByRole('checkbox', { name: /I samråd med enhetschef/ }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela' }));
    await noDialog();
    await waitFor(() => expect(status()).toContain('M2 Minskad energianvändning är fördelat till Logistik.'), { timeout: 10000 });
    const { picture } = await inSharePoint();
    expect(allocationOf(picture, 'M2', 'Logistik')).toMatchObject({
      agreedWithUnitHead: true, agreedOn: '2023-10-16', allocatedBy: { login: regionserviceHead }
    });
  });

  it('shows a unit head, from the groups and the organisation list, the allocation read-only', async () => {
    renderAs('enhchef.maltidsservice@region.example');
    await loaded('Miljömål till enheterna i Regionservice');
    expect(screen.queryAllByRole('button', { name: /^Fördela/ })).toEqual([]);
    expect(await screen.findByText(/Prata med Anders Lindqvist om din enhet ska få ett mål/)).toBeTruthy();
  });

  it('shows a reader (a site visitor) the departments read-only', async () => {
    renderAs('medarbetare@region.example');
    await loaded('Miljömål till avdelningarna');
    expect(screen.queryAllByRole('button', { name: /^Fördela/ })).toEqual([]);
    expect(await screen.findByText(/^Bara avdelningschefer och regionstaben kan fördela mål/)).toBeTruthy();
  });

  it('names the role needed when SharePoint refuses a head who is not in the department heads\' group', async () => {
    // A unit head made head of the department in the Organisation list, still in the unit heads' group.
    const promoted = 'enhchef.beredskap@region.example';
    const admin = connected.repository();
    const { picture, etags } = await admin.loadYear(2023);
    const department = unitNamed(picture, 'Säkerhetsavdelningen');
    const moved = await admin.updateOrgUnit({ ...department, head: { login: promoted, name: 'Enhetschef Säkerhet och beredskap' } }, etags.orgUnits.get(department.id)!);
    expect(moved.kind).toBe('saved');
    // The department's own group follows the Organisation list; someone takes them out of it by hand.
    await connected.sp().web.siteGroups.getByName(`Miljömål avdelning ${department.id}`).users.removeByLoginName(`i:0#.f|membership|${promoted}`);

    renderAs(promoted);
    await loaded('Miljömål till enheterna i Säkerhetsavdelningen');
    fireEvent.click(cell('Fördela M1 Minskade koldioxidutsläpp från resor till Informationssäkerhet'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Fördela utan samråd' }));
    const messages = within(await problems());
    expect(await messages.findByText(/^Fördelningen av M1 Minskade koldioxidutsläpp från resor till Informationssäkerhet sparades inte\. SharePoint nekade ändringen: för att fördela mål behöver du vara med i gruppen ”Miljömål avdelningschefer”/, undefined, { timeout: 10000 })).toBeTruthy();
    expect(cell(/^Fördela(?: Inte sparat:)? M1 Minskade koldioxidutsläpp från resor till Informationssäkerhet/)).toBeTruthy();
    expect(allocationOf((await inSharePoint()).picture, 'M1', 'Informationssäkerhet')).toBeUndefined();
  });

  it('shows the saved version when someone else changed the allocation, and saves mine over it when chosen', async () => {
    renderAs(regionserviceHead);
    await loaded('Miljömål till enheterna i Regionservice');
    // Meanwhile, the regional staff change the note.
    const staff = connected.repository('miljostrateg@region.example');
    const before = await staff.loadYear(2023);
    const theirs = allocationOf(before.picture, 'M1', 'Fordonsservice')!;
    const changed = await staff.updateAllocation({ ...theirs, note: 'Regionstabens anteckning' }, before.etags.allocations.get(theirs.id)!);
    expect(changed.kind).toBe('saved');

    fireEvent.click(cell(/^Fördelat[^:]*: M1 Minskade koldioxidutsläpp från resor till Fordonsservice/));
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Anteckning (valfritt)' }), { target: { value: 'Avdelningschefens anteckning' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Spara ändringar' }));
    const messages = within(await problems());
    expect(await messages.findByText(/någon annan ändrade fördelningen under tiden/, undefined, { timeout: 10000 })).toBeTruthy();
    expect(messages.getByRole('region', { name: 'Den sparade versionen' }).textContent).toContain('Regionstabens anteckning');
    expect(messages.getByRole('region', { name: 'Din version' }).textContent).toContain('Avdelningschefens anteckning');
    fireEvent.click(messages.getByRole('button', { name: 'Spara min version' }));
    await waitFor(() => expect(status()).toContain('är ändrad'), { timeout: 10000 });
    expect(allocationOf((await inSharePoint()).picture, 'M1', 'Fordonsservice')?.note).toBe('Avdelningschefens anteckning');
  });

  it('moves an allocation\'s activities to another goal of the unit, then removes it', async () => {
    renderAs(regionserviceHead);
    await loaded('Miljömål till enheterna i Regionservice');
    fireEvent.click(cell(/^Fördelat[^:]*: M4 Fossilfria transporter till Fordonsservice/));
    expect(await within(dialog()).findByText(/Fördelningen har en aktivitet\./)).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Flytta aktiviteterna och ta bort' }));
    await waitFor(() => expect(status()).toContain('Fördelningen av M4 Fossilfria transporter till Fordonsservice är borttagen.'), { timeout: 10000 });
    const { picture } = await inSharePoint();
    expect(allocationOf(picture, 'M4', 'Fordonsservice')).toBeUndefined();
    const m1 = allocationOf(picture, 'M1', 'Fordonsservice')!;
    expect(picture.activities.find((activity) => activity.title === 'Fler elbilar vid byte av leasingbilar')?.allocationId).toBe(m1.id);
  });
});
