import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { Allocation } from '../../domain/model';
import { format } from '../format';
import { formatCount } from '../common/text';
import type { AllocationDraft } from './allocationDraft';
import { useEditingClassNames } from '../common/workspaceStyles';
import type { AllocationOp, AllocationProblem } from './useAllocationWrites';
import { type INames } from '../edit/names';
import { formatDate } from '../edit/dates';
import { forbiddenText, refusalText } from '../edit/refusalText';
import type { WriteAction } from '../../ports';
import { useServices } from '../services/services';
import type { IProblemBarProps } from '../edit/problemBar';

export type IAllocationProblemBarProps = IProblemBarProps<AllocationProblem, AllocationOp>;

/** The write an op stands for, so a refusal can say who may do it; a move has no sentence of its own. */
function actionOf(op: AllocationOp): WriteAction | undefined {
  switch (op.kind) {
    case 'allocate':
    case 'update':
      return 'allocate';
    case 'remove': return 'removeAllocation';
    case 'move': return undefined;
  }
}

function subject(op: AllocationOp, strings: IMiljomalWebPartStrings, names: INames): string {
  const goal = names.goal(op.goalId);
  const unit = names.unit(op.orgUnitId);
  switch (op.kind) {
    case 'allocate': return format(strings.AllocSubjectAllocate, goal, unit);
    case 'update': return format(strings.AllocSubjectUpdate, goal, unit);
    case 'remove': return format(strings.AllocSubjectRemove, goal, unit);
    case 'move': return format(strings.AllocSubjectMove, goal, unit);
  }
}

/** What went wrong with one write, what the user had asked for, and what they can do now. */
export function AllocationProblemBar(props: IAllocationProblemBarProps): React.ReactElement {
  const { problemKey, problem, names, onRetry, onDismiss, onEdit } = props;
  const { strings, locale } = useServices();
  const classNames = useEditingClassNames();
  const dismiss = <DefaultButton text={strings.EditClose} onClick={() => onDismiss(problemKey)} />;
  const retry = <PrimaryButton text={strings.Retry} onClick={() => onRetry(problemKey)} />;

  if (problem.kind === 'bulkFailed') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<div className={classNames.actions}>{retry}{dismiss}</div>}>
        {format(strings.AllocProblemBulkFailed, formatCount(problem.ops.length, locale))}
      </MessageBar>
    );
  }
  if (problem.kind === 'bulkForbidden') {
    return (
      <MessageBar messageBarType={MessageBarType.blocked} isMultiline actions={<div className={classNames.actions}>{dismiss}</div>}>
        {format(strings.AllocProblemBulkForbidden, forbiddenText(problem.action, strings))}
      </MessageBar>
    );
  }

  const { op } = problem;
  const what = subject(op, strings, names);
  const draft = op.kind === 'allocate' || op.kind === 'update' ? op.draft : undefined;
  switch (problem.kind) {
    case 'failed':
      return (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={
            <div className={classNames.actions}>
              {retry}
              {draft !== undefined ? <DefaultButton text={strings.AllocEditDraft} onClick={() => onEdit(op)} /> : null}
              {dismiss}
            </div>
          }
        >
          {format(draft !== undefined ? strings.AllocProblemFailedDraft : strings.AllocProblemFailed, what)}
        </MessageBar>
      );
    case 'forbidden':
      return (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline actions={<div className={classNames.actions}>{dismiss}</div>}>
          {format(strings.AllocProblemForbidden, what, forbiddenText(problem.action, strings))}
        </MessageBar>
      );
    case 'refused':
      return (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={<div className={classNames.actions}>{dismiss}</div>}>
          {format(strings.AllocProblemRefused, what, refusalText(problem.reason, strings, { names, locale, action: actionOf(op) }))}
        </MessageBar>
      );
    case 'gone':
      return (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={
            <div className={classNames.actions}>
              <PrimaryButton text={strings.AllocAllocateAgain} onClick={() => onRetry(problemKey)} />
              {dismiss}
            </div>
          }
        >
          {format(strings.AllocProblemGone, what)}
        </MessageBar>
      );
    case 'conflict': {
      const removing = op.kind === 'remove';
      const message = op.kind === 'allocate'
        ? format(strings.AllocProblemConflictAdd, what, problem.theirs.allocatedBy.name)
        : removing ? format(strings.AllocProblemConflictRemove, what) : format(strings.AllocProblemConflictUpdate, what);
      return (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={
            <div className={classNames.actions}>
              <DefaultButton text={removing ? strings.AllocKeepAllocation : strings.AllocKeepTheirs} onClick={() => onDismiss(problemKey)} />
              <PrimaryButton text={removing ? strings.AllocRemoveAnyway : strings.AllocUseMine} onClick={() => onRetry(problemKey)} />
            </div>
          }
        >
          {message}
          <div className={classNames.versions}>
            <Version title={strings.AllocVersionTheirs} allocation={problem.theirs} />
            {draft !== undefined ? <Version title={strings.AllocVersionMine} draft={draft} /> : null}
          </div>
        </MessageBar>
      );
    }
  }
}

interface IVersionProps {
  title: string;
  allocation?: Allocation;
  draft?: AllocationDraft;
}

/** One side of a conflict: i samråd (with its date) and the note, as plain text. */
function Version({ title, allocation, draft }: IVersionProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useEditingClassNames();
  const agreed = allocation !== undefined ? allocation.agreedWithUnitHead : draft?.agreed === true;
  const agreedOn = allocation !== undefined ? allocation.agreedOn : draft?.agreedOn;
  const note = allocation !== undefined ? allocation.note ?? '' : draft?.note ?? '';
  return (
    <section className={classNames.version} aria-label={title}>
      <Stack tokens={{ childrenGap: 4 }}>
        <strong>{title}</strong>
        <span>
          {agreed
            ? agreedOn === undefined ? strings.AllocAgreedYes : format(strings.AllocAgreedOn, formatDate(agreedOn, locale))
            : strings.AllocNotAgreed}
        </span>
        {note.trim() === '' ? <span>{strings.AllocNoNote}</span> : <p className={classNames.plainText}>{note}</p>}
      </Stack>
    </section>
  );
}
