/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { computeCoverageSummary, demoDepartmentIds, demoMiljostrateg, demoRegion2023, demoToday, demoUnitIds } from '../../../domain';
import { computeDepartmentRollup } from '../../../domain/goals/departmentRollup';
import { MiljomalApp } from '../../MiljomalApp';
import { MemoryRepository, readerOf } from '../../../../test/support/memoryRepository';
import { swedish } from '../../../../test/support/strings';

describe('progress per unit on the summary', () => {
  it('gives each block of an opened department its progress for the period, adding up to the department\'s row', async () => {
    const repository = new MemoryRepository([demoRegion2023], readerOf(demoMiljostrateg, true));
    render(<MiljomalApp view="summary" strings={swedish} repository={repository} today={demoToday} />);
    fireEvent.click(await screen.findByRole('button', { name: /^.?Regionservice$/ }));
    const heading = await screen.findByRole('heading', { level: 4, name: 'Måltidsservice' });
    const period = { year: 2023, kind: 'helar' as const };
    const rollup = computeDepartmentRollup(demoRegion2023, demoDepartmentIds.regionservice, period);
    const own = rollup.units.find((unit) => unit.orgUnitId === demoUnitIds.maltidsservice)!;
    const line = heading.nextElementSibling?.textContent ?? '';
    expect(line).toMatch(new RegExp(`^Läget för helår 2023: fördelade mål ${own.goalsHeld}, med aktiviteter ${own.goalsWithActivities}, `
      + `uppföljt ${own.followUp.activitiesFollowedUp} av ${own.followUp.activitiesDue} `));
    // One line per block, and the blocks' figures are the department row's.
    const department = computeCoverageSummary(demoRegion2023, period).departments.find((candidate) => candidate.departmentId === demoDepartmentIds.regionservice)!;
    const blocks = within(heading.closest('td')!).getAllByText(/^Läget för helår 2023: /);
    expect(blocks.length).toBe(rollup.units.filter((unit) => !unit.closed || unit.goalsHeld > 0).length);
    expect(rollup.units.reduce((total, unit) => total + unit.followUp.activitiesDue, 0)).toBe(department.followUp.activitiesDue);
  });
});
