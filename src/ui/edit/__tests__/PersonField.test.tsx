/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Person } from '../../../domain';
import type { PersonSuggestion } from '../../../ports';
import { ReadError } from '../../../ports';
import type { IPersonInput } from '../people';
import { PersonField } from '../PersonField';
import { renderWithServices } from '../../../../test/support/render';
import { MemoryRepository } from '../../../../test/support/memoryRepository';
import { english } from '../../../../test/support/strings';

const anna: Person = { login: 'anna.berg@region.example', name: 'Anna Berg', email: 'anna.berg@region.example' };
const anders: Person = { login: 'anders.ek@region.example', name: 'Anders Ek', email: 'anders.ek@region.example' };
const me: Person = { login: 'enhchef@region.example', name: 'Enhetschef Måltidsservice' };

let latest: IPersonInput = { login: '', name: '' };
function Host({ initial = { login: '', name: '' } }: { initial?: IPersonInput }): React.ReactElement {
  const [value, setValue] = React.useState<IPersonInput>(initial);
  latest = value;
  return <PersonField label="Ansvarig" value={value} onChange={setValue} people={[]} me={me} />;
}

function setup(options: { initial?: IPersonInput; strings?: IMiljomalWebPartStrings } = {}): { repository: MemoryRepository; input: () => HTMLInputElement } {
  const repository = new MemoryRepository([]);
  repository.directory = [anna, anders];
  renderWithServices(<Host initial={options.initial} />, { repository, ...(options.strings ? { strings: options.strings } : {}) });
  return { repository, input: () => screen.getByRole('combobox', { name: 'Ansvarig' }) as HTMLInputElement };
}

function typeInto(input: HTMLInputElement, text: string): void {
  input.focus();
  fireEvent.input(input, { target: { value: text } });
}

/** What the field shows as chosen (Fluent's selected items, named "Vald person"). */
const chosen = (): string => document.querySelector('[aria-labelledby$="-label"]')?.textContent ?? '';

const searches = (repository: MemoryRepository): string[] => repository.calls.filter((call) => call.startsWith('searchPeople'));

