import type { ImplementationGrade } from '../../model';
import { textLimits } from '../limits';
import { refusal } from '../refusal';
import { isImplementationGrade } from '../../scales';
import { checkRequiredText, collectErrors, toValidationResult, type ValidationResult } from './fieldChecks';

/** grade is optional here because a form starts without one. */
export interface FollowUpInput {
  grade?: ImplementationGrade;
  comment: string;
}

export type FollowUpField = 'grade' | 'comment';

/** A grade on the fixed scale always comes with a written reason: the comment is required. */
export function validateFollowUpInput(input: FollowUpInput): ValidationResult<FollowUpField> {
  return toValidationResult(
    collectErrors<FollowUpField>({
      grade: isImplementationGrade(input.grade) ? undefined : refusal('required', {}),
      comment: checkRequiredText(input.comment, textLimits.followUps.comment)
    })
  );
}
