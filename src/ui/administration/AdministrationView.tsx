import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';

import type { Goal, OrgLevel, OrgUnit } from '../../domain/model';
import { canEditGoals } from '../../domain/rules/adminRules';
import { format } from '../format';
import { LiveRegion, useAnnouncement } from '../common/LiveRegion';

import { useEditingClassNames } from '../common/workspaceStyles';
import { WorkspaceFrame, type IReadyWorkspace } from '../common/WorkspaceFrame';
import { namesIn } from '../edit/names';
import { AdminProblemBar } from './AdminProblemBar';
import { GoalDialog } from './GoalDialog';
import { emptyGoalDraft, goalDraftOf, type GoalDraft } from './goalDraft';
import { GoalsSection } from './GoalsSection';
import { NewYearDialog } from './NewYearDialog';
import { OrganisationSection } from './OrganisationSection';
import { PeriodsSection } from './PeriodsSection';
import { PlaceGroupsCheck } from './PlaceGroupsCheck';
import { OrgUnitDialog, type OrgUnitDialogMode } from './OrgUnitDialog';
import { newOrgUnitDraft, orgUnitDraftOf, type OrgUnitDraft } from './orgUnitDraft';
import { useAdminWrites, type AdminEvent, type AdminOp } from './useAdminWrites';
import { LazyAdminImport } from '../lazyImport';
import type { AdminImportKind } from './import/AdminImport';
import { LoadingState } from '../common/LoadingState';
import { useServices } from '../services/services';

export interface IAdministrationViewProps {
}

/**
 * Administration, for the regional staff: the year's goals (add, change, retire, start a new year
 * from the last), its periods (dates, closing and reopening) and the organisation (add, move,
 * close units, set heads). Others are told who keeps these up to date.
 */
export function AdministrationView(props: IAdministrationViewProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useEditingClassNames();
  // Above the loaded year, so a confirmation outlives opening another year (a year just started).
  const [announcement, announce] = useAnnouncement();
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <LiveRegion announcement={announcement} visible className={classNames.subtle} />
      <WorkspaceFrame loadingLabel={strings.AdminLoading} errorTitle={strings.AdminErrorTitle}>
        {(ready) => <AdministrationContent {...props} ready={ready} announce={announce} />}
      </WorkspaceFrame>
    </Stack>
  );
}

type OpenDialog =
  | { kind: 'goal'; goal?: Goal; draft: GoalDraft }
  | { kind: 'unit'; mode: OrgUnitDialogMode; unit?: OrgUnit; draft: OrgUnitDraft }
  | { kind: 'newYear' }
  | { kind: 'import'; what: AdminImportKind };

interface IAdministrationContentProps extends IAdministrationViewProps {
  ready: IReadyWorkspace;
  announce: (message: string) => void;
}

