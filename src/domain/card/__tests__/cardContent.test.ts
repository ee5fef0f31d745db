// The card's content for each role, from the demo region's year as the summary's lean read gives it
// (no titles): a unit head's next steps, a department head's units, the regional staff's headline.
import { computeCoverageSummary, computeDepartmentRollup, demoDepartmentIds, demoRegion2023, demoToday, demoUnitIds, type FollowUpPeriod, type YearPicture } from '../../index';
import { cardContent, cardRole, type CardViewer } from '../cardContent';

const helar: FollowUpPeriod = { year: 2023, kind: 'helar' };
/** The lean read: no titles, statuses or heads. */
const lean: YearPicture = {
  ...demoRegion2023,
  orgUnits: demoRegion2023.orgUnits.map((unit) => ({ ...unit, head: undefined })),
  activities: demoRegion2023.activities.map((activity) => ({ ...activity, title: '', description: '' }))
};
const unitHead: CardViewer = { isRegionalStaff: false, headOfOrgUnitIds: [demoUnitIds.maltidsservice] };
const departmentHead: CardViewer = { isRegionalStaff: false, headOfOrgUnitIds: [demoDepartmentIds.regionservice] };
const staff: CardViewer = { isRegionalStaff: true, headOfOrgUnitIds: [] };
const reader: CardViewer = { isRegionalStaff: false, headOfOrgUnitIds: [] };

describe('whom the card speaks to', () => {
  it('takes the widest role a viewer holds', () => {
    expect(cardRole(lean, staff)).toBe('regionalStaff');
    expect(cardRole(lean, { isRegionalStaff: false, headOfOrgUnitIds: [demoUnitIds.maltidsservice, demoDepartmentIds.regionservice] })).toBe('departmentHead');
    expect(cardRole(lean, unitHead)).toBe('unitHead');
    expect(cardRole(lean, reader)).toBe('reader');
    expect(cardRole(lean, { isRegionalStaff: false, headOfOrgUnitIds: [999999] })).toBe('reader');
  });
});

describe('a unit head\'s card', () => {
  it('says Måltidsservice has two follow-ups before 15 January, each linking to its follow-up in Min enhet', () => {
    const content = cardContent({ picture: lean, viewer: unitHead, period: helar, today: demoToday });
    expect(content.role).toBe('unitHead');
    expect(content.headline).toEqual({ kind: 'unitSteps', orgUnitId: demoUnitIds.maltidsservice, followUps: 2, addActivities: 0 });
    expect(content.deadline).toBe('2024-01-15');
    expect(content.deadlineState.kind).toBe('open');
    expect(content.items).toHaveLength(2);
    for (const item of content.items) {
      if (item.kind !== 'followUp') throw new Error(`expected a follow-up, got ${item.kind}`);
      expect(item.target).toEqual({ view: 'myUnit', orgUnitId: demoUnitIds.maltidsservice, activityId: item.activityId });
    }
  });

  it('lists a goal without an activity after the follow-ups, linking to where one is added', () => {
    const goal = demoRegion2023.goals.find((candidate) => candidate.year === 2023 && candidate.code === 'M2')!;
    const picture: YearPicture = { ...lean, allocations: [...lean.allocations, { ...lean.allocations[0], id: 9001, goalId: goal.id, orgUnitId: demoUnitIds.maltidsservice }] };
    const content = cardContent({ picture, viewer: unitHead, period: helar, today: demoToday });
    expect(content.headline).toEqual({ kind: 'unitSteps', orgUnitId: demoUnitIds.maltidsservice, followUps: 2, addActivities: 1 });
    expect(content.items.at(-1)).toEqual({ kind: 'addActivity', orgUnitId: demoUnitIds.maltidsservice, goalId: goal.id,
      target: { view: 'myUnit', orgUnitId: demoUnitIds.maltidsservice, goalId: goal.id } });
  });

  it('counts the days left and says late past the deadline the staff set', () => {
    const open = cardContent({ picture: lean, viewer: unitHead, period: helar, today: '2024-01-10', dates: { deadline: '2024-01-15' } });
    expect(open.deadlineState).toEqual({ kind: 'open', deadline: '2024-01-15', daysLeft: 5 });
    const late = cardContent({ picture: lean, viewer: unitHead, period: helar, today: '2024-01-20', dates: { deadline: '2024-01-15' } });
    expect(late.deadlineState).toEqual({ kind: 'late', deadline: '2024-01-15', daysLate: 5 });
    expect(late.items).toHaveLength(2);
  });

  it('has nothing to list once every step is done', () => {
    const [first, second] = cardContent({ picture: lean, viewer: unitHead, period: helar, today: demoToday }).items;
    const done = [first, second].map((item, index) => ({ id: 8000 + index, activityId: item.kind === 'followUp' ? item.activityId : 0, period: helar,
      grade: 'genomford' as const, comment: '', updatedBy: demoRegion2023.followUps[0].updatedBy, updatedAt: demoRegion2023.followUps[0].updatedAt }));
    const content = cardContent({ picture: { ...lean, followUps: [...lean.followUps, ...done] }, viewer: unitHead, period: helar, today: demoToday });
    expect(content.items).toEqual([]);
    expect(content.headline).toEqual({ kind: 'unitSteps', orgUnitId: demoUnitIds.maltidsservice, followUps: 0, addActivities: 0 });
  });
});

