// What the regional staff type for an indicator's value of a year: a number as people write it
// (Swedish "1 240,5" or "1240.5"), a comment and the "preliminary" flag.

import { parseDecimal } from '../numbers';
import { textLimits } from '../rules/limits';
import { refusal, type Refusal } from '../rules/refusal';
import { checkOptionalText, checkYear, collectErrors, toValidationResult, type ValidationResult } from '../rules/validation/fieldChecks';

export interface IndicatorValueInput {
  year: number;
  value: string;
  comment: string;
  /** The normalised figure's denominator (employees, square metres); blank for none. */
  denominator?: string;
}

export type IndicatorValueField = 'year' | 'value' | 'comment' | 'denominator';

export function validateIndicatorValueInput(input: IndicatorValueInput): ValidationResult<IndicatorValueField> {
  const blank = input.value.trim() === '';
  return toValidationResult(collectErrors<IndicatorValueField>({
    year: checkYear(input.year),
    value: blank ? refusal('required', {}) : parseDecimal(input.value) === undefined ? refusal('invalidNumber', { value: input.value.trim() }) : undefined,
    comment: checkOptionalText(input.comment, textLimits.indicatorValues.comment),
    denominator: checkDenominator(input.denominator ?? '')
  }));
}

/** Blank is no denominator; anything else is a count above zero to divide by. */
function checkDenominator(text: string): Refusal | undefined {
  if (text.trim() === '') return undefined;
  const value = parseDecimal(text);
  if (value === undefined) return refusal('invalidNumber', { value: text.trim() });
  return value > 0 ? undefined : refusal('notPositive', { value: text.trim() });
}
