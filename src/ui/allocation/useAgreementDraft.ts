// The samråd fields' draft in every allocation dialog: what the user ticked and typed, and the
// messages beside the fields once they tried to confirm something invalid.
import * as React from 'react';
import type { FieldErrors } from '../../domain/rules/validation/fieldChecks';
import type { AllocationField } from '../../domain/rules/validation/validateAllocation';
import { type AllocationDraft, validateDraft } from './allocationDraft';

export interface IAgreementDraft {
  draft: AllocationDraft;
  setDraft(draft: AllocationDraft): void;
  errors: FieldErrors<AllocationField>;
  /** Hands a valid draft on; an invalid one stays, with its messages shown. */
  submit(): void;
}

export function useAgreementDraft(initial: AllocationDraft | (() => AllocationDraft), onValid: (draft: AllocationDraft) => void): IAgreementDraft {
  const [draft, setDraft] = React.useState<AllocationDraft>(initial);
  const [errors, setErrors] = React.useState<FieldErrors<AllocationField>>({});
  const submit = (): void => {
    const validation = validateDraft(draft);
    if (!validation.ok) {
      setErrors(validation.errors);
      return;
    }
    onValid(draft);
  };
  return { draft, setDraft, errors, submit };
}
