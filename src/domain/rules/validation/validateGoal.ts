import type { Goal } from '../../model';
import { textLimits } from '../limits';
import { refusal, type Refusal } from '../refusal';
import {
  checkOptionalText,
  checkRequiredText,
  checkYear,
  collectErrors,
  toValidationResult,
  type ValidationResult
} from './fieldChecks';

/** id is set when editing, so the goal's own code is not a duplicate of itself. */
export type GoalInput = Pick<Goal, 'year' | 'code' | 'title' | 'description' | 'indicator'> & { id?: number };

export type GoalField = 'year' | 'code' | 'title' | 'description' | 'indicator';

/** The code identifies a goal in lists and reports, so it must be unique within the year. */
export function validateGoalInput(input: GoalInput, existingGoals: readonly Goal[]): ValidationResult<GoalField> {
  return toValidationResult(
    collectErrors<GoalField>({
      year: checkYear(input.year),
      code: checkRequiredText(input.code, textLimits.goals.code) ?? checkUniqueCode(input, existingGoals),
      title: checkRequiredText(input.title, textLimits.goals.title),
      description: checkOptionalText(input.description, textLimits.goals.description),
      indicator: checkOptionalText(input.indicator, textLimits.goals.indicator)
    })
  );
}

function checkUniqueCode(input: GoalInput, existingGoals: readonly Goal[]): Refusal | undefined {
  const code = input.code.trim().toLowerCase();
  const clash = existingGoals.some(
    (goal) => goal.id !== input.id && goal.year === input.year && goal.code.trim().toLowerCase() === code
  );
  return clash ? refusal('duplicateGoalCode', { code: input.code.trim() }) : undefined;
}
