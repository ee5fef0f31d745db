import {
  computeCoverageSummary,
  computeGoalBreakdown,
  demoDepartmentIds,
  demoFollowUpPeriod,
  demoRegion2023,
  demoUnitIds,
  type FollowUp,
  type YearPicture
} from '../index';

const waste = 233;
const breakdown = computeGoalBreakdown(demoRegion2023, waste, demoFollowUpPeriod);
const department = (id: number) => breakdown.departments.find((candidate) => candidate.orgUnitId === id)!;

describe('a goal across the organisation', () => {
  it('names the departments that hold M3 Minskade mängder avfall and the one that does not', () => {
    expect(breakdown.departmentsTotal).toBe(9);
    expect(breakdown.departmentsHolding).toBe(8);
    expect(breakdown.departments.filter((candidate) => candidate.allocation === undefined).map((candidate) => candidate.name))
      .toEqual(['Avdelningen för regional utveckling']);
  });

  it('names Regionservice’s units that hold it and those that do not, with their activities', () => {
    const units = department(demoDepartmentIds.regionservice).units;
    expect(units.map((unit) => [unit.name, unit.allocation !== undefined, unit.activities])).toEqual([
      ['Fordonsservice', false, 0],
      ['Logistik', false, 0],
      ['Lokalvård', true, 1],
      ['Måltidsservice', true, 2]
    ]);
    expect(breakdown.unitsHolding).toBe(2);
  });

  it('lists its activities department by department, department level first, with the latest follow-up', () => {
    expect(breakdown.activities.map((line) => line.activity.id)).toEqual([6, 4, 2, 1]);
    const recipes = breakdown.activities.find((line) => line.activity.id === 1)!;
    expect(recipes).toEqual(expect.objectContaining({ orgUnitId: demoUnitIds.maltidsservice, departmentId: demoDepartmentIds.regionservice, atDepartmentLevel: false }));
    expect(recipes.latestFollowUp?.grade).toBe('paborjadMerAnHalften');
    expect(breakdown.activities.find((line) => line.activity.id === 6)?.latestFollowUp).toBeUndefined();
    expect(breakdown.activitiesFollowedUpInPeriod).toBe(2);
  });

  it('agrees with the coverage summary on every goal', () => {
    const summary = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod);
    let activities = 0;
    for (const goalId of summary.goalIds) {
      const goal = computeGoalBreakdown(demoRegion2023, goalId, demoFollowUpPeriod);
      const holding = summary.departments.filter((candidate) => candidate.allocatedGoalIds.includes(goalId));
      expect(goal.departments.filter((candidate) => candidate.allocation !== undefined).map((candidate) => candidate.orgUnitId))
        .toEqual(holding.map((candidate) => candidate.departmentId));
      expect(goal.departments.map((candidate) => candidate.orgUnitId)).toEqual(summary.departments.map((candidate) => candidate.departmentId));
      expect(goal.unitsTotal).toBe(summary.departments.reduce((sum, candidate) => sum + candidate.unitsTotal, 0));
      activities += goal.activities.length;
    }
    expect(activities).toBe(summary.totals.activities);
  });
});

describe('the latest follow-up and closed units', () => {
  it('takes the newest follow-up up to the period, never a later one', () => {
    const helar: FollowUp = { ...demoRegion2023.followUps[0], id: 99, period: { year: 2023, kind: 'helar' }, grade: 'genomford' };
    const picture: YearPicture = { ...demoRegion2023, followUps: [...demoRegion2023.followUps, helar] };
    const atDelar = computeGoalBreakdown(picture, waste, demoFollowUpPeriod);
    expect(atDelar.activities.find((line) => line.activity.id === 1)?.latestFollowUp?.grade).toBe('paborjadMerAnHalften');
    const atHelar = computeGoalBreakdown(picture, waste, { year: 2023, kind: 'helar' });
    expect(atHelar.activities.find((line) => line.activity.id === 1)?.latestFollowUp?.id).toBe(99);
    expect(atHelar.activities.find((line) => line.activity.id === 2)?.latestFollowUp?.period.kind).toBe('delar');
    expect(atHelar.activitiesFollowedUpInPeriod).toBe(1);
  });

  it('shows a closed unit only where it holds the goal, and never counts it', () => {
    const close = (ids: number[]): YearPicture => ({
      ...demoRegion2023,
      orgUnits: demoRegion2023.orgUnits.map((unit) => (ids.includes(unit.id) ? { ...unit, closed: true } : unit))
    });
    const closed = computeGoalBreakdown(close([demoUnitIds.lokalvard, demoUnitIds.logistik]), waste, demoFollowUpPeriod);
    const units = closed.departments.find((candidate) => candidate.orgUnitId === demoDepartmentIds.regionservice)!.units;
    expect(units.map((unit) => [unit.name, unit.closed])).toEqual([['Fordonsservice', false], ['Måltidsservice', false], ['Lokalvård', true]]);
    expect(closed.unitsHolding).toBe(1);
    expect(closed.unitsTotal).toBe(breakdown.unitsTotal - 2);
  });

  it('has nothing held and no activities for a goal nobody holds', () => {
    const empty = computeGoalBreakdown({ ...demoRegion2023, allocations: [] }, waste, demoFollowUpPeriod);
    expect(empty.departmentsHolding).toBe(0);
    expect(empty.departmentsTotal).toBe(9);
    expect(empty.activities).toEqual([]);
  });
});
