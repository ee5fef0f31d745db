// What a user fills in when allocating: "i samråd", its date and a note. Kept as typed until saved,
// so a failed save loses nothing.

import type { Allocation, IsoDate } from '../../domain/model';
import { refusal } from '../../domain/rules/refusal';
import type { ValidationResult } from '../../domain/rules/validation/fieldChecks';
import { validateAllocationInput, type AllocationField, type AllocationInput } from '../../domain/rules/validation/validateAllocation';

export interface AllocationDraft {
  agreed: boolean;
  /** YYYY-MM-DD; used only when `agreed`. */
  agreedOn: IsoDate;
  note: string;
}

export function emptyDraft(today: IsoDate): AllocationDraft {
  return { agreed: false, agreedOn: today, note: '' };
}

export function draftOf(allocation: Allocation, today: IsoDate): AllocationDraft {
  return {
    agreed: allocation.agreedWithUnitHead,
    agreedOn: allocation.agreedOn ?? today,
    note: allocation.note ?? ''
  };
}

/** A note of only spaces and line breaks is no note. */
export function noteOf(draft: AllocationDraft): string | undefined {
  return draft.note.trim() === '' ? undefined : draft.note;
}

export function inputOf(draft: AllocationDraft): AllocationInput {
  return { note: noteOf(draft), agreedOn: draft.agreed ? draft.agreedOn : undefined };
}

/** The allocation as the draft would leave it. */
export function applyDraft(allocation: Allocation, draft: AllocationDraft): Allocation {
  return {
    ...allocation,
    agreedWithUnitHead: draft.agreed,
    agreedOn: draft.agreed ? draft.agreedOn : undefined,
    note: noteOf(draft)
  };
}

export function sameAsSaved(allocation: Allocation, draft: AllocationDraft): boolean {
  const applied = applyDraft(allocation, draft);
  return applied.agreedWithUnitHead === allocation.agreedWithUnitHead &&
    (applied.agreedOn ?? '') === (allocation.agreedWithUnitHead ? allocation.agreedOn ?? '' : '') &&
    (applied.note ?? '') === (allocation.note ?? '');
}

/**
 * The domain's checks, and one of the form's own: "i samråd" needs the day it was agreed (a date
 * field left half-filled gives an empty value).
 */
export function validateDraft(draft: AllocationDraft): ValidationResult<AllocationField> {
  const result = validateAllocationInput(inputOf(draft));
  if (!draft.agreed || draft.agreedOn.trim() !== '') return result;
  return { ok: false, errors: { ...(result.ok ? {} : result.errors), agreedOn: refusal('required', {}) } };
}
