import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';

import type { Allocation, Goal, OrgUnit, YearPicture } from '../../domain/model';
import { format } from '../format';
import { LiveRegion, useAnnouncement } from '../common/LiveRegion';
import { formatCount, joinList, type UiLocale } from '../common/text';
import type { YearWorkspace } from '../common/useYearWorkspace';

import { AllocateDialog } from './AllocateDialog';
import { AllocationDetailsDialog } from './AllocationDetailsDialog';
import { emptyDraft, type AllocationDraft } from './allocationDraft';
import { AllocationGrid } from './AllocationGrid';
import { cellKey, openTargets, planFor, visitedGrid, type AllocationGrid as Grid, type AllocationPlan } from '../common/allocationModel';
import { AllocationProblemBar } from './AllocationProblemBar';
import { useEditingClassNames } from '../common/workspaceStyles';
import { BulkAllocateDialog } from './BulkAllocateDialog';
import { Guidance } from './Guidance';
import { useAllocationWrites, type AllocationOp, type AnnouncedEvent } from './useAllocationWrites';
import { WorkspaceFrame, type IReadyWorkspace } from '../common/WorkspaceFrame';
import { namesIn, type INames } from '../edit/names';
import { useServices } from '../services/services';
import { defaultPeriodKind } from '../common/defaultSelection';
import { audiencesOf, RemindersEntry } from './reminders/RemindersEntry';
import { DepartmentRollup } from './DepartmentRollup';
import { PeriodLine } from '../common/PeriodLine';
import { focusPlace, useArrivalFor, type Arrival } from '../navigation';

export interface IAllocationViewProps {
}

/**
 * Fördelning: a department head allocates their department's goals to its units, the regional
 * staff the year's goals to the departments, one cell per goal and org unit. Others see the
 * allocation read-only, with who allocates.
 */
export function AllocationView(props: IAllocationViewProps): React.ReactElement {
  const { strings } = useServices();
  // A link to a cell names the summary's year, which need not be the one followed up today.
  const { arrival } = useArrivalFor('allocation');
  return (
    <WorkspaceFrame loadingLabel={strings.AllocLoading} errorTitle={strings.AllocErrorTitle} year={arrival?.view === 'allocation' ? arrival.year : undefined}>
      {(ready) => <AllocationContent {...props} ready={ready} />}
    </WorkspaceFrame>
  );
}

export const allocationGuidanceKey = 'miljomal.allocation.guidance';

type OpenDialog =
  | { kind: 'allocate'; goal: Goal; unit: OrgUnit; draft: AllocationDraft }
  | { kind: 'details'; allocationId: number; goal: Goal; unit: OrgUnit; draft?: AllocationDraft }
  | { kind: 'bulk'; grid: Grid };

interface IAllocationContentProps extends IAllocationViewProps {
  ready: IReadyWorkspace;
}

