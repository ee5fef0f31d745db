import fc from 'fast-check';
import {
  computeCoverageSummary, computeRegionSummary, demoForvaltningId, demoHealthCareId, demoTransitId, demoWholeRegion2023,
  type CoverageSummary, type FollowUpPeriod, type OrgUnit, type YearPicture
} from '../index';
import { demoFollowUpPeriod, demoRegion2023 } from '../demo/demoRegion2023';
import { regionReportText } from '../report/regionReportText';
import { frozenRegion } from '../report/frozenRegion';
import type { FrozenReport } from '../report/frozenReport';
import { regionPictureArb, year } from './support/generators';

const runs = { numRuns: 150 };
const periodArb: fc.Arbitrary<FollowUpPeriod> = fc.constantFrom('delar' as const, 'helar' as const).map((kind) => ({ year, kind }));

describe('the region of one förvaltning', () => {
  it('is that förvaltning’s summary, unchanged', () => {
    const region = computeRegionSummary(demoRegion2023, demoFollowUpPeriod);
    const alone = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod);
    expect(region.forvaltningar).toEqual([alone]);
    expect(region.totals.activities).toBe(alone.totals.activities);
    expect(region.totals.departments).toBe(alone.totals.departments);
    expect(region.totals.forvaltningar).toBe(1);
  });
});

describe('a region of several förvaltningar', () => {
  it('adds up: each of the region’s totals is the sum of the förvaltningar’s', () => {
    fc.assert(
      fc.property(regionPictureArb, periodArb, (picture, period) => {
        const { forvaltningar, totals } = computeRegionSummary(picture, period);
        const sum = (key: 'departments' | 'activities' | 'departmentsWithActivity' | 'departmentsWithoutGoals' | 'allocationsWithoutAgreement'): number =>
          forvaltningar.reduce((total, summary) => total + summary.totals[key], 0);
        expect({
          departments: totals.departments,
          activities: totals.activities,
          departmentsWithActivity: totals.departmentsWithActivity,
          departmentsWithoutGoals: totals.departmentsWithoutGoals,
          allocationsWithoutAgreement: totals.allocationsWithoutAgreement,
          due: totals.followUp.activitiesDue,
          followedUp: totals.followUp.activitiesFollowedUp,
          withActivity: totals.forvaltningarWithActivity
        }).toEqual({
          departments: sum('departments'),
          activities: sum('activities'),
          departmentsWithActivity: sum('departmentsWithActivity'),
          departmentsWithoutGoals: sum('departmentsWithoutGoals'),
          allocationsWithoutAgreement: sum('allocationsWithoutAgreement'),
          due: forvaltningar.reduce((total, summary) => total + summary.totals.followUp.activitiesDue, 0),
          followedUp: forvaltningar.reduce((total, summary) => total + summary.totals.followUp.activitiesFollowedUp, 0),
          withActivity: forvaltningar.filter((summary) => summary.totals.activities > 0).length
        });
      }),
      runs
    );
  });

  it('loses nothing of a second förvaltning: every department and activity is counted once, in its own', () => {
    fc.assert(
      fc.property(regionPictureArb, periodArb, (picture, period) => {
        const { forvaltningar, totals } = computeRegionSummary(picture, period);
        const naive = naiveCount(picture);
        expect({ forvaltningar: totals.forvaltningar, departments: totals.departments, activities: totals.activities })
          .toEqual({ forvaltningar: naive.forvaltningar, departments: naive.departments, activities: naive.activities });
        // Each department in exactly one förvaltning's summary, under its own förvaltning.
        const shown = forvaltningar.flatMap((summary) => summary.departments.map((department) => `${summary.organisationId}:${department.departmentId}`));
        expect(new Set(shown).size).toBe(shown.length);
        const byId = new Map(picture.orgUnits.map((unit) => [unit.id, unit]));
        for (const entry of shown) {
          const [forvaltning, department] = entry.split(':').map(Number);
          expect(byId.get(department)?.parentId).toBe(forvaltning);
        }
      }),
      runs
    );
  });

  it('summarises every förvaltning in the same passes exactly as each alone', () => {
    fc.assert(
      fc.property(regionPictureArb, periodArb, (picture, period) => {
        const together = computeRegionSummary(picture, period).forvaltningar;
        const alone = together.map((summary) => computeCoverageSummary(picture, period, { forvaltningId: summary.organisationId }));
        expect(together).toEqual(alone);
      }),
      runs
    );
  });

  it('counts a förvaltningsmål in its own förvaltning only, and the region’s goals in every one', () => {
    fc.assert(
      fc.property(regionPictureArb, periodArb, (picture, period) => {
        const regionGoals = picture.goals.filter((goal) => goal.forvaltningId === undefined && !goal.retired).map((goal) => goal.id);
        for (const summary of computeRegionSummary(picture, period).forvaltningar) {
          const own = picture.goals.filter((goal) => goal.forvaltningId === summary.organisationId).map((goal) => goal.id);
          expect([...summary.goalIds].sort((a, b) => a - b)).toEqual([...regionGoals, ...own].sort((a, b) => a - b));
        }
      }),
      runs
    );
  });
});

