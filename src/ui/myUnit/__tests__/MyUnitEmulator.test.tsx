/** @jest-environment ./test/support/jsdomWithFetch.ts */
// Min enhet against the local SharePoint emulator over HTTP, through the product's own repository:
// two people editing one activity, SharePoint refusing someone outside the groups, and throttling.
import * as React from 'react';
import { renderWithServices } from '../../../../test/support/render';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { demoReader, demoToday } from '../../../domain';
import type { Activity } from '../../../domain/model';
import { connectToEmulator, type Connected, seedDemoInto } from '../../../../test/support/emulator';
import type { SharePointRepository } from '../../../data/SharePointRepository';
import { MyUnitView } from '../MyUnitView';
import { activityCard, demo, freshTab, goalSection, openPanel, saveButton, swedish, type } from './support/myUnitTestKit';

const recipes = 'Minskat matsvinn genom uppdaterade recept';
const slow = { timeout: 15000 };
let connected: Connected;

beforeEach(async () => {
  freshTab();
  connected = await connectToEmulator();
  await seedDemoInto(connected);
});
afterEach(async () => { await connected.emulator.close(); });

function renderAs(repository: SharePointRepository): void {
  renderWithServices(<MyUnitView />, { repository: repository, strings: swedish, today: demoToday });
}

async function activityNamed(repository: SharePointRepository, title: string): Promise<{ activity: Activity; etag: string }> {
  const { picture, etags } = await repository.loadYear(2023);
  const activity = picture.activities.find((candidate) => candidate.title === title);
  if (activity === undefined) throw new Error(`no activity ${title}`);
  return { activity, etag: etags.activities.get(activity.id) ?? '' };
}

function conflictRows(conflict: HTMLElement): Array<Array<string | null>> {
  return within(within(conflict).getByRole('table')).getAllByRole('row')
    .map((row) => within(row).queryAllByRole(/cell|columnheader|rowheader/).map((cell) => cell.textContent));
}