function AllocationContent({ ready }: IAllocationContentProps): React.ReactElement {
  const { strings, locale, today } = useServices();
  const { workspace, update } = ready;
  const { picture, actor } = workspace;
  const classNames = useEditingClassNames();
  const [announcement, announce] = useAnnouncement();
  const names = React.useMemo(() => namesIn(picture), [picture]);
  const namesRef = React.useRef(names);
  namesRef.current = names;
  // What was saved is read out from the live region and shown beside the grid that holds the
  // cell (at 400 px the top of the view is far above the button the user pressed).
  const [confirmation, setConfirmation] = React.useState<{ text: string; orgUnitId?: number } | undefined>(undefined);
  const announceEvent = React.useCallback((event: AnnouncedEvent) => {
    const text = announcementText(event, strings, locale, namesRef.current);
    announce(text);
    setConfirmation({ text, orgUnitId: 'orgUnitId' in event ? event.orgUnitId : undefined });
  }, [announce, strings, locale]);
  const writes = useAllocationWrites({ workspace, update, announce: announceEvent });
  const [dialog, setDialog] = React.useState<OpenDialog | undefined>(undefined);
  const close = (): void => setDialog(undefined);
  const root = React.useRef<HTMLDivElement>(null);
  // Back to the cell a dialog was opened from, whatever it shows now (keyboard and screen reader
  // users carry on where they were).
  const returnTo = React.useRef<string | undefined>(undefined);
  React.useEffect(() => {
    if (dialog !== undefined || returnTo.current === undefined) return;
    const key = returnTo.current;
    returnTo.current = undefined;
    root.current?.querySelector<HTMLElement>(`[data-cell="${key}"]`)?.focus();
  }, [dialog]);
  // A gap's link lands on its cell: focus moves there, so keyboard and screen reader users start where the fix is.
  const { arrival, done } = useArrivalFor('allocation');
  const plan = React.useMemo(() => planFor(actor, picture), [actor, picture]);
  // A link to a unit's cell that the actor's own grids do not hold: its department's grid shows too,
  // read-only, so the link lands on the cell it names (not on the department's).
  const [visitedUnitId, setVisitedUnitId] = React.useState<number | undefined>(undefined);
  const visited = React.useMemo(() => (visitedUnitId === undefined ? undefined : visitedGrid(plan, picture, visitedUnitId)), [plan, picture, visitedUnitId]);
  React.useEffect(() => {
    if (arrival === undefined || root.current === null) return;
    if (arrival.goalId !== undefined && arrival.orgUnitId !== visitedUnitId && visitedGrid(plan, picture, arrival.orgUnitId) !== undefined) {
      setVisitedUnitId(arrival.orgUnitId);
      return;
    }
    done();
    const place = arrivalPlace(root.current, arrival, picture);
    if (place !== undefined) focusPlace(place);
  }, [arrival, done, picture, plan, visitedUnitId]);
  const grids = visited === undefined ? plan.grids : [...plan.grids, visited];

  const openCell = (goal: Goal, unit: OrgUnit, allocation: Allocation | undefined): void => {
    // A draft that did not save comes back as the user left it.
    const problem = writes.problems.get(cellKey(goal.id, unit.id));
    const op = problem !== undefined && 'op' in problem ? problem.op : undefined;
    const draft = op !== undefined && (op.kind === 'allocate' || op.kind === 'update') ? op.draft : undefined;
    returnTo.current = cellKey(goal.id, unit.id);
    if (allocation === undefined) setDialog({ kind: 'allocate', goal, unit, draft: draft ?? emptyDraft(today) });
    else setDialog({ kind: 'details', allocationId: allocation.id, goal, unit, draft: op?.kind === 'update' ? draft : undefined });
  };

  const editDraft = (op: AllocationOp): void => {
    const goal = picture.goals.find((candidate) => candidate.id === op.goalId);
    const unit = picture.orgUnits.find((candidate) => candidate.id === op.orgUnitId);
    if (goal === undefined || unit === undefined || (op.kind !== 'allocate' && op.kind !== 'update')) return;
    const existing = picture.allocations.find((candidate) => candidate.goalId === goal.id && candidate.orgUnitId === unit.id);
    if (existing === undefined) setDialog({ kind: 'allocate', goal, unit, draft: op.draft });
    else setDialog({ kind: 'details', allocationId: existing.id, goal, unit, draft: op.draft });
  };

  const period = React.useMemo(() => ({ year: workspace.year, kind: defaultPeriodKind(workspace.year, today) }), [workspace.year, today]);
  if (picture.goals.filter((goal) => !goal.retired).length === 0) {
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        {format(strings.AllocNoGoals, workspace.year)}
      </MessageBar>
    );
  }

  const detailsAllocation = dialog?.kind === 'details'
    ? picture.allocations.find((candidate) => candidate.id === dialog.allocationId)
    : undefined;

  return (
    <div ref={root}>
      <Stack tokens={{ childrenGap: 16 }}>
        {plan.audience === 'allocator' ? <AllocationGuidance plan={plan} /> : <WhoAllocates plan={plan} />}
        <PeriodLine year={workspace.year} period={period} className={classNames.subtle} />
        <RemindersEntry actor={actor} picture={picture} period={period} />
        <LiveRegion announcement={announcement} visible={confirmation?.orgUnitId === undefined} className={classNames.subtle} />
        {writes.problems.size > 0 ? (
          <Stack tokens={{ childrenGap: 8 }} aria-label={strings.AllocProblemsLabel} role="region">
            {Array.from(writes.problems.entries()).map(([key, problem]) => (
              <AllocationProblemBar
                key={key}
                problemKey={key}
                problem={problem}
                names={names}
                onRetry={writes.retry}
                onDismiss={writes.dismiss}
                onEdit={editDraft}
              />
            ))}
          </Stack>
        ) : null}
        {plan.grids.length === 0 ? (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>{strings.AllocNoOrganisation}</MessageBar>
        ) : null}
        {grids.map((grid) => (
          <GridSection
            key={grid.parent.id}
            grid={grid}
            workspace={workspace}
            writes={writes}
            onOpen={openCell}
            onBulk={() => setDialog({ kind: 'bulk', grid })}
            confirmation={confirmation !== undefined && grid.rows.some((row) => row.id === confirmation.orgUnitId) ? confirmation.text : undefined}
          />
        ))}
        {audiencesOf(actor, picture).flatMap((audience) => (audience.kind === 'unitHeads' ? [audience.departmentId] : [])).map((departmentId) => (
          <DepartmentRollup key={departmentId} picture={picture} departmentId={departmentId} period={period} actor={actor} />
        ))}
        {dialog?.kind === 'allocate' ? (
          <AllocateDialog
            goal={dialog.goal}
            unit={dialog.unit}
            initialDraft={dialog.draft}
            names={names}
            onCancel={close}
            onConfirm={(draft) => {
              close();
              writes.allocate(dialog.goal.id, dialog.unit.id, draft).catch(() => undefined);
            }}
          />
        ) : null}
        {dialog?.kind === 'details' && detailsAllocation !== undefined ? (
          <AllocationDetailsDialog
            allocation={detailsAllocation}
            goal={dialog.goal}
            unit={dialog.unit}
            picture={picture}
            actor={actor}
            initialDraft={dialog.draft}
            names={names}
            onClose={close}
            onSave={(draft) => {
              close();
              writes.update(detailsAllocation, draft).catch(() => undefined);
            }}
            onRemove={() => {
              close();
              writes.remove(detailsAllocation).catch(() => undefined);
            }}
            onMoveAndRemove={(toAllocationId) => {
              close();
              writes.moveAndRemove(detailsAllocation, toAllocationId).catch(() => undefined);
            }}
          />
        ) : null}
        {dialog?.kind === 'bulk' ? (
          <BulkAllocateDialog
            targets={openTargets(dialog.grid, actor, picture)}
            toDepartments={dialog.grid.parent.level === 'forvaltning'}
            names={names}
            onCancel={close}
            onConfirm={(draft) => {
              const targets = openTargets(dialog.grid, actor, picture);
              close();
              writes.allocateAll(targets, draft).catch(() => undefined);
            }}
          />
        ) : null}
      </Stack>
    </div>
  );
}

