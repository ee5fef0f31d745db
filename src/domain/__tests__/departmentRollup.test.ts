import fc from 'fast-check';
import { computeCoverageSummary, demoDepartmentIds, demoFollowUpPeriod, demoRegion2023, type FollowUpPeriod } from '../index';
import { computeDepartmentRollup } from '../goals/departmentRollup';

describe('a department head\'s roll-up', () => {
  it('adds up, goal by goal, to the department\'s figures on the summary, for every department and both periods', () => {
    for (const kind of ['delar', 'helar'] as const) {
      const period: FollowUpPeriod = { year: 2023, kind };
      const summary = computeCoverageSummary(demoRegion2023, period);
      for (const department of summary.departments) {
        const rollup = computeDepartmentRollup(demoRegion2023, department.departmentId, period);
        expect(rollup.followUp).toEqual(department.followUp);
        expect(rollup.goals.reduce((total, goal) => total + goal.activities.length, 0)).toBe(department.activities);
        expect(rollup.goals.filter((goal) => goal.heldByDepartment).map((goal) => goal.goalId)).toEqual(department.allocatedGoalIds);
      }
    }
  });

  it('adds up, unit by unit, to the department\'s figures on the summary (the progress each head sees)', () => {
    for (const kind of ['delar', 'helar'] as const) {
      const period: FollowUpPeriod = { year: 2023, kind };
      const summary = computeCoverageSummary(demoRegion2023, period);
      for (const department of summary.departments) {
        const { units } = computeDepartmentRollup(demoRegion2023, department.departmentId, period);
        const own = units[0];
        const below = units.slice(1);
        expect(own.orgUnitId).toBe(department.departmentId);
        expect(own.goalsHeld).toBe(department.goalsAllocated);
        expect(below.filter((unit) => !unit.closed && unit.goalsHeld > 0).length).toBe(department.unitsReached);
        expect(below.filter((unit) => !unit.closed).length).toBe(department.unitsTotal);
        expect(below.reduce((total, unit) => total + unit.goalsHeld, 0)).toBe(department.unitAllocations);
        const sum = (pick: (unit: (typeof units)[number]) => number): number => units.reduce((total, unit) => total + pick(unit), 0);
        expect({ activitiesDue: sum((unit) => unit.followUp.activitiesDue), activitiesFollowedUp: sum((unit) => unit.followUp.activitiesFollowedUp) })
          .toEqual(department.followUp);
        for (const unit of units) expect(unit.goalsWithActivities).toBeLessThanOrEqual(unit.goalsHeld);
      }
    }
  });

  it('names each unit\'s activities under the goal with their latest follow-up', () => {
    const rollup = computeDepartmentRollup(demoRegion2023, demoDepartmentIds.regionservice, demoFollowUpPeriod);
    const lines = rollup.goals.flatMap((goal) => goal.activities.map((line) => ({ goal: goal.goalId, line })));
    for (const { goal, line } of lines) {
      const allocation = demoRegion2023.allocations.find((candidate) => candidate.id === line.activity.allocationId);
      expect(allocation?.goalId).toBe(goal);
      expect(line.latestFollowUp?.activityId ?? line.activity.id).toBe(line.activity.id);
    }
    expect(lines.some(({ line }) => !line.atDepartmentLevel)).toBe(true);
  });

  it('still adds up whatever follow-ups exist (any subset of the activities followed up)', () => {
    fc.assert(fc.property(fc.subarray(demoRegion2023.activities.map((activity) => activity.id)), (followed) => {
      const picture = {
        ...demoRegion2023,
        followUps: followed.map((activityId, index) => ({ id: 5000 + index, activityId, period: demoFollowUpPeriod, grade: 'genomford' as const, comment: '' }))
      };
      const summary = computeCoverageSummary(picture, demoFollowUpPeriod);
      for (const department of summary.departments) {
        expect(computeDepartmentRollup(picture, department.departmentId, demoFollowUpPeriod).followUp).toEqual(department.followUp);
      }
    }), { numRuns: 40 });
  });
});
