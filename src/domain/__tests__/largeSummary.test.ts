// Not timed (timings are flaky on shared runners): it shows the summary handles half a million
// activities, which a quadratic implementation would not finish within jest's timeout.

import { computeCoverageSummary, type Activity, type Allocation, type FollowUp, type OrgUnit, type YearPicture } from '../index';

const activityCount = 500_000;
const someone = { login: 'someone@region.example', name: 'Someone' };
const delar = { year: 2023, kind: 'delar' } as const;

/**
 * Every tenth activity started before delår and is due; half of those have a follow-up. The rest
 * start in October. Strings and the period are shared so the set-up stays cheap.
 */
function largePicture(): YearPicture {
  const goals = [1, 2, 3, 4].map((id) => ({
    id, year: 2023, code: `M${id}`, title: `Mål ${id}`, description: '', indicator: '', measuredRegionWide: true
  }));
  const orgUnits: OrgUnit[] = [{ id: 1, name: 'Regionstyrelsens förvaltning', shortName: 'Regionstyrelsen', level: 'forvaltning' }];
  for (let department = 1; department <= 9; department += 1) {
    orgUnits.push({ id: department * 100, name: `Avdelning ${department}`, level: 'avdelning', parentId: 1 });
    for (let unit = 1; unit <= 4; unit += 1) {
      const id = department * 100 + unit;
      orgUnits.push({ id, name: `Enhet ${department}.${unit}`, level: 'enhet', parentId: department * 100 });
    }
  }
  const allocations: Allocation[] = orgUnits
    .filter((unit) => unit.level !== 'forvaltning')
    .flatMap((unit) =>
      goals.map((goal) => ({
        id: unit.id * 10 + goal.id, goalId: goal.id, orgUnitId: unit.id, allocatedBy: someone,
        allocatedAt: '2023-02-01T00:00:00Z', agreedWithUnitHead: true
      }))
    );
  const activities: Activity[] = new Array(activityCount);
  const followUps: FollowUp[] = [];
  for (let id = 1; id <= activityCount; id += 1) {
    const due = id % 10 === 0;
    const allocationId = allocations[id % allocations.length].id;
    const startDate = due ? '2023-01-01' : '2023-10-01';
    activities[id - 1] = { id, allocationId, title: 'A', description: '', status: 'pagaende', startDate };
    if (due && id % 20 === 0) followUps.push({ id, activityId: id, period: delar, grade: 'genomford', comment: 'ok' });
  }
  return { year: 2023, goals, orgUnits, allocations, activities, followUps, indicators: [], indicatorValues: [] };
}

it('summarises 500,000 activities', () => {
  const summary = computeCoverageSummary(largePicture(), delar);
  expect(summary.totals.activities).toBe(activityCount);
  expect(summary.totals.followUp).toEqual({ activitiesDue: activityCount / 10, activitiesFollowedUp: activityCount / 20 });
  expect(summary.gaps.filter((gap) => gap.code === 'activityWithoutFollowUp')).toHaveLength(activityCount / 20);
});
