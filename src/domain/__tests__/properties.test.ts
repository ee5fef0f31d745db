import fc from 'fast-check';
import {
  canAllocate,
  canEditActivity,
  canEditGoals,
  canEditOrganisation,
  canMoveActivities,
  canRegisterActivity,
  canRemoveAllocation,
  computeCoverageSummary,
  deriveActor,
  moveActivities,
  type Actor,
  type Allocation,
  type FollowUpPeriod,
  type OrgUnit,
  type RuleResult,
  type YearPicture
} from '../index';
import { anyPictureArb, buildOrganisation, forvaltningId, orgShapeArb, year } from './support/generators';

const runs = { numRuns: 100 };
const periodArb: fc.Arbitrary<FollowUpPeriod> = fc.constantFrom('delar' as const, 'helar' as const).map((kind) => ({ year, kind }));
const pick = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);
const staff = (picture: YearPicture): Actor => deriveActor({ login: 'staff@region.example', name: 'Staff' }, picture.orgUnits, true);
const nobody = (picture: YearPicture): Actor => deriveActor({ login: 'reader@region.example', name: 'Reader' }, picture.orgUnits, false);
const headActor = (picture: YearPicture, unit: OrgUnit): Actor =>
  deriveActor(unit.head ?? { login: '', name: '' }, picture.orgUnits, false);

describe('the coverage summary of any organisation', () => {
  it('adds up: per-department figures sum to the totals and agree with the gaps', () => {
    fc.assert(
      fc.property(anyPictureArb, periodArb, (picture, period) => {
        const { departments, totals, gaps } = computeCoverageSummary(picture, period);
        const sum = (value: (d: (typeof departments)[number]) => number): number => departments.reduce((s, d) => s + value(d), 0);
        const count = (holds: (d: (typeof departments)[number]) => boolean): number => departments.filter(holds).length;
        const gapCount = (code: string): number => gaps.filter((gap) => gap.code === code).length;

        // One comparison per run: the derived figures must equal the stated ones.
        const derived = {
          activities: sum((d) => d.activities),
          activitiesByLevel: sum((d) => d.departmentLevelActivities) + sum((d) => d.unitLevelActivities),
          departmentsWithAllGoals: count((d) => d.goalsAllocated === totals.goalsPossible),
          departmentsAllocatedToUnits: count((d) => d.unitsReached > 0),
          departmentsWithActivity: count((d) => d.hasActivity),
          departmentsWithDepartmentLevelActivity: count((d) => d.hasDepartmentLevelActivity),
          followedUp: sum((d) => d.followUp.activitiesFollowedUp),
          followedUpAtMostDue: totals.followUp.activitiesFollowedUp <= totals.followUp.activitiesDue,
          goalsAddUp: departments.every((d) => d.goalsAllocated + d.missingGoalIds.length === totals.goalsPossible),
          unitsReachedAtMostTotal: departments.every((d) => d.unitsReached <= d.unitsTotal),
          missingGoalGaps: count((d) => d.missingGoalIds.length > 0),
          allocationGaps: sum((d) => d.allocationsWithoutActivities),
          followUpGaps: totals.followUp.activitiesDue - totals.followUp.activitiesFollowedUp
        };
        expect(derived).toEqual({
          activities: totals.activities,
          activitiesByLevel: totals.activities,
          departmentsWithAllGoals: totals.departmentsWithAllGoals,
          departmentsAllocatedToUnits: totals.departmentsAllocatedToUnits,
          departmentsWithActivity: totals.departmentsWithActivity,
          departmentsWithDepartmentLevelActivity: totals.departmentsWithDepartmentLevelActivity,
          followedUp: totals.followUp.activitiesFollowedUp,
          followedUpAtMostDue: true,
          goalsAddUp: true,
          unitsReachedAtMostTotal: true,
          missingGoalGaps: gapCount('departmentMissingGoals'),
          allocationGaps: gapCount('allocationWithoutActivities'),
          followUpGaps: gapCount('activityWithoutFollowUp')
        });
      }),
      runs
    );
  });

  it('counts the same activities as a naive scan', () => {
    fc.assert(
      fc.property(anyPictureArb, periodArb, (picture, period) => {
        const byId = new Map(picture.orgUnits.map((unit) => [unit.id, unit]));
        const countedGoals = new Set(picture.goals.filter((goal) => !goal.retired).map((goal) => goal.id));
        const departmentOf = (unit: OrgUnit | undefined): OrgUnit | undefined =>
          unit?.level === 'avdelning' ? unit : unit?.level === 'enhet' ? byId.get(unit.parentId ?? -1) : undefined;
        const expected = picture.activities.filter((activity) => {
          const allocation = picture.allocations.find((candidate) => candidate.id === activity.allocationId);
          const department = departmentOf(byId.get(allocation?.orgUnitId ?? -1));
          return allocation !== undefined && countedGoals.has(allocation.goalId) && department !== undefined && !department.closed;
        }).length;
        const { totals } = computeCoverageSummary(picture, period);
        const openDepartments = picture.orgUnits.filter((unit) => unit.level === 'avdelning' && !unit.closed).length;
        expect([totals.activities, totals.departments]).toEqual([expected, openDepartments]);
      }),
      runs
    );
  });
});

