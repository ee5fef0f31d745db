import * as React from 'react';
import { Dropdown, DropdownMenuItemType, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { Activity, FollowUpPeriod } from '../../domain/model';
import { currentFollowUpPeriod } from '../../domain/period';
import { isPeriodClosed, lastEvent, type PeriodSettings } from '../../domain/periodSettings';
import { useReadiness } from '../common/useReadiness';
import { usePeriodSettings } from '../common/usePeriodSettings';
import { formatDateTime } from '../edit/dates';
import { useAnnouncement } from '../common/LiveRegion';
import type { IYearWorkspace, YearWorkspace } from '../common/useYearWorkspace';
import { WorkspaceFrame } from '../common/WorkspaceFrame';
import { format } from '../format';
import { removeDraft, type IStoredDraft } from '../edit/draftStore';
import { useEditClassNames } from '../edit/editStyles';
import { knownPeople } from '../edit/people';
import { useStoredDrafts } from '../edit/useStoredDrafts';

import { periodName } from '../common/summaryText';
import { PeriodLine } from '../common/PeriodLine';
import { ActivityEditor } from './ActivityEditor';
import { ConfirmationSlot, type IConfirmation } from './Confirmation';
import { DraftsBanner } from './DraftsBanner';
import { FollowUpEditor } from './FollowUpEditor';
import {
  activityDraftKey,
  draftPrefix,
  followUpDraftKey,
  unitScope,
  type ActivityTarget,
  type ConfirmPlace,
  type IUnitScope
} from './myUnitModel';
import { UnitSection } from './UnitSection';
import { useServices } from '../services/services';
import { focusPlace, useArrivalFor, type Arrival } from '../navigation';

/**
 * Min enhet: a unit head's goals and activities (a department head's department and its units),
 * adding and changing activities on allocated goals and following them up for the open period.
 * Readers and those who head nothing read, and are told whom to ask. A period the regional staff
 * closed is read-only for the heads, with the reason said above the units.
 */
export function MyUnitView(): React.ReactElement {
  const { strings } = useServices();
  return (
    <WorkspaceFrame loadingLabel={strings.UnitLoading} errorTitle={strings.UnitErrorTitle} offerYears={false}>
      {({ workspace, update }) => <MyUnitContent workspace={workspace} update={update} />}
    </WorkspaceFrame>
  );
}

interface IMyUnitContentProps {
  workspace: YearWorkspace;
  update: IYearWorkspace['update'];
}

/** `from`: where the editor was opened, where its confirmation appears and focus goes back. */
type Editing =
  | { kind: 'activity'; target: ActivityTarget; key: number; from: ConfirmPlace }
  | { kind: 'followUp'; activityId: number; period: FollowUpPeriod; key: number; from: ConfirmPlace };

function MyUnitContent(props: IMyUnitContentProps): React.ReactElement {
  const { workspace, update } = props;
  const { strings, today } = useServices();
  const { picture, actor, year, user } = workspace;
  const classNames = useEditClassNames();
  const scope = React.useMemo(() => unitScope(actor, picture), [actor, picture]);
  const [chosenId, setChosenId] = React.useState<number | undefined>(undefined);
  const selectedId = chosenId ?? scope.defaultUnitId;
  const selected = picture.orgUnits.find((unit) => unit.id === selectedId);
  const openPeriod = React.useMemo(() => currentFollowUpPeriod(today), [today]);
  const periods = usePeriodSettings(openPeriod.year);
  const openSettings = periods.of(openPeriod);
  const readiness = useReadiness(openPeriod.year);
  // Closed by the staff: the heads read its follow-ups and open no editor for them (SharePoint refuses the write too).
  const lockedFor = (period: FollowUpPeriod): boolean => !actor.isRegionalStaff && isPeriodClosed(periods.of(period));
  const prefix = draftPrefix(user.person.login, year);
  const people = React.useMemo(() => knownPeople(picture, [user.person]), [picture, user.person]);
  const [editing, setEditing] = React.useState<Editing | undefined>(undefined);
  const [announcement, announce] = useAnnouncement();
  const [confirmedAt, setConfirmedAt] = React.useState<ConfirmPlace>({ kind: 'top' });
  // An activity removed meanwhile (its draft saved as new) has no card left to confirm beside: say it at the top.
  const placeGone = confirmedAt.kind === 'activity' && !picture.activities.some((activity) => activity.id === confirmedAt.activityId);
  const confirmation: IConfirmation = { announcement, place: placeGone ? { kind: 'top' } : confirmedAt };
  const confirm = (from: ConfirmPlace) => (message: string): void => {
    setConfirmedAt(from);
    announce(message);
  };
  // The panel gives focus back to the button that opened it; a done step's button is gone, so focus goes to the place instead.
  const closeEditor = (from: ConfirmPlace) => (): void => {
    setEditing(undefined);
    window.requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active !== null && active !== document.body && active.isConnected) return;
      const root = anchor.current?.parentElement;
      const place = root === null || root === undefined ? undefined : returnPlace(root, from);
      if (place !== undefined) focusPlace(place);
    });
  };
  const openKey = editing === undefined
    ? undefined
    : editing.kind === 'activity'
      ? activityDraftKey(prefix, editing.target)
      : followUpDraftKey(prefix, editing.activityId, editing.period);
  const shownDrafts = useStoredDrafts(prefix, openKey).filter((draft) => draft.meta.kind === 'activity' || draft.meta.kind === 'followUp');
  // A gap's link lands on its unit, the goal that lacks an activity, or the activity's follow-up.
  const anchor = React.useRef<HTMLSpanElement>(null);
  const { arrival, done } = useArrivalFor('myUnit');
  const arrivalInScope = arrival !== undefined && scope.choices.some((choice) => choice.unit.id === arrival.orgUnitId);
  React.useEffect(() => {
    if (arrival === undefined) return;
    if (arrivalInScope && selectedId !== arrival.orgUnitId) {
      setChosenId(arrival.orgUnitId);
      return;
    }
    done();
    const root = anchor.current?.parentElement;
    const place = root === null || root === undefined ? undefined : myUnitPlace(root, arrival);
    if (place !== undefined) focusPlace(place);
  }, [arrival, arrivalInScope, selectedId, done]);

  const openActivity = (target: ActivityTarget, from: ConfirmPlace = { kind: 'top' }): void =>
    setEditing({ kind: 'activity', target, key: Date.now(), from });
  const openFollowUp = (activity: Activity, from: ConfirmPlace): void => {
    if (!lockedFor(openPeriod)) setEditing({ kind: 'followUp', activityId: activity.id, period: openPeriod, key: Date.now(), from });
  };

  const continueDraft = (draft: IStoredDraft): void => {
    const meta = draft.meta;
    if (meta.kind === 'followUp' && typeof meta.activityId === 'number') {
      const activity = picture.activities.find((candidate) => candidate.id === meta.activityId);
      const allocation = picture.allocations.find((candidate) => candidate.id === activity?.allocationId);
      if (allocation !== undefined) setChosenId(allocation.orgUnitId);
      const period: FollowUpPeriod = { year: Number(meta.year), kind: meta.period === 'helar' ? 'helar' : 'delar' };
      if (lockedFor(period)) return;
      setEditing({ kind: 'followUp', activityId: meta.activityId, period, key: Date.now(), from: { kind: 'top' } });
      return;
    }
    const goalId = typeof meta.goalId === 'number' ? meta.goalId : undefined;
    const orgUnitId = typeof meta.orgUnitId === 'number' ? meta.orgUnitId : undefined;
    if (orgUnitId !== undefined) setChosenId(orgUnitId);
    if (meta.mode === 'edit' && typeof meta.activityId === 'number') {
      openActivity({ kind: 'edit', activityId: meta.activityId, goalId, orgUnitId });
    } else if (goalId !== undefined && orgUnitId !== undefined) {
      openActivity({ kind: 'new', goalId, orgUnitId });
    }
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <PeriodLine year={year} period={openPeriod} settings={openSettings} className={classNames.subtle} />
      <ClosedPeriodNotice settings={openSettings} staff={actor.isRegionalStaff} />
      {scope.audience === 'reader' ? (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          <strong>{strings.UnitReadOnlyTitle}.</strong> {format(strings.UnitReadOnlyMessage, year)}
        </MessageBar>
      ) : null}
      {shownDrafts.length > 0 ? (
        <DraftsBanner
          drafts={shownDrafts}
          picture={picture}
          onContinue={continueDraft}
          onDiscard={(draft) => removeDraft(draft.key)}
        />
      ) : null}
      <ConfirmationSlot confirmation={confirmation} at={{ kind: 'top' }} />
      <UnitPicker scope={scope} selectedId={selectedId} onChange={setChosenId} />
      {selected === undefined ? null : (
        <UnitSection
          key={selected.id}
          unit={selected}
          picture={picture}
          actor={actor}
          openPeriod={openPeriod}
          openSettings={openSettings}
          readiness={readiness}
          confirmation={confirmation}
          onActivity={openActivity}
          onFollowUp={openFollowUp}
        />
      )}
      {editing?.kind === 'activity' ? (
        <ActivityEditor
          key={editing.key}
          target={editing.target}
          workspace={workspace}
          update={update}
          draftPrefix={prefix}
          people={people}
          onSaved={confirm(editing.from)}
          onClosed={closeEditor(editing.from)}
        />
      ) : null}
      {editing?.kind === 'followUp' ? (
        <FollowUpEditor
          key={editing.key}
          activityId={editing.activityId}
          period={editing.period}
          settings={periods.of(editing.period)}
          workspace={workspace}
          update={update}
          draftPrefix={prefix}
          onSaved={confirm(editing.from)}
          onClosed={closeEditor(editing.from)}
        />
      ) : null}
      {/* Where a link's place is looked for: this view's own part of the page (Stack takes no ref). Last, so no gap moves. */}
      <span ref={anchor} hidden />
    </Stack>
  );
}

