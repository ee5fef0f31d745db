import type { Activity } from '../../model';
import { textLimits } from '../limits';
import {
  checkDatesInOrder,
  checkOptionalDate,
  checkOptionalText,
  checkRequiredText,
  collectErrors,
  toValidationResult,
  type ValidationResult
} from './fieldChecks';

export type ActivityInput = Pick<Activity, 'title' | 'description' | 'startDate' | 'endDate'>;

export type ActivityField = 'title' | 'description' | 'startDate' | 'endDate';

export function validateActivityInput(input: ActivityInput): ValidationResult<ActivityField> {
  return toValidationResult(
    collectErrors<ActivityField>({
      title: checkRequiredText(input.title, textLimits.activities.title),
      description: checkOptionalText(input.description, textLimits.activities.description),
      startDate: checkOptionalDate(input.startDate),
      endDate: checkOptionalDate(input.endDate) ?? checkDatesInOrder(input.startDate, input.endDate)
    })
  );
}
