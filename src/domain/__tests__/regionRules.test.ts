import { canAllocate, computeRegionSummary, deriveActor, demoDepartmentIds, demoHealthCareId, demoMiljostrateg, demoWholeRegion2023, unitNextSteps } from '../index';
import { computeDepartmentRollup } from '../goals/departmentRollup';
import { cardContent } from '../card/cardContent';

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

describe('each role’s week in a förvaltning other than the first', () => {
  const period = { year: 2023, kind: 'delar' as const };
  const unit = (name: string): number => demoWholeRegion2023.orgUnits.find((candidate) => candidate.name === name)!.id;

  it('gives a unit head in Hälso- och sjukvården their next steps', () => {
    const steps = unitNextSteps(demoWholeRegion2023, unit('Ambulanssjukvården'), period, '2023-08-20');
    expect(steps).toEqual([expect.objectContaining({ kind: 'followUp', activityId: 2202, goalId: ownGoal.id })]);
  });

  it('rolls up a department of Hälso- och sjukvården, with its own goal', () => {
    const rollup = computeDepartmentRollup(demoWholeRegion2023, unit('Akutsjukvården'), period);
    expect(rollup.units.map((row) => row.orgUnitId)).toEqual([unit('Akutsjukvården'), unit('Akutmottagningen'), unit('Ambulanssjukvården')]);
    expect(rollup.goals.map((goal) => goal.goalId)).toContain(ownGoal.id);
    expect(rollup.followUp).toEqual({ activitiesDue: 2, activitiesFollowedUp: 1 });
  });

  it('counts every förvaltning on the regional staff’s card', () => {
    const content = cardContent({ picture: demoWholeRegion2023, viewer: staff, period, today: '2023-08-20' });
    expect(content.headline).toMatchObject({ kind: 'regionCoverage', departments: 12, activitiesDue: 12, activitiesFollowedUp: 8 });
    expect(content.items.map((item) => item.kind === 'departmentMissingGoals' ? item.departmentId : 0)).toContain(transitDepartment.id);
  });

  it('gives each förvaltning a line of its own on the card, first, which add up to the headline', () => {
    const content = cardContent({ picture: demoWholeRegion2023, viewer: staff, period, today: '2023-08-20' });
    const lines = content.items.filter((item) => item.kind === 'forvaltningCoverage');
    const summaries = computeRegionSummary(demoWholeRegion2023, period).forvaltningar;
    expect(lines).toEqual(summaries.map((summary) => expect.objectContaining({
      forvaltningId: summary.organisationId, departments: summary.totals.departments,
      activitiesDue: summary.totals.followUp.activitiesDue, activitiesFollowedUp: summary.totals.followUp.activitiesFollowedUp
    })));
    expect(content.items.slice(0, lines.length)).toEqual(lines);
    const sum = (pick: (line: (typeof lines)[number] & { kind: 'forvaltningCoverage' }) => number): number =>
      lines.reduce((total, line) => total + (line.kind === 'forvaltningCoverage' ? pick(line) : 0), 0);
    expect(content.headline).toMatchObject({ departments: sum((line) => line.departments), activitiesDue: sum((line) => line.activitiesDue) });
    expect(content.headline).not.toHaveProperty('forvaltningId');
  });

  it('shows a förvaltning’s staff its own förvaltning on the card, by name, and no other', () => {
    const viewer = { isRegionalStaff: false, headOfOrgUnitIds: [], staffOfForvaltningIds: [demoHealthCareId] };
    const content = cardContent({ picture: demoWholeRegion2023, viewer, period, today: '2023-08-20' });
    const health = computeRegionSummary(demoWholeRegion2023, period).forvaltningar.find((summary) => summary.organisationId === demoHealthCareId)!;
    expect(content.role).toBe('regionalStaff');
    expect(content.headline).toMatchObject({ kind: 'regionCoverage', forvaltningId: demoHealthCareId, departments: health.totals.departments });
    expect(content.items.some((item) => item.kind === 'forvaltningCoverage')).toBe(false);
    const healthDepartments = new Set(health.departments.map((department) => department.departmentId));
    expect(content.items.every((item) => item.kind === 'departmentMissingGoals' && healthDepartments.has(item.departmentId))).toBe(true);
  });
});

describe('a förvaltning’s own staff', () => {
  const healthStaff = deriveActor({ login: 'stab@region.example', name: 'Stab' }, demoWholeRegion2023.orgUnits, false, [demoHealthCareId]);
  const primarvarden = demoWholeRegion2023.orgUnits.find((unit) => unit.name === 'Primärvården')!;
  const akutmottagningen = demoWholeRegion2023.orgUnits.find((unit) => unit.name === 'Akutmottagningen')!;

  it('allocate to its departments, its own goal too, and nowhere else', () => {
    const energy = demoWholeRegion2023.goals.find((goal) => goal.code === 'M2')!;
    expect(canAllocate(healthStaff, { goalId: energy.id, orgUnitId: primarvarden.id }, demoWholeRegion2023).ok).toBe(true);
    expect(canAllocate(healthStaff, { goalId: ownGoal.id, orgUnitId: primarvarden.id }, demoWholeRegion2023).ok).toBe(true);
    expect(canAllocate(healthStaff, { goalId: regionGoal.id, orgUnitId: transitDepartment.id }, demoWholeRegion2023))
      .toEqual({ ok: false, reason: { code: 'outsideScope', params: {} } });
    // A unit's allocations are its department head's.
    expect(canAllocate(healthStaff, { goalId: ownGoal.id, orgUnitId: akutmottagningen.id }, demoWholeRegion2023).ok).toBe(false);
  });
});
