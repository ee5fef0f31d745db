import { canAllocate, deriveActor, demoDepartmentIds, demoHealthCareId, demoMiljostrateg, demoWholeRegion2023 } from '../index';

const staff = deriveActor(demoMiljostrateg, demoWholeRegion2023.orgUnits, true);
const ownGoal = demoWholeRegion2023.goals.find((goal) => goal.forvaltningId === demoHealthCareId)!;
const regionGoal = demoWholeRegion2023.goals.find((goal) => goal.forvaltningId === undefined)!;
const transitDepartment = demoWholeRegion2023.orgUnits.find((unit) => unit.name === 'Trafikplanering')!;

describe('allocating in a region of several förvaltningar', () => {
  it('refuses another förvaltning’s own goal, naming the goal and the förvaltning', () => {
    expect(canAllocate(staff, { goalId: ownGoal.id, orgUnitId: demoDepartmentIds.regionservice }, demoWholeRegion2023))
      .toEqual({ ok: false, reason: { code: 'goalOfAnotherForvaltning', params: { goalId: ownGoal.id, parentId: 1 } } });
    expect(canAllocate(staff, { goalId: ownGoal.id, orgUnitId: transitDepartment.id }, demoWholeRegion2023).ok).toBe(false);
  });

  it('allows the region’s goals in every förvaltning', () => {
    expect(canAllocate(staff, { goalId: regionGoal.id, orgUnitId: transitDepartment.id }, demoWholeRegion2023).ok).toBe(true);
  });
});
