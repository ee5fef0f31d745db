// Indicator values (utfall) from a file: one row per indicator and measured year, the indicator
// named by its goal's code and its name (the name alone where it is unique). A value that exists
// for that indicator and year is updated in place; a blank cell keeps what is stored, and a row
// with neither a value nor a comment (a template's row not filled in) is nothing to do.
//
// Kolada's layout reads through the same preview (docs/kolada.md): a row that names a Kolada key
// figure (and organisation) is the indicator linked to them; only the total ("T", Totalt) of each
// gender split is read, the rest left out; a figure Kolada marks missing or deleted (or leaves
// blank) is an error of its row, never a 0; what is written records its source ("Kolada N00401,
// hämtad 2026-05-04"). A fetch from Kolada's API is turned into the same rows (koladaSheet.ts).

import type { Goal, Indicator, IndicatorValue, Year } from '../model';
import { parseDecimal } from '../numbers';
import { validateIndicatorValueInput } from '../indicators/indicatorInput';
import { refusal } from '../rules/refusal';
import { countFates, fateOf, filePreview, maxImportRows, type FileProblem, type ImportPreview, type PreviewRow, type RowProblem } from './preview';
import { headerKey, headerRow, isEmptyTable, nameKey, parseFlag, readTable, cellText, type ColumnSpec, type SheetRows } from './sheet';
import { koladaKpiId, koladaOrgId, koladaSourceText } from '../kolada/koladaIds';

export type ValueField = 'goalCode' | 'indicator' | 'unit' | 'year' | 'period' | 'value' | 'denominator' | 'comment' | 'preliminary';

export const valueColumns: readonly ColumnSpec<ValueField>[] = [
  { field: 'goalCode', sv: 'Målkod', en: 'Goal code', aliases: ['Mål', 'Goal'] },
  { field: 'indicator', sv: 'Indikator', en: 'Indicator', aliases: ['Nyckeltal', 'Key figure'] },
  // Written by the template so a person sees what the figure is in; never read.
  { field: 'unit', sv: 'Enhet', en: 'Unit', aliases: ['Måttenhet'] },
  { field: 'year', sv: 'År', en: 'Year', aliases: ['Mätår', 'Measured year'] },
  // Blank is the whole year, as files made before delår figures existed.
  { field: 'period', sv: 'Period', en: 'Period', aliases: ['Delår eller helår'] },
  { field: 'value', sv: 'Utfall', en: 'Value', aliases: ['Värde', 'Outcome'] },
  { field: 'denominator', sv: 'Nämnare', en: 'Denominator', aliases: ['Antal', 'Count'] },
  { field: 'comment', sv: 'Kommentar', en: 'Comment' },
  { field: 'preliminary', sv: 'Preliminärt', en: 'Preliminary', aliases: ['Preliminär'] }
];

/** The columns of Kolada's own layout (its export file, and the rows a fetch from its API becomes). */
export type KoladaField = 'kpi' | 'municipalityId' | 'gender' | 'status';

export const koladaColumns: readonly ColumnSpec<KoladaField>[] = [
  { field: 'kpi', sv: 'Nyckeltals-id', en: 'KPI id', aliases: ['kpi', 'kpi_id', 'Nyckeltalsid', 'Nyckeltal id', 'Id nyckeltal', 'KPI'] },
  { field: 'municipalityId', sv: 'Kommun-id', en: 'Municipality id', aliases: ['municipality', 'municipality_id', 'Kommunkod', 'Region-id', 'Organisations-id', 'Område-id', 'Områdes-id'] },
  { field: 'gender', sv: 'Kön', en: 'Gender', aliases: ['gender'] },
  { field: 'status', sv: 'Status', en: 'Status' }
];

export type ValueImportField = ValueField | KoladaField;

/** Every column a values file may have: the product's own and Kolada's. */
export const valueImportColumns: readonly ColumnSpec<ValueImportField>[] = [...valueColumns, ...koladaColumns];

/**
 * A sheet whose header is not its first row (a title and "Källa: Kolada" above the table, as an
 * export often has): the rows before the first that names a column of this import are left out.
 */
function fromHeader(sheet: SheetRows): SheetRows {
  const known = new Set(valueImportColumns.flatMap((spec) => [spec.sv, spec.en, ...(spec.aliases ?? [])].map(headerKey)));
  const names = (row: SheetRows[number]): number => row.filter((cell) => known.has(headerKey(cellText(cell)))).length;
  const header = sheet.slice(0, 20).findIndex((row) => names(row) >= 2);
  // Keep the rows' numbers as the spreadsheet shows them: blank rows in place of the title.
  return header <= 0 ? sheet : [...sheet.slice(0, header).map(() => []), ...sheet.slice(header)];
}

