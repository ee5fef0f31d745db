// fast-check generators of small organisations and year pictures, valid or not, for property tests.

import fc from 'fast-check';
import type { Activity, Allocation, FollowUp, Goal, OrgUnit, Person, YearPicture } from '../../model';

export const year = 2023;
export const forvaltningId = 1;

export const headOf = (orgUnitId: number): Person => ({ login: `head-${orgUnitId}@region.example`, name: `Head ${orgUnitId}` });
const someone: Person = { login: 'someone@region.example', name: 'Someone' };

/** One in five units is closed. */
const closedFlag = fc.integer({ min: 0, max: 4 }).map((n) => n === 0);

export interface OrgShape {
  goalCount: number;
  retiredGoal: boolean;
  departments: Array<{ closed: boolean; units: boolean[] }>;
}

export const orgShapeArb: fc.Arbitrary<OrgShape> = fc.record({
  goalCount: fc.integer({ min: 0, max: 4 }),
  retiredGoal: fc.boolean(),
  departments: fc.array(fc.record({ closed: closedFlag, units: fc.array(closedFlag, { maxLength: 3 }) }), { maxLength: 4 })
});

/** Departments get ids 10, 20 …; their units 11, 12 …; goals 1..n (the last retired if asked). */
export function buildOrganisation(shape: OrgShape): { goals: Goal[]; orgUnits: OrgUnit[] } {
  const goals: Goal[] = Array.from({ length: shape.goalCount }, (_, index) => ({
    id: index + 1, year, code: `M${index + 1}`, title: `Mål ${index + 1}`, description: '', indicator: '',
    measuredRegionWide: true, retired: shape.retiredGoal && index === shape.goalCount - 1
  }));
  const orgUnits: OrgUnit[] = [{ id: forvaltningId, name: 'Förvaltningen', level: 'forvaltning', head: headOf(forvaltningId) }];
  shape.departments.forEach((department, departmentIndex) => {
    const departmentId = (departmentIndex + 1) * 10;
    orgUnits.push({
      id: departmentId, name: `Avdelning ${departmentId}`, level: 'avdelning', parentId: forvaltningId,
      head: headOf(departmentId), closed: department.closed
    });
    department.units.forEach((closed, unitIndex) => {
      const unitId = departmentId + unitIndex + 1;
      orgUnits.push({ id: unitId, name: `Enhet ${unitId}`, level: 'enhet', parentId: departmentId, head: headOf(unitId), closed });
    });
  });
  return { goals, orgUnits };
}

/** Indices are taken modulo the list they pick from, so any number is a valid pick. */
const pick = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);

interface AllocationPick { goal: number; unit: number }

/** Allocations of picked goals to picked org units below the förvaltningar, ignoring the rules. */
function pickAllocations(goals: readonly Goal[], orgUnits: readonly OrgUnit[], picks: readonly AllocationPick[],
  agreed: (choice: AllocationPick) => boolean): Allocation[] {
  const allocatable = orgUnits.filter((unit) => unit.level !== 'forvaltning');
  const allocations: Allocation[] = [];
  for (const choice of picks) {
    const goal = pick(goals, choice.goal);
    const unit = pick(allocatable, choice.unit);
    if (goal === undefined || unit === undefined) continue;
    allocations.push({
      id: allocations.length + 1, goalId: goal.id, orgUnitId: unit.id, allocatedBy: someone,
      allocatedAt: '2023-02-01T00:00:00Z', agreedWithUnitHead: agreed(choice)
    });
  }
  return allocations;
}

/** Follow-ups of picked activities; none when there are no activities. */
function pickFollowUps(activities: readonly Activity[], picks: ReadonlyArray<{ activity: number; kind: 'delar' | 'helar' }>): FollowUp[] {
  return picks.flatMap((choice, index) => {
    const activity = pick(activities, choice.activity);
    return activity === undefined ? [] : [{ id: index + 1, activityId: activity.id, period: { year, kind: choice.kind }, grade: 'genomford' as const, comment: 'ok' }];
  });
}

/**
 * A picture whose allocations, activities and follow-ups are picked at random, ignoring the rules
 * (duplicates, units holding goals their department lacks, activities on unknown allocations),
 * as hand-edited SharePoint lists may hold.
 */
