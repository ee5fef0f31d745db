import {
  computeDepartmentRollup, demoRegion2023, demoToday, demoUnitIds, unitNextSteps,
  type FollowUpPeriod, type NextStep, type YearPicture
} from '../index';

const helar: FollowUpPeriod = { year: 2023, kind: 'helar' };
const maltidsservice = demoUnitIds.maltidsservice;
const titleOf = (step: NextStep): string | undefined =>
  step.kind === 'followUp' ? demoRegion2023.activities.find((activity) => activity.id === step.activityId)?.title : undefined;
const codeOf = (step: NextStep): string | undefined => demoRegion2023.goals.find((goal) => goal.id === step.goalId)?.code;

describe('what a unit should do next', () => {
  it('lists Måltidsservice\'s two activities to follow up for helår 2023, by title, not yet late in October', () => {
    const steps = unitNextSteps(demoRegion2023, maltidsservice, helar, demoToday);
    expect(steps.map((step) => [step.kind, titleOf(step)])).toEqual([
      ['followUp', 'Fler maträtter skickas till Kajutan'],
      ['followUp', 'Minskat matsvinn genom uppdaterade recept']
    ]);
    expect(steps.every((step) => step.kind === 'followUp' && !step.late && step.deadline === '2024-01-15')).toBe(true);
  });

  it('puts the follow-ups first, then the goals without an activity', () => {
    const goal = demoRegion2023.goals.find((candidate) => candidate.year === 2023 && candidate.code === 'M2')!;
    const allocation = { ...demoRegion2023.allocations[0], id: 9001, goalId: goal.id, orgUnitId: maltidsservice };
    const picture: YearPicture = { ...demoRegion2023, allocations: [...demoRegion2023.allocations, allocation] };
    const steps = unitNextSteps(picture, maltidsservice, helar, demoToday);
    expect(steps.map((step) => step.kind)).toEqual(['followUp', 'followUp', 'addActivity']);
    expect(steps[2]).toEqual({ kind: 'addActivity', goalId: goal.id, allocationId: 9001 });
  });

  it('says the follow-ups are late after the deadline the staff set', () => {
    const steps = unitNextSteps(demoRegion2023, maltidsservice, helar, '2024-01-20', { deadline: '2024-01-15' });
    expect(steps.map((step) => step.kind === 'followUp' && step.late)).toEqual([true, true]);
    expect(steps.map((step) => step.kind === 'followUp' && step.deadline)).toEqual(['2024-01-15', '2024-01-15']);
  });

  it('drops a step once it is done, and is empty when all is done', () => {
    const [first] = unitNextSteps(demoRegion2023, maltidsservice, helar, demoToday);
    const activityIds = demoRegion2023.activities
      .filter((activity) => demoRegion2023.allocations.some((allocation) => allocation.id === activity.allocationId && allocation.orgUnitId === maltidsservice))
      .map((activity) => activity.id);
    const followUp = (activityId: number, id: number): YearPicture['followUps'][number] =>
      ({ id, activityId, period: helar, grade: 'genomford', comment: 'Gjort.' });
    const oneDone: YearPicture = { ...demoRegion2023, followUps: [...demoRegion2023.followUps, followUp(first.kind === 'followUp' ? first.activityId : 0, 9001)] };
    expect(unitNextSteps(oneDone, maltidsservice, helar, demoToday).map(titleOf)).toEqual(['Minskat matsvinn genom uppdaterade recept']);
    const allDone: YearPicture = { ...demoRegion2023, followUps: [...demoRegion2023.followUps, ...activityIds.map((id, index) => followUp(id, 9100 + index))] };
    expect(unitNextSteps(allDone, maltidsservice, helar, demoToday)).toEqual([]);
  });

  it('gives a closed unit nothing to do', () => {
    const picture: YearPicture = { ...demoRegion2023, orgUnits: demoRegion2023.orgUnits.map((unit) => unit.id === maltidsservice ? { ...unit, closed: true } : unit) };
    expect(unitNextSteps(picture, maltidsservice, helar, demoToday)).toEqual([]);
  });

  it('counts as the unit\'s progress line does, for every unit of the demo and both periods', () => {
    for (const kind of ['delar', 'helar'] as const) {
      const period: FollowUpPeriod = { year: 2023, kind };
      const departments = demoRegion2023.orgUnits.filter((unit) => unit.level === 'avdelning' && !unit.closed);
      for (const department of departments) {
        for (const unit of computeDepartmentRollup(demoRegion2023, department.id, period).units.filter((candidate) => !candidate.closed)) {
          const steps = unitNextSteps(demoRegion2023, unit.orgUnitId, period, demoToday);
          expect(steps.filter((step) => step.kind === 'followUp')).toHaveLength(unit.followUp.activitiesDue - unit.followUp.activitiesFollowedUp);
          expect(steps.filter((step) => step.kind === 'addActivity')).toHaveLength(unit.goalsHeld - unit.goalsWithActivities);
        }
      }
    }
  });

  it('orders each kind by goal code, whatever the code of the other kind', () => {
    const steps = unitNextSteps(demoRegion2023, demoUnitIds.fordonsservice, helar, demoToday);
    expect(steps.map((step) => [step.kind, codeOf(step)])).toEqual([['followUp', 'M4'], ['addActivity', 'M1']]);
  });
});
