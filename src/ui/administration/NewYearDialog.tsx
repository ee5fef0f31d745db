import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';

import type { Person, Year } from '../../domain/model';
import { checkYear } from '../../domain/rules/validation/fieldChecks';
import { format } from '../format';
import { formatCount } from '../common/text';
import { useLoad } from '../common/useLoad';
import { useEditingClassNames } from '../common/workspaceStyles';
import type { INames } from '../edit/names';
import { fieldText, forbiddenText } from '../edit/refusalText';
import { planYearCopy, runYearCopy, yearCopySteps, type YearCopyPlan, type YearCopyResult } from './yearCopy';
import { useServices } from '../services/services';
import { DialogShell } from '../edit/DialogShell';

export interface INewYearDialogProps {
  /** Years that have goals, newest first. */
  years: readonly Year[];
  by: Person;
  names: INames;
  /** The copy is done (fully or not): open the new year. */
  onDone: (year: Year, result: YearCopyResult) => void;
  onCancel: () => void;
}

type Progress =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'stopped'; result: YearCopyResult };

/** Starts a year from the previous one: its goals and, if wanted, its allocations to departments. */
export function NewYearDialog({ years, by, names, onDone, onCancel }: INewYearDialogProps): React.ReactElement {
  const { repository, strings, locale, now } = useServices();
  const classNames = useEditingClassNames();
  const [from, setFrom] = React.useState<Year | undefined>(years[0]);
  const [toText, setToText] = React.useState(years[0] === undefined ? '' : String(years[0] + 1));
  const [withAllocations, setWithAllocations] = React.useState(false);
  const [progress, setProgress] = React.useState<Progress>({ kind: 'idle' });
  const to = Number(toText);
  const yearRefusal = /^\d{4}$/.test(toText.trim()) ? checkYear(to) : checkYear(Number.NaN);
  const yearMessage = yearRefusal !== undefined ? fieldText(yearRefusal, strings, { names, locale })
    : to === from ? strings.AdminNewYearSameYear : undefined;

  const loaded = useLoad(from === undefined || yearMessage !== undefined ? undefined
    : async () => {
      const [source, target] = await Promise.all([repository.loadYear(from), repository.loadYear(to)]);
      return { source: source.picture, target: target.picture };
    }, [repository, from, to, yearMessage]);

  const plan: YearCopyPlan | undefined = loaded.status === 'loaded' && yearMessage === undefined
    ? planYearCopy(loaded.value.source, loaded.value.target, withAllocations)
    : undefined;
  const nothingToDo = plan !== undefined && yearCopySteps(plan) === 0;
  const running = progress.kind === 'running';

  const start = async (): Promise<void> => {
    if (plan === undefined || loaded.status !== 'loaded') return;
    setProgress({ kind: 'running', done: 0, total: yearCopySteps(plan) });
    const result = await runYearCopy(repository, plan, loaded.value.target, by, (done, total) => setProgress({ kind: 'running', done, total }), now());
    if (result.failed === 0 && result.forbidden === undefined) {
      onDone(plan.to, result);
      return;
    }
    setProgress({ kind: 'stopped', result });
    // What was saved is there now: plan again from SharePoint, so a retry adds only the rest.
    loaded.reload();
  };

  const fromOptions: IDropdownOption[] = years.map((year) => ({ key: year, text: String(year) }));
  return (
    <DialogShell
      title={strings.AdminNewYearTitle}
      onDismiss={running ? undefined : onCancel}
      confirm={{
        text: progress.kind === 'stopped' && progress.result.forbidden === undefined ? strings.Retry : format(strings.AdminNewYearStart, Number.isNaN(to) ? '' : to),
        onClick: () => { start().catch(() => setProgress({ kind: 'stopped', result: { goalsAdded: 0, allocationsAdded: 0, failed: 1 } })); },
        disabled: plan === undefined || nothingToDo || running || (progress.kind === 'stopped' && progress.result.forbidden !== undefined)
      }}
      dismissDisabled={running}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <p className={classNames.text}>{strings.AdminNewYearIntro}</p>
        <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
          <Dropdown label={strings.AdminNewYearFrom} options={fromOptions} selectedKey={from ?? null} disabled={running}
            onChange={(_event, option) => { if (option !== undefined) setFrom(Number(option.key)); }} styles={{ root: { minWidth: 120 } }} />
          <TextField label={strings.AdminNewYearTo} value={toText} onChange={(_event, value) => setToText(value ?? '')} disabled={running}
            errorMessage={yearMessage} inputMode="numeric" styles={{ root: { maxWidth: 120 } }} />
        </Stack>
        <Checkbox label={strings.AdminNewYearWithAllocations} checked={withAllocations} disabled={running}
          onChange={(_event, checked) => setWithAllocations(checked === true)} />
        {loaded.status === 'error' && yearMessage === undefined ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>{strings.AdminNewYearLoadFailed}</MessageBar>
        ) : null}
        {plan !== undefined ? (
          <p className={classNames.text} aria-live="polite">
            {nothingToDo
              ? format(strings.AdminNewYearNothing, plan.to, plan.from)
              : format(withAllocations ? strings.AdminNewYearPlanWithAllocations : strings.AdminNewYearPlan,
                formatCount(plan.goals.length, locale), plan.to, formatCount(plan.allocations.length, locale))}
            {plan.existingCodes.length > 0 ? ` ${format(strings.AdminNewYearExisting, formatCount(plan.existingCodes.length, locale))}` : ''}
            {plan.indicators.indicators + plan.indicators.values > 0
              ? ` ${format(strings.AdminNewYearIndicators, formatCount(plan.indicators.indicators, locale), formatCount(plan.indicators.values, locale))}` : ''}
          </p>
        ) : null}
        {progress.kind === 'running' ? (
          <p className={classNames.text} role="status">{format(strings.AdminNewYearProgress, formatCount(progress.done, locale), formatCount(progress.total, locale))}</p>
        ) : null}
        {progress.kind === 'stopped' ? (
          <MessageBar messageBarType={progress.result.forbidden === undefined ? MessageBarType.error : MessageBarType.blocked} isMultiline>
            {progress.result.forbidden !== undefined
              ? forbiddenText(progress.result.forbidden, strings)
              : format(strings.AdminNewYearFailed, formatCount(progress.result.failed, locale))}
          </MessageBar>
        ) : null}
      </Stack>
    </DialogShell>
  );
}
