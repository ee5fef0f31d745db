/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { activityCard, demo, english, freshTab, openPanel, renderMyUnit, saveButton, type } from './support/myUnitTestKit';

beforeEach(freshTab);

const recipes = 'Minskat matsvinn genom uppdaterade recept';

async function loaded(): Promise<void> {
  await screen.findByRole('heading', { level: 3, name: 'Måltidsservice' });
}

describe('following up an activity', () => {
  it('records the grade and comment for the current period; earlier periods are read-only', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead);
    await loaded();
    const card = activityCard(recipes);
    expect(within(card).getByText('Inte uppföljd för helår 2023 än.')).toBeTruthy();
    // delår 2023 as reported in August: shown, with no control to change it.
    expect(within(card).getByText('Tidigare perioder')).toBeTruthy();
    expect(within(card).getByText('Delår 2023: Påbörjad, mer än hälften')).toBeTruthy();
    expect(within(card).getByText('Nya recept i två av tre kök; svinnet har minskat med en fjärdedel.')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: /delår/i })).toBeNull();

    const panel = await openPanel('Följ upp helår 2023', 'Uppföljning, helår 2023', card);
    // The grade is a radio group of words, best first; the comment is required.
    const grades = within(panel).getByRole('radiogroup', { name: 'Genomförandegrad' });
    expect(within(grades).getAllByRole('radio').map((radio) => radio.closest('div')?.textContent)).toEqual([
      'Genomförd eller löpande', 'Påbörjad, mer än hälften', 'Påbörjad, mindre än hälften', 'Ej påbörjad'
    ]);
    fireEvent.click(saveButton(panel));
    await waitFor(() => expect(within(panel).getAllByText('Fyll i det här.')).toHaveLength(2));
    expect(repository.writes).toEqual([]);

    fireEvent.click(within(grades).getByLabelText('Påbörjad, mer än hälften'));
    type(panel, 'Kommentar', 'Recepten är uppdaterade i alla kök.\nSvinnet har halverats.');
    fireEvent.click(saveButton(panel));
    expect(await screen.findByText('Uppföljningen för helår 2023 av ”Minskat matsvinn genom uppdaterade recept” sparades.')).toBeTruthy();
    expect(repository.writes).toEqual(['addFollowUp 1 2023-helar']);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const after = activityCard(recipes);
    expect(within(after).getByText('Helår 2023: Påbörjad, mer än hälften')).toBeTruthy();
    expect(within(after).getByText(/^Recepten är uppdaterade/).textContent).toBe('Recepten är uppdaterade i alla kök.\nSvinnet har halverats.');
    // Saved by the unit head now (helår), and by the same person in August (delår).
    expect(within(after).getAllByText(/^Sparad av Maja Engström, /)).toHaveLength(2);
    expect(within(after).getByRole('button', { name: 'Ändra uppföljningen för helår 2023' })).toBeTruthy();
    expect(repository.stored(2023).followUps.find((followUp) => followUp.activityId === 1 && followUp.period.kind === 'helar'))
      .toMatchObject({ period: { year: 2023, kind: 'helar' }, grade: 'paborjadMerAnHalften', updatedBy: { login: demo.maltidsserviceHead.login } });
    // delår is untouched.
    expect(repository.stored(2023).followUps.find((followUp) => followUp.id === 1)?.comment).toBe('Nya recept i två av tre kök; svinnet har minskat med en fjärdedel.');
  });

  it('speaks English: the scale, the period and the messages', async () => {
    renderMyUnit(demo.maltidsserviceHead, { strings: english, locale: 'en-US' });
    await loaded();
    const panel = await openPanel('Follow up full year 2023', 'Follow-up, full year 2023', activityCard(recipes));
    expect(within(panel).getByRole('radiogroup', { name: 'Degree of implementation' })).toBeTruthy();
    fireEvent.click(saveButton(panel));
    await waitFor(() => expect(within(panel).getAllByText('Fill this in.')).toHaveLength(2));
  });

  it('shows both versions when someone else recorded the period first, and keeps mine on request', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead);
    await loaded();
    // A colleague records helår while the view is open.
    repository.addBehind('followUps', {
      id: 900, activityId: 1, period: { year: 2023, kind: 'helar' }, grade: 'ejPaborjad', comment: 'Kollegans kommentar',
      updatedBy: demo.regionserviceHead, updatedAt: '2023-10-16T08:30:00Z'
    }, 2023);
    const panel = await openPanel('Följ upp helår 2023', 'Uppföljning, helår 2023', activityCard(recipes));
    fireEvent.click(within(panel).getByLabelText('Genomförd eller löpande'));
    type(panel, 'Kommentar', 'Min kommentar');
    fireEvent.click(saveButton(panel));

    const conflict = await screen.findByRole('dialog', { name: 'Någon annan har ändrat samtidigt' });
    const table = within(conflict).getByRole('table', { name: 'Din version och deras, fält för fält' });
    const rows = within(table).getAllByRole('row').map((row) => within(row).queryAllByRole(/cell|columnheader|rowheader/).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Fält', 'Din version', 'Deras version'],
      ['Genomförandegradskiljer sig', 'Genomförd eller löpande', 'Ej påbörjad'],
      ['Kommentarskiljer sig', 'Min kommentar', 'Kollegans kommentar']
    ]);
    expect(within(conflict).getByText(/^Deras version sparades av Anders Lindqvist, /)).toBeTruthy();
    fireEvent.click(within(conflict).getByRole('button', { name: 'Behåll min version' }));
    expect(await screen.findByText('Uppföljningen för helår 2023 av ”Minskat matsvinn genom uppdaterade recept” sparades.')).toBeTruthy();
    expect(repository.writes).toEqual(['addFollowUp 1 2023-helar', 'updateFollowUp 900']);
    expect(repository.stored(2023).followUps.find((followUp) => followUp.id === 900)).toMatchObject({ grade: 'genomford', comment: 'Min kommentar' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(activityCard(recipes)).getByText('Helår 2023: Genomförd eller löpande')).toBeTruthy();
  });

  it('takes their version on request and drops the draft', async () => {
    const { repository } = renderMyUnit(demo.maltidsserviceHead);
    await loaded();
    repository.addBehind('followUps', {
      id: 901, activityId: 1, period: { year: 2023, kind: 'helar' }, grade: 'ejPaborjad', comment: 'Kollegans kommentar',
      updatedBy: demo.regionserviceHead, updatedAt: '2023-10-16T08:30:00Z'
    }, 2023);
    const panel = await openPanel('Följ upp helår 2023', 'Uppföljning, helår 2023', activityCard(recipes));
    fireEvent.click(within(panel).getByLabelText('Genomförd eller löpande'));
    type(panel, 'Kommentar', 'Min kommentar');
    fireEvent.click(saveButton(panel));
    const conflict = await screen.findByRole('dialog', { name: 'Någon annan har ändrat samtidigt' });
    fireEvent.click(within(conflict).getByRole('button', { name: 'Använd deras version' }));
    expect(await screen.findByText('Deras version gäller. Ditt utkast är slängt.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(activityCard(recipes)).getByText('Helår 2023: Ej påbörjad')).toBeTruthy();
    expect(repository.writes).toEqual(['addFollowUp 1 2023-helar']);
    expect(window.sessionStorage.length).toBe(0);
  });
});
