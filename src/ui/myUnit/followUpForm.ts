// The follow-up form: an implementation grade on the fixed scale and the comment that explains it.
import type { FollowUp, ImplementationGrade } from '../../domain/model';
import { isImplementationGrade } from '../../domain/scales';
import { validateFollowUpInput, type FollowUpField } from '../../domain/rules/validation/validateFollowUp';
import type { UiLocale } from '../common/text';
import type { IConflictRow } from '../edit/ConflictPanel';
import { fieldErrorTexts } from '../edit/refusalText';
import { gradeText } from '../common/summaryText';

export interface IFollowUpForm {
  /** Empty until chosen. */
  grade: ImplementationGrade | '';
  comment: string;
}

export function isFollowUpForm(value: unknown): value is IFollowUpForm {
  const form = value as IFollowUpForm | null;
  return form !== null && typeof form === 'object' && typeof form.comment === 'string'
    && (form.grade === '' || isImplementationGrade(form.grade));
}

export function followUpForm(followUp: FollowUp | undefined): IFollowUpForm {
  return { grade: followUp?.grade ?? '', comment: followUp?.comment ?? '' };
}

export function followUpFormErrors(form: IFollowUpForm, strings: IMiljomalWebPartStrings, locale: UiLocale): Partial<Record<FollowUpField, string>> {
  const validation = validateFollowUpInput({ grade: form.grade === '' ? undefined : form.grade, comment: form.comment });
  return validation.ok ? {} : fieldErrorTexts(validation.errors, strings, { locale });
}

export function followUpConflictRows(mine: IFollowUpForm, theirs: FollowUp, strings: IMiljomalWebPartStrings): IConflictRow[] {
  return [
    { key: 'grade', label: strings.UnitGradeLabel, mine: mine.grade === '' ? '' : gradeText(mine.grade, strings), theirs: gradeText(theirs.grade, strings) },
    { key: 'comment', label: strings.UnitCommentLabel, mine: mine.comment, theirs: theirs.comment }
  ];
}
