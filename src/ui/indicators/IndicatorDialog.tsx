// Adding or changing an indicator's definition (the regional staff), in the one dialog shell. The
// draft is stored as it is typed and survives a failed save, closing the dialog and a reload; the
// domain's checks show beside each field; the rule is checked right before writing; the change
// shows at once and is rolled back if SharePoint says no; a colleague's newer version is shown
// beside the draft, never overwritten unasked.
import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Indicator, Person } from '../../domain/model';
import { canEditIndicators } from '../../domain/indicators/indicatorRules';
import { format } from '../format';
import type { IYearWorkspace, YearWorkspace } from '../common/useYearWorkspace';
import { useUniqueId } from '../common/useUniqueId';
import { ConflictPanel } from '../edit/ConflictPanel';
import { DialogShell } from '../edit/DialogShell';
import { readDraft } from '../edit/draftStore';
import { namesIn } from '../edit/names';
import { PersonField } from '../edit/PersonField';
import { SaveFeedback } from '../edit/SaveFeedback';
import { useSave, type SaveState } from '../edit/saveOutcome';
import { useDraft } from '../edit/useDraft';
import { useEditorSession } from '../edit/useEditorSession';
import { addItemSteps, updateItemSteps } from '../edit/itemSaveSteps';
import { etagIn } from '../edit/workspaceChanges';
import { useServices } from '../services/services';
import { KoladaLink } from './KoladaLink';
import {
  indicatorConflictRows, indicatorDraftKey, indicatorForm, indicatorFormErrors, indicatorFormFields, indicatorFromForm, isIndicatorForm,
  type IIndicatorForm, type IndicatorFormField
} from './indicatorForm';

export interface IIndicatorDialogProps {
  workspace: YearWorkspace;
  update: IYearWorkspace['update'];
  /** The indicator being changed; absent for a new one. */
  indicatorId?: number;
  /** A new indicator's goal, as first chosen. */
  goalId: number;
  people: readonly Person[];
  onSaved(message: string): void;
  onClose(): void;
}