const totalWords = new Set(['t', 'totalt', 'total', 'alla', 'all']);
const missingWords = new Set(['missing', 'saknas', 'saknasvarde']);
const deletedWords = new Set(['deleted', 'borttagen', 'borttaget', 'isdeleted']);

export interface ValueImportOptions {
  /** The day a row from Kolada is recorded as fetched on (YYYY-MM-DD). */
  today?: string;
}

const periodWords: ReadonlyMap<string, 'helar' | 'delar'> = new Map([
  ['helår', 'helar'], ['helar', 'helar'], ['full year', 'helar'], ['year', 'helar'],
  ['delår', 'delar'], ['delar', 'delar'], ['interim', 'delar']
]);

/** The period a cell names: undefined for the whole year, 'delar' for delår, null for a word it is not. */
function parsePeriod(text: string): 'delar' | undefined | null {
  if (text.trim() === '') return undefined;
  const kind = periodWords.get(text.trim().toLowerCase());
  return kind === undefined ? null : kind === 'delar' ? 'delar' : undefined;
}

const keyOf = (indicatorId: number, year: number, period: 'delar' | undefined): string => `${indicatorId}:${year}:${period ?? 'helar'}`;

export interface ValuePlan {
  /** The value it updates; absent for a new one. */
  valueId?: number;
  value: Omit<IndicatorValue, 'id'>;
}

export type ValuePreview = ImportPreview<ValuePlan>;

