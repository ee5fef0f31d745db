// What one org unit should do next for the period being followed up, in order: its activities
// still to follow up (late ones are the same list, past the deadline), then its goals that have no
// activity yet. Read off the coverage summary's gaps for the unit's department, so a step exists
// exactly while the summary, the roll-up and the reminders count it as missing.

import { compareSwedish } from '../collation';
import { deadlineState, periodDeadline } from '../deadlines';
import type { FollowUpPeriod, IsoDate, YearPicture } from '../model';
import { departmentIdOf, forvaltningIdOf, orgUnitsById } from '../organisation';
import type { PeriodDates } from '../periodSettings';
import { computeCoverageSummary } from '../summary/computeCoverageSummary';
import { departmentPart } from './departmentRollup';

export type NextStep =
  | { kind: 'followUp'; activityId: number; goalId: number; period: FollowUpPeriod; late: boolean; deadline: IsoDate }
  | { kind: 'addActivity'; goalId: number; allocationId: number };

/** Empty when all is done, the unit is closed, or it lies under no counted department. */
export function unitNextSteps(picture: YearPicture, orgUnitId: number, period: FollowUpPeriod, today: IsoDate, dates?: PeriodDates): NextStep[] {
  const byId = orgUnitsById(picture.orgUnits);
  const departmentId = departmentIdOf(orgUnitId, byId);
  if (departmentId === undefined || byId.get(orgUnitId)?.closed === true) return [];
  // The summary of the department's own förvaltning: a site may hold several.
  const { gaps } = computeCoverageSummary(departmentPart(picture, departmentId), period, { forvaltningId: forvaltningIdOf(departmentId, byId) });
  const goals = new Map(picture.goals.map((goal) => [goal.id, goal]));
  const goalOf = new Map(picture.allocations.map((allocation) => [allocation.id, allocation.goalId]));
  const activities = new Map(picture.activities.map((activity) => [activity.id, activity]));
  const code = (goalId: number): string => goals.get(goalId)?.code ?? '';
  const late = deadlineState(period, today, dates).kind === 'late';
  const deadline = periodDeadline(period, dates);

  const followUps: NextStep[] = [];
  const additions: NextStep[] = [];
  for (const gap of gaps) {
    if (gap.code === 'activityWithoutFollowUp' && gap.orgUnitId === orgUnitId) {
      followUps.push({ kind: 'followUp', activityId: gap.activityId, goalId: goalOf.get(gap.allocationId) ?? 0, period, late, deadline });
    } else if (gap.code === 'allocationWithoutActivities' && gap.orgUnitId === orgUnitId) {
      additions.push({ kind: 'addActivity', goalId: gap.goalId, allocationId: gap.allocationId });
    }
  }
  const title = (step: NextStep): string => step.kind === 'followUp' ? activities.get(step.activityId)?.title ?? '' : '';
  const id = (step: NextStep): number => step.kind === 'followUp' ? step.activityId : step.allocationId;
  const inOrder = (a: NextStep, b: NextStep): number =>
    compareSwedish(code(a.goalId), code(b.goalId)) || compareSwedish(title(a), title(b)) || id(a) - id(b);
  return [...followUps.sort(inOrder), ...additions.sort(inOrder)];
}
