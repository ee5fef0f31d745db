import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useAgreementDraft } from './useAgreementDraft';
import { Stack } from '@fluentui/react/lib/Stack';
import type { Goal, OrgUnit } from '../../domain/model';
import { format } from '../format';
import type { AllocationDraft } from './allocationDraft';
import { useEditingClassNames } from '../common/workspaceStyles';
import { AgreementFields, agreedLabelFor } from './AgreementFields';
import { goalName, type INames } from '../edit/names';
import { useServices } from '../services/services';
import { DialogShell } from '../edit/DialogShell';

export interface IAllocateDialogProps {
  goal: Goal;
  unit: OrgUnit;
  /** Empty for a new allocation; the user's earlier draft after a failed save. */
  initialDraft: AllocationDraft;
  names: INames;
  onConfirm: (draft: AllocationDraft) => void;
  onCancel: () => void;
}

/**
 * Allocating one goal to one org unit: the cell's click opened it, ticking "i samråd" and "Fördela"
 * finish it. Focus starts on the checkbox; Esc or "Avbryt" close it without a change.
 */
export function AllocateDialog({ goal, unit, initialDraft, names, onConfirm, onCancel }: IAllocateDialogProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useEditingClassNames();
  const { draft, setDraft, errors, askingWithoutAgreement, submit: confirm } = useAgreementDraft(initialDraft, onConfirm, { askWithoutAgreement: true });
  const head = unit.head?.name ?? (unit.level === 'avdelning' ? strings.AllocTheDepartmentHead : strings.AllocTheUnitHead);
  return (
    <DialogShell
      title={strings.AllocDialogTitle}
      onDismiss={onCancel}
      maxWidth={520}
      confirm={{ text: askingWithoutAgreement ? strings.AllocConfirmWithoutAgreement : strings.AllocConfirm, onClick: confirm }}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <dl className={classNames.facts}>
          <dt>{strings.AllocFactGoal}</dt>
          <dd>{goalName(goal, goal.id)}</dd>
          <dt>{strings.AllocFactTo}</dt>
          <dd>{unit.name}</dd>
        </dl>
        <p className={classNames.text}>{format(strings.AllocDialogNext, unit.name)}</p>
        <AgreementFields
          draft={draft}
          onChange={setDraft}
          agreedLabel={agreedLabelFor(unit, strings)}
          errors={errors}
          names={names}
          autoFocus
          dateHint
        />
        {askingWithoutAgreement ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>{format(strings.AllocWithoutAgreementQuestion, head)}</MessageBar>
        ) : null}
      </Stack>
    </DialogShell>
  );
}
