// What the lists hold and what the model says, pinned per list: bodies key by key (in order, as
// they go over the wire), reads property by property (toStrictEqual: an absent value stays absent).
import type { Activity, Allocation, FollowUp, Goal, OrgUnit } from '../../domain/model';
import { itemBody } from '../itemBodies';
import { projections, toModel } from '../mapping';
import type { UserIdOf } from '../people';
import { siteCalendar } from '../siteCalendar';

const anna = { login: 'anna@region.example', name: 'Anna' };
const annaExpanded = { Id: 7, Title: 'Anna', Name: 'i:0#.f|membership|anna@region.example', EMail: '' };
const userIdOf: UserIdOf = async (login) => (login === anna.login ? 7 : null);
/** A Stockholm site: dates are its midnights, in UTC (an hour earlier in winter, two in summer). */
const calendar = siteCalendar({ Id: 4, Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 } });
const context = { userIdOf, calendar };

const goal: Omit<Goal, 'id'> = { year: 2024, code: 'M1', title: 'Minskade utsläpp', description: 'd', indicator: 'i', measuredRegionWide: true };
const unit: Omit<OrgUnit, 'id'> = { name: 'Regionservice', shortName: 'RS', code: 'RS-1', level: 'avdelning', parentId: 1, head: anna, closed: true, closedOn: '2024-06-30' };
const allocation: Omit<Allocation, 'id'> = {
  goalId: 3, orgUnitId: 4, allocatedBy: anna, allocatedAt: '2024-02-01T09:00:00Z', agreedWithUnitHead: true, agreedOn: '2024-02-02', note: 'n'
};
const activity: Omit<Activity, 'id'> = {
  allocationId: 5, title: 'Källsortering', description: 'd', responsible: anna, startDate: '2024-03-01', endDate: '2024-12-31', status: 'pagaende'
};
const followUp: Omit<FollowUp, 'id'> = { activityId: 6, period: { year: 2024, kind: 'helar' }, grade: 'genomford', comment: 'Klart' };

describe('write bodies', () => {
  it('goals: every column, the key from year and code', async () => {
    expect(JSON.stringify(await itemBody('goals', goal, context))).toBe(JSON.stringify({
      Title: 'Minskade utsläpp', MiljoYear: 2024, GoalCode: 'M1', GoalKey: '2024-M1', GoalDescription: 'd', Indicator: 'i',
      MeasuredRegionWide: true, Retired: false, GoalForvaltningId: null
    }));
  });

  it('orgUnits: the head as a user id, the closing day at the site midnight', async () => {
    expect(JSON.stringify(await itemBody('orgUnits', unit, context))).toBe(JSON.stringify({
      Title: 'Regionservice', ShortName: 'RS', UnitCode: 'RS-1', OrgLevel: 'avdelning', ParentUnitId: 1, HeadId: 7, Closed: true, ClosedOn: '2024-06-29T22:00:00Z'
    }));
    expect(JSON.stringify(await itemBody('orgUnits', { name: 'F', level: 'forvaltning' }, context))).toBe(JSON.stringify({
      Title: 'F', ShortName: null, UnitCode: null, OrgLevel: 'forvaltning', ParentUnitId: null, HeadId: null, Closed: false, ClosedOn: null
    }));
  });

  it('allocations: title and key from goal and unit; who and when are SharePoint\'s, never written', async () => {
    expect(JSON.stringify(await itemBody('allocations', allocation, context))).toBe(JSON.stringify({
      Title: '3-4', GoalId: 3, OrgUnitId: 4, AllocationKey: '3-4',
      AgreedWithUnitHead: true, AgreedOn: '2024-02-01T23:00:00Z', AllocationNote: 'n'
    }));
    const { agreedOn, note, ...bare } = allocation;
    expect(JSON.stringify(await itemBody('allocations', bare, context))).toContain('"AgreedOn":null,"AllocationNote":null}');
    expect([agreedOn, note]).toEqual(['2024-02-02', 'n']);
  });

  it('activities: the responsible as a user id, dates at the site midnight', async () => {
    expect(JSON.stringify(await itemBody('activities', activity, context))).toBe(JSON.stringify({
      Title: 'Källsortering', AllocationId: 5, ActivityDescription: 'd', ResponsibleId: 7, StartDate: '2024-02-29T23:00:00Z',
      EndDate: '2024-12-30T23:00:00Z', ActivityStatus: 'pagaende', Highlighted: false, ActivityCost: null
    }));
    expect(JSON.stringify(await itemBody('activities', { ...activity, highlighted: true }, context))).toContain('"Highlighted":true,');
  });

  it('followUps: title and key from activity and period', async () => {
    expect(JSON.stringify(await itemBody('followUps', followUp, context))).toBe(JSON.stringify({
      Title: '6-helar', MiljoYear: 2024, ActivityId: 6, Period: 'helar', FollowUpKey: '6-helar', Grade: 'genomford', FollowUpComment: 'Klart'
    }));
  });
});

