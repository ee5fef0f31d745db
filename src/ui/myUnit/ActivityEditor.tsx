import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';

import type { Activity, ActivityStatus, Person } from '../../domain/model';
import { canEditActivity, canHighlightActivity, canRegisterActivity } from '../../domain/rules/activityRules';
import type { RuleResult } from '../../domain/rules/refusal';
import { activityStatuses } from '../../domain/scales';
import type { IYearWorkspace, YearWorkspace } from '../common/useYearWorkspace';

import { useUniqueId } from '../common/useUniqueId';
import { format } from '../format';
import { useEditClassNames } from '../edit/editStyles';
import { PersonField } from '../edit/PersonField';
import { namesIn } from '../edit/names';
import { useSave, type SaveState } from '../edit/saveOutcome';
import { readDraft } from '../edit/draftStore';
import { useDraft } from '../edit/useDraft';
import { addItemSteps, updateItemSteps } from '../edit/itemSaveSteps';
import { etagIn } from '../edit/workspaceChanges';
import { goalLabel, statusText } from '../common/summaryText';
import { activityDetails } from '../common/activityDetails';
import {
  activityConflictRows,
  activityFields,
  activityForm,
  activityFormErrors,
  changesHighlight,
  isActivityForm,
  type ActivityFormField
} from './activityForm';
import { activityDraftKey, type ActivityTarget } from './myUnitModel';
import { DateField } from '../common/DateField';
import { useServices } from '../services/services';
import { EditorPanel } from '../edit/EditorPanel';
import { useEditorSession } from '../edit/useEditorSession';

export interface IActivityEditorProps {
  target: ActivityTarget;
  workspace: YearWorkspace;
  update: IYearWorkspace['update'];
  /** Where this user's drafts of this year are stored. */
  draftPrefix: string;
  /** Suggested for the responsible person. */
  people: readonly Person[];
  /** Says what was saved (the view's live region). */
  onSaved(message: string): void;
  /** The panel has closed (after its animation); focus has gone back where it came from. */
  onClosed(): void;
}

const fieldOrder: readonly ActivityFormField[] = ['title', 'description', 'responsible', 'startDate', 'endDate', ...activityDetails.map((detail) => detail.key)];

/**
 * Adding or changing an activity, in a panel. The draft is stored as it is typed and survives any
 * failed save, closing the panel and reloading the tab. Validation runs before saving; the domain
 * rule right before writing; the change shows at once and is rolled back if SharePoint says no.
 */
