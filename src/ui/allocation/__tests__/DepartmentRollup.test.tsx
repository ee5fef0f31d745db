/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { computeCoverageSummary, demoDepartmentIds, demoFollowUpPeriod, demoRegion2023, demoUnitIds } from '../../../domain';
import { computeDepartmentRollup } from '../../../domain/goals/departmentRollup';
import { loaded, maltidsserviceHead, regionserviceHead, renderAllocation } from './support/allocationTestKit';

const regionservice = 'Miljömål till enheterna i Regionservice';

function section(period = 'delår 2023'): HTMLElement {
  return screen.getByRole('region', { name: `Arbetet i Regionservice, ${period}` });
}

const regionserviceIn = (kind: 'delar' | 'helar') => computeCoverageSummary(demoRegion2023, { year: 2023, kind }).departments
  .find((candidate) => candidate.departmentId === demoDepartmentIds.regionservice)!;

describe('the department head\'s roll-up in Fördelning', () => {
  it('gathers the units\' activities and follow-ups under each goal, with the summary\'s figures', async () => {
    renderAllocation(regionserviceHead, { props: { today: '2023-08-20' } });
    await loaded(regionservice);
    const department = regionserviceIn(demoFollowUpPeriod.kind);
    const missing = department.followUp.activitiesDue - department.followUp.activitiesFollowedUp;
    expect(missing).toBe(1);
    // Before the deadline nothing is late yet.
    expect(within(section()).getByText(`Uppföljda: ${department.followUp.activitiesFollowedUp} av ${department.followUp.activitiesDue} (75 %).`)).toBeTruthy();
    const table = within(section()).getByRole('table', { name: /^Per miljömål/ });
    expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(0);
    // Every activity of the department shows under its goal, with its state for the period.
    const allocations = new Set(demoRegion2023.allocations.filter((allocation) => {
      const unit = demoRegion2023.orgUnits.find((candidate) => candidate.id === allocation.orgUnitId);
      return unit?.id === demoDepartmentIds.regionservice || unit?.parentId === demoDepartmentIds.regionservice;
    }).map((allocation) => allocation.id));
    const titles = demoRegion2023.activities.filter((activity) => allocations.has(activity.allocationId)).map((activity) => activity.title);
    const items = within(section()).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items).toHaveLength(titles.length);
    for (const title of titles) expect(items.some((item) => item.includes(title))).toBe(true);
    expect(items.filter((item) => item.includes('(ingen uppföljning för delår 2023)'))).toHaveLength(missing);
  });

  it('shows each unit\'s progress in a row of its own: goals allocated, with activities, followed up', async () => {
    renderAllocation(regionserviceHead, { props: { today: '2023-08-20' } });
    await loaded(regionservice);
    const table = within(section()).getByRole('table', { name: 'Per enhet i Regionservice' });
    const { units } = computeDepartmentRollup(demoRegion2023, demoDepartmentIds.regionservice, demoFollowUpPeriod);
    const open = demoRegion2023.orgUnits.filter((unit) => unit.parentId === demoDepartmentIds.regionservice && !unit.closed);
    // The department's own level and every open unit, holding goals or not.
    const headers = within(table).getAllByRole('rowheader').map((header) => header.textContent);
    expect(headers[0]).toBe('Avdelningsnivå');
    expect(headers).toEqual(expect.arrayContaining(open.map((unit) => unit.name)));
    expect(headers).toHaveLength(units.length);
    const maltids = units.find((unit) => unit.orgUnitId === demoUnitIds.maltidsservice)!;
    const row = within(table).getByRole('rowheader', { name: 'Måltidsservice' }).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells[0]).toBe(String(maltids.goalsHeld));
    expect(cells[1]).toBe(`${maltids.goalsWithActivities} av ${maltids.goalsHeld}`);
    expect(cells[2]).toMatch(new RegExp(`^${maltids.followUp.activitiesFollowedUp} av ${maltids.followUp.activitiesDue} `));
  });

  it('says what is late once the period\'s deadline has passed', async () => {
    renderAllocation(regionserviceHead, { props: { today: '2024-01-20' } });
    await loaded(regionservice);
    const department = regionserviceIn('helar');
    const late = department.followUp.activitiesDue - department.followUp.activitiesFollowedUp;
    expect(late).toBeGreaterThan(1);
    expect(within(section('helår 2023')).getByText(new RegExp(`^Uppföljda: ${department.followUp.activitiesFollowedUp} av ${department.followUp.activitiesDue} .*, ${late} sena\\.$`))).toBeTruthy();
  });

  it('is not shown to a unit head', async () => {
    renderAllocation(maltidsserviceHead, { props: { today: '2023-09-05' } });
    await screen.findAllByRole('heading');
    expect(screen.queryByRole('region', { name: /^Arbetet i/ })).toBeNull();
  });
});
