import {
  archiveOrder, compareWithToday, freezeProblems, freezeReport, nextReportVersion, reportsOfPeriod, type FreezeInput, type FrozenReport
} from '../report/frozenReport';
import { computeCoverageSummary, demoDepartmentIds, demoFollowUpPeriod, demoMiljostrateg, demoRegion2023, indicatorReportText, reportText } from '../index';
import type { Activity, OrgUnit, YearPicture } from '../model';

const frozenAt = '2023-09-12T08:30:00Z';
const summaryOf = (picture: YearPicture = demoRegion2023) => computeCoverageSummary(picture, demoFollowUpPeriod);
const input = (overrides: Partial<FreezeInput> = {}): FreezeInput => ({
  summary: summaryOf(), picture: demoRegion2023, version: 1, analysis: 'Varför så få aktiviteter?', frozenBy: demoMiljostrateg, frozenAt, ...overrides
});
const stored = (draft: Omit<FrozenReport, 'id'>, id = 1): FrozenReport => JSON.parse(JSON.stringify({ ...draft, id })) as FrozenReport;

describe('freezing a report', () => {
  const summary = summaryOf();
  const frozen = freezeReport(input({ summary }));

  it('holds the summary’s totals, departments, matrix and gaps as they were', () => {
    expect(frozen.summary).toEqual(summary);
    expect(frozen.summary.totals.activities).toBe(10);
    expect(frozen.summary.totals.departmentsWithDepartmentLevelActivity).toBe(4);
    expect(frozen.summary.departments.map((department) => department.allocatedGoalIds)).toEqual(summary.departments.map((department) => department.allocatedGoalIds));
    expect(frozen.summary.gaps).toEqual(summary.gaps);
    expect(frozen).toMatchObject({ year: 2023, period: demoFollowUpPeriod, version: 1, frozenBy: demoMiljostrateg, frozenAt });
  });

  it('holds the generated text in both languages and the strategist’s paragraphs', () => {
    expect(frozen.text['sv-SE'].report).toBe(reportText(summary, 'sv-SE'));
    expect(frozen.text['en-US'].report).toBe(reportText(summary, 'en-US'));
    expect(frozen.text['sv-SE'].indicators).toBe(indicatorReportText(demoRegion2023, 'sv-SE', 2023));
    expect(frozen.text['en-US'].indicators).not.toBe('');
    expect(frozen.analysis).toBe('Varför så få aktiviteter?');
  });

  it('holds the sentence on the work as it named the highlighted activities then', () => {
    expect(frozen.text['sv-SE'].report).toContain('Arbetet beskrivs i kommentarer och inkluderar bl.a. \u201dMinskat matsvinn genom uppdaterade recept\u201d');
    expect(frozen.text['en-US'].report).toContain('The work is described in comments and includes, among other things, ');
    const renamed: YearPicture = {
      ...demoRegion2023,
      activities: demoRegion2023.activities.map((activity) => ({ ...activity, highlighted: activity.id === 3, title: `${activity.title} (ändrad)` }))
    };
    const today = reportText(summaryOf(renamed), 'sv-SE');
    expect(today).toContain('Fler elbilar vid byte av leasingbilar (ändrad)');
    expect(stored(frozen).text['sv-SE'].report).not.toContain('(ändrad)');
    expect(stored(frozen).summary.highlights.map((highlight) => highlight.activityId)).toEqual([1, 2]);
  });

  it('names the goals, units and activities it shows, in the report itself', () => {
    expect(frozen.goals.map((goal) => goal.code)).toEqual(summary.goalIds.map((id) => demoRegion2023.goals.find((goal) => goal.id === id)!.code));
    for (const gap of frozen.summary.gaps) {
      expect(frozen.orgUnitNames[gap.departmentId]).toBeDefined();
      if (gap.code === 'allocationWithoutActivities' || gap.code === 'activityWithoutFollowUp') expect(frozen.orgUnitNames[gap.orgUnitId]).toBeDefined();
      if (gap.code === 'activityWithoutFollowUp') expect(frozen.activityTitles[gap.activityId]).toBeDefined();
    }
  });

  it('survives storage as JSON unchanged: it is plain data', () => {
    expect(stored(frozen)).toEqual({ ...frozen, id: 1 });
  });

  it('does not change when the data changes after it was fastställd', () => {
    const before = JSON.stringify(frozen);
    const goal = demoRegion2023.goals[0];
    const regionservice = demoRegion2023.allocations.find((allocation) => allocation.orgUnitId === demoDepartmentIds.regionservice)!;
    const changed: YearPicture = {
      ...demoRegion2023,
      goals: demoRegion2023.goals.map((candidate) => candidate.id === goal.id ? { ...candidate, code: 'X9', title: 'Omdöpt' } : candidate),
      activities: [...demoRegion2023.activities, { id: 9001, allocationId: regionservice.id, title: 'Ny', description: '', status: 'planerad' }]
    };
    summary.totals.activities = 99;
    summary.departments[0].name = 'Ändrad';
    expect(summaryOf(changed).totals.activities).toBe(11);
    expect(JSON.stringify(frozen)).toBe(before);
    expect(frozen.goals[0]).toMatchObject({ code: goal.code, title: goal.title });
  });

  it('keeps a correction’s reason, trimmed, and none on a first version', () => {
    expect(freezeReport(input({ version: 2, correctionReason: '  Fel i Regionservice  ' })).correctionReason).toBe('Fel i Regionservice');
    expect(freezeReport(input({ version: 1, correctionReason: 'ingen' }))).not.toHaveProperty('correctionReason');
    expect(freezeReport(input({ analysis: '  Stycke ett.\n\nStycke två.  ' })).analysis).toBe('Stycke ett.\n\nStycke två.');
  });
});

