// Who may mark, take back and send back a part of a period, and when. A unit's part is its head's
// (the regional staff may act for anyone); sending a unit's mark back is its department head's; a
// department's part is its head's. Once a department marks itself ready its units' marks stand until
// it takes its own back. SharePoint holds the same people apart with folders (src/data/places.ts).

import { unitNextSteps } from '../goals/nextSteps';
import type { FollowUpPeriod, IsoDate, YearPicture } from '../model';
import { departmentIdOf, orgUnitsById } from '../organisation';
import { comparePeriods, periodKey } from '../period';
import { isPeriodClosed, type PeriodDates, type PeriodSettings } from '../periodSettings';
import { readinessOf, type ReadinessDraft, type ReadinessEvent } from '../readiness/readiness';
import type { Actor } from './actor';
import { textLimits } from './limits';
import { allowed, refused, type RuleResult } from './refusal';
import { heads } from './scope';
import { checkOptionalText, checkRequiredText, isBlank } from './validation/fieldChecks';

export interface ReadinessContext {
  picture: YearPicture;
  /** Every readiness event of the year read. */
  events: readonly ReadinessEvent[];
  /** The period being followed up now (the staff may keep one open longer). */
  openPeriod: FollowUpPeriod;
  /** The draft's period as the staff set it: once closed, its marks stay as they were. */
  settings?: PeriodSettings;
  today: IsoDate;
}

/** The unit's activities not followed up for the period: a unit marked ready with these says why. */
export function missingFollowUps(picture: YearPicture, orgUnitId: number, period: FollowUpPeriod, today: IsoDate, dates?: PeriodDates): number {
  return unitNextSteps(picture, orgUnitId, period, today, dates).filter((step) => step.kind === 'followUp').length;
}

export function canRecordReadiness(actor: Actor, draft: ReadinessDraft, context: ReadinessContext): RuleResult {
  const { picture, events, openPeriod, settings } = context;
  const byId = orgUnitsById(picture.orgUnits);
  const unit = byId.get(draft.orgUnitId);
  if (unit === undefined) return refused('orgUnitNotFound', { orgUnitId: draft.orgUnitId });
  if (unit.level === 'forvaltning') return refused('outsideScope', {});
  const departmentId = unit.level === 'avdelning' ? unit.id : departmentIdOf(unit.id, byId);
  const sendingBack = draft.kind === 'sentBack';
  // A unit's mark is its own head's; sending it back, and a department's own mark, its department head's.
  const decider = sendingBack || unit.level === 'avdelning' ? departmentId : unit.id;
  if (!actor.isRegionalStaff && (!heads(actor, decider) || (sendingBack && unit.level === 'avdelning'))) return refused('outsideScope', {});
  if (unit.closed) return refused('unitClosed', { orgUnitId: unit.id });
  const key = periodKey(draft.period);
  const order = comparePeriods(draft.period, openPeriod);
  if (order < 0) return refused('periodClosed', { periodKey: key });
  if (order > 0) return refused('periodNotOpen', { periodKey: key });
  if (isPeriodClosed(settings) && !actor.isRegionalStaff) return refused('periodLocked', { periodKey: key });
  const tooLong = checkOptionalText(draft.comment, textLimits.readiness.comment);
  if (tooLong) return { ok: false, reason: tooLong };
  if (unit.level === 'enhet' && departmentId !== undefined && readinessOf(events, departmentId, draft.period).state === 'ready') {
    return refused('departmentMarkedReady', { departmentId });
  }
  const now = readinessOf(events, unit.id, draft.period).state;
  if (draft.kind === 'ready') {
    if (now === 'ready') return refused('alreadyReady', {});
    if (unit.level === 'enhet' && isBlank(draft.comment)) {
      const missing = missingFollowUps(picture, unit.id, draft.period, context.today, settings);
      if (missing > 0) return refused('readinessReasonRequired', { missing });
    }
    return allowed;
  }
  if (now !== 'ready') return refused('notMarkedReady', {});
  if (sendingBack) {
    const required = checkRequiredText(draft.comment, textLimits.readiness.comment);
    if (required) return { ok: false, reason: required };
  }
  return allowed;
}

/**
 * Whether to offer `actor` the action at all: the rule's answer for the draft with the comment the
 * dialog will ask for left aside (a missing reason or send-back comment is said there, beside the field).
 */
export function mayOfferReadiness(actor: Actor, draft: Omit<ReadinessDraft, 'comment'>, context: ReadinessContext): boolean {
  const result = canRecordReadiness(actor, { ...draft, comment: '' }, context);
  return result.ok || result.reason.code === 'required' || result.reason.code === 'readinessReasonRequired';
}
