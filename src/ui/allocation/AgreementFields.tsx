import * as React from 'react';
import { Checkbox, type ICheckbox } from '@fluentui/react/lib/Checkbox';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import type { OrgUnit } from '../../domain/model';
import type { FieldErrors } from '../../domain/rules/validation/fieldChecks';
import type { AllocationField } from '../../domain/rules/validation/validateAllocation';
import { format } from '../format';
import type { AllocationDraft } from './allocationDraft';
import type { INames } from '../edit/names';
import { fieldText } from '../edit/refusalText';
import { DateField } from '../common/DateField';
import { useServices } from '../services/services';

export interface IAgreementFieldsProps {
  draft: AllocationDraft;
  onChange: (draft: AllocationDraft) => void;
  /** The checkbox's words: "I samråd med enhetschef (Anna Andersson)". */
  agreedLabel: string;
  /** Shown once the user tried to save. */
  errors: FieldErrors<AllocationField>;
  names: INames;
  /** Puts focus on "i samråd" when the fields appear (the dialog's first step). */
  autoFocus?: boolean;
  /** Says the date defaults to today (a new allocation). */
  dateHint?: boolean;
}

/** "I samråd" (with the date it was agreed, today unless changed) and an optional note. */
export function AgreementFields({ draft, onChange, agreedLabel, errors, names, autoFocus = false, dateHint = false }: IAgreementFieldsProps): React.ReactElement {
  const { strings, locale } = useServices();
  const checkbox = React.useRef<ICheckbox>(null);
  React.useEffect(() => {
    if (autoFocus) checkbox.current?.focus();
  }, [autoFocus]);
  const noteError = errors.note === undefined ? undefined : fieldText(errors.note, strings, { names, locale });
  const dateError = errors.agreedOn === undefined ? undefined : fieldText(errors.agreedOn, strings, { names, locale });
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Checkbox
        componentRef={checkbox}
        label={agreedLabel}
        checked={draft.agreed}
        onChange={(_event, checked) => onChange({ ...draft, agreed: checked === true })}
      />
      {draft.agreed ? (
        <DateField
          label={strings.AllocAgreedOnLabel}
          value={draft.agreedOn}
          onChange={(_event, value) => onChange({ ...draft, agreedOn: value ?? '' })}
          errorMessage={dateError}
          description={dateHint ? strings.AllocAgreedOnHint : undefined}
        />
      ) : null}
      <TextField
        label={strings.AllocNoteLabel}
        multiline
        autoAdjustHeight
        rows={3}
        value={draft.note}
        onChange={(_event, value) => onChange({ ...draft, note: value ?? '' })}
        errorMessage={noteError}
      />
    </Stack>
  );
}

/** "I samråd med enhetschef (name)" for a unit, "… avdelningschef (name)" for a department. */
export function agreedLabelFor(unit: OrgUnit, strings: IMiljomalWebPartStrings): string {
  const role = unit.level === 'avdelning' ? strings.AllocAgreedWithDepartmentHead : strings.AllocAgreedWithUnitHead;
  return unit.head === undefined ? role : format(strings.AllocAgreedWithNamed, role, unit.head.name);
}
