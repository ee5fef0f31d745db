import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Goal, Year } from '../../domain/model';
import type { FieldErrors } from '../../domain/rules/validation/fieldChecks';
import type { GoalField } from '../../domain/rules/validation/validateGoal';
import { format } from '../format';
import type { INames } from '../edit/names';
import { fieldText } from '../edit/refusalText';
import { validateGoalDraft, type GoalDraft } from './goalDraft';
import { useServices } from '../services/services';
import { DialogShell } from '../edit/DialogShell';

export interface IGoalDialogProps {
  year: Year;
  /** The goal being changed; absent for a new one. */
  goal?: Goal;
  initialDraft: GoalDraft;
  goals: readonly Goal[];
  names: INames;
  onSave: (draft: GoalDraft) => void;
  onCancel: () => void;
}

/** Adding or changing a miljömål of the year; the domain's checks show next to each field. */
export function GoalDialog({ year, goal, initialDraft, goals, names, onSave, onCancel }: IGoalDialogProps): React.ReactElement {
  const { strings, locale } = useServices();
  const [draft, setDraft] = React.useState(initialDraft);
  const [errors, setErrors] = React.useState<FieldErrors<GoalField>>({});
  const message = (field: GoalField): string | undefined => {
    const reason = errors[field];
    return reason === undefined ? undefined : fieldText(reason, strings, { names, locale });
  };
  const save = (): void => {
    const validation = validateGoalDraft(draft, goal?.year ?? year, goals, goal?.id);
    if (!validation.ok) {
      setErrors(validation.errors);
      return;
    }
    onSave(draft);
  };
  const set = (change: Partial<GoalDraft>): void => setDraft((previous) => ({ ...previous, ...change }));
  return (
    <DialogShell
      title={goal === undefined ? format(strings.AdminGoalAddTitle, year) : format(strings.AdminGoalEditTitle, goal.code)}
      onDismiss={onCancel}
      maxWidth={640}
      confirm={{ text: strings.AdminSave, onClick: save }}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {message('year') === undefined ? null : <p role="alert">{message('year')}</p>}
        <TextField label={strings.AdminGoalCode} required value={draft.code} onChange={(_event, value) => set({ code: value ?? '' })}
          errorMessage={message('code')} description={strings.AdminGoalCodeHint} styles={{ root: { maxWidth: 200 } }} />
        <TextField label={strings.AdminGoalTitle} required value={draft.title} onChange={(_event, value) => set({ title: value ?? '' })}
          errorMessage={message('title')} />
        <TextField label={strings.AdminGoalDescription} multiline autoAdjustHeight rows={4} value={draft.description}
          onChange={(_event, value) => set({ description: value ?? '' })} errorMessage={message('description')} />
        <TextField label={strings.AdminGoalIndicator} value={draft.indicator} onChange={(_event, value) => set({ indicator: value ?? '' })}
          errorMessage={message('indicator')} description={strings.AdminGoalIndicatorHint} />
        <Checkbox label={strings.AdminGoalRegionWideLabel} checked={draft.measuredRegionWide}
          onChange={(_event, checked) => set({ measuredRegionWide: checked === true })} />
      </Stack>
    </DialogShell>
  );
}