export function IndicatorDialog(props: IIndicatorDialogProps): React.ReactElement | null {
  const { workspace, update, people } = props;
  const { repository, strings, locale } = useServices();
  const { picture, actor, year, user } = workspace;
  const [asNew, setAsNew] = React.useState(props.indicatorId === undefined);
  const editedId = asNew ? undefined : props.indicatorId;
  // Remembered if someone removes it while the dialog is open.
  const current = editedId === undefined ? undefined : picture.indicators.find((indicator) => indicator.id === editedId);
  const lastKnown = React.useRef<Indicator | undefined>(current);
  if (current !== undefined) lastKnown.current = current;
  const base = editedId === undefined ? undefined : lastKnown.current;
  const storageKey = indicatorDraftKey(user.person.login, year, editedId);
  // A draft restored after a reload keeps the version it started from: a change made in between is a conflict.
  const [baseEtag, setBaseEtag] = React.useState<string | undefined>(() => {
    if (props.indicatorId === undefined) return undefined;
    const kept = readDraft(storageKey, isIndicatorForm)?.meta.baseEtag;
    return typeof kept === 'string' ? kept : etagIn(workspace, 'indicators', props.indicatorId);
  });
  const initial = React.useMemo(() => indicatorForm(base, props.goalId, locale), [base, props.goalId, locale]);
  const draft = useDraft({ storageKey, initial, isValue: isIndicatorForm, meta: { kind: 'indicator', indicatorId: editedId, baseEtag } });
  const form = draft.value;
  const save = useSave<Indicator>();
  const session = useEditorSession({ draft, save, initial, onSaved: props.onSaved, theirsKeptMessage: strings.EditConflictTheirsKept });
  const errors = session.tried ? indicatorFormErrors(form, strings, locale) : {};
  const ids: Record<IndicatorFormField, string> = {
    name: useUniqueId('indicator-name'),
    unit: useUniqueId('indicator-unit'),
    baselineYear: useUniqueId('indicator-baseline-year'),
    baselineValue: useUniqueId('indicator-baseline-value'),
    targetYear: useUniqueId('indicator-target-year'),
    targetValue: useUniqueId('indicator-target-value'),
    normalisedPer: useUniqueId('indicator-per'),
    source: useUniqueId('indicator-source'),
    responsible: useUniqueId('indicator-responsible'),
    koladaKpi: useUniqueId('indicator-kolada-kpi')
  };
  React.useEffect(() => { if (!session.open) props.onClose(); }, [session.open]);

  const submit = async (etag?: string): Promise<void> => {
    session.begin();
    const found = indicatorFormErrors(form, strings, locale);
    const firstInvalid = indicatorFormFields.find((field) => found[field] !== undefined);
    if (firstInvalid !== undefined) {
      document.getElementById(ids[firstInvalid])?.focus();
      return;
    }
    const fields = indicatorFromForm(form, people);
    let result: SaveState<Indicator>;
    if (editedId === undefined) {
      result = await save.run(addItemSteps(update, 'indicators', fields, () => canEditIndicators(actor),
        () => repository.addIndicator(fields, year, draft.clientKey)));
    } else {
      const previous = picture.indicators.find((indicator) => indicator.id === editedId);
      // An indicator keeps its goal: moving one would carry its history to another goal.
      const next: Indicator | undefined = previous === undefined ? undefined : { ...previous, ...fields, goalId: previous.goalId };
      result = await save.run(updateItemSteps(update, 'indicators', editedId, previous, next, () => canEditIndicators(actor),
        (changed) => repository.updateIndicator(changed, etag ?? baseEtag ?? etagIn(workspace, 'indicators', changed.id)), setBaseEtag));
    }
    session.finish(result, format(strings.IndDialogSaved, fields.name));
  };
  const run = (etag?: string): void => { submit(etag).catch(() => undefined); };

  const goalOptions: IDropdownOption[] = picture.goals
    .filter((goal) => goal.year === year && goal.retired !== true)
    .map((goal) => ({ key: goal.id, text: `${goal.code} ${goal.title}` }));
  const directionOptions: IChoiceGroupOption[] = (['lower', 'higher'] as const).map((direction) => ({ key: direction, text: strings[`IndDirection_${direction}`] }));
  const text = (field: Exclude<IndicatorFormField, 'responsible'>, label: string, extra: { required?: boolean; description?: string; numeric?: boolean } = {}): React.ReactElement => (
    <TextField
      id={ids[field]}
      label={label}
      required={extra.required}
      description={extra.description}
      inputMode={extra.numeric === true ? 'decimal' : undefined}
      value={form[field]}
      onChange={(_event, value) => draft.set({ [field]: value ?? '' } as Partial<IIndicatorForm>)}
      errorMessage={errors[field]}
      disabled={save.saving}
    />
  );
  const { conflict } = session;
  const title = base === undefined ? strings.IndDialogAddTitle : format(strings.IndDialogEditTitle, base.name);
  return (
    <>
      <DialogShell
        title={title}
        onDismiss={save.saving ? undefined : session.close}
        maxWidth={640}
        confirm={{ text: save.saving ? strings.EditSaving : strings.EditSave, onClick: () => run(), disabled: save.saving }}
        dismissText={strings.EditClose}
      >
        <form noValidate aria-label={title} onSubmit={(event) => { event.preventDefault(); run(); }}>
          <Stack tokens={{ childrenGap: 12 }}>
            {draft.restored ? <MessageBar messageBarType={MessageBarType.info}>{strings.EditDraftRestored}</MessageBar> : null}
            {session.overTheirs ? <MessageBar messageBarType={MessageBarType.info} isMultiline>{strings.EditConflictEditing}</MessageBar> : null}
            {session.tried && Object.keys(errors).length > 0 ? (
              <MessageBar messageBarType={MessageBarType.error} isMultiline>{strings.EditValidationSummary}</MessageBar>
            ) : null}
            <SaveFeedback
              state={save.state}
              context={{ names: namesIn(picture), action: 'editIndicators', locale }}
              onRetry={() => run()}
              onSaveAsNew={editedId === undefined ? undefined : () => { setAsNew(true); draft.renewClientKey(); save.reset(); }}
              saveAsNewText={strings.IndDialogSaveAsNew}
              onShowConflict={conflict === undefined ? undefined : session.showConflict}
            />
            {base === undefined ? (
              <Dropdown label={strings.IndColumnGoal} required options={goalOptions} selectedKey={form.goalId}
                onChange={(_event, option) => { if (option !== undefined) draft.set({ goalId: Number(option.key) }); }} disabled={save.saving} />
            ) : null}
            {text('name', strings.IndFieldName, { required: true })}
            {text('unit', strings.IndFieldUnit, { description: strings.IndFieldUnitHint })}
            <ChoiceGroup label={strings.IndDirection} options={directionOptions} selectedKey={form.direction} disabled={save.saving}
              onChange={(_event, option) => { if (option !== undefined) draft.set({ direction: option.key === 'higher' ? 'higher' : 'lower' }); }} />
            <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
              {text('baselineYear', strings.IndFieldBaselineYear, { required: true, numeric: true })}
              {text('baselineValue', strings.IndFieldBaselineValue, { required: true, numeric: true })}
            </Stack>
            <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
              {text('targetYear', strings.IndFieldTargetYear, { required: true, numeric: true })}
              {text('targetValue', strings.IndFieldTargetValue, { required: true, numeric: true })}
            </Stack>
            {text('normalisedPer', strings.IndFieldNormalisedPer, { description: strings.IndFieldNormalisedPerHint })}
            {text('source', strings.IndSource)}
            <PersonField
              label={strings.IndResponsible}
              value={form.responsible}
              onChange={(responsible) => draft.set({ responsible })}
              people={people}
              me={actor.person}
              loginError={errors.responsible}
              loginId={ids.responsible}
              disabled={save.saving}
            />
            <KoladaLink id={ids.koladaKpi} value={form} disabled={save.saving} errorMessage={errors.koladaKpi}
              onChange={(patch) => draft.set(patch)} />
          </Stack>
        </form>
      </DialogShell>
      {conflict === undefined ? null : (
        <ConflictPanel
          isOpen={session.conflictOpen}
          subject={conflict.theirs.name}
          rows={indicatorConflictRows(form, conflict.theirs, strings, locale)}
          busy={save.saving}
          onKeepMine={() => run(conflict.etag)}
          onTakeTheirs={session.takeTheirs}
          onEdit={session.keepEditing}
        />
      )}
    </>
  );
}
