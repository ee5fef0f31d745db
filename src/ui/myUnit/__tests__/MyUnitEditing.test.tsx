/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { forgetDraftMemory, writeDraft } from '../../edit/draftStore';
import { activityCard, demo, freshTab, goalSection, openPanel, renderMyUnit, saveButton, type } from './support/myUnitTestKit';

beforeEach(freshTab);

const m3 = 'M3 Minskade mängder avfall';
const prefix = `myUnit|${demo.maltidsserviceHead.login}|2023|`;

async function loaded(): Promise<void> {
  await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' });
}

function storedDraftTitles(): string[] {
  return Object.keys(window.sessionStorage)
    .map((key) => JSON.parse(window.sessionStorage.getItem(key) ?? '{}') as { value?: { title?: string } })
    .map((record) => record.value?.title ?? '');
}

describe('every edit in Min enhet', () => {
  it('keeps the draft when a save fails, rolls the change back, and retries with the same client key', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead, {}, undefined, (repo) => {
      repo.force('addActivity', { kind: 'failed', cause: 'busy', message: 'HTTP 503: Service Unavailable' });
    });
    await loaded();
    const panel = await openPanel('Lägg till aktivitet', /^Ny aktivitet/, goalSection(m3));
    type(panel, 'Titel', 'Kompostering i köken');
    type(panel, 'Beskrivning', 'Matavfall komposteras.');
    fireEvent.click(saveButton(panel));

    expect(await within(panel).findByText(/^Det gick inte att spara: SharePoint är hårt belastat just nu/)).toBeTruthy();
    expect(within(panel).getByText(/Ditt utkast finns kvar i den här fliken tills det är sparat\./)).toBeTruthy();
    // Rolled back: the optimistic card is gone; the form still holds what was typed, also in sessionStorage.
    expect(screen.queryByRole('article', { name: 'Kompostering i köken', hidden: true })).toBeNull();
    expect((within(panel).getByLabelText('Titel') as HTMLInputElement).value).toBe('Kompostering i köken');
    expect(storedDraftTitles()).toEqual(['Kompostering i köken']);

    fireEvent.click(within(panel).getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Aktiviteten ”Kompostering i köken” sparades.')).toBeTruthy();
    const [first, second] = repository.writes;
    expect(second).toBe(first);
    expect(repository.stored(2023).activities.filter((activity) => activity.title === 'Kompostering i köken')).toHaveLength(1);
    await waitFor(() => expect(storedDraftTitles()).toEqual([]));
  });

  it('lets the unit head lift an activity into the report, or take it out, and the card says so', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead);
    await loaded();
    const kajutan = 'Fler maträtter skickas till Kajutan';
    expect(within(activityCard(kajutan)).getByText('Lyft fram i rapporten')).toBeTruthy();
    const panel = await openPanel('Ändra', 'Ändra aktivitet', activityCard(kajutan));
    const box = within(panel).getByRole('checkbox', { name: 'Lyft fram i rapporten' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.disabled).toBe(false);
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(box);
    fireEvent.click(saveButton(panel));
    expect(await screen.findByText(`Aktiviteten ”${kajutan}” sparades.`)).toBeTruthy();
    const saved = repository.stored(2023).activities.find((activity) => activity.title === kajutan);
    expect(saved?.highlighted).toBeUndefined();
    await waitFor(() => expect(within(activityCard(kajutan)).queryByText('Lyft fram i rapporten')).toBeNull());

    const added = await openPanel('Lägg till aktivitet', /^Ny aktivitet/, goalSection(m3));
    type(added, 'Titel', 'Kompostering i köken');
    fireEvent.click(within(added).getByRole('checkbox', { name: 'Lyft fram i rapporten' }));
    fireEvent.click(saveButton(added));
    expect(await screen.findByText('Aktiviteten ”Kompostering i köken” sparades.')).toBeTruthy();
    expect(repository.stored(2023).activities.find((activity) => activity.title === 'Kompostering i köken')?.highlighted).toBe(true);
  });

  it('keeps the draft through a reload (sessionStorage) and offers to continue it', async () => {
    const first = renderMyUnit(demo.maltidsserviceHead);
    await loaded();
    const panel = await openPanel('Lägg till aktivitet', /^Ny aktivitet/, goalSection(m3));
    type(panel, 'Titel', 'Pantsystem för engångsmuggar');
    type(panel, 'Startdatum', '2023-11-15');
    first.unmount();
    // A reload: memory is gone, the tab's sessionStorage is not.
    forgetDraftMemory();
    expect(storedDraftTitles()).toEqual(['Pantsystem för engångsmuggar']);

    const second = renderMyUnit(demo.maltidsserviceHead);
    await loaded();
    expect(screen.getByText('Osparade utkast.')).toBeTruthy();
    expect(screen.getByText('Aktivitet ”Pantsystem för engångsmuggar”, Måltidsservice')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt redigera' }));
    const restored = await screen.findByRole('dialog', { name: /^Ny aktivitet för M3/ });
    expect(within(restored).getByText('Ditt osparade utkast har återställts.')).toBeTruthy();
    expect((within(restored).getByLabelText('Titel') as HTMLInputElement).value).toBe('Pantsystem för engångsmuggar');
    expect((within(restored).getByLabelText('Startdatum') as HTMLInputElement).value).toBe('2023-11-15');
    fireEvent.click(saveButton(restored));
    expect(await screen.findByText('Aktiviteten ”Pantsystem för engångsmuggar” sparades.')).toBeTruthy();
    expect(second.repository.writes).toHaveLength(1);
    await waitFor(() => expect(screen.queryByText('Osparade utkast.')).toBeNull());
    expect(storedDraftTitles()).toEqual([]);
  });

  it('refuses an activity on a goal not allocated to the unit, before writing anything', async () => {
    // A draft for M1 at Måltidsservice, left from when it was allocated (since removed).
    writeDraft(`${prefix}activity|new|111|231`,
      { title: 'Cykelpool', description: '', responsible: { login: '', name: '' }, startDate: '', endDate: '', status: 'planerad' },
      'key-from-before', { kind: 'activity', mode: 'new', goalId: 231, orgUnitId: 111 });
    forgetDraftMemory();
    const { repository } = renderMyUnit(demo.maltidsserviceHead);
    await loaded();
    // The page itself offers no way to add on M1.
    expect(screen.queryByRole('heading', { level: 4, name: 'M1 Minskade koldioxidutsläpp från resor' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt redigera' }));
    const panel = await screen.findByRole('dialog', { name: 'Ny aktivitet för M1 Minskade koldioxidutsläpp från resor' });
    fireEvent.click(saveButton(panel));
    expect(await within(panel).findByText(
      /^M1 Minskade koldioxidutsläpp från resor är inte fördelat till Måltidsservice\. Aktiviteter kan bara läggas in på mål som har fördelats hit\./)).toBeTruthy();
    expect(repository.writes).toEqual([]);
    expect(storedDraftTitles()).toEqual(['Cykelpool']);
  });

  it('shows HTML typed into a description as text, never as markup', async () => {
    renderMyUnit(demo.maltidsserviceHead);
    await loaded();
    const typed = '<img src=x onerror="window.hacked=1"><b>fet</b>\n<script>window.hacked=2</script>';
    const panel = await openPanel('Lägg till aktivitet', /^Ny aktivitet/, goalSection(m3));
    type(panel, 'Titel', '<i>Kursiv</i> titel');
    type(panel, 'Beskrivning', typed);
    fireEvent.click(saveButton(panel));
    await screen.findByText('Aktiviteten ”<i>Kursiv</i> titel” sparades.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const card = activityCard('<i>Kursiv</i> titel');
    expect(within(card).getByText(/onerror/).textContent).toBe(typed);
    expect(card.querySelector('img, b, i, script')).toBeNull();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('says when someone else removed the activity, and saves the draft as a new one', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead);
    await loaded();
    const panel = await openPanel('Ändra', 'Ändra aktivitet', activityCard('Fler maträtter skickas till Kajutan'));
    type(panel, 'Titel', 'Fler maträtter till Kajutan och Stadsmissionen');
    repository.removeBehind('activities', 2);
    fireEvent.click(saveButton(panel));
    expect(await within(panel).findByText(/^Någon annan har tagit bort det här medan du redigerade\. Ditt utkast finns kvar/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Fler maträtter skickas till Kajutan', hidden: true })).toBeNull());
    expect(storedDraftTitles()).toEqual(['Fler maträtter till Kajutan och Stadsmissionen']);
    fireEvent.click(within(panel).getByRole('button', { name: 'Spara som ny aktivitet' }));
    expect(await screen.findByText('Aktiviteten ”Fler maträtter till Kajutan och Stadsmissionen” sparades.')).toBeTruthy();
    expect(repository.writes).toEqual([
      'updateActivity 2→1113 Fler maträtter till Kajutan och Stadsmissionen',
      expect.stringMatching(/^addActivity Fler maträtter till Kajutan och Stadsmissionen key=/)
    ]);
    expect(repository.stored(2023).activities.find((activity) => activity.title === 'Fler maträtter till Kajutan och Stadsmissionen')?.allocationId).toBe(1113);
  });

  it('names the group SharePoint wants when it refuses, and rolls the change back', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead, {}, undefined, (repo) => {
      repo.force('updateActivity', { kind: 'forbidden' });
    });
    await loaded();
    const panel = await openPanel('Ändra', 'Ändra aktivitet', activityCard('Fler maträtter skickas till Kajutan'));
    type(panel, 'Titel', 'Nytt namn');
    fireEvent.click(saveButton(panel));
    expect(await within(panel).findByText(/^SharePoint nekade ändringen: för att lägga in och ändra aktiviteter behöver du vara med i gruppen ”Miljömål enhetschefer”/)).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Fler maträtter skickas till Kajutan', hidden: true })).toBeTruthy();
    expect(repository.stored(2023).activities.find((activity) => activity.id === 2)?.title).toBe('Fler maträtter skickas till Kajutan');
    expect(storedDraftTitles()).toEqual(['Nytt namn']);
  });

  it('does not let a draft restored after a reload overwrite a change someone made meanwhile', async () => {
    const first = renderMyUnit(demo.maltidsserviceHead);
    await loaded();
    const panel = await openPanel('Ändra', 'Ändra aktivitet', activityCard('Fler maträtter skickas till Kajutan'));
    type(panel, 'Beskrivning', 'Mitt utkast.');
    first.unmount();
    forgetDraftMemory();

    // Meanwhile a colleague changes the activity; the reloaded page reads their version.
    const second = renderMyUnit(demo.maltidsserviceHead, {}, undefined, (repository) => {
      const activity = repository.stored(2023).activities.find((candidate) => candidate.id === 2)!;
      repository.changeBehind('activities', activity.id, () => ({ ...activity, status: 'avslutad' }));
    });
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt redigera' }));
    const restored = await screen.findByRole('dialog', { name: 'Ändra aktivitet' });
    fireEvent.click(saveButton(restored));
    const conflict = await screen.findByRole('dialog', { name: 'Någon annan har ändrat samtidigt' });
    expect(within(conflict).getByRole('row', { name: /^Status/ }).textContent).toBe('Statusskiljer sigPågåendeAvslutad');
    expect(second.repository.stored(2023).activities.find((activity) => activity.id === 2)?.description).not.toBe('Mitt utkast.');
    fireEvent.click(within(conflict).getByRole('button', { name: 'Behåll min version' }));
    expect(await screen.findByText('Aktiviteten ”Fler maträtter skickas till Kajutan” sparades.')).toBeTruthy();
    expect(second.repository.stored(2023).activities.find((activity) => activity.id === 2)).toMatchObject({ description: 'Mitt utkast.', status: 'pagaende' });
  });

  it('keeps a draft when the panel is closed, and discards it only when asked', async () => {
    renderMyUnit(demo.maltidsserviceHead);
    await loaded();
    const panel = await openPanel('Lägg till aktivitet', /^Ny aktivitet/, goalSection(m3));
    type(panel, 'Titel', 'Halvfärdig idé');
    // The footer's Stäng (the header's × has the same name).
    const close = within(panel).getAllByRole('button', { name: 'Stäng' }).find((button) => button.textContent === 'Stäng');
    fireEvent.click(close!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Aktivitet ”Halvfärdig idé”, Måltidsservice')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Släng utkastet' }));
    await waitFor(() => expect(screen.queryByText('Osparade utkast.')).toBeNull());
    expect(window.sessionStorage.length).toBe(0);
  });
});