describe('activities only on allocated goals', () => {
  it('refuses every attempt on a goal not allocated to the unit, whoever tries', () => {
    fc.assert(
      fc.property(anyPictureArb, fc.nat(), fc.nat(), fc.nat(), (picture, goalIndex, unitIndex, actorIndex) => {
        const unit = pick(picture.orgUnits, unitIndex);
        const goal = pick(picture.goals, goalIndex);
        fc.pre(unit !== undefined && goal !== undefined);
        if (unit === undefined || goal === undefined) return;
        const actors = [staff(picture), ...picture.orgUnits.map((candidate) => headActor(picture, candidate))];
        const actor = pick(actors, actorIndex) ?? staff(picture);
        const result = canRegisterActivity(actor, { goalId: goal.id, orgUnitId: unit.id }, picture);
        const allocated = picture.allocations.some((a) => a.goalId === goal.id && a.orgUnitId === unit.id);
        if (!allocated) expect(result).toEqual({ ok: false, reason: expect.anything() });
        if (result.ok) expect(allocated && !unit.closed && !goal.retired).toBe(true);
      }),
      runs
    );
  });

  const operationArb = fc.oneof(
    fc.record({ kind: fc.constant('allocate' as const), actor: fc.nat(), goal: fc.nat(), unit: fc.nat() }),
    fc.record({ kind: fc.constant('register' as const), actor: fc.nat(), goal: fc.nat(), unit: fc.nat() }),
    fc.record({ kind: fc.constant('removeAllocation' as const), actor: fc.nat(), allocation: fc.nat() }),
    fc.record({ kind: fc.constant('move' as const), actor: fc.nat(), from: fc.nat(), to: fc.nat() }),
    fc.record({ kind: fc.constant('removeActivity' as const), actor: fc.nat(), activity: fc.nat() })
  );
  type Operation = typeof operationArb extends fc.Arbitrary<infer O> ? O : never;

  /** Applies an operation only when its rule allows it, as the UI would. */
  function apply(picture: YearPicture, operation: Operation, actors: readonly Actor[]): YearPicture {
    const actor = pick(actors, operation.actor) ?? actors[0];
    const nextId = (ids: number[]): number => Math.max(0, ...ids) + 1;
    switch (operation.kind) {
      case 'allocate': {
        const target = { goalId: pick(picture.goals, operation.goal)?.id ?? 0, orgUnitId: pick(picture.orgUnits, operation.unit)?.id ?? 0 };
        if (!canAllocate(actor, target, picture).ok) return picture;
        const allocation: Allocation = {
          id: nextId(picture.allocations.map((a) => a.id)), ...target, allocatedBy: actor.person,
          allocatedAt: '2023-03-01T00:00:00Z', agreedWithUnitHead: true
        };
        return { ...picture, allocations: [...picture.allocations, allocation] };
      }
      case 'register': {
        const target = { goalId: pick(picture.goals, operation.goal)?.id ?? 0, orgUnitId: pick(picture.orgUnits, operation.unit)?.id ?? 0 };
        if (!canRegisterActivity(actor, target, picture).ok) return picture;
        const allocation = picture.allocations.find((a) => a.goalId === target.goalId && a.orgUnitId === target.orgUnitId);
        const activity = {
          id: nextId(picture.activities.map((a) => a.id)), allocationId: allocation?.id ?? -1,
          title: 'Aktivitet', description: '', status: 'planerad' as const
        };
        return { ...picture, activities: [...picture.activities, activity] };
      }
      case 'removeAllocation': {
        const allocation = pick(picture.allocations, operation.allocation);
        if (allocation === undefined || !canRemoveAllocation(actor, allocation.id, picture).ok) return picture;
        return { ...picture, allocations: picture.allocations.filter((a) => a.id !== allocation.id) };
      }
      case 'move': {
        const from = pick(picture.allocations, operation.from);
        const to = pick(picture.allocations, operation.to);
        if (from === undefined || to === undefined || !canMoveActivities(actor, from.id, to.id, picture).ok) return picture;
        return { ...picture, activities: moveActivities(picture.activities, from.id, to.id) };
      }
      case 'removeActivity': {
        const activity = pick(picture.activities, operation.activity);
        if (activity === undefined || !canEditActivity(actor, activity.id, picture).ok) return picture;
        return { ...picture, activities: picture.activities.filter((a) => a.id !== activity.id) };
      }
    }
  }

  function expectConsistent(picture: YearPicture): void {
    const byId = new Map(picture.orgUnits.map((unit) => [unit.id, unit]));
    const holds = (goalId: number, orgUnitId: number | undefined): boolean =>
      picture.allocations.some((a) => a.goalId === goalId && a.orgUnitId === orgUnitId);
    for (const activity of picture.activities) {
      expect(picture.allocations.some((a) => a.id === activity.allocationId)).toBe(true);
    }
    for (const allocation of picture.allocations) {
      const unit = byId.get(allocation.orgUnitId);
      expect(unit?.level).not.toBe('forvaltning');
      if (unit?.level === 'enhet') expect(holds(allocation.goalId, unit.parentId)).toBe(true);
      expect(picture.allocations.filter((a) => a.goalId === allocation.goalId && a.orgUnitId === allocation.orgUnitId)).toHaveLength(1);
    }
  }

  it('keeps every activity on an allocated goal through any sequence of allowed changes', () => {
    fc.assert(
      fc.property(orgShapeArb, fc.array(operationArb, { maxLength: 30 }), (shape, operations) => {
        const { goals, orgUnits } = buildOrganisation(shape);
        let picture: YearPicture = { year, goals, orgUnits, allocations: [], activities: [], followUps: [], indicators: [], indicatorValues: [] };
        const actors = [staff(picture), nobody(picture), ...orgUnits.map((unit) => headActor(picture, unit))];
        for (const operation of operations) {
          picture = apply(picture, operation, actors);
          expectConsistent(picture);
        }
      }),
      runs
    );
  });
});

