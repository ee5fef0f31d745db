// Moving activities to another allocation, so the first can be removed without losing them.
// Follow-ups belong to the activity, so they move with it.

import type { Activity } from '../model';

/** Returns a new list; activities of other allocations are the same objects as before. */
export function moveActivities(
  activities: readonly Activity[],
  fromAllocationId: number,
  toAllocationId: number
): Activity[] {
  return activities.map((activity) =>
    activity.allocationId === fromAllocationId ? { ...activity, allocationId: toAllocationId } : activity
  );
}

/** The activities that would move, e.g. for the data layer to update those items only. */
export function activitiesToMove(activities: readonly Activity[], fromAllocationId: number): Activity[] {
  return activities.filter((activity) => activity.allocationId === fromAllocationId);
}