describe('versions and the archive', () => {
  const report = (kind: 'delar' | 'helar', version: number, year = 2023) => ({ period: { year, kind }, version });
  const reports = [report('delar', 1), report('helar', 1), report('delar', 2), report('delar', 1, 2022)];

  it('gives a new report of a period the next version, and the first one 1', () => {
    expect(nextReportVersion(reports, { year: 2023, kind: 'delar' })).toBe(3);
    expect(nextReportVersion(reports, { year: 2023, kind: 'helar' })).toBe(2);
    expect(nextReportVersion([], { year: 2024, kind: 'delar' })).toBe(1);
  });

  it('lists a period’s reports newest version first, and the archive newest period first', () => {
    expect(reportsOfPeriod(reports, { year: 2023, kind: 'delar' }).map((found) => found.version)).toEqual([2, 1]);
    expect(archiveOrder(reports)).toEqual([report('helar', 1), report('delar', 2), report('delar', 1), report('delar', 1, 2022)]);
  });

  it('asks a correction why, and refuses a summary without goals or text too long to store', () => {
    const summary = summaryOf();
    expect(freezeProblems({ summary, correction: false, analysis: '' })).toEqual([]);
    expect(freezeProblems({ summary, correction: true, analysis: '', correctionReason: '  ' })).toEqual(['reasonRequired']);
    expect(freezeProblems({ summary, correction: true, analysis: '', correctionReason: 'Siffra rättad' })).toEqual([]);
    expect(freezeProblems({ summary: { ...summary, goalIds: [] }, correction: false, analysis: '' })).toEqual(['noGoals']);
    expect(freezeProblems({ summary, correction: true, analysis: 'x'.repeat(20001), correctionReason: 'y'.repeat(1001) })).toEqual(['analysisTooLong', 'reasonTooLong']);
  });
});

describe('comparing a report with today', () => {
  const frozen = stored(freezeReport(input()));

  it('finds nothing changed on the same data', () => {
    const comparison = compareWithToday(frozen, summaryOf());
    expect(comparison.unchanged).toBe(true);
    expect(comparison.departments.every((department) => department.status === 'unchanged' && department.changes.length === 0)).toBe(true);
    expect(comparison.departments.map((department) => department.departmentId)).toEqual(frozen.summary.departments.map((department) => department.departmentId));
  });

  it('says per department what changed: an activity added, a goal allocated, a department closed or new', () => {
    const ekonomi = demoDepartmentIds.ekonomi;
    const held = demoRegion2023.allocations.filter((allocation) => allocation.orgUnitId === ekonomi);
    const missingGoal = demoRegion2023.goals.find((goal) => !held.some((allocation) => allocation.goalId === goal.id) && !goal.retired)!;
    const newDepartment: OrgUnit = { id: 5000, name: 'Ny avdelning', level: 'avdelning', parentId: demoRegion2023.orgUnits.find((unit) => unit.level === 'forvaltning')!.id };
    const activity: Activity = { id: 9002, allocationId: held[0].id, title: 'Ny aktivitet', description: '', status: 'pagaende' };
    const today: YearPicture = {
      ...demoRegion2023,
      orgUnits: [...demoRegion2023.orgUnits.map((unit) => unit.id === demoDepartmentIds.sakerhet ? { ...unit, closed: true } : unit), newDepartment],
      allocations: [...demoRegion2023.allocations, { ...held[0], id: 8001, goalId: missingGoal.id }],
      activities: [...demoRegion2023.activities, activity]
    };
    const comparison = compareWithToday(frozen, summaryOf(today));
    expect(comparison.unchanged).toBe(false);
    const byId = new Map(comparison.departments.map((department) => [department.departmentId, department]));
    const changed = byId.get(ekonomi)!;
    expect(changed.status).toBe('changed');
    expect(changed.goalsGained).toEqual([missingGoal.id]);
    expect(changed.changes).toEqual(expect.arrayContaining([
      { measure: 'goalsAllocated', then: held.length, now: held.length + 1 },
      { measure: 'activities', then: frozen.summary.departments.find((department) => department.departmentId === ekonomi)!.activities,
        now: frozen.summary.departments.find((department) => department.departmentId === ekonomi)!.activities + 1 }
    ]));
    expect(byId.get(demoDepartmentIds.sakerhet)).toMatchObject({ status: 'removed' });
    expect(byId.get(5000)).toMatchObject({ status: 'added', name: 'Ny avdelning' });
    expect(comparison.departments[comparison.departments.length - 1].departmentId).toBe(5000);
    expect(byId.get(demoDepartmentIds.regionservice)).toMatchObject({ status: 'unchanged' });
    expect(comparison.totals.find((total) => total.measure === 'activities')).toEqual({ measure: 'activities', then: 10, now: 11 });
  });

  it('matches a renamed department by id and shows today’s name', () => {
    const renamed: YearPicture = {
      ...demoRegion2023,
      orgUnits: demoRegion2023.orgUnits.map((unit) => unit.id === demoDepartmentIds.hr ? { ...unit, name: 'Personal' } : unit)
    };
    const hr = compareWithToday(frozen, summaryOf(renamed)).departments.find((department) => department.departmentId === demoDepartmentIds.hr)!;
    expect(hr).toMatchObject({ status: 'unchanged', name: 'Personal' });
  });
});
