import * as React from 'react';
import { useAgreementDraft } from './useAgreementDraft';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { Allocation, Goal, OrgUnit, YearPicture } from '../../domain/model';
import type { Actor } from '../../domain/rules/actor';
import { canMoveActivities } from '../../domain/rules/activityRules';
import { canRemoveAllocation } from '../../domain/rules/allocationRules';
import { format } from '../format';

import { draftOf, sameAsSaved, type AllocationDraft } from './allocationDraft';
import { activitiesOf, siblingAllocations } from '../common/allocationModel';
import { useEditingClassNames } from '../common/workspaceStyles';
import { AgreementFields, agreedLabelFor } from './AgreementFields';
import { goalName, type INames } from '../edit/names';
import { formatDate, formatMomentDate } from '../edit/dates';
import { refusalText } from '../edit/refusalText';
import { useServices } from '../services/services';
import { DialogShell } from '../edit/DialogShell';

export interface IAllocationDetailsDialogProps {
  allocation: Allocation;
  goal: Goal;
  unit: OrgUnit;
  picture: YearPicture;
  actor: Actor;
  /** The user's unsaved draft after a failed save, instead of the saved values. */
  initialDraft?: AllocationDraft;
  names: INames;
  onSave: (draft: AllocationDraft) => void;
  onRemove: () => void;
  onMoveAndRemove: (toAllocationId: number) => void;
  onClose: () => void;
}

/**
 * An allocation: who allocated it and when, i samråd and the note (which can be changed), and
 * removing it. With activities on it, removing first offers to move them to another goal of the
 * same org unit, saying how many there are.
 */
export function AllocationDetailsDialog(props: IAllocationDetailsDialogProps): React.ReactElement {
  const { allocation, goal, unit, picture, actor, names } = props;
  const { today, strings, locale } = useServices();
  const classNames = useEditingClassNames();
  const { draft, setDraft, errors, submit: save } = useAgreementDraft(props.initialDraft ?? draftOf(allocation, today), props.onSave);
  const activityCount = activitiesOf(picture, allocation.id).length;
  const removal = canRemoveAllocation(actor, allocation.id, picture);
  const unchanged = sameAsSaved(allocation, draft);


  return (
    <DialogShell
      title={format(strings.AllocDetailsTitle, goal.code, unit.name)}
      onDismiss={props.onClose}
    >
      <Stack tokens={{ childrenGap: 16 }}>
        <dl className={classNames.facts}>
          <dt>{strings.AllocFactGoal}</dt>
          <dd>{goalName(goal, goal.id)}</dd>
          <dt>{strings.AllocFactTo}</dt>
          <dd>{unit.name}</dd>
          <dt>{strings.AllocFactAllocatedBy}</dt>
          <dd>{format(strings.AllocAllocatedByValue, allocation.allocatedBy.name, formatMomentDate(allocation.allocatedAt, locale))}</dd>
          <dt>{strings.AllocFactAgreed}</dt>
          <dd>
            {allocation.agreedWithUnitHead
              ? allocation.agreedOn === undefined ? strings.AllocAgreedYes : format(strings.AllocAgreedOn, formatDate(allocation.agreedOn, locale))
              : strings.AllocNotAgreed}
          </dd>
          <dt>{strings.AllocFactActivities}</dt>
          <dd>{activityCount === 0 ? strings.AllocNoActivities : String(activityCount)}</dd>
        </dl>
        <AgreementFields
          draft={draft}
          onChange={setDraft}
          agreedLabel={agreedLabelFor(unit, strings)}
          errors={errors}
          names={names}
        />
        <Stack horizontal>
          <PrimaryButton text={strings.AllocSaveChanges} onClick={save} disabled={unchanged} />
        </Stack>
        <RemoveSection {...props} removal={removal} activityCount={activityCount} />
      </Stack>
    </DialogShell>
  );
}

interface IRemoveSectionProps extends IAllocationDetailsDialogProps {
  removal: ReturnType<typeof canRemoveAllocation>;
  activityCount: number;
}

function RemoveSection(props: IRemoveSectionProps): React.ReactElement {
  const { allocation, unit, picture, actor, names, removal } = props;
  const { strings, locale } = useServices();
  const classNames = useEditingClassNames();
  const targets = React.useMemo(
    () => siblingAllocations(picture, allocation).filter((candidate) => canMoveActivities(actor, allocation.id, candidate.id, picture).ok),
    [picture, allocation, actor]
  );
  const [target, setTarget] = React.useState<number | undefined>(undefined);
  const chosen = target ?? targets[0]?.id;

  let body: React.ReactNode;
  if (removal.ok) {
    body = (
      <>
        <p className={classNames.text}>{format(strings.AllocRemoveExplain, unit.name)}</p>
        <Stack horizontal>
          <DefaultButton text={strings.AllocRemove} onClick={props.onRemove} />
        </Stack>
      </>
    );
  } else if (removal.reason.code === 'allocationHasActivities') {
    const options: IDropdownOption[] = targets.map((candidate) => ({ key: candidate.id, text: names.goal(candidate.goalId) }));
    body = (
      <>
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {refusalText(removal.reason, strings, { names, locale, action: 'removeAllocation' })}{' '}
          {targets.length > 0 ? format(strings.AllocMoveExplain, unit.name) : format(strings.AllocMoveNoTarget, unit.name)}
        </MessageBar>
        {targets.length > 0 && chosen !== undefined ? (
          <>
            <Dropdown
              label={strings.AllocMoveLabel}
              options={options}
              selectedKey={chosen}
              onChange={(_event, option) => { if (option !== undefined) setTarget(Number(option.key)); }}
            />
            <Stack horizontal tokens={{ childrenGap: 8 }} wrap>
              <DefaultButton text={strings.AllocMoveAndRemove} onClick={() => props.onMoveAndRemove(chosen)} />
            </Stack>
          </>
        ) : null}
      </>
    );
  } else {
    body = (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>{refusalText(removal.reason, strings, { names, locale, action: 'removeAllocation' })}</MessageBar>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <h2 className={classNames.subheading}>{strings.AllocRemoveHeading}</h2>
      {body}
    </Stack>
  );
}
