// Finding what a rule is about, refusing with a typed reason when it does not exist.

import type { Activity, Allocation, OrgUnit, YearPicture } from '../model';
import { refusal, type Refusal } from './refusal';

export type Lookup<T> = { ok: true; value: T } | { ok: false; reason: Refusal };

export interface AllocationAt {
  allocation: Allocation;
  unit: OrgUnit;
}

export interface ActivityAt extends AllocationAt {
  activity: Activity;
}

export function findAllocationAt(allocationId: number, picture: YearPicture): Lookup<AllocationAt> {
  const allocation = picture.allocations.find((candidate) => candidate.id === allocationId);
  if (allocation === undefined) return { ok: false, reason: refusal('allocationNotFound', { allocationId }) };
  const unit = picture.orgUnits.find((candidate) => candidate.id === allocation.orgUnitId);
  if (unit === undefined) {
    return { ok: false, reason: refusal('orgUnitNotFound', { orgUnitId: allocation.orgUnitId }) };
  }
  return { ok: true, value: { allocation, unit } };
}

export function findActivityAt(activityId: number, picture: YearPicture): Lookup<ActivityAt> {
  const activity = picture.activities.find((candidate) => candidate.id === activityId);
  if (activity === undefined) return { ok: false, reason: refusal('activityNotFound', { activityId }) };
  const found = findAllocationAt(activity.allocationId, picture);
  if (!found.ok) return found;
  return { ok: true, value: { activity, ...found.value } };
}
