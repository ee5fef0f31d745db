// Shared by the Administration tests: the view over the writing in-memory repository.

import * as React from 'react';
import { screen, type RenderResult } from '@testing-library/react';
import { demoRegion2023, demoToday, type Person, type YearPicture } from '../../../../domain';
import { MemoryRepository, readerOf } from '../../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../../test/support/render';
import { swedish } from '../../../../../test/support/strings';
import { AdministrationView, type IAdministrationViewProps } from '../../AdministrationView';

export interface IRenderedAdministration extends RenderResult {
  repository: MemoryRepository;
}

export function renderAdministration(
  user: Person,
  options: { regionalStaff?: boolean; pictures?: readonly YearPicture[]; props?: Partial<IAdministrationViewProps> } = {}
): IRenderedAdministration {
  const repository = new MemoryRepository(options.pictures ?? [demoRegion2023], readerOf(user, options.regionalStaff ?? true));
  const result = renderWithServices(<AdministrationView {...options.props} />, { repository, strings: swedish, today: demoToday });
  return { ...result, repository };
}

/** Loaded: against the emulator on a busy machine that can take seconds, not testing-library's one. */
export async function loadedAdministration(): Promise<void> {
  await screen.findByRole('heading', { level: 3, name: 'Organisation' }, { timeout: 15000 });
}

/** A table row by its row header. */
export function rowOf(header: string): HTMLElement {
  const cell = screen.getByRole('rowheader', { name: header });
  const row = cell.closest('tr');
  if (row === null) throw new Error(`no row for ${header}`);
  return row;
}