describe('scope rules hold for every role', () => {
  /** Checks both directions: out of scope is always refused; in scope is refused only for another reason. */
  function checkScope(
    actor: Actor,
    picture: YearPicture,
    goalIndex: number,
    unitIndex: number,
    mayAllocateTo: (unit: OrgUnit) => boolean,
    mayWorkAt: (unit: OrgUnit) => boolean
  ): void {
    const unit = pick(picture.orgUnits, unitIndex);
    const goal = pick(picture.goals, goalIndex);
    if (unit === undefined || goal === undefined) return;
    const target = { goalId: goal.id, orgUnitId: unit.id };
    const allocate = canAllocate(actor, target, picture);
    const register = canRegisterActivity(actor, target, picture);
    const outcome = (result: RuleResult): string => (result.ok ? 'allowed' : result.reason.code === 'outsideScope' ? 'outside' : 'other');
    // In scope may still be refused for another reason (closed unit, duplicate …), never for scope.
    const expected = (inScope: boolean, result: RuleResult): string => (inScope ? (result.ok ? 'allowed' : 'other') : 'outside');
    // Allocating to the förvaltning is refused for its level before scope is considered.
    const allocateExpected = unit.level === 'forvaltning' ? 'other' : expected(mayAllocateTo(unit), allocate);
    expect([outcome(allocate), outcome(register)]).toEqual([allocateExpected, expected(mayWorkAt(unit), register)]);
  }

  const scopeArb = fc.tuple(anyPictureArb, fc.nat(), fc.nat(), fc.nat());

  it('regional staff allocate to departments only, and work anywhere', () => {
    fc.assert(
      fc.property(scopeArb, ([picture, goal, unit]) => {
        checkScope(staff(picture), picture, goal, unit, (u) => u.level === 'avdelning', () => true);
        expect(canEditGoals(staff(picture)).ok && canEditOrganisation(staff(picture)).ok).toBe(true);
      }),
      runs
    );
  });

  it('a department head allocates to its own units and works in its department', () => {
    fc.assert(
      fc.property(scopeArb, ([picture, goal, unit, head]) => {
        const department = pick(picture.orgUnits.filter((u) => u.level === 'avdelning' && !u.closed), head);
        if (department === undefined) return;
        const actor = headActor(picture, department);
        checkScope(actor, picture, goal, unit, (u) => u.parentId === department.id, (u) => u.id === department.id || u.parentId === department.id);
        expect(canEditGoals(actor).ok || canEditOrganisation(actor).ok).toBe(false);
      }),
      runs
    );
  });

  it('a unit head allocates nowhere and works only at its unit', () => {
    fc.assert(
      fc.property(scopeArb, ([picture, goal, unit, head]) => {
        const headed = pick(picture.orgUnits.filter((u) => u.level === 'enhet' && !u.closed), head);
        if (headed === undefined) return;
        checkScope(headActor(picture, headed), picture, goal, unit, () => false, (u) => u.id === headed.id);
      }),
      runs
    );
  });

  it('the förvaltning head allocates to departments and works anywhere beneath', () => {
    fc.assert(
      fc.property(scopeArb, ([picture, goal, unit]) => {
        const top = picture.orgUnits.find((u) => u.id === forvaltningId);
        if (top === undefined) return;
        checkScope(headActor(picture, top), picture, goal, unit, (u) => u.level === 'avdelning', () => true);
      }),
      runs
    );
  });

  it('a reader may do nothing', () => {
    fc.assert(
      fc.property(scopeArb, ([picture, goal, unit, allocation]) => {
        const actor = nobody(picture);
        checkScope(actor, picture, goal, unit, () => false, () => false);
        const some = pick(picture.allocations, allocation);
        if (some !== undefined) expect(canRemoveAllocation(actor, some.id, picture).ok).toBe(false);
        expect(canEditGoals(actor).ok || canEditOrganisation(actor).ok).toBe(false);
      }),
      runs
    );
  });
});
