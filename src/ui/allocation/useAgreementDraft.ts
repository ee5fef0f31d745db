// The samråd fields' draft in every allocation dialog: what the user ticked and typed, the
// messages beside the fields once they tried to confirm something invalid, and the one extra
// question when they allocate without ticking "i samråd" (allocations are meant to be agreed with
// the head who will carry them; one that is not is a gap the summary counts).
import * as React from 'react';
import type { FieldErrors } from '../../domain/rules/validation/fieldChecks';
import type { AllocationField } from '../../domain/rules/validation/validateAllocation';
import { type AllocationDraft, validateDraft } from './allocationDraft';

export interface IAgreementDraft {
  draft: AllocationDraft;
  setDraft(draft: AllocationDraft): void;
  errors: FieldErrors<AllocationField>;
  /** "Fördela" was chosen without "i samråd": the dialog asks once more before it goes ahead. */
  askingWithoutAgreement: boolean;
  /** Hands a valid draft on; an invalid one stays, with its messages shown. */
  submit(): void;
}

export interface IAgreementDraftOptions {
  /** Ask once more before handing on a draft without "i samråd" (new allocations). */
  askWithoutAgreement?: boolean;
}

export function useAgreementDraft(
  initial: AllocationDraft | (() => AllocationDraft),
  onValid: (draft: AllocationDraft) => void,
  options: IAgreementDraftOptions = {}
): IAgreementDraft {
  const [draft, setDraftState] = React.useState<AllocationDraft>(initial);
  const [errors, setErrors] = React.useState<FieldErrors<AllocationField>>({});
  const [asking, setAsking] = React.useState(false);
  const setDraft = (next: AllocationDraft): void => {
    setDraftState(next);
    setAsking(false);
  };
  const submit = (): void => {
    const validation = validateDraft(draft);
    if (!validation.ok) {
      setErrors(validation.errors);
      return;
    }
    if (options.askWithoutAgreement === true && !draft.agreed && !asking) {
      setAsking(true);
      return;
    }
    onValid(draft);
  };
  return { draft, setDraft, errors, askingWithoutAgreement: asking, submit };
}
