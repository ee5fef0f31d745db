import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useAgreementDraft } from './useAgreementDraft';
import { Stack } from '@fluentui/react/lib/Stack';

import type { AllocationTarget } from '../../domain/rules/allocationRules';
import { format } from '../format';
import { formatCount } from '../common/text';
import { emptyDraft, type AllocationDraft } from './allocationDraft';
import { useEditingClassNames } from '../common/workspaceStyles';
import { AgreementFields } from './AgreementFields';
import type { INames } from '../edit/names';
import { useServices } from '../services/services';
import { DialogShell } from '../edit/DialogShell';

export interface IBulkAllocateDialogProps {
  targets: readonly AllocationTarget[];
  /** Departments (the förvaltning's grid) or units (a department's). */
  toDepartments: boolean;
  names: INames;
  onConfirm: (draft: AllocationDraft) => void;
  onCancel: () => void;
}

/** "Fördela alla mål till alla enheter": says how many new allocations it makes before it does. */
export function BulkAllocateDialog({ targets, toDepartments, names, onConfirm, onCancel }: IBulkAllocateDialogProps): React.ReactElement {
  const { today, strings, locale } = useServices();
  const classNames = useEditingClassNames();
  const { draft, setDraft, errors, askingWithoutAgreement, submit: confirm } = useAgreementDraft(() => emptyDraft(today), onConfirm, { askWithoutAgreement: true });
  const goalCount = new Set(targets.map((target) => target.goalId)).size;
  const unitCount = new Set(targets.map((target) => target.orgUnitId)).size;
  const count = formatCount(targets.length, locale);
  return (
    <DialogShell
      title={toDepartments ? strings.AllocBulkButtonDepartments : strings.AllocBulkButtonUnits}
      onDismiss={onCancel}
      confirm={{ text: askingWithoutAgreement ? strings.AllocConfirmWithoutAgreement : format(strings.AllocBulkConfirm, count), onClick: confirm }}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <p className={classNames.text}>
          {format(
            toDepartments ? strings.AllocBulkSummaryDepartments : strings.AllocBulkSummaryUnits,
            count,
            formatCount(goalCount, locale),
            formatCount(unitCount, locale)
          )}
        </p>
        <AgreementFields
          draft={draft}
          onChange={setDraft}
          agreedLabel={toDepartments ? strings.AllocBulkAgreedDepartments : strings.AllocBulkAgreedUnits}
          errors={errors}
          names={names}
          autoFocus
          dateHint
        />
        {askingWithoutAgreement ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {format(strings.AllocWithoutAgreementQuestion, toDepartments ? strings.AllocTheDepartmentHeads : strings.AllocTheUnitHeads)}
          </MessageBar>
        ) : null}
      </Stack>
    </DialogShell>
  );
}
