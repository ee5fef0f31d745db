// Shared by the Fördelning tests: the demo region behind a writing in-memory repository, the demo
// people as users, and ways to find cells and dialogs.

import * as React from 'react';
import { screen, waitFor, within, type RenderResult } from '@testing-library/react';
import { demoMiljostrateg, demoOrgUnits, demoReader, demoRegion2023, demoToday, type Person, type YearPicture } from '../../../../domain';
import { AllocationView, type IAllocationViewProps } from '../../AllocationView';
export { english, swedish } from '../../../../../test/support/strings';
import { swedish } from '../../../../../test/support/strings';
import { MemoryRepository, readerOf } from '../../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../../test/support/render';
import type { IServices } from '../../../services/services';


export function headOf(name: string): Person {
  const head = demoOrgUnits.find((unit) => unit.name === name)?.head;
  if (head === undefined) throw new Error(`no head of ${name}`);
  return head;
}

export const regionserviceHead = headOf('Regionservice');
export const maltidsserviceHead = headOf('Måltidsservice');
export const strategist = demoMiljostrateg;
export const reader = demoReader;

export interface IRenderedAllocation extends RenderResult {
  repository: MemoryRepository;
}

export function renderAllocation(
  user: Person,
  options: {
    regionalStaff?: boolean;
    pictures?: readonly YearPicture[];
    props?: Partial<IAllocationViewProps> & Partial<Pick<IServices, 'strings' | 'locale' | 'today'>>;
    /** Sets the repository up before the view reads (missing lists, failing reads). */
    prepare?: (repository: MemoryRepository) => void;
  } = {}
): IRenderedAllocation {
  const repository = new MemoryRepository(options.pictures ?? [demoRegion2023], readerOf(user, options.regionalStaff ?? false));
  options.prepare?.(repository);
  const { strings = swedish, locale = 'sv-SE', today = demoToday, ...viewProps } = options.props ?? {};
  const result = renderWithServices(<AllocationView {...viewProps} />, { repository, strings, locale, today });
  return { ...result, repository };
}

/** Waits for the view to load: a grid's section heading. */
/** Loaded: against the emulator on a busy machine that can take seconds, not testing-library's one. */
export async function loaded(heading: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 3, name: heading }, { timeout: 15000 });
}

/** A cell's button, by its accessible name. */
export function cell(name: string | RegExp): HTMLElement {
  return screen.getByRole('button', { name });
}

export function dialog(): HTMLElement {
  return screen.getByRole('dialog');
}

export async function noDialog(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

/** The status line that confirms a save (also read out). */
export function status(): string {
  return screen.getAllByRole('status').map((node) => node.textContent ?? '').join(' ');
}

/** The messages about changes that were not saved (waits for them). */
export function problems(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Ändringar som inte sparades' });
}

export { within };
