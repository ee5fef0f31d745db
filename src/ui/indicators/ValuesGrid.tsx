// The regional staff's grid: one measured year, every indicator in a row, saved together. Each
// changed row is one save through saveIndicatorValue (runSave: the rule first, optimistic, rolled back on anything but
// saved); what was typed stays in the draft until its row is saved, also over a reload. A row
// someone else saved first is shown beside the draft in the conflict panel, never overwritten.
import * as React from 'react';
import { ActionButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Indicator, IndicatorValue, Year } from '../../domain/model';
import { validateIndicatorValueInput, type IndicatorValueField } from '../../domain/indicators/indicatorInput';
import type { FieldErrors } from '../../domain/rules/validation/fieldChecks';
import { format } from '../format';
import type { UiLocale } from '../common/text';
import type { YearWorkspace } from '../common/useYearWorkspace';
import { useUniqueId } from '../common/useUniqueId';
import { ConflictPanel, type IConflictRow } from '../edit/ConflictPanel';
import { fieldErrorTexts } from '../edit/refusalText';
import type { SaveState } from '../edit/saveOutcome';
import { SaveFeedback } from '../edit/SaveFeedback';
import { useDraft } from '../edit/useDraft';
import { useWriteBook } from '../edit/useWriteBook';
import { useServices } from '../services/services';
import { editText, unitText } from '../common/indicatorFormat';
import { useIndicatorClassNames } from '../common/indicatorStyles';
import { saveIndicatorValue } from '../edit/saveIndicatorValue';
import {
  draftOf, isValuesDraft, rowChanged, rowOf, storedValue, valueFromRow, valuesDraftKey, type GridPeriod, type ValueRowDraft, type ValuesDraft
} from '../edit/valuesDraft';
import { ScrollRegion } from '../common/ScrollRegion';

export interface IValuesGridProps {
  workspace: YearWorkspace;
  update: (change: (workspace: YearWorkspace) => YearWorkspace) => void;
  indicators: readonly Indicator[];
  announce: (message: string) => void;
}

/** The years a value can be entered for: from the earliest baseline to the workspace's year. */
export function gridYears(indicators: readonly Indicator[], workspaceYear: Year): Year[] {
  const first = Math.min(workspaceYear, ...indicators.map((indicator) => indicator.baseline.year));
  return Array.from({ length: workspaceYear - first + 1 }, (_, index) => workspaceYear - index);
}

export function ValuesGrid(props: IValuesGridProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useIndicatorClassNames();
  const [year, setYear] = React.useState<Year>(props.workspace.year);
  const [period, setPeriod] = React.useState<GridPeriod>('helar');
  const options: IDropdownOption[] = gridYears(props.indicators, props.workspace.year).map((option) => ({ key: option, text: String(option) }));
  const periodOptions: IDropdownOption[] = (['helar', 'delar'] as const).map((kind) => ({ key: kind, text: strings[`IndPeriod_${kind}`] }));
  return (
    <section className={classNames.section}>
      <h3 className={classNames.heading}>{strings.IndGridHeading}</h3>
      <p className={classNames.text}>{strings.IndGridIntro}</p>
      <div className={classNames.toolbar}>
        <Dropdown
          label={strings.IndGridYear}
          options={options}
          selectedKey={year}
          onChange={(_event, option) => { if (option !== undefined) setYear(Number(option.key)); }}
          styles={{ root: { minWidth: 120 } }}
        />
        <Dropdown
          label={strings.IndGridPeriod}
          options={periodOptions}
          selectedKey={period}
          onChange={(_event, option) => { if (option !== undefined) setPeriod(option.key === 'delar' ? 'delar' : 'helar'); }}
          styles={{ root: { minWidth: 160 } }}
        />
      </div>
      {/* A grid per year and period: its draft is theirs, under their key. */}
      <YearGrid key={`${year}-${period}`} {...props} year={year} period={period} />
    </section>
  );
}

type RowResults = ReadonlyMap<number, SaveState<IndicatorValue>>;

