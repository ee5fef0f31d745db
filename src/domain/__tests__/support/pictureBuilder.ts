// Builds small year pictures from a few figures per department, for report and summary tests.

import type { Activity, Allocation, Goal, OrgUnit, Person, YearPicture } from '../../model';

export interface DepartmentSpec {
  name: string;
  /** How many of the year's goals the department holds (the first ones). */
  goals: number;
  /** Open units under the department; default 2. */
  units?: number;
  /** How many of its units hold a goal. */
  unitsWithGoal?: number;
  departmentActivities?: number;
  unitActivities?: number;
  /** Titles of department-level activities marked "lyft fram i rapporten", added after the others. */
  highlighted?: string[];
}

const someone: Person = { login: 'someone@region.example', name: 'Someone' };
const year = 2023;

export function buildPicture(goalCount: number, departments: DepartmentSpec[], organisation = 'Regionstyrelsen'): YearPicture {
  const goals: Goal[] = Array.from({ length: goalCount }, (_, index) => ({
    id: index + 1, year, code: `M${index + 1}`, title: `Mål ${index + 1}`, description: '', indicator: '',
    measuredRegionWide: true
  }));
  const orgUnits: OrgUnit[] = [{ id: 1, name: `${organisation}s förvaltning`, shortName: organisation, level: 'forvaltning' }];
  const allocations: Allocation[] = [];
  const activities: Activity[] = [];
  const allocate = (goalId: number, orgUnitId: number): number => {
    const id = allocations.length + 1;
    allocations.push({ id, goalId, orgUnitId, allocatedBy: someone, allocatedAt: '2023-02-01T00:00:00Z', agreedWithUnitHead: true });
    return id;
  };
  const addActivities = (count: number, allocationId: number): void => {
    for (let index = 0; index < count; index += 1) {
      activities.push({ id: activities.length + 1, allocationId, title: 'Aktivitet', description: '', status: 'pagaende' });
    }
  };
  departments.forEach((spec, departmentIndex) => {
    const departmentId = 100 * (departmentIndex + 1);
    orgUnits.push({ id: departmentId, name: spec.name, level: 'avdelning', parentId: 1 });
    const departmentAllocations = goals.slice(0, spec.goals).map((goal) => allocate(goal.id, departmentId));
    if (departmentAllocations.length > 0) addActivities(spec.departmentActivities ?? 0, departmentAllocations[0]);
    for (const title of spec.highlighted ?? []) {
      activities.push({ id: activities.length + 1, allocationId: departmentAllocations[0], title, description: '', status: 'pagaende', highlighted: true });
    }
    for (let unitIndex = 0; unitIndex < (spec.units ?? 2); unitIndex += 1) {
      const unitId = departmentId + unitIndex + 1;
      orgUnits.push({ id: unitId, name: `${spec.name} enhet ${unitIndex + 1}`, level: 'enhet', parentId: departmentId });
      if (unitIndex < (spec.unitsWithGoal ?? 0) && goals.length > 0) {
        const allocationId = allocate(goals[0].id, unitId);
        if (unitIndex === 0) addActivities(spec.unitActivities ?? 0, allocationId);
      }
    }
  });
  return { year, goals, orgUnits, allocations, activities, followUps: [], indicators: [], indicatorValues: [] };
}

/** n departments named A, B, C … each holding `goals` goals. */
export function lettered(n: number, spec: Omit<DepartmentSpec, 'name'>): DepartmentSpec[] {
  return Array.from({ length: n }, (_, index) => ({ ...spec, name: String.fromCharCode(65 + index) }));
}