describe('reads', () => {
  it('goals', () => {
    expect(toModel.goals({ Id: 1, Title: 'T', MiljoYear: 2024, GoalCode: 'M1', GoalDescription: 'd', Indicator: 'i', MeasuredRegionWide: true, Retired: true }, calendar))
      .toStrictEqual({ id: 1, year: 2024, code: 'M1', title: 'T', description: 'd', indicator: 'i', measuredRegionWide: true, retired: true, forvaltningId: undefined });
    // A förvaltningsmål names its förvaltning (the lookup's id).
    expect(toModel.goals({ Id: 2, MiljoYear: 2024, GoalCode: 'HS1', GoalForvaltningId: 7 }, calendar).forvaltningId).toBe(7);
    expect(toModel.goals({ Id: 1, MiljoYear: 2024 }, calendar)).toStrictEqual(
      { id: 1, year: 2024, code: '', title: '', description: '', indicator: '', measuredRegionWide: false, retired: undefined, forvaltningId: undefined });
  });

  it('orgUnits', () => {
    expect(toModel.orgUnits({ Id: 2, Title: 'RS', ShortName: 'R', UnitCode: 'K7', OrgLevel: 'enhet', ParentUnitId: 1, Head: annaExpanded, Closed: true, ClosedOn: '2024-06-29T22:00:00Z' }, calendar))
      .toStrictEqual({ id: 2, name: 'RS', shortName: 'R', code: 'K7', level: 'enhet', parentId: 1, head: { ...anna, email: undefined }, closed: true, closedOn: '2024-06-30' });
    expect(toModel.orgUnits({ Id: 2, ShortName: '', OrgLevel: 'enhet', ParentUnitId: null, Head: null, Closed: false, ClosedOn: null }, calendar)).toStrictEqual(
      { id: 2, name: '', shortName: undefined, code: undefined, level: 'enhet', parentId: undefined, head: undefined, closed: undefined, closedOn: undefined });
  });

  it('allocations', () => {
    expect(toModel.allocations({ Id: 3, MiljoYear: 2024, GoalId: 1, OrgUnitId: 2, Author: annaExpanded, Created: 'x', AgreedWithUnitHead: true, AgreedOn: '2024-02-01T23:00:00Z', AllocationNote: 'n' }, calendar))
      .toStrictEqual({ id: 3, goalId: 1, orgUnitId: 2, allocatedBy: { ...anna, email: undefined }, allocatedAt: 'x', agreedWithUnitHead: true, agreedOn: '2024-02-02', note: 'n' });
    expect(toModel.allocations({ Id: 3, GoalId: 1, OrgUnitId: 2, AllocationNote: '' }, calendar)).toStrictEqual(
      { id: 3, goalId: 1, orgUnitId: 2, allocatedBy: { login: '', name: '' }, allocatedAt: '', agreedWithUnitHead: false, agreedOn: undefined, note: undefined });
  });

  it('activities', () => {
    expect(toModel.activities({ Id: 4, MiljoYear: 2024, AllocationId: 3, Title: 'T', ActivityDescription: 'd', Responsible: annaExpanded, StartDate: '2024-02-29T23:00:00Z', EndDate: '2024-12-30T23:00:00Z', ActivityStatus: 'avslutad', ClientKey: 'k', Highlighted: true, ActivityCost: 12500 }, calendar))
      .toStrictEqual({ id: 4, allocationId: 3, title: 'T', description: 'd', responsible: { ...anna, email: undefined }, startDate: '2024-03-01', endDate: '2024-12-31', status: 'avslutad', highlighted: true, cost: 12500 });
    expect(toModel.activities({ Id: 4, AllocationId: 3, Highlighted: false }, calendar)).toStrictEqual(
      { id: 4, allocationId: 3, title: '', description: '', responsible: undefined, startDate: undefined, endDate: undefined, status: 'planerad', highlighted: undefined, cost: undefined });
  });

  it('followUps, with who changed them last and when', () => {
    expect(toModel.followUps({ Id: 5, MiljoYear: 2024, ActivityId: 4, Period: 'helar', Grade: 'ejPaborjad', FollowUpComment: 'c', Modified: '2024-08-01T10:00:00Z', Editor: annaExpanded }, calendar))
      .toStrictEqual({ id: 5, activityId: 4, period: { year: 2024, kind: 'helar' }, grade: 'ejPaborjad', comment: 'c', updatedBy: { ...anna, email: undefined }, updatedAt: '2024-08-01T10:00:00Z' });
    expect(toModel.followUps({ Id: 5, MiljoYear: 2024, ActivityId: 4, Period: 'other', Grade: 'genomford', Modified: '' }, calendar)).toStrictEqual(
      { id: 5, activityId: 4, period: { year: 2024, kind: 'delar' }, grade: 'genomford', comment: '', updatedBy: undefined, updatedAt: undefined });
  });
});

describe('projections', () => {
  const people = (field: string): string[] => ['Id', 'Title', 'Name', 'EMail'].map((part) => `${field}/${part}`);
  it.each([
    ['goals', ['Id', 'Title', 'MiljoYear', 'GoalCode', 'GoalDescription', 'Indicator', 'MeasuredRegionWide', 'Retired', 'GoalForvaltningId'], []],
    ['orgUnits', ['Id', 'Title', 'ShortName', 'UnitCode', 'OrgLevel', 'ParentUnitId', 'Closed', 'ClosedOn', 'ClientKey'], ['Head']],
    ['allocations', ['Id', 'MiljoYear', 'GoalId', 'OrgUnitId', 'Created', 'AgreedWithUnitHead', 'AgreedOn', 'AllocationNote'], ['Author']],
    ['activities', ['Id', 'MiljoYear', 'AllocationId', 'Title', 'ActivityDescription', 'StartDate', 'EndDate', 'ActivityStatus', 'ClientKey', 'Highlighted', 'ActivityCost'], ['Responsible']],
    ['followUps', ['Id', 'MiljoYear', 'ActivityId', 'Period', 'Grade', 'FollowUpComment', 'Modified'], ['Editor']]
  ] as const)('%s selects its columns and expands its people', (key, columns, expanded) => {
    const projection = projections[key];
    expect([...projection.select].sort()).toEqual([...columns, ...expanded.flatMap(people)].sort());
    expect(projection.expand).toEqual(expanded);
  });
});
