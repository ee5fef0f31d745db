// Shared by the summary view tests: the loc strings as they ship, the demo region behind an
// in-memory repository, and ways to read the rendered view.

import * as React from 'react';
import { screen, within, type RenderResult } from '@testing-library/react';
import { demoFollowUpPeriod, demoRegion2023, demoToday, type YearPicture } from '../../../../domain';
import { SummaryView, type ISummaryViewProps } from '../../SummaryView';
export { english, swedish } from '../../../../../test/support/strings';
import { swedish } from '../../../../../test/support/strings';
import { MemoryRepository } from '../../../../../test/support/memoryRepository';
import { renderWithServices } from '../../../../../test/support/render';
export { findWholeSummary } from '../../../../../test/support/render';
import type { IServices } from '../../../services/services';


export interface IRendered extends RenderResult {
  repository: MemoryRepository;
}

/** The demo's today (October 2023) falls in helår; the paper reported delår, so the view opens on it. */
export function renderSummary(
  props: Partial<ISummaryViewProps> & Partial<Pick<IServices, 'strings' | 'locale' | 'today'>> = {},
  pictures: readonly YearPicture[] = [demoRegion2023],
  prepare: (repository: MemoryRepository) => void = () => undefined
): IRendered {
  const repository = new MemoryRepository(pictures);
  prepare(repository);
  const { strings = swedish, locale = 'sv-SE', today = demoToday, ...viewProps } = props;
  const result = renderWithServices(
    <SummaryView periodKind={demoFollowUpPeriod.kind} {...viewProps} />,
    { repository, strings, locale, today }
  );
  return { ...result, repository };
}

/** The value shown under a label of the totals band (the dd after the dt). */
export function totalsValue(label: string): { value: string; note: string } {
  const term = screen.getByText(label, { selector: 'dt' });
  const spans = term.nextElementSibling?.querySelectorAll('span') ?? [];
  return { value: spans[0]?.textContent ?? '', note: spans[1]?.textContent ?? '' };
}

/** The row headers of a table's body, top to bottom. */
export function rowHeaders(table: HTMLElement): string[] {
  const body = table.querySelector('tbody');
  if (body === null) throw new Error('table without body');
  return within(body).getAllByRole('rowheader').map((header) => header.textContent?.replace(/^[▸▾]/, '') ?? '');
}

/** The section under a level-3 heading. */
export function sectionOf(heading: string): HTMLElement {
  const section = screen.getByRole('heading', { level: 3, name: heading }).closest('section');
  if (section === null) throw new Error(`no section for ${heading}`);
  return section;
}

/** Non-breaking spaces (Swedish number and percent formatting) as plain spaces. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/\u00A0|\u202F/g, ' ');
}

/** The demo region moved to another year, so a repository can hold two years. */
export function demoInYear(year: number): YearPicture {
  return {
    ...demoRegion2023,
    year,
    goals: demoRegion2023.goals.map((goal) => ({ ...goal, year })),
    followUps: demoRegion2023.followUps.map((followUp) => ({ ...followUp, period: { ...followUp.period, year } }))
  };
}
