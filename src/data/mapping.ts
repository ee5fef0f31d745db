// Between list items and the domain model: the field names of schema.ts on one side, the
// domain's words on the other. Reads use the projections below; writes build the bodies.
import type { Activity, Allocation, FollowUp, Goal, ImplementationGrade, OrgLevel, OrgUnit, ActivityStatus } from '../domain/model';
import { fromSharePointDate, toSharePointDate } from './odata';
import { personProjection, SharePointPerson, toPerson } from './people';
import { ListKey } from './schema';

/** What one list's read selects and expands: only what the UI needs. */
export interface Projection {
  select: string[];
  expand: string[];
}

function withPeople(fields: string[], people: string[]): Projection {
  return {
    select: [...fields, ...people.flatMap((person) => personProjection.map((part) => `${person}/${part}`))],
    expand: people
  };
}

export const projections: Readonly<Record<ListKey, Projection>> = {
  goals: withPeople(['Id', 'Title', 'MiljoYear', 'GoalCode', 'GoalDescription', 'Indicator', 'MeasuredRegionWide', 'Retired'], []),
  orgUnits: withPeople(['Id', 'Title', 'ShortName', 'OrgLevel', 'ParentUnitId', 'Closed', 'ClosedOn'], ['Head']),
  allocations: withPeople(['Id', 'MiljoYear', 'GoalId', 'OrgUnitId', 'AllocatedAt', 'AgreedWithUnitHead', 'AgreedOn', 'AllocationNote'], ['AllocatedBy']),
  activities: withPeople(['Id', 'MiljoYear', 'AllocationId', 'Title', 'ActivityDescription', 'StartDate', 'EndDate', 'ActivityStatus', 'ClientKey'], ['Responsible']),
  followUps: withPeople(['Id', 'MiljoYear', 'ActivityId', 'Period', 'Grade', 'FollowUpComment', 'Modified'], ['Editor'])
};

/* eslint-disable @typescript-eslint/no-explicit-any -- list items are untyped JSON */
type Item = Record<string, any>;

export function toGoal(item: Item): Goal {
  return {
    id: item.Id,
    year: item.MiljoYear,
    code: item.GoalCode ?? '',
    title: item.Title ?? '',
    description: item.GoalDescription ?? '',
    indicator: item.Indicator ?? '',
    measuredRegionWide: item.MeasuredRegionWide === true,
    retired: item.Retired === true || undefined
  };
}

export function toOrgUnit(item: Item): OrgUnit {
  return {
    id: item.Id,
    name: item.Title ?? '',
    shortName: item.ShortName || undefined,
    level: item.OrgLevel as OrgLevel,
    parentId: item.ParentUnitId ?? undefined,
    head: toPerson(item.Head as SharePointPerson),
    closed: item.Closed === true || undefined,
    closedOn: fromSharePointDate(item.ClosedOn)
  };
}

export function toAllocation(item: Item): Allocation {
  return {
    id: item.Id,
    goalId: item.GoalId,
    orgUnitId: item.OrgUnitId,
    allocatedBy: toPerson(item.AllocatedBy as SharePointPerson) ?? { login: '', name: '' },
    allocatedAt: item.AllocatedAt ?? '',
    agreedWithUnitHead: item.AgreedWithUnitHead === true,
    agreedOn: fromSharePointDate(item.AgreedOn),
    note: item.AllocationNote || undefined
  };
}

export function toActivity(item: Item): Activity {
  return {
    id: item.Id,
    allocationId: item.AllocationId,
    title: item.Title ?? '',
    description: item.ActivityDescription ?? '',
    responsible: toPerson(item.Responsible as SharePointPerson),
    startDate: fromSharePointDate(item.StartDate),
    endDate: fromSharePointDate(item.EndDate),
    status: (item.ActivityStatus ?? 'planerad') as ActivityStatus
  };
}

export function toFollowUp(item: Item): FollowUp {
  return {
    id: item.Id,
    activityId: item.ActivityId,
    period: { year: item.MiljoYear, kind: item.Period === 'helar' ? 'helar' : 'delar' },
    grade: item.Grade as ImplementationGrade,
    comment: item.FollowUpComment ?? '',
    updatedBy: toPerson(item.Editor as SharePointPerson),
    updatedAt: item.Modified || undefined
  };
}

/** The ETag SharePoint sent with an item, in whichever JSON flavour it answered. */
export function etagOf(item: Item): string {
  return item['odata.etag'] ?? item.__metadata?.etag ?? '';
}

export { toSharePointDate };
