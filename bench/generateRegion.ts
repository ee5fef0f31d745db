// Made-up regions of a chosen size, as domain pictures whose ids are 1..n per list in insertion
// order (so they equal the ids a fresh SharePoint list gives them). Deterministic: no randomness.
import type { Activity, Allocation, FollowUp, Goal, OrgUnit, Person, YearPicture } from '../src/domain/model';

export interface RegionSize {
  name: string;
  departments: number;
  units: number;
  goals: number;
  activities: number;
  /** Förvaltningar sharing the departments in turn (issue 33's whole region); one when absent. */
  forvaltningar?: number;
}

const year = 2023;

function person(login: string, name: string): Person {
  return { login: `${login}@region.example`, name };
}

export function generateRegion(size: RegionSize): YearPicture {
  const forvaltningar = size.forvaltningar ?? 1;
  const orgUnits: OrgUnit[] = forvaltningar === 1
    ? [{ id: 1, name: 'Förvaltningen', shortName: 'Regionstyrelsen', level: 'forvaltning' }]
    : Array.from({ length: forvaltningar }, (_, f) => ({ id: f + 1, name: `Förvaltning ${f + 1}`, shortName: `Nämnd ${f + 1}`, level: 'forvaltning' as const }));
  for (let d = 0; d < size.departments; d++) {
    orgUnits.push({ id: orgUnits.length + 1, name: `Avdelning ${d + 1}`, level: 'avdelning', parentId: 1 + (d % forvaltningar), head: person(`avd${d + 1}`, `Avdelningschef ${d + 1}`) });
  }
  for (let u = 0; u < size.units; u++) {
    const departmentId = forvaltningar + 1 + (u % size.departments);
    orgUnits.push({ id: orgUnits.length + 1, name: `Enhet ${u + 1}`, level: 'enhet', parentId: departmentId, head: person(`enh${u + 1}`, `Enhetschef ${u + 1}`) });
  }
  const goals: Goal[] = Array.from({ length: size.goals }, (_, g) => ({
    id: g + 1, year, code: `M${g + 1}`, title: `Miljömål ${g + 1}`, description: '', indicator: '', measuredRegionWide: g < 3
  }));
  const allocatedBy = person('miljostrateg', 'Miljöstrateg');
  const allocations: Allocation[] = [];
  const allocate = (goalId: number, orgUnitId: number): void => {
    allocations.push({ id: allocations.length + 1, goalId, orgUnitId, allocatedBy, allocatedAt: '2023-02-01T09:00:00Z', agreedWithUnitHead: true, agreedOn: '2023-02-01' });
  };
  // Departments hold every goal but one in each third department; every other unit gets its department's goals.
  const held = new Map<number, number[]>();
  for (const department of orgUnits.filter((unit) => unit.level === 'avdelning')) {
    const goalIds = goals.map((goal) => goal.id).filter((id) => !(department.id % 3 === 0 && id === goals.length));
    held.set(department.id, goalIds);
    goalIds.forEach((goalId) => allocate(goalId, department.id));
  }
  orgUnits.filter((unit) => unit.level === 'enhet').forEach((unit, index) => {
    if (index % 2 === 0) held.get(unit.parentId!)!.forEach((goalId) => allocate(goalId, unit.id));
  });
  const activities: Activity[] = Array.from({ length: size.activities }, (_, a) => ({
    id: a + 1, allocationId: (a * 7919) % allocations.length + 1, title: `Aktivitet ${a + 1}`,
    description: 'Beskrivning av arbetet.', status: a % 4 === 0 ? 'avslutad' : 'pagaende', startDate: '2023-03-01', endDate: '2023-12-31'
  }));
  const followUps: FollowUp[] = [];
  for (const activity of activities) {
    followUps.push({ id: followUps.length + 1, activityId: activity.id, period: { year, kind: 'delar' }, grade: 'paborjadMerAnHalften', comment: 'Pågår enligt plan.' });
    if (activity.id % 2 === 0) {
      followUps.push({ id: followUps.length + 1, activityId: activity.id, period: { year, kind: 'helar' }, grade: 'genomford', comment: 'Klart.' });
    }
  }
  // The summary being measured does not read indicators; the regions carry none.
  return { year, goals, orgUnits, allocations, activities, followUps, indicators: [], indicatorValues: [] };
}

export const benchRegions: readonly RegionSize[] = [
  { name: 'medium', departments: 20, units: 300, goals: 4, activities: 5000 },
  { name: 'large', departments: 50, units: 1000, goals: 6, activities: 50000 },
  { name: 'region', departments: 80, units: 800, goals: 6, activities: 80000, forvaltningar: 8 }
];
