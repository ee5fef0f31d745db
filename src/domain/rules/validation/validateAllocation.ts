import type { Allocation } from '../../model';
import { textLimits } from '../limits';
import {
  checkOptionalDate,
  checkOptionalText,
  collectErrors,
  toValidationResult,
  type ValidationResult
} from './fieldChecks';

export type AllocationInput = Pick<Allocation, 'note' | 'agreedOn'>;

export type AllocationField = 'note' | 'agreedOn';

export function validateAllocationInput(input: AllocationInput): ValidationResult<AllocationField> {
  return toValidationResult(
    collectErrors<AllocationField>({
      note: checkOptionalText(input.note, textLimits.allocations.note),
      agreedOn: checkOptionalDate(input.agreedOn)
    })
  );
}