export function previewValueImport(
  sheet: SheetRows,
  goals: readonly Goal[],
  indicators: readonly Indicator[],
  values: readonly IndicatorValue[],
  options: ValueImportOptions = {}
): ValuePreview {
  const table = readTable(fromHeader(sheet), valueImportColumns);
  const fileProblems: FileProblem[] = [];
  if (isEmptyTable(table)) return filePreview([{ code: 'noRows' }]);
  const kolada = table.columns.includes('kpi');
  const required = kolada ? (['year', 'value'] as const) : (['indicator', 'year', 'value'] as const);
  const missingColumns = required.filter((field) => !table.columns.includes(field));
  if (missingColumns.length > 0) fileProblems.push({ code: 'missingColumns', columns: missingColumns });
  if (table.rows.length === 0 && fileProblems.length === 0) fileProblems.push({ code: 'noRows' });
  if (table.rows.length > maxImportRows) fileProblems.push({ code: 'tooManyRows', count: table.rows.length, max: maxImportRows });
  if (fileProblems.length > 0) return filePreview(fileProblems, table.unknownColumns);

  const goalById = new Map(goals.map((goal) => [goal.id, goal]));
  const stored = new Map(values.map((value) => [keyOf(value.indicatorId, value.year, value.period), value]));
  const firstRowOf = new Map<string, number>();
  const koladaRow = (rowNumber: number, cells: Partial<Record<ValueImportField, string>>): PreviewRow<ValuePlan> => {
    const problems: RowProblem[] = [];
    const kpi = koladaKpiId(cells.kpi ?? '');
    const org = koladaOrgId(cells.municipalityId ?? '');
    // Kolada's "period" is the year: a file may name its year column so.
    const periodText = cells.period ?? '';
    const yearText = cells.year ?? (/^\d{4}$/.test(periodText.trim()) ? periodText.trim() : '');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    if (yearText === '') problems.push({ code: 'field', field: 'year', reason: refusal('required', {}) });
    else if (Number.isNaN(year)) problems.push({ code: 'field', field: 'year', reason: refusal('invalidNumber', { value: yearText }) });
    const candidates = indicators.filter((indicator) => indicator.koladaKpi === kpi && (org === '' || indicator.koladaOrgId === org));
    if (candidates.length === 0) problems.push({ code: 'unlinkedKpi', kpi, org });
    else if (candidates.length > 1) problems.push({ code: 'ambiguousIndicator', name: kpi, count: candidates.length });
    const indicator = candidates.length === 1 ? candidates[0] : undefined;
    const goal = indicator === undefined ? undefined : goalById.get(indicator.goalId);
    const label = indicator === undefined || goal === undefined
      ? [kpi, org, yearText].filter((part) => part !== '').join(' · ')
      : `${goal.code} · ${indicator.name} · ${yearText}`;
    const status = headerKey(cells.status ?? '');
    const valueText = cells.value ?? '';
    if (deletedWords.has(status)) problems.push({ code: 'koladaDeleted', kpi, year: yearText });
    else if (missingWords.has(status) || valueText === '') problems.push({ code: 'koladaMissing', kpi, year: yearText });
    else if (parseDecimal(valueText) === undefined) problems.push({ code: 'field', field: 'value', reason: refusal('invalidNumber', { value: valueText }) });
    else if (Number.isInteger(year)) {
      const yearCheck = validateIndicatorValueInput({ year, value: valueText, comment: '' });
      if (!yearCheck.ok && yearCheck.errors.year !== undefined) problems.push({ code: 'field', field: 'year', reason: yearCheck.errors.year });
    }
    if (indicator !== undefined && Number.isInteger(year)) {
      const key = keyOf(indicator.id, year, undefined);
      const first = firstRowOf.get(key);
      if (first !== undefined) problems.push({ code: 'duplicateValue', firstRow: first });
      else firstRowOf.set(key, rowNumber);
    }
    if (problems.length > 0 || indicator === undefined) return { rowNumber, fate: 'error', problems, changes: [], label };
    const before = stored.get(keyOf(indicator.id, year, undefined));
    // What the regional staff added to a value (a comment, the denominator, "preliminary") stays.
    const value: Omit<IndicatorValue, 'id'> = {
      indicatorId: indicator.id, year, period: undefined, value: parseDecimal(valueText) ?? Number.NaN,
      comment: before?.comment ?? '', preliminary: before?.preliminary ?? false, denominator: before?.denominator,
      source: koladaSourceText(kpi, options.today)
    };
    // The source is not a change: the same figure fetched again another day writes nothing.
    const changes = before === undefined ? [] : (['value'] as const).filter((field) => before[field] !== value[field]);
    const fate = fateOf([], before === undefined, changes);
    return { rowNumber, fate, problems, changes, plan: fate === 'unchanged' ? undefined : { valueId: before?.id, value }, label };
  };
  // Of Kolada's genders only the total is read: the women's and men's rows are not this indicator's.
  // A line under Kolada's table ("Källa: Kolada") names no key figure and holds no figure: not a row.
  const readRows = table.rows.filter(({ cells }) => !kolada || ((cells.kpi ?? '') === ''
    ? (cells.value ?? '') !== '' || (cells.indicator ?? '') !== ''
    : (cells.gender ?? '') === '' || totalWords.has(headerKey(cells.gender ?? ''))));
  const rows = readRows.map(({ rowNumber, cells }): PreviewRow<ValuePlan> => {
    if (kolada && (cells.kpi ?? '') !== '') return koladaRow(rowNumber, cells);
    const problems: RowProblem[] = [];
    const goalCode = cells.goalCode ?? '';
    const name = cells.indicator ?? '';
    const yearText = cells.year ?? '';
    const label = [goalCode, name, yearText].filter((part) => part !== '').join(' · ');
    let candidates = indicators.filter((indicator) => nameKey(indicator.name) === nameKey(name));
    if (goalCode !== '') {
      const ofGoal = goals.filter((goal) => nameKey(goal.code) === nameKey(goalCode));
      if (ofGoal.length === 0) problems.push({ code: 'unknownGoalCode', value: goalCode });
      candidates = candidates.filter((indicator) => ofGoal.some((goal) => goal.id === indicator.goalId));
    }
    if (name === '') problems.push({ code: 'field', field: 'indicator', reason: refusal('required', {}) });
    else if (problems.length === 0 && candidates.length === 0) problems.push({ code: 'unknownIndicator', name });
    else if (candidates.length > 1) problems.push({ code: 'ambiguousIndicator', name, count: candidates.length });
    const year = yearText === '' ? Number.NaN : Number(yearText);
    if (yearText === '') problems.push({ code: 'field', field: 'year', reason: refusal('required', {}) });
    const indicator = candidates.length === 1 ? candidates[0] : undefined;
    const periodText = cells.period ?? '';
    const parsedPeriod = parsePeriod(periodText);
    if (parsedPeriod === null) problems.push({ code: 'invalidPeriod', value: periodText });
    const period = parsedPeriod ?? undefined;
    const before = indicator === undefined ? undefined : stored.get(keyOf(indicator.id, year, period));
    const valueText = cells.value ?? '';
    const denominatorText = cells.denominator ?? '';
    const commentText = cells.comment ?? '';
    const preliminaryText = cells.preliminary ?? '';
    // A template's row left blank: nothing to import, nothing wrong.
    if (valueText === '' && denominatorText === '' && commentText === '' && preliminaryText === '' && before === undefined && problems.length === 0) {
      return { rowNumber, fate: 'unchanged', problems: [], changes: [], label };
    }
    const validation = validateIndicatorValueInput({
      year,
      value: valueText === '' && before !== undefined ? String(before.value) : valueText,
      comment: commentText,
      denominator: denominatorText
    });
    if (!validation.ok) {
      for (const [field, reason] of Object.entries(validation.errors)) {
        if (reason !== undefined && !(field === 'year' && yearText === '')) problems.push({ code: 'field', field, reason });
      }
    }
    let preliminary = before?.preliminary ?? false;
    if (preliminaryText !== '') {
      const flag = parseFlag(preliminaryText);
      if (flag === undefined) problems.push({ code: 'invalidFlag', field: 'preliminary', value: preliminaryText });
      else preliminary = flag;
    }
    if (indicator !== undefined && Number.isInteger(year)) {
      const key = keyOf(indicator.id, year, period);
      const first = firstRowOf.get(key);
      if (first !== undefined) problems.push({ code: 'duplicateValue', firstRow: first });
      else firstRowOf.set(key, rowNumber);
    }
    if (problems.length > 0 || indicator === undefined) return { rowNumber, fate: 'error', problems, changes: [], label };
    const value: Omit<IndicatorValue, 'id'> = {
      indicatorId: indicator.id,
      year,
      period,
      value: valueText === '' && before !== undefined ? before.value : parseDecimal(valueText) ?? Number.NaN,
      comment: commentText === '' ? before?.comment ?? '' : commentText,
      preliminary,
      denominator: denominatorText === '' ? before?.denominator : parseDecimal(denominatorText),
      // A figure of the product's own file is the staff's: it keeps a source only while it is the same figure.
      ...(before?.source !== undefined && (valueText === '' || parseDecimal(valueText) === before.value) ? { source: before.source } : {})
    };
    const changes = before === undefined ? [] : (['value', 'denominator', 'comment', 'preliminary'] as const).filter((field) => before[field] !== value[field]);
    const fate = fateOf([], before === undefined, changes);
    const goal = goalById.get(indicator.goalId);
    return {
      rowNumber, fate, problems, changes, plan: fate === 'unchanged' ? undefined : { valueId: before?.id, value },
      label: goal === undefined ? label : `${goal.code} · ${indicator.name} · ${year}${period === 'delar' ? ` ${periodText.trim()}` : ''}`
    };
  });
  return { fileProblems: [], rows, counts: countFates(rows), missing: [], unknownColumns: table.unknownColumns };
}

