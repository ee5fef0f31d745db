// Words for what the domain refused and for what a write came to, in the user's language. The
// codes come from the domain (rules/refusal.ts) and the data layer (writeOutcome.ts); every
// sentence comes from the loc files.

import type { WriteAction } from '../../ports';
import type { Goal, OrgLevel, OrgUnit, YearPicture } from '../../domain/model';
import type { Refusal } from '../../domain/rules/refusal';
import { format } from '../format';

/** "M1 Minskade koldioxidutsläpp från resor". */
export function goalName(goal: Goal | undefined, fallbackId: number): string {
  return goal === undefined ? `#${fallbackId}` : `${goal.code} ${goal.title}`;
}

export function unitName(unit: OrgUnit | undefined, fallbackId: number): string {
  return unit === undefined ? `#${fallbackId}` : unit.name;
}

/** Names of goals and org units in a picture, for messages about them. */
export interface INames {
  goal(id: number): string;
  unit(id: number): string;
}

export function namesIn(picture: YearPicture): INames {
  return {
    goal: (id) => goalName(picture.goals.find((goal) => goal.id === id), id),
    unit: (id) => unitName(picture.orgUnits.find((unit) => unit.id === id), id)
  };
}

function levelName(level: OrgLevel, strings: IMiljomalWebPartStrings): string {
  switch (level) {
    case 'forvaltning': return strings.AdminLevelForvaltning;
    case 'avdelning': return strings.AdminLevelAvdelning;
    case 'enhet': return strings.AdminLevelEnhet;
  }
}

/** Why the domain said no, as a sentence. */
export function refusalText(reason: Refusal, strings: IMiljomalWebPartStrings, names: INames): string {
  switch (reason.code) {
    case 'outsideScope': return strings.AllocRefusedOutsideScope;
    case 'goalNotFound': return strings.AllocRefusedGoalNotFound;
    case 'goalRetired': return format(strings.AllocRefusedGoalRetired, names.goal(reason.params.goalId));
    case 'orgUnitNotFound': return strings.AllocRefusedOrgUnitNotFound;
    case 'allocationNotFound': return strings.AllocRefusedAllocationNotFound;
    case 'activityNotFound': return strings.AllocRefusedActivityNotFound;
    case 'unitClosed': return format(strings.AllocRefusedUnitClosed, names.unit(reason.params.orgUnitId));
    case 'levelNotAllocatable': return strings.AllocRefusedLevelNotAllocatable;
    case 'parentDoesNotHoldGoal':
      return format(strings.AllocRefusedParentDoesNotHoldGoal, names.goal(reason.params.goalId), names.unit(reason.params.parentId));
    case 'duplicateAllocation': return strings.AllocRefusedDuplicate;
    case 'allocationHasActivities':
      return reason.params.count === 1 ? strings.AllocRefusedHasOneActivity : format(strings.AllocRefusedHasActivities, reason.params.count);
    case 'allocationHasUnitAllocations':
      return reason.params.count === 1
        ? strings.AllocRefusedHasOneUnitAllocation
        : format(strings.AllocRefusedHasUnitAllocations, reason.params.count);
    case 'goalNotAllocatedToUnit':
      return format(strings.AllocRefusedGoalNotAllocated, names.goal(reason.params.goalId), names.unit(reason.params.orgUnitId));
    case 'sameAllocation': return strings.AllocRefusedSameAllocation;
    case 'required': return strings.AllocFieldRequired;
    case 'tooLong': return format(strings.AllocFieldTooLong, reason.params.maxLength, reason.params.length);
    case 'invalidDate':
    case 'datesOutOfOrder':
      return strings.AllocFieldInvalidDate;
    case 'yearOutOfRange': return format(strings.AdminFieldYearOutOfRange, reason.params.min, reason.params.max);
    case 'duplicateGoalCode': return format(strings.AdminFieldDuplicateCode, reason.params.code);
    case 'invalidParent': return format(strings.AdminFieldInvalidParent, levelName(reason.params.expectedParentLevel, strings));
    case 'parentNotAllowed': return strings.AdminFieldParentNotAllowed;
    case 'hasOpenUnits':
      return reason.params.count === 1 ? strings.AdminFieldHasOneOpenUnit : format(strings.AdminFieldHasOpenUnits, reason.params.count);
    case 'periodClosed':
    case 'periodNotOpen':
    case 'periodOutsideGoalYear':
      return strings.AllocRefusedOther;
  }
}

/** A message next to a form field: there a closed org unit is the parent chosen. */
export function fieldText(reason: Refusal, strings: IMiljomalWebPartStrings, names: INames): string {
  return reason.code === 'unitClosed'
    ? format(strings.AdminFieldParentClosed, names.unit(reason.params.orgUnitId))
    : refusalText(reason, strings, names);
}

/** SharePoint refused: name the role the write needs. */
export function forbiddenText(action: WriteAction, strings: IMiljomalWebPartStrings): string {
  switch (action) {
    case 'allocate':
    case 'removeAllocation':
      return strings.AllocForbiddenAllocate;
    case 'editActivity': return strings.AllocForbiddenActivities;
    case 'editGoals': return strings.AdminForbiddenGoals;
    case 'editOrganisation': return strings.AdminForbiddenOrganisation;
    default: return strings.AllocForbiddenOther;
  }
}

/** "15 mars 2023" / "March 15, 2023" from YYYY-MM-DD (read as a calendar date, not UTC midnight). */
export function formatDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** The calendar date of an ISO moment in the user's time zone. */
export function formatMoment(isoDateTime: string, locale: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}