describe('a department head\'s card', () => {
  const rollup = computeDepartmentRollup(lean, demoDepartmentIds.regionservice, helar);
  const units = rollup.units.filter((unit) => !unit.closed && unit.orgUnitId !== demoDepartmentIds.regionservice);

  it('lists the units holding goals without activities before the deadline, none late yet', () => {
    const content = cardContent({ picture: lean, viewer: departmentHead, period: helar, today: demoToday });
    expect(content.role).toBe('departmentHead');
    const without = units.filter((unit) => unit.goalsWithActivities < unit.goalsHeld);
    expect(content.items.map((item) => item.kind === 'unitWithoutActivities' && item.orgUnitId)).toEqual(without.map((unit) => unit.orgUnitId));
    expect(content.headline).toEqual({ kind: 'departmentUnits', departmentId: demoDepartmentIds.regionservice, unitsLate: 0,
      unitsWithoutActivities: without.length, unitsTotal: units.length, unitsReady: 0 });
  });

  it('lists the units late with their follow-ups once the deadline has passed, each linking to the unit in Min enhet', () => {
    const content = cardContent({ picture: lean, viewer: departmentHead, period: helar, today: '2024-01-20' });
    const late = units.filter((unit) => unit.followUp.activitiesFollowedUp < unit.followUp.activitiesDue);
    expect(late.length).toBeGreaterThan(0);
    const lateItems = content.items.filter((item) => item.kind === 'unitLate');
    expect(lateItems).toEqual(late.map((unit) => ({ kind: 'unitLate', orgUnitId: unit.orgUnitId,
      followUpsMissing: unit.followUp.activitiesDue - unit.followUp.activitiesFollowedUp, target: { view: 'myUnit', orgUnitId: unit.orgUnitId } })));
    expect(content.headline.kind === 'departmentUnits' && content.headline.unitsLate).toBe(late.length);
  });
});

describe('the regional staff\'s card', () => {
  it('gives the summary\'s headline and the departments short of goals, linking to their Fördelning cells', () => {
    const summary = computeCoverageSummary(lean, helar);
    const content = cardContent({ picture: lean, viewer: staff, period: helar, today: demoToday });
    expect(content.headline).toEqual({ kind: 'regionCoverage', departmentsWithAllGoals: summary.totals.departmentsWithAllGoals,
      departments: summary.totals.departments, activitiesFollowedUp: summary.totals.followUp.activitiesFollowedUp, activitiesDue: summary.totals.followUp.activitiesDue,
      departmentsReady: 0 });
    const short = summary.departments.filter((department) => department.goalsAllocated < department.goalsPossible);
    expect(content.items.map((item) => item.target)).toEqual(short.map((department) => ({ view: 'allocation', year: 2023, orgUnitId: department.departmentId })));
  });
});

it('a reader\'s card has nothing to list', () => {
  expect(cardContent({ picture: lean, viewer: reader, period: helar, today: demoToday })).toMatchObject({ role: 'reader', headline: { kind: 'nothing' }, items: [] });
});

describe('the card and klarmarkering', () => {
  const by = { login: 'avdchef@region.example', name: 'Avdelningschefen' };
  const event = (id: number, orgUnitId: number, kind: 'ready' | 'sentBack', at: string, comment = '') => ({ id, period: helar, orgUnitId, kind, comment, by, at });

  it('puts a unit head\'s mark sent back first, with the department head\'s words, linking to Min enhet', () => {
    const readiness = [event(1, demoUnitIds.maltidsservice, 'ready', '2023-10-01T10:00:00Z'),
      event(2, demoUnitIds.maltidsservice, 'sentBack', '2023-10-02T10:00:00Z', 'Följ upp matsvinnet.')];
    const content = cardContent({ picture: lean, viewer: unitHead, period: helar, today: demoToday, readiness });
    expect(content.items[0]).toEqual({ kind: 'sentBack', orgUnitId: demoUnitIds.maltidsservice, comment: 'Följ upp matsvinnet.',
      target: { view: 'myUnit', orgUnitId: demoUnitIds.maltidsservice } });
    expect(content.items.slice(1).every((item) => item.kind === 'followUp')).toBe(true);
    expect(cardContent({ picture: lean, viewer: unitHead, period: helar, today: demoToday }).items.some((item) => item.kind === 'sentBack')).toBe(false);
  });

  it('counts a department head\'s units ready and never calls a ready unit late; counts the staff\'s departments ready', () => {
    const late = '2024-02-01';
    const before = cardContent({ picture: lean, viewer: departmentHead, period: helar, today: late });
    const lateUnits = before.items.filter((item) => item.kind === 'unitLate').map((item) => item.orgUnitId);
    expect(lateUnits.length).toBeGreaterThan(0);
    const readiness = [event(1, lateUnits[0], 'ready', '2024-01-10T10:00:00Z', 'Väntar på leverantören.')];
    const after = cardContent({ picture: lean, viewer: departmentHead, period: helar, today: late, readiness });
    expect(after.items.filter((item) => item.kind === 'unitLate').map((item) => item.orgUnitId)).toEqual(lateUnits.slice(1));
    expect(after.headline).toMatchObject({ kind: 'departmentUnits', unitsReady: 1 });
    const region = cardContent({ picture: lean, viewer: staff, period: helar, today: demoToday,
      readiness: [event(3, demoDepartmentIds.regionservice, 'ready', '2024-01-11T10:00:00Z')] });
    expect(region.headline).toMatchObject({ kind: 'regionCoverage', departmentsReady: 1, departments: 9 });
  });
});
