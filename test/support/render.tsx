// The one way tests render a piece of the UI: inside the services the app root gives (an
// in-memory repository, Swedish, the demo's today unless a test says otherwise).
import * as React from 'react';
import { fireEvent, render, screen, within, type RenderResult } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { demoToday } from '../../src/domain';
import { realClock } from '../../src/domain/clock';
import type { IServices } from '../../src/ui/services/services';
import { ServicesProvider } from '../../src/ui/services/services';
import { MemoryRepository } from './memoryRepository';
import { swedish } from './strings';

// SharePoint registers Fluent's icon font for the page; a test page has none. Say nothing about it.
setIconOptions({ disableWarnings: true });

export function servicesFor(services: Partial<IServices> = {}): IServices {
  return { repository: new MemoryRepository([]), strings: swedish, locale: 'sv-SE', today: demoToday, now: realClock, ...services };
}

export interface IRenderedWithServices extends RenderResult {
  /** Renders a new element in the same services, or in changed ones (another language). */
  rerenderWithin(element: React.ReactElement, changed?: Partial<IServices>): void;
}

export function renderWithServices(element: React.ReactElement, services: Partial<IServices> = {}): IRenderedWithServices {
  const given = servicesFor(services);
  const wrap = (inner: React.ReactElement, within: IServices): React.ReactElement =>
    <ServicesProvider services={within}>{inner}</ServicesProvider>;
  const result = render(wrap(element, given));
  return { ...result, rerenderWithin: (next, changed = {}) => result.rerender(wrap(next, { ...given, ...changed })) };
}

/**
 * Chooses a person in a person field as a user does: types into its search, waits for the
 * suggestion (Fluent shows them in a layer outside the field) and clicks it.
 */
export async function choosePerson(container: HTMLElement, field: string | RegExp, query: string, suggestion: string | RegExp): Promise<void> {
  const input = within(container).getByRole('combobox', { name: field });
  input.focus();
  fireEvent.input(input, { target: { value: query } });
  fireEvent.click(await screen.findByRole('option', { name: suggestion }, { timeout: 5000 }));
}

/** Types a whole e-mail address into a person field and takes it with Enter (no suggestion needed). */
export function typePersonAddress(container: HTMLElement, field: string | RegExp, address: string): void {
  const input = within(container).getByRole('combobox', { name: field });
  input.focus();
  fireEvent.input(input, { target: { value: address } });
  fireEvent.keyDown(input, { key: 'Enter', keyCode: 13, which: 13 });
}

/**
 * Waits for the whole of a summary: what lies below its fold (matrix, gaps, report, export) is
 * rendered once the page has painted the totals and departments, a frame after them.
 */
export async function findWholeSummary(strings: { ExportHeading: string } = swedish): Promise<void> {
  await screen.findByRole('heading', { name: strings.ExportHeading, level: 3 }, { timeout: 5000 });
}
