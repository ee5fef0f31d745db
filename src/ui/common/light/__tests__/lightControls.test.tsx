/** @jest-environment jsdom */
// The light controls stand in for Fluent's on the summary: they must behave for keyboard and screen
// reader users as Fluent's did.
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { LightButton } from '../LightButton';
import { LightChoiceGroup } from '../LightChoiceGroup';
import { LightDropdown } from '../LightDropdown';
import { LightMessageBar, MessageBarType } from '../LightMessageBar';
import { LightTooltipHost } from '../LightTooltipHost';

setIconOptions({ disableWarnings: true });

describe('LightButton', () => {
  it('is a button named by its text that clicks', () => {
    const onClick = jest.fn();
    render(<LightButton text="Kopiera text" onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Kopiera text' });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-disabled')).toBeNull();
    expect(button.className).toContain('ms-Button--default');
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('stays focusable when disabled with allowDisabledFocus, says so and does nothing', () => {
    const onClick = jest.fn();
    render(<LightButton text="Excel" onClick={onClick} disabled allowDisabledFocus />);
    const button = screen.getByRole('button', { name: 'Excel' });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('is disabled outright without allowDisabledFocus; primary and action look as Fluent’s', () => {
    render(<><LightButton text="Skapa" variant="primary" onClick={jest.fn()} disabled /><LightButton text="Fördelning" variant="action" aria-current="page" onClick={jest.fn()} /></>);
    const primary = screen.getByRole('button', { name: 'Skapa' });
    expect(primary.hasAttribute('disabled')).toBe(true);
    expect(primary.className).toContain('ms-Button--primary');
    expect(primary.className).toContain('is-disabled');
    const action = screen.getByRole('button', { name: 'Fördelning' });
    expect(action.className).toContain('ms-Button--action');
    expect(action.getAttribute('aria-current')).toBe('page');
  });
});

describe('LightDropdown', () => {
  it('is a combo box named by its label, giving the chosen key in its own type', () => {
    const onChange = jest.fn();
    render(<LightDropdown label="År" options={[{ key: 2023, text: '2023' }, { key: 2022, text: '2022' }]} selectedKey={2023} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'År' }) as HTMLSelectElement;
    expect(select.value).toBe('2023');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['2023', '2022']);
    fireEvent.change(select, { target: { value: '2022' } });
    expect(onChange).toHaveBeenCalledWith(2022);
  });
});

describe('LightChoiceGroup', () => {
  it('is a radio group named by its label, its radios sharing a name so arrow keys move between them', () => {
    const onChange = jest.fn();
    render(<LightChoiceGroup label="Period" options={[{ key: 'delar', text: 'Delår' }, { key: 'helar', text: 'Helår' }]} selectedKey="delar" onChange={onChange} />);
    const group = screen.getByRole('radiogroup', { name: 'Period' });
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(group.contains(radios[0])).toBe(true);
    expect(radios.map((radio) => radio.checked)).toEqual([true, false]);
    expect(new Set(radios.map((radio) => radio.name)).size).toBe(1);
    fireEvent.click(screen.getByRole('radio', { name: 'Helår' }));
    expect(onChange).toHaveBeenCalledWith('helar');
  });
});

describe('LightMessageBar', () => {
  it('is a polite status, and an error an assertive alert', async () => {
    render(<><LightMessageBar messageBarType={MessageBarType.info}>Inga mål</LightMessageBar><LightMessageBar messageBarType={MessageBarType.error}>Fel</LightMessageBar></>);
    // Fluent renders a message a moment after its live region, so that screen readers announce it.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Inga mål'));
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('alert').textContent).toBe('Fel');
    expect(screen.getByRole('alert').getAttribute('aria-live')).toBe('assertive');
  });
});

describe('LightTooltipHost', () => {
  const hostOf = (text: string): HTMLElement => screen.getByText(text).parentElement as HTMLElement;
  // Fluent's tooltip has no role of its own: the host's aria-describedby is what screen readers get.
  const tooltip = (): Element | null => document.querySelector('.ms-Tooltip');
  const shown = (text: string): Promise<void> => waitFor(() => expect(tooltip()?.textContent).toBe(text));

  it('opens Fluent’s tooltip after 300 ms on hover, describes the host while open, and closes on Escape', async () => {
    render(<LightTooltipHost content="Fördelade: M1"><span>3 av 4</span></LightTooltipHost>);
    const host = hostOf('3 av 4');
    fireEvent.mouseEnter(host);
    expect(tooltip()).toBeNull();
    await shown('Fördelade: M1');
    expect(document.getElementById(host.getAttribute('aria-describedby')!)?.textContent).toBe('Fördelade: M1');
    fireEvent.keyDown(host, { key: 'Escape' });
    expect(tooltip()).toBeNull();
    expect(host.getAttribute('aria-describedby')).toBeNull();
  });

  it('opens on focus within and closes on blur; opening another closes the first; leaving closes it', async () => {
    render(<><LightTooltipHost content="Första"><button>Ett</button></LightTooltipHost><LightTooltipHost content="Andra"><span>Två</span></LightTooltipHost></>);
    const first = screen.getByRole('button', { name: 'Ett' });
    fireEvent.focus(first);
    await shown('Första');
    fireEvent.blur(first);
    expect(tooltip()).toBeNull();
    fireEvent.focus(first);
    await shown('Första');
    fireEvent.mouseEnter(hostOf('Två'));
    expect(tooltip()).toBeNull();
    await shown('Andra');
    fireEvent.mouseLeave(hostOf('Två'));
    expect(tooltip()).toBeNull();
  });
});