describe('PersonField', () => {
  it('ties its label and hint to the search input', () => {
    const { input } = setup();
    expect(screen.getByText('Ansvarig', { selector: 'label' }).getAttribute('for')).toBe(input().id);
    const hint = document.getElementById((input().getAttribute('aria-describedby') ?? '').split(' ').pop() ?? '');
    expect(hint?.textContent).toMatch(/^Skriv minst två tecken av namnet eller e-postadressen.*kontrolleras när du sparar\.$/);
  });

  it('searches once typing pauses with two characters or more, and shows name and e-mail', async () => {
    const { repository, input } = setup();
    typeInto(input(), 'a');
    expect(await screen.findByText('Skriv minst två tecken.')).toBeTruthy();
    typeInto(input(), 'an');
    typeInto(input(), 'ann');
    const list = await screen.findByRole('listbox', { name: 'Föreslagna personer' });
    // Initials, name and e-mail: two people with one name are told apart.
    await waitFor(() => expect(within(list).getAllByRole('option').map((option) => option.textContent)).toEqual(['ABAnna Berganna.berg@region.example']));
    expect(screen.getByText('Föreslagna personer')).toBeTruthy();
    // One search for the pause, none for the single character.
    expect(searches(repository)).toEqual(['searchPeople ann']);
  });

  it('picks by keyboard, resolves the person, and removes them with Backspace', async () => {
    const { repository, input } = setup();
    typeInto(input(), 'an');
    await screen.findByRole('option', { name: /Anders Ek/ });
    fireEvent.keyDown(input(), { key: 'ArrowDown', keyCode: 40, which: 40 });
    fireEvent.keyDown(input(), { key: 'Enter', keyCode: 13, which: 13 });
    // The first suggestion starts highlighted; one step down is the second.
    await waitFor(() => expect(latest).toEqual({ login: anders.login, name: 'Anders Ek' }));
    expect(repository.calls).toContain(`resolvePerson ${anders.login}`);
    expect(chosen()).toContain('Anders Ek');
    // The search stays where focus is, describing who is chosen; typing someone else replaces them.
    expect(input().getAttribute('aria-describedby')).toMatch(/^selected-items-id__\S+ /);
    typeInto(input(), 'anna');
    fireEvent.click(await screen.findByRole('option', { name: /Anna Berg/ }));
    await waitFor(() => expect(latest).toEqual({ login: anna.login, name: 'Anna Berg' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    fireEvent.keyDown(input(), { key: 'Backspace', keyCode: 8, which: 8 });
    await waitFor(() => expect(latest).toEqual({ login: '', name: '' }));
  });

  it('ignores a search\'s late answer once more has been typed', async () => {
    const repository = new MemoryRepository([]);
    const pending: Array<{ query: string; answer: (found: PersonSuggestion[]) => void }> = [];
    repository.searchPeople = (query: string) => new Promise((resolve) => { pending.push({ query, answer: resolve }); });
    renderWithServices(<Host />, { repository });
    const input = screen.getByRole('combobox', { name: 'Ansvarig' }) as HTMLInputElement;
    typeInto(input, 'an');
    await waitFor(() => expect(pending.map((call) => call.query)).toEqual(['an']));
    typeInto(input, 'and');
    await waitFor(() => expect(pending.map((call) => call.query)).toEqual(['an', 'and']));
    await act(async () => { pending[1].answer([anders]); });
    await screen.findByRole('option', { name: /Anders Ek/ });
    await act(async () => { pending[0].answer([anna, anders]); });
    expect(screen.queryByRole('option', { name: /Anna Berg/ })).toBeNull();
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });

  it('refuses beside the field, in the user\'s language, someone SharePoint cannot find, and keeps them in the draft', async () => {
    const { input } = setup({ strings: english });
    typeInto(input(), 'okand@region.example');
    const typed = await screen.findByRole('option', { name: /okand@region\.example/ });
    expect(typed.textContent).toContain('This address, checked when you save');
    fireEvent.keyDown(input(), { key: 'Enter', keyCode: 13, which: 13 });
    expect((await screen.findByRole('alert')).textContent)
      .toBe('SharePoint cannot find anyone who signs in as okand@region.example. Check the spelling or choose someone from the suggestions.');
    expect(latest).toEqual({ login: 'okand@region.example', name: '' });
    expect(chosen()).toContain('okand@region.example');
  });

  it('takes a whole e-mail address when the search does not answer, and says it is checked on save', async () => {
    const { repository, input } = setup();
    repository.failingReads = 1;
    repository.failure = new ReadError('unreachable', 'Failed to fetch');
    typeInto(input(), 'ny');
    expect(await screen.findByText('Sökningen svarar inte just nu. Skriv hela e-postadressen, så kontrolleras den när du sparar.')).toBeTruthy();
    repository.failingReads = 5;
    repository.failingResolutions = 1;
    typeInto(input(), 'ny.person@region.example');
    await screen.findByRole('option', { name: /ny\.person@region\.example/ });
    // Left for the Save button without pressing Enter: still the choice.
    fireEvent.blur(input());
    await waitFor(() => expect(latest).toEqual({ login: 'ny.person@region.example', name: '' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Det gick inte att kontrollera ny.person@region.example just nu. Personen kontrolleras igen när du sparar.');
  });

  it('offers the signed-in user as "Myself" and shows a person chosen before', async () => {
    const { repository } = setup({ initial: { login: anders.login, name: anders.name } });
    expect(chosen()).toContain('Anders Ek');
    fireEvent.click(screen.getByRole('button', { name: 'Jag själv' }));
    await waitFor(() => expect(latest).toEqual({ login: me.login, name: me.name }));
    expect(chosen()).toContain('Enhetschef Måltidsservice');
    expect(repository.calls.filter((call) => call.startsWith('resolvePerson'))).toEqual([]);
  });
});