interface IGridSectionProps {
  grid: Grid;
  workspace: YearWorkspace;
  writes: ReturnType<typeof useAllocationWrites>;
  onOpen: (goal: Goal, unit: OrgUnit, allocation: Allocation | undefined) => void;
  onBulk: () => void;
  /** The last save in this grid, shown under it; the live region above has read it out already. */
  confirmation?: string;
}

function GridSection({ grid, workspace, writes, onOpen, onBulk, confirmation }: IGridSectionProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useEditingClassNames();
  const toDepartments = grid.parent.level === 'forvaltning';
  const heading = toDepartments ? strings.AllocHeadingDepartments : format(strings.AllocHeadingUnits, grid.parent.name);
  const targets = openTargets(grid, workspace.actor, workspace.picture);
  const busy = writes.pending.size > 0;
  let body: React.ReactNode;
  if (grid.goals.length === 0) {
    body = <p className={classNames.text}>{format(strings.AllocDepartmentHoldsNoGoals, grid.parent.name)}</p>;
  } else if (grid.rows.length === 0) {
    body = <p className={classNames.text}>{format(strings.AllocNoOpenUnits, grid.parent.name)}</p>;
  } else {
    body = (
      <AllocationGrid
        grid={grid}
        picture={workspace.picture}
        pending={writes.pending}
        problems={writes.problems}
        onOpen={onOpen}
      />
    );
  }
  return (
    <section className={classNames.section} aria-label={heading} data-grid={grid.parent.id}>
      <h3 className={classNames.heading}>{heading}</h3>
      {!toDepartments && grid.goalsNotHeld.length > 0 && grid.goals.length > 0 ? (
        <p className={classNames.subtle}>
          {format(strings.AllocGoalsNotHeld, grid.parent.name, joinList(grid.goalsNotHeld.map((goal) => goal.code), strings.ListAnd))}
        </p>
      ) : null}
      {grid.editable && grid.goals.length > 0 && grid.rows.length > 0 ? (
        targets.length > 0 ? (
          <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center">
            <DefaultButton
              text={toDepartments ? strings.AllocBulkButtonDepartments : strings.AllocBulkButtonUnits}
              onClick={onBulk}
              disabled={busy}
            />
            <span className={classNames.subtle}>{format(strings.AllocBulkCount, formatCount(targets.length, locale))}</span>
          </Stack>
        ) : (
          <p className={classNames.subtle}>{toDepartments ? strings.AllocBulkAllDoneDepartments : strings.AllocBulkAllDoneUnits}</p>
        )
      ) : null}
      {body}
      {confirmation === undefined ? null : <p className={classNames.subtle} aria-hidden="true">{confirmation}</p>}
    </section>
  );
}