export function ActivityEditor(props: IActivityEditorProps): React.ReactElement {
  const { workspace, update, people } = props;
  const { repository, strings, locale } = useServices();
  const { picture, actor, year } = workspace;
  const classNames = useEditClassNames();
  const [target, setTarget] = React.useState<ActivityTarget>(props.target);

  // What is being edited, remembered if it disappears (removed by someone else) while open.
  const current = target.kind === 'edit' ? picture.activities.find((activity) => activity.id === target.activityId) : undefined;
  const lastKnown = React.useRef<Activity | undefined>(current);
  if (current !== undefined) lastKnown.current = current;
  const base = target.kind === 'edit' ? lastKnown.current : undefined;
  const baseAllocation = base === undefined ? undefined : picture.allocations.find((allocation) => allocation.id === base.allocationId);
  const goalId = target.kind === 'new' ? target.goalId : baseAllocation?.goalId ?? target.goalId;
  const orgUnitId = target.kind === 'new' ? target.orgUnitId : baseAllocation?.orgUnitId ?? target.orgUnitId;
  const goal = picture.goals.find((candidate) => candidate.id === goalId);

  // The version the draft started from: a draft restored after a reload keeps its own, so a change
  // someone made in between is a conflict, never silently overwritten.
  const [baseEtag, setBaseEtag] = React.useState<string | undefined>(() => {
    if (props.target.kind !== 'edit') return undefined;
    const kept = readDraft(activityDraftKey(props.draftPrefix, props.target), isActivityForm)?.meta.baseEtag;
    return typeof kept === 'string' ? kept : etagIn(workspace, 'activities', props.target.activityId);
  });
  const initial = React.useMemo(() => activityForm(base), [base]);
  const draft = useDraft({
    storageKey: activityDraftKey(props.draftPrefix, target),
    initial,
    isValue: isActivityForm,
    meta: { kind: 'activity', mode: target.kind, activityId: target.kind === 'edit' ? target.activityId : undefined, goalId, orgUnitId, baseEtag }
  });
  const form = draft.value;
  const save = useSave<Activity>();
  const session = useEditorSession({ draft, save, initial, onSaved: props.onSaved, theirsKeptMessage: strings.EditConflictTheirsKept });
  const errors = session.tried ? activityFormErrors(form, strings, locale) : {};

  const detailsId = useUniqueId('activity-detail');
  const ids = {
    title: useUniqueId('activity-title'),
    description: useUniqueId('activity-description'),
    responsible: useUniqueId('activity-responsible'),
    startDate: useUniqueId('activity-start'),
    endDate: useUniqueId('activity-end'),
    ...Object.fromEntries(activityDetails.map((detail) => [detail.key, `${detailsId}-${detail.key}`]))
  } as Record<ActivityFormField, string>;
  const highlightHintId = useUniqueId('activity-highlight-hint');
  const mayHighlight = orgUnitId !== undefined && canHighlightActivity(actor, orgUnitId, picture).ok;
  /** The responsible person may save their other changes, but not a highlight they may not set. */
  const highlightCheck = (activity: Activity | undefined, unitId: number): RuleResult =>
    changesHighlight(form, activity) ? canHighlightActivity(actor, unitId, picture) : { ok: true };

  const finish = (result: SaveState<Activity>, title: string): void => session.finish(result, format(strings.UnitActivitySaved, title));

  const submit = async (as: ActivityTarget = target, etag?: string): Promise<void> => {
    session.begin();
    const found = activityFormErrors(form, strings, locale);
    const firstInvalid = fieldOrder.find((field) => found[field] !== undefined);
    if (firstInvalid !== undefined) {
      document.getElementById(ids[firstInvalid])?.focus();
      return;
    }
    const fields = activityFields(form, people);
    if (as.kind === 'new') {
      const allocation = picture.allocations.find((candidate) => candidate.goalId === as.goalId && candidate.orgUnitId === as.orgUnitId);
      const added: Omit<Activity, 'id'> = { ...fields, allocationId: allocation?.id ?? 0 };
      const result = await save.run(addItemSteps(update, 'activities', added,
        () => {
          const registered = canRegisterActivity(actor, { goalId: as.goalId, orgUnitId: as.orgUnitId }, picture);
          return registered.ok ? highlightCheck(undefined, as.orgUnitId) : registered;
        },
        () => repository.addActivity(added, year, draft.clientKey)));
      finish(result, fields.title);
      return;
    }
    const previous = picture.activities.find((activity) => activity.id === as.activityId);
    const next: Activity | undefined = previous === undefined ? undefined : { ...previous, ...fields };
    const result = await save.run(updateItemSteps(update, 'activities', as.activityId, previous, next,
      () => {
        const edited = canEditActivity(actor, as.activityId, picture);
        return edited.ok && orgUnitId !== undefined ? highlightCheck(previous, orgUnitId) : edited;
      },
      (changed) => repository.updateActivity(changed, etag ?? baseEtag ?? etagIn(workspace, 'activities', changed.id)), setBaseEtag));
    finish(result, fields.title);
  };

  const run = (as?: ActivityTarget, etag?: string): void => { submit(as, etag).catch(() => undefined); };

  const saveAsNew = goalId === undefined || orgUnitId === undefined ? undefined : (): void => {
    const asNew: ActivityTarget = { kind: 'new', goalId, orgUnitId };
    setTarget(asNew);
    run(asNew);
  };

  const statusOptions: IDropdownOption[] = activityStatuses.map((status) => ({ key: status, text: statusText(status, strings) }));
  const headerText = target.kind === 'new'
    ? format(strings.UnitActivityPanelNew, goal === undefined ? '' : goalLabel(goal))
    : strings.UnitActivityPanelEdit;

  return (
    <>
      <EditorPanel
        session={session}
        headerText={headerText}
        onSave={() => run()}
        onClosed={props.onClosed}
        hasErrors={Object.keys(errors).length > 0}
        feedback={{
          context: { names: namesIn(picture), action: 'editActivity', locale },
          onRetry: () => run(),
          onSaveAsNew: target.kind === 'edit' ? saveAsNew : undefined,
          saveAsNewText: strings.UnitSaveAsNewActivity
        }}
        conflictView={(theirs) => ({ subject: theirs.title, rows: activityConflictRows(form, theirs, strings, locale) })}
        onKeepMine={(etag) => run(target, etag)}
      >
          <TextField
            id={ids.title}
            label={strings.UnitTitleLabel}
            required
            value={form.title}
            onChange={(_event, text) => draft.set({ title: text ?? '' })}
            errorMessage={errors.title}
          />
          <TextField
            id={ids.description}
            label={strings.UnitDescriptionLabel}
            description={strings.UnitDescriptionHint}
            multiline
            autoAdjustHeight
            rows={4}
            value={form.description}
            onChange={(_event, text) => draft.set({ description: text ?? '' })}
            errorMessage={errors.description}
          />
          <PersonField
            label={strings.UnitResponsibleLabel}
            value={form.responsible}
            onChange={(responsible) => draft.set({ responsible })}
            people={people}
            me={actor.person}
            loginError={errors.responsible}
            loginId={ids.responsible}
          />
          <div className={classNames.dateRow}>
            <DateField
              id={ids.startDate}
              label={strings.UnitStartLabel}
              value={form.startDate}
              onChange={(_event, text) => draft.set({ startDate: text ?? '' })}
              errorMessage={errors.startDate}
            />
            <DateField
              id={ids.endDate}
              label={strings.UnitEndLabel}
              value={form.endDate}
              onChange={(_event, text) => draft.set({ endDate: text ?? '' })}
              errorMessage={errors.endDate}
            />
          </div>
          {activityDetails.map((detail) => (
            <TextField
              key={detail.key}
              id={ids[detail.key]}
              label={detail.label(strings)}
              inputMode="decimal"
              value={form.details?.[detail.key] ?? ''}
              onChange={(_event, text) => draft.set({ details: { ...form.details, [detail.key]: text ?? '' } })}
              errorMessage={errors[detail.key]}
            />
          ))}
          <Dropdown
            label={strings.ColumnStatus}
            options={statusOptions}
            selectedKey={form.status}
            onChange={(_event, option) => { if (option !== undefined) draft.set({ status: option.key as ActivityStatus }); }}
          />
          <div>
            <Checkbox
              label={strings.UnitHighlightLabel}
              checked={form.highlighted === true}
              disabled={!mayHighlight}
              onChange={(_event, checked) => draft.set({ highlighted: checked === true })}
              ariaDescribedBy={highlightHintId}
            />
            <p id={highlightHintId} className={classNames.hint}>
              {mayHighlight ? strings.UnitHighlightHint : strings.UnitHighlightNotYours}
            </p>
          </div>
      </EditorPanel>
    </>
  );
}