/**
 * One row per indicator for a measured year, with its value where one is stored, and a row for each
 * delår figure stored: the template to fill in, and the export that imports back unchanged.
 * Indicators in the order given.
 */
export function valueRows(
  goals: readonly Goal[],
  indicators: readonly Indicator[],
  values: readonly IndicatorValue[],
  year: Year,
  language: 'sv' | 'en'
): Array<Array<string | number>> {
  const goalById = new Map(goals.map((goal) => [goal.id, goal]));
  const yes = language === 'sv' ? 'ja' : 'yes';
  const no = language === 'sv' ? 'nej' : 'no';
  const interimWord = language === 'sv' ? 'delår' : 'interim';
  const row = (indicator: Indicator, value: IndicatorValue | undefined, period: 'delar' | undefined): Array<string | number> => {
    const cells: Record<ValueField, string | number> = {
      goalCode: goalById.get(indicator.goalId)?.code ?? '',
      indicator: indicator.name,
      unit: indicator.unit,
      year,
      period: period === 'delar' ? interimWord : '',
      value: value?.value ?? '',
      denominator: value?.denominator ?? '',
      comment: value?.comment ?? '',
      preliminary: value === undefined ? '' : value.preliminary ? yes : no
    };
    return valueColumns.map((spec) => cells[spec.field]);
  };
  const held = (indicator: Indicator, period: 'delar' | undefined): IndicatorValue | undefined =>
    values.find((candidate) => candidate.indicatorId === indicator.id && candidate.year === year && candidate.period === period);
  const rows = indicators.flatMap((indicator) => {
    const interim = held(indicator, 'delar');
    return [row(indicator, held(indicator, undefined), undefined), ...(interim === undefined ? [] : [row(indicator, interim, 'delar')])];
  });
  return [headerRow(valueColumns, language), ...rows];
}
