// The list item bodies writes send: domain words in, schema field names out.
import type { Activity, Allocation, FollowUp, Goal, OrgUnit } from '../domain/model';
import { toSharePointDate } from './odata';
import { allocationKey, followUpKey, goalKey } from './schema';

/* eslint-disable @typescript-eslint/no-explicit-any -- list item bodies are untyped JSON */
type Body = Record<string, any>;

/** Resolves a person's login to the site user id that a User field stores. */
export type UserIdOf = (login: string | undefined) => Promise<number | null>;

export function goalBody(goal: Omit<Goal, 'id'>): Body {
  return {
    Title: goal.title,
    MiljoYear: goal.year,
    GoalCode: goal.code,
    GoalKey: goalKey(goal.year, goal.code),
    GoalDescription: goal.description,
    Indicator: goal.indicator,
    MeasuredRegionWide: goal.measuredRegionWide,
    Retired: goal.retired === true
  };
}

export async function orgUnitBody(unit: Omit<OrgUnit, 'id'>, userIdOf: UserIdOf): Promise<Body> {
  return {
    Title: unit.name,
    ShortName: unit.shortName ?? null,
    OrgLevel: unit.level,
    ParentUnitId: unit.parentId ?? null,
    HeadId: await userIdOf(unit.head?.login),
    Closed: unit.closed === true,
    ClosedOn: toSharePointDate(unit.closedOn)
  };
}

/** Without the year: it is set once, when the allocation is added. */
export async function allocationBody(allocation: Omit<Allocation, 'id'>, userIdOf: UserIdOf): Promise<Body> {
  const key = allocationKey(allocation.goalId, allocation.orgUnitId);
  return {
    Title: key,
    GoalId: allocation.goalId,
    OrgUnitId: allocation.orgUnitId,
    AllocationKey: key,
    AllocatedById: await userIdOf(allocation.allocatedBy.login),
    AllocatedAt: allocation.allocatedAt,
    AgreedWithUnitHead: allocation.agreedWithUnitHead,
    AgreedOn: toSharePointDate(allocation.agreedOn),
    AllocationNote: allocation.note ?? null
  };
}

/** Without the year and the client key: both are set once, when the activity is added. */
export async function activityBody(activity: Omit<Activity, 'id'>, userIdOf: UserIdOf): Promise<Body> {
  return {
    Title: activity.title,
    AllocationId: activity.allocationId,
    ActivityDescription: activity.description,
    ResponsibleId: await userIdOf(activity.responsible?.login),
    StartDate: toSharePointDate(activity.startDate),
    EndDate: toSharePointDate(activity.endDate),
    ActivityStatus: activity.status
  };
}

export function followUpBody(followUp: Omit<FollowUp, 'id'>): Body {
  const key = followUpKey(followUp.activityId, followUp.period.kind);
  return {
    Title: key,
    MiljoYear: followUp.period.year,
    ActivityId: followUp.activityId,
    Period: followUp.period.kind,
    FollowUpKey: key,
    Grade: followUp.grade,
    FollowUpComment: followUp.comment
  };
}
