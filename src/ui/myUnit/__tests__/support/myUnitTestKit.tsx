// Shared by the Min enhet tests: the loc strings as they ship, the demo people, the view over a
// writable in-memory repository, and small helpers for forms in panels.
import * as React from 'react';
import { fireEvent, screen, within, type RenderResult } from '@testing-library/react';
import { demoOrgUnits, demoReader, demoRegion2023, demoToday, type Person, type YearPicture } from '../../../../domain';
import { forgetDraftMemory } from '../../../edit/draftStore';
import { knownPeople } from '../../../edit/people';
import { MyUnitView } from '../../MyUnitView';
export { english, swedish } from '../../../../../test/support/strings';
import { swedish } from '../../../../../test/support/strings';
import { MemoryRepository, readerOf } from '../../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../../test/support/render';
import type { IServices } from '../../../services/services';


function headOf(orgUnitId: number): Person {
  const head = demoOrgUnits.find((unit) => unit.id === orgUnitId)?.head;
  if (head === undefined) throw new Error(`no head for ${orgUnitId}`);
  return head;
}

/** The demo region's people by what they head (units 111–114 are Regionservice's). */
export const demo = {
  maltidsserviceHead: headOf(111),
  fordonsserviceHead: headOf(112),
  logistikHead: headOf(114),
  regionserviceHead: headOf(11),
  reader: demoReader
};

export const userOf = readerOf;

export interface IRenderedUnit extends RenderResult {
  repository: MemoryRepository;
}

export function renderMyUnit(
  person: Person,
  services: Partial<Pick<IServices, 'strings' | 'locale' | 'today'>> = {},
  picture: YearPicture = demoRegion2023,
  prepare: (repository: MemoryRepository) => void = () => undefined
): IRenderedUnit {
  const repository = new MemoryRepository([picture], userOf(person));
  // The tenant's directory holds everyone the picture names, as the demo's does.
  repository.directory = knownPeople(picture, [person]);
  prepare(repository);
  const result = renderWithServices(<MyUnitView />, { repository, strings: swedish, today: demoToday, ...services });
  return { ...result, repository };
}

/** A fresh tab: no drafts in storage or memory. */
export function freshTab(): void {
  window.sessionStorage.clear();
  forgetDraftMemory();
}

export function type(container: HTMLElement, label: string | RegExp, value: string): void {
  fireEvent.change(within(container).getByLabelText(label), { target: { value } });
}

export async function openPanel(buttonName: string | RegExp, panelName: string | RegExp, scope: HTMLElement = document.body): Promise<HTMLElement> {
  fireEvent.click(within(scope).getByRole('button', { name: buttonName }));
  return screen.findByRole('dialog', { name: panelName });
}

/** The card (article) of an activity, by its title. */
export function activityCard(title: string): HTMLElement {
  return screen.getByRole('article', { name: title });
}

/** The section of a goal, by its heading ("M3 Minskade mängder avfall"). */
export function goalSection(label: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 4, name: label });
  const section = heading.closest('section');
  if (section === null) throw new Error(`no section for ${label}`);
  return section;
}

export function saveButton(panel: HTMLElement): HTMLElement {
  return within(panel).getByRole('button', { name: /^(Spara|Save)$/ });
}