describe('Min enhet against the SharePoint emulator', () => {
  it('shows both versions when two people edit one activity, and lets the unit head keep theirs or merge', async () => {
    const unitHead = connected.repository(demo.maltidsserviceHead.login);
    const departmentHead = connected.repository(demo.regionserviceHead.login);
    renderAs(unitHead);
    await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' }, slow);
    const panel = await openPanel('Ändra', 'Ändra aktivitet', activityCard(recipes));
    type(panel, 'Beskrivning', 'Enhetschefens beskrivning.');

    // The department head saves a new title first, through their own repository.
    const first = await activityNamed(departmentHead, recipes);
    expect((await departmentHead.updateActivity({ ...first.activity, title: 'Avdelningschefens titel' }, first.etag)).kind).toBe('saved');

    // The site's own name for the person (the emulator makes one from the login).
    const responsible = `${first.activity.responsible?.name ?? ''} (${demo.maltidsserviceHead.login})`;
    fireEvent.click(saveButton(panel));
    let conflict = await screen.findByRole('dialog', { name: 'Någon annan har ändrat samtidigt' }, slow);
    expect(conflictRows(conflict)).toEqual([
      ['Fält', 'Din version', 'Deras version'],
      ['Titelskiljer sig', recipes, 'Avdelningschefens titel'],
      ['Beskrivningskiljer sig', 'Enhetschefens beskrivning.', first.activity.description],
      ['Ansvarigsamma', responsible, responsible],
      ['Startdatumsamma', '16 januari 2023', '16 januari 2023'],
      ['Slutdatumsamma', '31 december 2023', '31 december 2023'],
      ['Statussamma', 'Pågående', 'Pågående'],
      ['Lyft fram i rapportensamma', 'Ja', 'Ja'],
      ['Kostnad (kr)samma', '(tomt)', '(tomt)']
    ]);
    // Their version is what the page shows behind the panel until the user chooses.
    expect(screen.getByRole('article', { name: 'Avdelningschefens titel', hidden: true })).toBeTruthy();

    fireEvent.click(within(conflict).getByRole('button', { name: 'Behåll min version' }));
    expect(await screen.findByText(`Aktiviteten ”${recipes}” sparades.`, undefined, slow)).toBeTruthy();
    const kept = await activityNamed(departmentHead, recipes);
    expect(kept.activity).toMatchObject({ id: first.activity.id, description: 'Enhetschefens beskrivning.' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), slow);

    // Again, and this time merge by hand: back to the form, then save over theirs.
    const again = await openPanel('Ändra', 'Ändra aktivitet', activityCard(recipes));
    type(again, 'Titel', 'Enhetschefens titel');
    expect((await departmentHead.updateActivity({ ...kept.activity, status: 'avslutad' }, kept.etag)).kind).toBe('saved');
    fireEvent.click(saveButton(again));
    conflict = await screen.findByRole('dialog', { name: 'Någon annan har ändrat samtidigt' }, slow);
    fireEvent.click(within(conflict).getByRole('button', { name: 'Redigera vidare' }));
    expect(await within(again).findByText('Deras version är sparad. När du sparar ersätter din version den.')).toBeTruthy();
    fireEvent.click(within(again).getByRole('combobox', { name: /^Status/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Avslutad' }));
    fireEvent.click(saveButton(again));
    expect(await screen.findByText('Aktiviteten ”Enhetschefens titel” sparades.', undefined, slow)).toBeTruthy();
    expect((await activityNamed(departmentHead, 'Enhetschefens titel')).activity).toMatchObject({ id: first.activity.id, status: 'avslutad' });
  });

  it('says which group SharePoint wants when a reader responsible for an activity saves, and keeps the draft', async () => {
    const admin = connected.repository();
    const { activity, etag } = await activityNamed(admin, recipes);
    expect((await admin.updateActivity({ ...activity, responsible: demoReader }, etag)).kind).toBe('saved');

    renderAs(connected.repository(demoReader.login));
    // A reader: told so, and opened on the unit where they are responsible.
    expect(await screen.findByText('Du kan läsa men inte ändra.', undefined, slow)).toBeTruthy();
    await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' });
    expect(screen.queryByRole('button', { name: 'Lägg till aktivitet' })).toBeNull();
    // The domain lets the responsible person edit their activity, and only it.
    expect(screen.getAllByRole('button', { name: 'Ändra' })).toHaveLength(1);
    const panel = await openPanel('Ändra', 'Ändra aktivitet', activityCard(recipes));
    // What the report lifts up is the heads' and the regional staff's to choose.
    expect((within(panel).getByRole('checkbox', { name: 'Lyft fram i rapporten' }) as HTMLInputElement).disabled).toBe(true);
    type(panel, 'Titel', 'Medarbetarens titel');
    fireEvent.click(saveButton(panel));
    expect(await within(panel).findByText(
      /^SharePoint nekade ändringen: för att lägga in och ändra aktiviteter behöver du vara med i gruppen ”Miljömål enhetschefer”/, undefined, slow)).toBeTruthy();
    expect(within(panel).getByText(/Ditt utkast finns kvar/)).toBeTruthy();
    expect(screen.getByRole('article', { name: recipes, hidden: true })).toBeTruthy();
    expect((await activityNamed(admin, recipes)).activity.title).toBe(recipes);
    expect(Object.values(window.sessionStorage).some((text) => String(text).includes('Medarbetarens titel'))).toBe(true);
  });

  it('keeps the draft when SharePoint throttles past every retry, and saves once when tried again', async () => {
    const unitHead = connected.repository(demo.maltidsserviceHead.login);
    // The period settings are read beside the year: in before SharePoint starts throttling, so every 429 meets the save.
    const readPeriods = unitHead.periodSettings.bind(unitHead);
    let periodsRead: Promise<unknown> = Promise.resolve();
    unitHead.periodSettings = (year) => { const read = readPeriods(year); periodsRead = read.catch(() => undefined); return read; };
    renderAs(unitHead);
    await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' }, slow);
    await periodsRead;
    const panel = await openPanel('Lägg till aktivitet', /^Ny aktivitet/, goalSection('M3 Minskade mängder avfall'));
    type(panel, 'Titel', 'Returlådor i stället för engångsförpackningar');

    // Ten 429s in a row: every retry the product allows.
    connected.emulator.faults.settings.failNext = { status: 429, count: 10 };
    fireEvent.click(saveButton(panel));
    expect(await within(panel).findByText(/^Det gick inte att spara: SharePoint är hårt belastat just nu/, undefined, slow)).toBeTruthy();
    expect(within(panel).getByText(/HTTP 429/)).toBeTruthy();
    expect(Object.values(window.sessionStorage).some((text) => String(text).includes('Returlådor'))).toBe(true);
    expect(screen.queryByRole('article', { name: 'Returlådor i stället för engångsförpackningar', hidden: true })).toBeNull();

    // Still throttled a little: the retries absorb it, and the same client key adds one item.
    connected.emulator.faults.settings.failNext = { status: 429, count: 3 };
    fireEvent.click(within(panel).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Aktiviteten ”Returlådor i stället för engångsförpackningar” sparades.', undefined, slow)).toBeTruthy();
    const { picture } = await unitHead.loadYear(2023);
    expect(picture.activities.filter((activity) => activity.title === 'Returlådor i stället för engångsförpackningar')).toHaveLength(1);
    await waitFor(() => expect(window.sessionStorage.length).toBe(0), slow);
  });
});
