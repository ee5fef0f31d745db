// Shared by the Administration tests: the view over the writing in-memory repository.

import * as React from 'react';
import { render, screen, type RenderResult } from '@testing-library/react';
import { demoRegion2023, demoToday, type Person, type YearPicture } from '../../../../domain';
import { EditingRepository } from '../../../allocation/__tests__/support/editingRepository';
import { swedish } from '../../../allocation/__tests__/support/allocationTestKit';
import { AdministrationView, type IAdministrationViewProps } from '../../AdministrationView';

export interface IRenderedAdministration extends RenderResult {
  repository: EditingRepository;
}

export function renderAdministration(
  user: Person,
  options: { regionalStaff?: boolean; pictures?: readonly YearPicture[]; props?: Partial<IAdministrationViewProps> } = {}
): IRenderedAdministration {
  const repository = new EditingRepository(options.pictures ?? [demoRegion2023], user, options.regionalStaff ?? true);
  const result = render(
    <AdministrationView repository={repository} strings={swedish} locale="sv-SE" today={demoToday} {...options.props} />
  );
  return { ...result, repository };
}

export async function loadedAdministration(): Promise<void> {
  await screen.findByRole('heading', { level: 3, name: 'Organisation' });
}

/** A table row by its row header. */
export function rowOf(header: string): HTMLElement {
  const cell = screen.getByRole('rowheader', { name: header });
  const row = cell.closest('tr');
  if (row === null) throw new Error(`no row for ${header}`);
  return row;
}
