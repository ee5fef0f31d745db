// The activity form: what the user types, checked by the domain's validation before any save.
import type { Activity, ActivityStatus, Person } from '../../domain/model';
import { isActivityStatus } from '../../domain/scales';
import { validateActivityInput, type ActivityField } from '../../domain/rules/validation/validateActivity';
import type { UiLocale } from '../common/text';
import { isLogin, isPersonInput, personFromInput, toPersonInput, type IPersonInput } from '../edit/people';
import type { IConflictRow } from '../edit/ConflictPanel';
import { formatDate } from '../edit/dates';
import { statusText } from '../common/summaryText';
import { activityDetails, detailText, detailValue, type ActivityDetailKey } from '../common/activityDetails';
import { fieldErrorTexts, fieldText } from '../edit/refusalText';

export interface IActivityForm {
  title: string;
  description: string;
  responsible: IPersonInput;
  /** YYYY-MM-DD or empty. */
  startDate: string;
  endDate: string;
  status: ActivityStatus;
  /** "Lyft fram i rapporten"; a draft stored before the field existed has none (false). */
  highlighted?: boolean;
  /** The details (activityDetails.ts) as typed, by key; a draft stored before one existed has none. */
  details?: Partial<Record<ActivityDetailKey, string>>;
}

export type ActivityFormField = ActivityField | 'responsible' | ActivityDetailKey;

export function isActivityForm(value: unknown): value is IActivityForm {
  const form = value as IActivityForm | null;
  return form !== null && typeof form === 'object'
    && typeof form.title === 'string' && typeof form.description === 'string'
    && isPersonInput(form.responsible)
    && typeof form.startDate === 'string' && typeof form.endDate === 'string'
    && isActivityStatus(form.status)
    && (form.highlighted === undefined || typeof form.highlighted === 'boolean')
    && (form.details === undefined || (typeof form.details === 'object' && Object.values(form.details).every((text) => typeof text === 'string')));
}

export function activityForm(activity: Activity | undefined): IActivityForm {
  return {
    title: activity?.title ?? '',
    description: activity?.description ?? '',
    responsible: toPersonInput(activity?.responsible),
    startDate: activity?.startDate ?? '',
    endDate: activity?.endDate ?? '',
    status: activity?.status ?? 'planerad',
    highlighted: activity?.highlighted === true,
    details: Object.fromEntries(activityDetails.map((detail) => [detail.key, detailText(activity, detail)]))
  };
}

/** The activity's fields from the form: title trimmed, empty dates and person left out. */
export function activityFields(form: IActivityForm, people: readonly Person[]): Omit<Activity, 'id' | 'allocationId'> {
  return {
    title: form.title.trim(),
    description: form.description,
    responsible: personFromInput(form.responsible, people),
    startDate: form.startDate === '' ? undefined : form.startDate,
    endDate: form.endDate === '' ? undefined : form.endDate,
    status: form.status,
    // Undefined, not absent, when unticked: an edit spreads this over the activity as it was.
    highlighted: form.highlighted === true || undefined,
    // Each detail too: undefined when blank, so an edit clears it.
    ...Object.fromEntries(activityDetails.map((detail) => [detail.key, detailValue(form.details?.[detail.key])]))
  };
}

/** Messages for the fields that fail, in the user's language; empty when the form may be saved. */
export function activityFormErrors(form: IActivityForm, strings: IMiljomalWebPartStrings, locale: UiLocale): Partial<Record<ActivityFormField, string>> {
  const validation = validateActivityInput({
    title: form.title,
    description: form.description,
    startDate: form.startDate === '' ? undefined : form.startDate,
    endDate: form.endDate === '' ? undefined : form.endDate
  });
  const errors: Partial<Record<ActivityFormField, string>> = validation.ok ? {} : fieldErrorTexts(validation.errors, strings, { locale });
  for (const detail of activityDetails) {
    const reason = detail.check(form.details?.[detail.key] ?? '');
    if (reason !== undefined) Object.assign(errors, { [detail.key]: fieldText(reason, strings, { locale }) });
  }
  const login = form.responsible.login.trim();
  if (login !== '' && !isLogin(login)) errors.responsible = strings.EditPersonInvalidLogin;
  return errors;
}

function personText(person: IPersonInput | Person | undefined): string {
  if (person === undefined || person.login.trim() === '') return '';
  const name = person.name.trim();
  return name === '' || name === person.login ? person.login : `${name} (${person.login})`;
}

/** Both versions, field by field, as the conflict panel shows them. */
export function activityConflictRows(mine: IActivityForm, theirs: Activity, strings: IMiljomalWebPartStrings, locale: UiLocale): IConflictRow[] {
  return [
    { key: 'title', label: strings.UnitTitleLabel, mine: mine.title, theirs: theirs.title },
    { key: 'description', label: strings.UnitDescriptionLabel, mine: mine.description, theirs: theirs.description },
    { key: 'responsible', label: strings.UnitResponsibleLabel, mine: personText(mine.responsible), theirs: personText(theirs.responsible) },
    { key: 'startDate', label: strings.UnitStartLabel, mine: formatDate(mine.startDate, locale), theirs: formatDate(theirs.startDate, locale) },
    { key: 'endDate', label: strings.UnitEndLabel, mine: formatDate(mine.endDate, locale), theirs: formatDate(theirs.endDate, locale) },
    { key: 'status', label: strings.ColumnStatus, mine: statusText(mine.status, strings), theirs: statusText(theirs.status, strings) },
    { key: 'highlighted', label: strings.UnitHighlightLabel, mine: yesNo(mine.highlighted === true, strings), theirs: yesNo(theirs.highlighted === true, strings) },
    ...activityDetails.map((detail): IConflictRow => {
      const shown = (value: number | undefined): string => (value === undefined ? '' : detail.show(value, strings, locale));
      return { key: detail.key, label: detail.label(strings), mine: shown(detailValue(mine.details?.[detail.key])), theirs: shown(theirs[detail.key]) };
    })
  ];
}

function yesNo(value: boolean, strings: IMiljomalWebPartStrings): string {
  return value ? strings.UnitHighlightedYes : strings.UnitHighlightedNo;
}

/** Whether the form changes the activity's highlight: only some who may edit it may change that. */
export function changesHighlight(form: IActivityForm, activity: Activity | undefined): boolean {
  return (form.highlighted === true) !== (activity?.highlighted === true);
}

export { personText };