export const anyPictureArb: fc.Arbitrary<YearPicture> = fc
  .record({
    shape: orgShapeArb,
    allocations: fc.array(fc.record({ goal: fc.nat(), unit: fc.nat() }), { maxLength: 20 }),
    activities: fc.array(fc.record({ allocation: fc.nat(), orphan: closedFlag, startMonth: fc.integer({ min: 1, max: 12 }) }), { maxLength: 30 }),
    followUps: fc.array(fc.record({ activity: fc.nat(), kind: fc.constantFrom('delar' as const, 'helar' as const) }), { maxLength: 20 })
  })
  .map(({ shape, allocations: allocationPicks, activities: activityPicks, followUps: followUpPicks }) => {
    const { goals, orgUnits } = buildOrganisation(shape);
    const allocations = pickAllocations(goals, orgUnits, allocationPicks, () => true);
    const activities: Activity[] = activityPicks.map((choice, index) => ({
      id: index + 1,
      allocationId: choice.orphan ? 9999 : pick(allocations, choice.allocation)?.id ?? 9999,
      title: 'Aktivitet', description: '', status: 'pagaende',
      startDate: `2023-${String(choice.startMonth).padStart(2, '0')}-01`
    }));
    const followUps = pickFollowUps(activities, followUpPicks);
    return { year, goals, orgUnits, allocations, activities, followUps, indicators: [], indicatorValues: [] };
  });

/**
 * A region of one to three förvaltningar (ids 1000, 2000 …, each with its departments and units
 * below it), the region's goals and each förvaltning's own, and allocations, activities and
 * follow-ups picked across all of it: also a förvaltningsmål allocated in another förvaltning,
 * as hand-edited lists may hold.
 */
export const regionPictureArb: fc.Arbitrary<YearPicture> = fc
  .record({
    shapes: fc.array(fc.record({ shape: orgShapeArb, ownGoals: fc.integer({ min: 0, max: 2 }), closed: closedFlag }), { minLength: 1, maxLength: 3 }),
    allocations: fc.array(fc.record({ goal: fc.nat(), unit: fc.nat() }), { maxLength: 30 }),
    activities: fc.array(fc.record({ allocation: fc.nat(), startMonth: fc.integer({ min: 1, max: 12 }) }), { maxLength: 40 }),
    followUps: fc.array(fc.record({ activity: fc.nat(), kind: fc.constantFrom('delar' as const, 'helar' as const) }), { maxLength: 30 })
  })
  .map(({ shapes, allocations: allocationPicks, activities: activityPicks, followUps: followUpPicks }) => {
    const goals: Goal[] = [];
    const orgUnits: OrgUnit[] = [];
    shapes.forEach(({ shape, ownGoals, closed }, index) => {
      const offset = (index + 1) * 1000;
      const { goals: shapeGoals, orgUnits: shapeUnits } = buildOrganisation(shape);
      // The first förvaltning's goals are the region's; the others' own goals are förvaltningsmål.
      if (index === 0) goals.push(...shapeGoals);
      for (let own = 0; own < ownGoals; own += 1) {
        goals.push({ id: offset + 900 + own, year, code: `F${index}.${own}`, title: 'Eget mål', description: '', indicator: '', measuredRegionWide: false, forvaltningId: offset });
      }
      for (const unit of shapeUnits) {
        const id = unit.id === forvaltningId ? offset : offset + unit.id;
        const parentId = unit.parentId === undefined ? undefined : unit.parentId === forvaltningId ? offset : offset + unit.parentId;
        orgUnits.push({ ...unit, id, parentId, name: `${unit.name} ${offset}`, closed: unit.level === 'forvaltning' ? closed : unit.closed });
      }
    });
    const allocations = pickAllocations(goals, orgUnits, allocationPicks, (choice) => choice.goal % 2 === 0);
    const activities: Activity[] = activityPicks.flatMap((choice, index) => {
      const allocation = pick(allocations, choice.allocation);
      return allocation === undefined ? [] : [{
        id: index + 1, allocationId: allocation.id, title: 'Aktivitet', description: '', status: 'pagaende' as const,
        startDate: `2023-${String(choice.startMonth).padStart(2, '0')}-01`
      }];
    });
    const followUps = pickFollowUps(activities, followUpPicks);
    return { year, goals, orgUnits, allocations, activities, followUps, indicators: [], indicatorValues: [] };
  });