/** The nearest of the places a link names that is on the screen: the follow-up's button, the goal's, the unit. */
function myUnitPlace(root: HTMLElement, arrival: Arrival): HTMLElement | undefined {
  const selectors = arrival.view !== 'myUnit' ? [] : [
    ...(arrival.activityId === undefined ? [] : [`[data-follow-up-for="${arrival.activityId}"]`, `[data-activity="${arrival.activityId}"]`]),
    ...(arrival.goalId === undefined ? [] : [`[data-add-activity-for="${arrival.goalId}"]`, `[data-goal-heading="${arrival.goalId}"]`]),
    `[data-unit-heading="${arrival.orgUnitId}"]`,
    '[data-unit-heading]'
  ];
  for (const selector of selectors) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found !== null) return found;
  }
  return undefined;
}

/** Where focus goes after an editor closed when the button that opened it is gone. */
function returnPlace(root: HTMLElement, from: ConfirmPlace): HTMLElement | undefined {
  const selectors = [
    ...(from.kind === 'nextSteps' ? ['[data-next-steps] h4'] : []),
    ...(from.kind === 'goal' ? [`[data-add-activity-for="${from.goalId}"]`, `[data-goal-heading="${from.goalId}"]`] : []),
    ...(from.kind === 'activity' ? [`[data-activity="${from.activityId}"]`] : []),
    '[data-unit-heading]'
  ];
  for (const selector of selectors) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found !== null) return found;
  }
  return undefined;
}

