import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { Goal, OrgUnit } from '../../domain/model';
import { format } from '../format';
import { useEditingClassNames } from '../common/workspaceStyles';
import type { INames } from '../edit/names';
import { fieldText, forbiddenText } from '../edit/refusalText';
import { goalDraftOf, type GoalDraft } from './goalDraft';
import { orgUnitDraftOf, type OrgUnitDraft } from './orgUnitDraft';
import type { AdminOp, AdminProblem } from './useAdminWrites';
import { useServices } from '../services/services';
import type { IProblemBarProps } from '../edit/problemBar';

export type IAdminProblemBarProps = IProblemBarProps<AdminProblem, AdminOp>;

function subject(op: AdminOp, strings: IMiljomalWebPartStrings): string {
  switch (op.kind) {
    case 'addGoal': return format(strings.AdminSubjectAddGoal, op.draft.code.trim());
    case 'updateGoal': return format(strings.AdminSubjectUpdateGoal, op.draft.code.trim());
    case 'addOrgUnit': return format(strings.AdminSubjectAddUnit, op.draft.name.trim());
    case 'updateOrgUnit': return format(strings.AdminSubjectUpdateUnit, op.draft.name.trim());
  }
}

/** What went wrong with saving a goal or an org unit, and what the user can do now. */
export function AdminProblemBar({ problemKey, problem, names, onRetry, onDismiss, onEdit }: IAdminProblemBarProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useEditingClassNames();
  const what = subject(problem.op, strings);
  const dismiss = <DefaultButton text={strings.EditClose} onClick={() => onDismiss(problemKey)} />;
  const actions = (...buttons: React.ReactNode[]): React.ReactElement => <div className={classNames.actions}>{buttons}</div>;
  switch (problem.kind) {
    case 'failed':
      return (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={actions(
            <PrimaryButton key="retry" text={strings.Retry} onClick={() => onRetry(problemKey)} />,
            <DefaultButton key="edit" text={strings.AllocEditDraft} onClick={() => onEdit(problem.op)} />,
            <React.Fragment key="dismiss">{dismiss}</React.Fragment>
          )}
        >
          {format(strings.AllocProblemFailedDraft, what)}
        </MessageBar>
      );
    case 'forbidden':
      return (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline actions={actions(<React.Fragment key="dismiss">{dismiss}</React.Fragment>)}>
          {format(strings.AllocProblemForbidden, what, forbiddenText(problem.action, strings))}
        </MessageBar>
      );
    case 'refused':
      return (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={actions(<React.Fragment key="dismiss">{dismiss}</React.Fragment>)}>
          {format(strings.AllocProblemRefused, what, fieldText(problem.reason, strings, { names, locale, action: problem.op.kind === 'addGoal' || problem.op.kind === 'updateGoal' ? 'editGoals' : 'editOrganisation' }))}
        </MessageBar>
      );
    case 'gone':
      return (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={actions(
            <PrimaryButton key="again" text={strings.AdminAddAgain} onClick={() => onRetry(problemKey)} />,
            <React.Fragment key="dismiss">{dismiss}</React.Fragment>
          )}
        >
          {format(strings.AdminProblemGone, what)}
        </MessageBar>
      );
    case 'conflict': {
      const mine = problem.op.draft;
      return (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={actions(
            <DefaultButton key="theirs" text={strings.AllocKeepTheirs} onClick={() => onDismiss(problemKey)} />,
            <PrimaryButton key="mine" text={strings.AllocUseMine} onClick={() => onRetry(problemKey)} />
          )}
        >
          {format(strings.AdminProblemConflict, what)}
          <div className={classNames.versions}>
            <Version title={strings.AllocVersionTheirs} rows={rowsOf(isGoal(problem.theirs) ? goalDraftOf(problem.theirs) : orgUnitDraftOf(problem.theirs), strings, names)} />
            <Version title={strings.AllocVersionMine} rows={rowsOf(mine, strings, names)} />
          </div>
        </MessageBar>
      );
    }
  }
}

function isGoal(item: Goal | OrgUnit): item is Goal {
  return 'title' in item;
}

type Row = [label: string, value: string];

function rowsOf(draft: GoalDraft | OrgUnitDraft, strings: IMiljomalWebPartStrings, names: INames): Row[] {
  if ('title' in draft) {
    return [
      [strings.AdminGoalCode, draft.code],
      [strings.AdminGoalTitle, draft.title],
      [strings.AdminGoalDescription, draft.description],
      [strings.AdminGoalIndicator, draft.indicator],
      [strings.AdminGoalRegionWide, draft.measuredRegionWide ? strings.AdminYes : strings.AdminNo],
      [strings.AdminGoalStatus, draft.retired ? strings.AdminGoalRetired : strings.AdminGoalActive]
    ];
  }
  return [
    [strings.AdminUnitName, draft.name],
    [strings.AdminUnitShortName, draft.shortName],
    [strings.AdminUnitParent, draft.parentId === undefined ? '' : names.unit(draft.parentId)],
    [strings.AdminUnitHead, draft.headLogin === '' ? '' : `${draft.headName || draft.headLogin} (${draft.headLogin})`],
    [strings.AdminUnitStatus, draft.closed ? format(strings.AdminUnitClosedOn, draft.closedOn) : strings.AdminUnitOpen]
  ];
}

/** One side of a conflict; typed text shown as text, line breaks kept. */
function Version({ title, rows }: { title: string; rows: Row[] }): React.ReactElement {
  const classNames = useEditingClassNames();
  return (
    <section className={classNames.version} aria-label={title}>
      <Stack tokens={{ childrenGap: 4 }}>
        <strong>{title}</strong>
        <dl className={classNames.facts}>
          {rows.map(([label, value]) => (
            <React.Fragment key={label}>
              <dt>{label}</dt>
              <dd className={classNames.plainText}>{value === '' ? '–' : value}</dd>
            </React.Fragment>
          ))}
        </dl>
      </Stack>
    </section>
  );
}