/**
 * The cell a link names, or the nearest one this user sees: the user may allocate at another level
 * (the regional staff see the departments' row where a unit's cell was named), or the link may name
 * a whole department (its grid's first cell, or its row).
 */
function arrivalPlace(root: HTMLElement, arrival: Arrival, picture: YearPicture): HTMLElement | undefined {
  const find = (selector: string): HTMLElement | undefined => root.querySelector<HTMLElement>(selector) ?? undefined;
  const unit = picture.orgUnits.find((candidate) => candidate.id === arrival.orgUnitId);
  const parentId = unit?.level === 'enhet' ? unit.parentId : undefined;
  const rows = [arrival.orgUnitId, ...(parentId === undefined ? [] : [parentId])];
  if (arrival.goalId !== undefined) {
    for (const row of rows) {
      const cell = find(`[data-cell="${cellKey(arrival.goalId, row)}"]`);
      if (cell !== undefined) return cell;
    }
  }
  return find(`[data-grid="${arrival.orgUnitId}"] [data-cell]`)
    ?? rows.map((row) => find(`[data-cell-unit="${row}"]`)).find((cell) => cell !== undefined);
}

function AllocationGuidance({ plan }: { plan: AllocationPlan }): React.ReactElement {
  const { strings } = useServices();
  const toDepartments = plan.grids.some((grid) => grid.parent.level === 'forvaltning');
  const toUnits = plan.grids.some((grid) => grid.parent.level === 'avdelning');
  const paragraphs = [
    strings.AllocGuideWhat,
    ...(toDepartments ? [strings.AllocGuideHowDepartments, strings.AllocGuideNextDepartments] : []),
    ...(toUnits ? [strings.AllocGuideHowUnits, strings.AllocGuideNextUnits] : []),
    strings.AllocGuideChange
  ];
  return (
    <Guidance
      storageKey={allocationGuidanceKey}
      title={strings.AllocGuideTitle}
      paragraphs={paragraphs}
      dismissText={strings.AllocGuideDismiss}
      showText={strings.AllocGuideShow}
    />
  );
}

/** For those who allocate nothing: who does, and (for a unit head) whom to ask. */
function WhoAllocates({ plan }: { plan: AllocationPlan }): React.ReactElement {
  const { strings } = useServices();
  if (plan.audience === 'unitHead') {
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        {plan.allocatingHeads.map((department) => (
          <span key={department.id}>
            {format(strings.AllocReadOnlyUnitHead, department.name, department.head?.name ?? strings.AllocTheDepartmentHead)}{' '}
          </span>
        ))}
      </MessageBar>
    );
  }
  return <MessageBar messageBarType={MessageBarType.info} isMultiline>{strings.AllocReadOnlyReader}</MessageBar>;
}

function announcementText(event: AnnouncedEvent, strings: IMiljomalWebPartStrings, locale: UiLocale, names: INames): string {
  switch (event.kind) {
    case 'allocated': return format(strings.AllocAnnounceAllocated, names.goal(event.goalId), names.unit(event.orgUnitId));
    case 'updated': return format(strings.AllocAnnounceUpdated, names.goal(event.goalId), names.unit(event.orgUnitId));
    case 'removed': return format(strings.AllocAnnounceRemoved, names.goal(event.goalId), names.unit(event.orgUnitId));
    case 'alreadyRemoved': return format(strings.AllocAnnounceAlreadyRemoved, names.goal(event.goalId), names.unit(event.orgUnitId));
    case 'moved': return format(strings.AllocAnnounceMoved, formatCount(event.count, locale), names.goal(event.goalId));
    case 'bulkSaved':
      return event.notSaved === 0
        ? format(strings.AllocAnnounceBulkSaved, formatCount(event.count, locale))
        : format(strings.AllocAnnounceBulkPartly, formatCount(event.count, locale), formatCount(event.notSaved, locale));
    case 'problem': return strings.AllocAnnounceProblem;
  }
}
