// The domain's refusal codes and the repository's outcomes in the user's language. Every code has
// an EditRefusal_<code> string and every write action an EditForbidden_<action> and an
// EditOutsideScope_<action> string, every way a person can fail to resolve an
// EditPersonRefusal_<kind> string (the compiler checks the keys exist; a test checks the words).
import type { FailureCause, ResolveOutcome, WriteAction } from '../../ports';
import type { OrgLevel } from '../../domain/model';
import { parsePeriodKey } from '../../domain/period';
import type { Refusal, RefusalCode } from '../../domain/rules/refusal';
import type { FieldErrors } from '../../domain/rules/validation/fieldChecks';
import { format } from '../format';
import { formatCount, type UiLocale } from '../common/text';
import { periodName } from '../common/summaryText';
import type { INames } from './names';

export interface IRefusalContext {
  /** Names for the ids a refusal carries; without them the message says the id. */
  names?: INames;
  /** What was being done: picks the outsideScope message that names who may do it. */
  action?: WriteAction;
  locale?: UiLocale;
}

export function levelText(level: OrgLevel, strings: IMiljomalWebPartStrings): string {
  switch (level) {
    case 'forvaltning': return strings.EditLevel_forvaltning;
    case 'avdelning': return strings.EditLevel_avdelning;
    case 'enhet': return strings.EditLevel_enhet;
  }
}

/** The message for a refusal, with its numbers and names filled in. */
export function refusalText(reason: Refusal, strings: IMiljomalWebPartStrings, context: IRefusalContext = {}): string {
  const { names, locale } = context;
  const count = (value: number): string => (locale === undefined ? String(value) : formatCount(value, locale));
  const goal = (id: number): string => names?.goal(id) ?? String(id);
  const unit = (id: number): string => names?.unit(id) ?? String(id);
  const period = (key: string): string => {
    const parsed = parsePeriodKey(key);
    return parsed === undefined ? key : periodName(parsed, strings);
  };
  const template = strings[`EditRefusal_${reason.code}` as `EditRefusal_${RefusalCode}`];
  switch (reason.code) {
    case 'outsideScope':
      return context.action === undefined ? template : outsideScopeText(context.action, strings);
    case 'goalNotFound':
    case 'goalRetired':
      return format(template, goal(reason.params.goalId));
    case 'orgUnitNotFound':
    case 'unitClosed':
      return format(template, unit(reason.params.orgUnitId));
    case 'levelNotAllocatable':
      return format(template, levelText(reason.params.level, strings));
    case 'parentDoesNotHoldGoal':
    case 'goalOfAnotherForvaltning':
      return format(template, goal(reason.params.goalId), unit(reason.params.parentId));
    case 'allocationHasActivities':
    case 'allocationHasUnitAllocations':
    case 'hasOpenUnits':
      return reason.params.count === 1
        ? strings[`EditRefusalOne_${reason.code}`]
        : format(template, count(reason.params.count));
    case 'goalNotAllocatedToUnit':
      return format(template, goal(reason.params.goalId), unit(reason.params.orgUnitId));
    case 'periodClosed':
    case 'periodNotOpen':
    case 'periodLocked':
      return format(template, period(reason.params.periodKey));
    case 'periodOutsideGoalYear':
      return format(template, period(reason.params.periodKey), reason.params.year);
    case 'tooLong':
      return format(template, count(reason.params.maxLength), count(reason.params.length));
    case 'invalidDate':
    case 'invalidNumber':
    case 'invalidAmount':
    case 'invalidKoladaId':
    case 'notPositive':
      return format(template, reason.params.value);
    case 'targetNotAfterBaseline':
      return format(template, reason.params.baselineYear);
    case 'datesOutOfOrder':
      return format(template, reason.params.startDate, reason.params.endDate);
    case 'yearOutOfRange':
      return format(template, reason.params.year, reason.params.min, reason.params.max);
    case 'duplicateGoalCode':
      return format(template, reason.params.code);
    case 'invalidParent':
      return format(template, levelText(reason.params.expectedParentLevel, strings));
    case 'readinessReasonRequired':
      return reason.params.missing === 1 ? strings.EditRefusalOne_readinessReasonRequired : format(template, count(reason.params.missing));
    case 'departmentMarkedReady':
      return format(template, unit(reason.params.departmentId));
    case 'alreadyReady':
    case 'notMarkedReady':
    case 'allocationNotFound':
    case 'activityNotFound':
    case 'duplicateAllocation':
    case 'sameAllocation':
    case 'required':
    case 'parentNotAllowed':
    case 'koladaLinkIncomplete':
      return template;
  }
}

/** A message next to a form field: there a closed org unit is the parent chosen. */
export function fieldText(reason: Refusal, strings: IMiljomalWebPartStrings, context: IRefusalContext = {}): string {
  return reason.code === 'unitClosed'
    ? format(strings.EditField_parentClosed, context.names?.unit(reason.params.orgUnitId) ?? String(reason.params.orgUnitId))
    : refusalText(reason, strings, context);
}

/** One message per field that failed, for `errorMessage` beside each field. */
export function fieldErrorTexts<F extends string>(
  errors: FieldErrors<F>,
  strings: IMiljomalWebPartStrings,
  context: IRefusalContext = {}
): Partial<Record<F, string>> {
  const texts: Partial<Record<F, string>> = {};
  for (const field of Object.keys(errors) as F[]) {
    const reason = errors[field];
    if (reason !== undefined) texts[field] = refusalText(reason, strings, context);
  }
  return texts;
}

/** Who may do this in the organisation (the domain's scope), for an outsideScope refusal. */
export function outsideScopeText(action: WriteAction, strings: IMiljomalWebPartStrings): string {
  return strings[`EditOutsideScope_${action}` as `EditOutsideScope_${WriteAction}`];
}

/** SharePoint refused: which group (role) the action needs. */
export function forbiddenText(action: WriteAction, strings: IMiljomalWebPartStrings): string {
  return strings[`EditForbidden_${action}` as `EditForbidden_${WriteAction}`];
}

/** A failed save in plain words: throttled, unreachable, or anything else. */
export function failedText(cause: FailureCause, strings: IMiljomalWebPartStrings): string {
  switch (cause) {
    case 'busy': return strings.EditFailedBusy;
    case 'unreachable': return strings.EditFailedUnreachable;
    case 'rejected': return strings.EditFailed;
  }
}

/** A person SharePoint could not resolve, or could not be asked about: said beside the person field. */
export type PersonRefusal = Exclude<ResolveOutcome, { kind: 'found' }>;

export function personRefusalText(refusal: PersonRefusal, login: string, strings: IMiljomalWebPartStrings): string {
  return format(strings[`EditPersonRefusal_${refusal.kind}` as `EditPersonRefusal_${PersonRefusal['kind']}`], login);
}