/** Why a closed period's follow-ups can only be read, who closed it and when; the staff are told they still may correct them. */
function ClosedPeriodNotice({ settings, staff }: { settings: PeriodSettings; staff: boolean }): React.ReactElement | null {
  const { strings, locale } = useServices();
  const closed = lastEvent(settings, 'closed');
  if (!isPeriodClosed(settings) || closed === undefined) return null;
  const name = periodName(settings.period, strings);
  const title = format(strings.UnitPeriodClosedTitle, name.charAt(0).toUpperCase() + name.slice(1));
  return (
    <MessageBar messageBarType={staff ? MessageBarType.info : MessageBarType.warning} isMultiline>
      <strong>{title}.</strong> {format(staff ? strings.UnitPeriodClosedStaff : strings.UnitPeriodClosedMessage, name,
        closed.by.name || closed.by.login, formatDateTime(closed.at, locale))}
    </MessageBar>
  );
}

interface IUnitPickerProps {
  scope: IUnitScope;
  selectedId: number | undefined;
  onChange(unitId: number): void;
}

/** Which org unit to show: a department's own level and each of its units, grouped by department. */
function UnitPicker({ scope, selectedId, onChange }: IUnitPickerProps): React.ReactElement | null {
  const { strings } = useServices();
  if (scope.choices.length <= 1 && scope.audience !== 'reader') return null;
  const departments = new Set(scope.choices.map((choice) => choice.department?.id));
  const grouped = departments.size > 1;
  const options: IDropdownOption[] = [];
  let lastDepartment: number | undefined;
  for (const { unit, department } of scope.choices) {
    if (grouped && department !== undefined && department.id !== lastDepartment) {
      options.push({ key: `header-${department.id}`, text: department.name, itemType: DropdownMenuItemType.Header });
      lastDepartment = department.id;
    }
    const text = unit.level === 'enhet'
      ? (unit.closed ? format(strings.UnitClosed, unit.name) : unit.name)
      : format(strings.UnitPickerDepartmentLevel, unit.name);
    options.push({ key: unit.id, text });
  }
  return (
    <Dropdown
      label={strings.UnitPickerLabel}
      placeholder={strings.UnitPickerPlaceholder}
      options={options}
      selectedKey={selectedId ?? null}
      onChange={(_event, option) => { if (option !== undefined && typeof option.key === 'number') onChange(option.key); }}
      styles={{ root: { maxWidth: 420 } }}
    />
  );
}