/** Scanned without the summary's maps: open departments under open förvaltningar, and the activities under them on goals that bind theirs. */
function naiveCount(picture: YearPicture): { forvaltningar: number; departments: number; activities: number } {
  const byId = new Map(picture.orgUnits.map((unit) => [unit.id, unit]));
  const openForvaltning = (unit: OrgUnit | undefined): boolean => unit?.level === 'forvaltning' && unit.closed !== true;
  const departmentOf = (unit: OrgUnit | undefined): OrgUnit | undefined => unit?.level === 'avdelning' ? unit : unit?.level === 'enhet' ? byId.get(unit.parentId ?? -1) : undefined;
  const counted = (department: OrgUnit | undefined): boolean => department !== undefined && department.closed !== true && openForvaltning(byId.get(department.parentId ?? -1));
  const allocations = new Map(picture.allocations.map((allocation) => [allocation.id, allocation]));
  const goals = new Map(picture.goals.map((goal) => [goal.id, goal]));
  const activities = picture.activities.filter((activity) => {
    const allocation = allocations.get(activity.allocationId);
    const department = departmentOf(byId.get(allocation?.orgUnitId ?? -1));
    const goal = goals.get(allocation?.goalId ?? -1);
    if (!counted(department) || goal === undefined || goal.retired === true) return false;
    return goal.forvaltningId === undefined || goal.forvaltningId === department!.parentId;
  });
  return {
    forvaltningar: picture.orgUnits.filter(openForvaltning).length,
    departments: picture.orgUnits.filter((unit) => unit.level === 'avdelning' && counted(unit)).length,
    activities: activities.length
  };
}

describe('the demo region of three förvaltningar', () => {
  const region = computeRegionSummary(demoWholeRegion2023, demoFollowUpPeriod);
  const byId = (id: number): CoverageSummary => region.forvaltningar.find((summary) => summary.organisationId === id)!;

  it('summarises each förvaltning by name, Regionstyrelsen as it is alone', () => {
    expect(region.forvaltningar.map((summary) => summary.organisationName)).toEqual(['Hälso- och sjukvården', 'Kollektivtrafiken', 'Regionstyrelsen']);
    expect(byId(demoForvaltningId)).toEqual(computeCoverageSummary(demoRegion2023, demoFollowUpPeriod));
  });

  it('counts Hälso- och sjukvården’s own goal there, beside the region’s', () => {
    const own = demoWholeRegion2023.goals.find((goal) => goal.forvaltningId === demoHealthCareId)!;
    expect(byId(demoHealthCareId).goalIds).toContain(own.id);
    expect(byId(demoTransitId).goalIds).not.toContain(own.id);
    expect(byId(demoHealthCareId).goalIds).toHaveLength(byId(demoTransitId).goalIds.length + 1);
  });

  it('writes the region’s paragraph in both languages', () => {
    expect(regionReportText(region, 'sv-SE')).toBe(
      'Regionen har tre förvaltningar med sammanlagt tolv avdelningar. Två av tre förvaltningar (Hälso- och sjukvården och Regionstyrelsen) ' +
      'har fördelat miljömål till sina avdelningar. Sammanlagt har 13 aktiviteter registrerats i två förvaltningar, och åtta av tolv som ska följas upp har följts upp.'
    );
    expect(regionReportText(region, 'en-US')).toBe(
      'The region has three administrations with twelve departments in all. Two of three administrations (Hälso- och sjukvården and Regionstyrelsen) ' +
      'have allocated environmental goals to their departments. In all, 13 activities have been registered in two administrations, and eight of the twelve due for follow-up have been followed up.'
    );
    const helar = computeRegionSummary(demoWholeRegion2023, { year: demoFollowUpPeriod.year, kind: 'helar' });
    expect(regionReportText(helar, 'sv-SE')).toMatch(/, men ingen av de 13 som ska följas upp har följts upp ännu\.$/);
    expect(regionReportText(helar, 'en-US')).toMatch(/, but none of the 13 due for follow-up has been followed up yet\.$/);
  });

  it('writes a sound paragraph for any region', () => {
    fc.assert(
      fc.property(regionPictureArb, periodArb, fc.constantFrom('sv-SE' as const, 'en-US' as const), (picture, period, locale) => {
        const text = regionReportText(computeRegionSummary(picture, period), locale);
        expect(text).not.toMatch(/undefined|NaN|\(\)| {2}|\.\./);
        expect(text).toMatch(/^[A-ZÅÄÖ].*\.$/);
      }),
      runs
    );
  });
});

describe('the region as the board saw it', () => {
  const period = demoFollowUpPeriod;
  const today = computeRegionSummary(demoWholeRegion2023, period);
  const frozenOf = (summary: CoverageSummary, version: number): FrozenReport => ({
    id: version, year: period.year, period, version, summary, goals: [], orgUnitNames: {}, activityTitles: {},
    text: { 'sv-SE': { report: '', indicators: '' }, 'en-US': { report: '', indicators: '' } }, analysis: '',
    frozenBy: { login: 'stab@region.example', name: 'Stab' }, frozenAt: '2023-09-01T10:00:00Z'
  });

  it('counts the region from each förvaltning’s latest fastställd report, and names the ones without', () => {
    const health = today.forvaltningar.find((summary) => summary.organisationId === demoHealthCareId)!;
    const board = today.forvaltningar.find((summary) => summary.organisationId === demoForvaltningId)!;
    // Hälso- och sjukvården corrected its first report; what the board saw of it is version 3.
    const corrected = { ...health, totals: { ...health.totals, activities: 99 } };
    const reports = [frozenOf(health, 1), frozenOf(board, 2), frozenOf(corrected, 3), { ...frozenOf(board, 4), period: { ...period, kind: 'helar' as const } }];
    const frozen = frozenRegion(reports, today);
    expect(frozen.parts.map((part) => [part.name, part.report?.version])).toEqual([['Hälso- och sjukvården', 3], ['Kollektivtrafiken', undefined], ['Regionstyrelsen', 2]]);
    expect(frozen.region?.totals.activities).toBe(99 + board.totals.activities);
    expect(frozen.region?.totals.forvaltningar).toBe(2);
    expect(frozenRegion([], today).region).toBeUndefined();
  });
});
