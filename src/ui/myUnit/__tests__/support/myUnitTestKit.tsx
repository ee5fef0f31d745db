// Shared by the Min enhet tests: the loc strings as they ship, the demo people, the view over a
// writable in-memory repository, and small helpers for forms in panels.
import * as React from 'react';
import { fireEvent, render, screen, within, type RenderResult } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { CurrentUser } from '../../../../ports';
import { demoOrgUnits, demoReader, demoRegion2023, demoToday, type Person, type YearPicture } from '../../../../domain';
import { forgetDraftMemory } from '../../../edit/draftStore';
import { MyUnitView, type IMyUnitViewProps } from '../../MyUnitView';
import { WritableRepository } from './writableRepository';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadLoc } = require('../../../../../test/jest/loadLoc');

setIconOptions({ disableWarnings: true });

export const swedish: IMiljomalWebPartStrings = loadLoc('sv-se');
export const english: IMiljomalWebPartStrings = loadLoc('en-us');

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

export function userOf(person: Person, isRegionalStaff = false): CurrentUser {
  return { person, groups: [], isRegionalStaff, isSiteAdmin: false };
}

export interface IRenderedUnit extends RenderResult {
  repository: WritableRepository;
}

export function renderMyUnit(
  person: Person,
  props: Partial<IMyUnitViewProps> = {},
  picture: YearPicture = demoRegion2023,
  prepare: (repository: WritableRepository) => void = () => undefined
): IRenderedUnit {
  const repository = new WritableRepository(picture, userOf(person));
  prepare(repository);
  const result = render(<MyUnitView repository={repository} strings={swedish} locale="sv-SE" today={demoToday} {...props} />);
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
