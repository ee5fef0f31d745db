/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { demoRegion2023, refusal } from '../../../domain';
import { ConflictPanel } from '../ConflictPanel';
import { knownPeople, personFromInput } from '../people';
import { PlainText } from '../PlainText';
import { SaveFeedback } from '../SaveFeedback';
import { renderWithServices } from '../../../../test/support/render';
import { english } from '../../../../test/support/strings';

setIconOptions({ disableWarnings: true });

describe('PlainText', () => {
  it('shows markup and script as the characters typed, keeping line breaks', () => {
    const typed = '<b>fet</b>\n<script>alert(1)</script> & &amp;';
    const { container } = render(<PlainText text={typed} as="p" />);
    const paragraph = container.querySelector('p')!;
    expect(paragraph.textContent).toBe(typed);
    expect(paragraph.querySelector('b, script')).toBeNull();
    expect(paragraph.innerHTML).toContain('&lt;b&gt;');
    expect(getComputedStyle(paragraph).whiteSpace).toBe('pre-wrap');
  });
});

describe('ConflictPanel', () => {
  function Host({ onKeep }: { onKeep: () => void }): React.ReactElement {
    const [open, setOpen] = React.useState(false);
    return (
      <>
        <button onClick={() => setOpen(true)}>Öppna</button>
        <ConflictPanel
          isOpen={open}
          subject="Aktiviteten"
          rows={[
            { key: 'title', label: 'Titel', mine: 'Min <b>titel</b>', theirs: 'Deras titel' },
            { key: 'status', label: 'Status', mine: 'Pågående', theirs: 'Pågående' },
            { key: 'description', label: 'Beskrivning', mine: '', theirs: 'Rad 1\nRad 2' }
          ]}
          theirsBy="Deras version sparades av Avdelningschef, 16 okt. 2023."
          onKeepMine={onKeep}
          onTakeTheirs={() => setOpen(false)}
          onEdit={() => setOpen(false)}
        />
      </>
    );
  }

  it('sets the versions side by side, marks differences in words, and gives focus back when it closes', async () => {
    const onKeep = jest.fn();
    renderWithServices(<Host onKeep={onKeep} />);
    const opener = screen.getByRole('button', { name: 'Öppna' });
    opener.focus();
    fireEvent.click(opener);
    const panel = await screen.findByRole('dialog', { name: 'Någon annan har ändrat samtidigt' });
    const rows = within(panel).getAllByRole('row').map((row) => within(row).queryAllByRole(/cell|columnheader|rowheader/).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Fält', 'Din version', 'Deras version'],
      ['Titelskiljer sig', 'Min <b>titel</b>', 'Deras titel'],
      ['Statussamma', 'Pågående', 'Pågående'],
      ['Beskrivningskiljer sig', '(tomt)', 'Rad 1\nRad 2']
    ]);
    expect(panel.querySelector('td b')).toBeNull();
    expect(within(panel).getByText('Deras version sparades av Avdelningschef, 16 okt. 2023.')).toBeTruthy();
    // (Focus moving into the panel needs layout, which jsdom lacks: Fluent only focuses visible elements.)
    const keep = within(panel).getByRole('button', { name: 'Behåll min version' });
    expect(document.getElementById(keep.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Sparar din version i stället för deras.');
    fireEvent.click(keep);
    expect(onKeep).toHaveBeenCalledTimes(1);
    fireEvent.click(within(panel).getByRole('button', { name: 'Redigera vidare' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
});

describe('SaveFeedback', () => {
  it('explains each outcome and offers what can be done', async () => {
    const retry = jest.fn();
    const { rerenderWithin } = renderWithServices(<SaveFeedback state={{ kind: 'failed', cause: 'busy', message: 'HTTP 429: Too Many Requests' }} onRetry={retry} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Det gick inte att spara: SharePoint är hårt belastat.*Ditt utkast finns kvar.*HTTP 429: Too Many Requests/));
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(retry).toHaveBeenCalled();
    rerenderWithin(<SaveFeedback state={{ kind: 'forbidden', action: 'allocate' }} />, { strings: english });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/“Miljömål avdelningschefer”/));
    rerenderWithin(<SaveFeedback state={{ kind: 'refused', reason: refusal('required', {}) }} />, { strings: english });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Fill this in\./));
    rerenderWithin(<SaveFeedback state={{ kind: 'saved', value: 1, etag: '' }} />, { strings: english });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('person input', () => {
  it('turns what was typed into a person, falling back to the login for a name', () => {
    expect(personFromInput({ login: '  ', name: 'x' })).toBeUndefined();
    expect(personFromInput({ login: 'a@b.se', name: '' })).toEqual({ login: 'a@b.se', name: 'a@b.se', email: 'a@b.se' });
    expect(knownPeople(demoRegion2023).length).toBeGreaterThan(30);
  });
});
