// Each period keeps its own follow-up: recording one replaces only that period's, never another's.

import type { FollowUp, FollowUpPeriod } from '../model';
import { comparePeriods, samePeriod } from '../period';

export function followUpFor(
  followUps: readonly FollowUp[],
  activityId: number,
  period: FollowUpPeriod
): FollowUp | undefined {
  return followUps.find((followUp) => followUp.activityId === activityId && samePeriod(followUp.period, period));
}

/** Replaces the follow-up of the same activity and period, or adds it; others are untouched. */
export function recordFollowUp(followUps: readonly FollowUp[], followUp: FollowUp): FollowUp[] {
  const isSameSlot = (candidate: FollowUp): boolean =>
    candidate.activityId === followUp.activityId && samePeriod(candidate.period, followUp.period);
  return followUps.some(isSameSlot)
    ? followUps.map((candidate) => (isSameSlot(candidate) ? followUp : candidate))
    : [...followUps, followUp];
}

/** An activity's follow-ups, earliest period first, e.g. to show earlier periods beside the open one. */
export function followUpHistory(followUps: readonly FollowUp[], activityId: number): FollowUp[] {
  return followUps
    .filter((followUp) => followUp.activityId === activityId)
    .sort((a, b) => comparePeriods(a.period, b.period));
}