function YearGrid({ workspace, update, indicators, announce, year, period }: IValuesGridProps & { year: Year; period: GridPeriod }): React.ReactElement {
  const { repository, strings, locale } = useServices();
  const classNames = useIndicatorClassNames();
  const captionId = useUniqueId('miljomal-values-caption');
  const book = useWriteBook<never>({ workspace, update, onProblem: () => undefined });
  const values = workspace.picture.indicatorValues;
  const interim = period === 'delar' ? 'delar' : undefined;
  const initial = React.useMemo(() => draftOf(indicators, values, year, locale, period), [indicators, values, year, locale, period]);
  const draft = useDraft<ValuesDraft>({
    storageKey: valuesDraftKey(workspace.user.person.login, workspace.year, year, period), initial, isValue: isValuesDraft, meta: { year, period }
  });
  const anyNormalised = indicators.some((indicator) => (indicator.normalisedPer ?? '').trim() !== '');
  const [results, setResults] = React.useState<RowResults>(new Map());
  const [errors, setErrors] = React.useState<ReadonlyMap<number, FieldErrors<IndicatorValueField>>>(new Map());
  const [saving, setSaving] = React.useState(false);
  const [conflictFor, setConflictFor] = React.useState<number | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => { mounted.current = false; };
  }, []);

  const rowIn = (current: ValuesDraft, indicatorId: number): ValueRowDraft =>
    current.rows[String(indicatorId)] ?? rowOf(undefined, locale);
  const setRow = (indicatorId: number, patch: Partial<ValueRowDraft>): void =>
    draft.replace({ ...draft.value, rows: { ...draft.value.rows, [String(indicatorId)]: { ...rowIn(draft.value, indicatorId), ...patch } } });

  /** One row's save: the rule, the optimistic value, the write, and its undo on anything but saved. */
  const saveRow = (indicator: Indicator, row: ValueRowDraft): Promise<SaveState<IndicatorValue>> => {
    const next = valueFromRow(indicator.id, year, row, period);
    // A figure from Kolada keeps its source while it is the same figure; a figure typed over it has none.
    const before = storedValue(values, indicator.id, year, interim);
    const source = before?.source !== undefined && before.value === next.value ? before.source : undefined;
    return saveIndicatorValue(book, repository, source === undefined ? next : { ...next, source });
  };

  const saveRows = async (rows: ReadonlyArray<[Indicator, ValueRowDraft]>): Promise<void> => {
    const invalid = new Map<number, FieldErrors<IndicatorValueField>>();
    for (const [indicator, row] of rows) {
      const checked = validateIndicatorValueInput({ year, value: row.value, comment: row.comment, denominator: row.denominator });
      if (!checked.ok) invalid.set(indicator.id, checked.errors);
    }
    setErrors(invalid);
    if (invalid.size > 0) {
      draft.keep();
      announce(strings.IndGridFixFirst);
      return;
    }
    setSaving(true);
    const outcomes = await Promise.all(rows.map(async ([indicator, row]) => [indicator.id, await saveRow(indicator, row)] as const));
    if (!mounted.current) return;
    setSaving(false);
    const failed = outcomes.filter(([, outcome]) => outcome.kind !== 'saved');
    setResults((previous) => {
      const next = new Map(previous);
      for (const [indicatorId, outcome] of outcomes) {
        if (outcome.kind === 'saved') next.delete(indicatorId);
        else next.set(indicatorId, outcome);
      }
      return next;
    });
    if (failed.length > 0) {
      draft.keep();
      announce(format(strings.IndGridNotSaved, failed.length, outcomes.length));
      return;
    }
    const saved = outcomes.length;
    announce(saved === 1 ? strings.IndGridSavedOne : format(strings.IndGridSaved, saved));
  };

  const changedRows = (): Array<[Indicator, ValueRowDraft]> => indicators
    .map((indicator): [Indicator, ValueRowDraft] => [indicator, rowIn(draft.value, indicator.id)])
    .filter(([indicator, row]) => rowChanged(row, storedValue(values, indicator.id, year, interim)));

  const saveAll = (): void => {
    const rows = changedRows();
    if (rows.length === 0) {
      announce(strings.IndGridNothingChanged);
      return;
    }
    saveRows(rows).catch(() => undefined);
  };

  const saveOne = (indicatorId: number): void => {
    const indicator = indicators.find((candidate) => candidate.id === indicatorId);
    setConflictFor(undefined);
    if (indicator !== undefined) saveRows([[indicator, rowIn(draft.value, indicatorId)]]).catch(() => undefined);
  };

  const dropResult = (indicatorId: number): void => setResults((previous) => {
    const next = new Map(previous);
    next.delete(indicatorId);
    return next;
  });

  const conflictIndicator = indicators.find((indicator) => indicator.id === conflictFor);
  const conflict = conflictFor === undefined ? undefined : results.get(conflictFor);
  const anyChanged = changedRows().length > 0;
  const problems = indicators.filter((indicator) => {
    const result = results.get(indicator.id);
    return result !== undefined && result.kind !== 'saved' && result.kind !== 'idle' && result.kind !== 'saving';
  });

  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); saveAll(); }} aria-labelledby={captionId}>
      {draft.restored && anyChanged ? <MessageBar messageBarType={MessageBarType.info}>{strings.EditDraftRestored}</MessageBar> : null}
      <ScrollRegion labelledBy={captionId}>
        <table className={classNames.table}>
          <caption id={captionId} className={classNames.caption}>{format(period === 'delar' ? strings.IndGridCaptionInterim : strings.IndGridCaption, year)}</caption>
          <thead>
            <tr>
              <th scope="col" className={classNames.th}>{strings.IndColumnIndicator}</th>
              <th scope="col" className={classNames.th}>{strings.IndColumnValue}</th>
              {anyNormalised ? <th scope="col" className={classNames.th}>{strings.IndGridDenominator}</th> : null}
              <th scope="col" className={classNames.th}>{strings.IndGridPreliminary}</th>
              <th scope="col" className={classNames.th}>{strings.IndColumnComment}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const row = rowIn(draft.value, indicator.id);
              const texts = fieldErrorTexts(errors.get(indicator.id) ?? {}, strings, { locale });
              const held = storedValue(values, indicator.id, year, interim);
              const changed = rowChanged(row, held);
              const per = (indicator.normalisedPer ?? '').trim();
              const unit = unitText(indicator, strings);
              return (
                <tr key={indicator.id}>
                  <th scope="row" className={classNames.th}>
                    {indicator.name}
                    {unit === '' ? null : <span className={classNames.subtle}> ({unit})</span>}
                    {held?.source === undefined ? null : <div className={classNames.subtle}>{format(strings.KoladaSource, held.source)}</div>}
                    {changed ? <div className={classNames.changed}>{strings.IndGridChanged}</div> : null}
                  </th>
                  <td className={classNames.td}>
                    <TextField
                      className={classNames.gridInput}
                      ariaLabel={format(strings.IndGridValueLabel, year, indicator.name, unit)}
                      value={row.value}
                      inputMode="decimal"
                      onChange={(_event, text) => setRow(indicator.id, { value: text ?? '' })}
                      errorMessage={texts.value ?? texts.year}
                      disabled={saving}
                    />
                  </td>
                  {anyNormalised ? (
                    <td className={classNames.td}>
                      {per === '' ? null : (
                        <TextField
                          className={classNames.gridInput}
                          ariaLabel={format(strings.IndGridDenominatorLabel, year, indicator.name, per)}
                          value={row.denominator ?? ''}
                          inputMode="decimal"
                          onChange={(_event, text) => setRow(indicator.id, { denominator: text ?? '' })}
                          errorMessage={texts.denominator}
                          disabled={saving}
                        />
                      )}
                    </td>
                  ) : null}
                  <td className={classNames.td}>
                    <Checkbox
                      ariaLabel={format(strings.IndGridPreliminaryLabel, indicator.name)}
                      checked={row.preliminary}
                      onChange={(_event, checked) => setRow(indicator.id, { preliminary: checked === true })}
                      disabled={saving}
                    />
                  </td>
                  <td className={classNames.td}>
                    <TextField
                      ariaLabel={format(strings.IndGridCommentLabel, indicator.name)}
                      value={row.comment}
                      onChange={(_event, text) => setRow(indicator.id, { comment: text ?? '' })}
                      errorMessage={texts.comment}
                      disabled={saving}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {problems.length > 0 ? (
        <div className={classNames.problems} role="region" aria-label={strings.IndGridProblemsLabel}>
          {problems.map((indicator) => (
            <div key={indicator.id}>
              <strong>{indicator.name}</strong>
              <SaveFeedback
                state={results.get(indicator.id)!}
                context={{ action: 'editIndicators', locale }}
                onRetry={() => saveOne(indicator.id)}
                onSaveAsNew={() => saveOne(indicator.id)}
                saveAsNewText={strings.IndGridSaveAgain}
                onShowConflict={() => setConflictFor(indicator.id)}
              />
            </div>
          ))}
        </div>
      ) : null}
      <div className={classNames.toolbar}>
        <PrimaryButton type="submit" text={saving ? strings.IndGridSaving : strings.IndGridSave} disabled={saving} />
        {anyChanged ? (
          <ActionButton
            text={strings.IndGridDiscard}
            disabled={saving}
            onClick={() => { draft.forget(); draft.replace(initial); setErrors(new Map()); setResults(new Map()); }}
          />
        ) : null}
      </div>
      {conflict?.kind === 'conflict' && conflictIndicator !== undefined ? (
        <ConflictPanel
          isOpen
          subject={format(strings.IndConflictSubject, year, conflictIndicator.name)}
          rows={conflictRows(rowIn(draft.value, conflictIndicator.id), conflict.theirs, strings, locale)}
          busy={saving}
          onKeepMine={() => saveOne(conflictIndicator.id)}
          onTakeTheirs={() => {
            setRow(conflictIndicator.id, rowOf(conflict.theirs, locale));
            dropResult(conflictIndicator.id);
            setConflictFor(undefined);
            announce(strings.IndConflictKept);
          }}
          onEdit={() => setConflictFor(undefined)}
        />
      ) : null}
    </form>
  );
}

function conflictRows(mine: ValueRowDraft, theirs: IndicatorValue, strings: IMiljomalWebPartStrings, locale: UiLocale): IConflictRow[] {
  const yesNo = (flag: boolean): string => (flag ? strings.IndYes : strings.IndNo);
  return [
    { key: 'value', label: strings.IndColumnValue, mine: mine.value, theirs: editText(theirs.value, locale) },
    { key: 'denominator', label: strings.IndGridDenominator, mine: mine.denominator ?? '', theirs: theirs.denominator === undefined ? '' : editText(theirs.denominator, locale) },
    { key: 'preliminary', label: strings.IndGridPreliminary, mine: yesNo(mine.preliminary), theirs: yesNo(theirs.preliminary) },
    { key: 'comment', label: strings.IndColumnComment, mine: mine.comment, theirs: theirs.comment }
  ];
}