function AdministrationContent({ ready, announce }: IAdministrationContentProps): React.ReactElement {
  const { strings, today } = useServices();
  const { workspace, update } = ready;
  const names = React.useMemo(() => namesIn(workspace.picture), [workspace.picture]);
  const personName = React.useCallback((login: string) => workspace.picture.orgUnits
    .find((unit) => unit.head?.login.toLowerCase() === login.toLowerCase())?.head?.name ?? login, [workspace.picture]);
  const activityTitle = React.useCallback((id: number) => workspace.picture.activities.find((activity) => activity.id === id)?.title ?? `#${id}`,
    [workspace.picture]);
  const announceEvent = React.useCallback((event: AdminEvent) => announce(eventText(event, strings)), [announce, strings]);
  const writes = useAdminWrites({ workspace, update, announce: announceEvent });
  // The import reads the picture as its saves leave it, not as it was when the dialog opened.
  const latest = React.useRef(workspace);
  latest.current = workspace;
  const latestPicture = React.useCallback(() => latest.current.picture, []);
  const [dialog, setDialog] = React.useState<OpenDialog | undefined>(undefined);
  const close = (): void => setDialog(undefined);
  const writeRun = writes.run;
  const run = React.useCallback((op: AdminOp): void => { writeRun(op).catch(() => undefined); }, [writeRun]);
  // Stable, so the organisation's rows are drawn again only when their unit changes.
  const addUnit = React.useCallback((level: OrgLevel, parentId: number | undefined) =>
    setDialog({ kind: 'unit', mode: 'add', draft: newOrgUnitDraft(level, parentId) }), []);
  const changeUnit = React.useCallback((mode: Exclude<OrgUnitDialogMode, 'add'>, unit: OrgUnit) => setDialog({
    kind: 'unit', mode, unit,
    draft: mode === 'close' ? { ...orgUnitDraftOf(unit), closed: true, closedOn: today } : orgUnitDraftOf(unit)
  }), [today]);
  const reopenUnit = React.useCallback((unit: OrgUnit) =>
    run({ kind: 'updateOrgUnit', id: unit.id, draft: { ...orgUnitDraftOf(unit), closed: false, closedOn: '' } }), [run]);

  if (!canEditGoals(workspace.actor).ok) {
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        <strong>{strings.AdminNotAllowedTitle}.</strong> {strings.AdminNotAllowed}
      </MessageBar>
    );
  }

  const editDraft = (op: AdminOp): void => {
    const { picture } = workspace;
    switch (op.kind) {
      case 'addGoal': return setDialog({ kind: 'goal', draft: op.draft });
      case 'updateGoal': return setDialog({ kind: 'goal', goal: picture.goals.find((goal) => goal.id === op.id), draft: op.draft });
      case 'addOrgUnit': return setDialog({ kind: 'unit', mode: 'add', draft: op.draft });
      case 'updateOrgUnit': return setDialog({ kind: 'unit', mode: 'edit', unit: picture.orgUnits.find((unit) => unit.id === op.id), draft: op.draft });
    }
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {writes.problems.size > 0 ? (
        <Stack tokens={{ childrenGap: 8 }} aria-label={strings.AllocProblemsLabel} role="region">
          {Array.from(writes.problems.entries()).map(([key, problem]) => (
            <AdminProblemBar key={key} problemKey={key} problem={problem} names={names}
              onRetry={writes.retry} onDismiss={writes.dismiss} onEdit={editDraft} />
          ))}
        </Stack>
      ) : null}
      <GoalsSection
        workspace={workspace}
        pending={writes.pending}
        onAdd={() => setDialog({ kind: 'goal', draft: emptyGoalDraft() })}
        onEdit={(goal) => setDialog({ kind: 'goal', goal, draft: goalDraftOf(goal) })}
        onNewYear={() => setDialog({ kind: 'newYear' })}
        onImport={() => setDialog({ kind: 'import', what: 'goals' })}
        run={run}
      />
      <PeriodsSection year={workspace.year} announce={announce} activityTitle={activityTitle} />
      <OrganisationSection
        workspace={workspace}
        pending={writes.pending}
        onAdd={addUnit}
        onChange={changeUnit}
        onReopen={reopenUnit}
        onImport={() => setDialog({ kind: 'import', what: 'organisation' })}
      />
      <PlaceGroupsCheck unitName={names.unit} personName={personName} announce={announce} />
      {dialog?.kind === 'goal' ? (
        <GoalDialog
          year={workspace.year}
          goal={dialog.goal}
          initialDraft={dialog.draft}
          goals={workspace.picture.goals}
          names={names}
          onCancel={close}
          onSave={(draft) => {
            close();
            run(dialog.goal === undefined ? { kind: 'addGoal', draft } : { kind: 'updateGoal', id: dialog.goal.id, draft });
          }}
        />
      ) : null}
      {dialog?.kind === 'unit' ? (
        <OrgUnitDialog
          mode={dialog.mode}
          unit={dialog.unit}
          initialDraft={dialog.draft}
          orgUnits={workspace.picture.orgUnits}
          names={names}
          me={workspace.actor.person}
          onCancel={close}
          onSave={(draft) => {
            close();
            run(dialog.unit === undefined ? { kind: 'addOrgUnit', draft } : { kind: 'updateOrgUnit', id: dialog.unit.id, draft });
          }}
        />
      ) : null}
      {dialog?.kind === 'import' ? (
        <React.Suspense fallback={<LoadingState label={strings.AdminLoading} />}>
          <LazyAdminImport kind={dialog.what} picture={latestPicture} year={workspace.year} user={workspace.user.person}
            save={writes.saveQuietly} saveUnits={writes.saveUnitsQuietly} onClose={close}
            onDone={(result) => announce(format(strings.ImportAnnounceDone, result.saved, result.failed))} />
        </React.Suspense>
      ) : null}
      {dialog?.kind === 'newYear' ? (
        <NewYearDialog
          years={ready.years}
          by={workspace.user.person}
          names={names}
          onCancel={() => {
            close();
            ready.refreshYears();
          }}
          onDone={(year, result) => {
            close();
            ready.refreshYears();
            announce(format(strings.AdminNewYearDone, result.goalsAdded, year, result.allocationsAdded));
            ready.showYear(year);
          }}
        />
      ) : null}
    </Stack>
  );
}

function eventText(event: AdminEvent, strings: IMiljomalWebPartStrings): string {
  switch (event.kind) {
    case 'goalAdded': return format(strings.AdminAnnounceGoalAdded, event.name);
    case 'goalUpdated': return format(strings.AdminAnnounceGoalUpdated, event.name);
    case 'goalRetired': return format(strings.AdminAnnounceGoalRetired, event.name);
    case 'goalReinstated': return format(strings.AdminAnnounceGoalReinstated, event.name);
    case 'unitAdded': return format(strings.AdminAnnounceUnitAdded, event.name);
    case 'unitUpdated': return format(strings.AdminAnnounceUnitUpdated, event.name);
    case 'unitClosed': return format(strings.AdminAnnounceUnitClosed, event.name);
    case 'unitReopened': return format(strings.AdminAnnounceUnitReopened, event.name);
    case 'unitMoved': return format(strings.AdminAnnounceUnitMoved, event.name);
    case 'problem': return strings.AdminAnnounceProblem;
  }
}

