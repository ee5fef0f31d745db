// When a follow-up may be recorded: only for the open period, so earlier periods stay as reported.

import type { FollowUpPeriod, YearPicture } from '../model';
import { orgUnitsById } from '../organisation';
import { comparePeriods, periodKey } from '../period';
import { isPeriodClosed, type PeriodSettings } from '../periodSettings';
import type { Actor } from './actor';
import { findActivityAt } from './lookup';
import { allowed, refused, type RuleResult } from './refusal';
import { mayWorkAt } from './scope';

export interface FollowUpTarget {
  activityId: number;
  period: FollowUpPeriod;
}

/**
 * openPeriod is the period being followed up now: usually currentFollowUpPeriod(today), but the
 * regional staff may keep a period open longer, so it is passed in rather than derived here.
 * `settings` are the target period's as the staff set them: once they closed it, its follow-ups
 * are theirs alone to change (and SharePoint holds that too, periodFolders.ts).
 */
export function canRecordFollowUp(
  actor: Actor,
  target: FollowUpTarget,
  picture: YearPicture,
  openPeriod: FollowUpPeriod,
  settings?: PeriodSettings
): RuleResult {
  const found = findActivityAt(target.activityId, picture);
  if (!found.ok) return found;
  const { activity, allocation, unit } = found.value;
  if (!mayWorkAt(actor, unit, orgUnitsById(picture.orgUnits), activity.responsible)) {
    return refused('outsideScope', {});
  }
  if (unit.closed) return refused('unitClosed', { orgUnitId: unit.id });
  const key = periodKey(target.period);
  const goal = picture.goals.find((candidate) => candidate.id === allocation.goalId);
  if (goal === undefined) return refused('goalNotFound', { goalId: allocation.goalId });
  if (target.period.year !== goal.year) return refused('periodOutsideGoalYear', { periodKey: key, year: goal.year });
  const order = comparePeriods(target.period, openPeriod);
  if (order < 0) return refused('periodClosed', { periodKey: key });
  if (order > 0) return refused('periodNotOpen', { periodKey: key });
  if (isPeriodClosed(settings) && !actor.isRegionalStaff) return refused('periodLocked', { periodKey: key });
  return allowed;
}
