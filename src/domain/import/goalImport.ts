// A year's goals from a file: one row per goal, matched by its code within the year. A blank cell
// keeps what the goal has (an import never empties a field by leaving it out); goals of the year
// that the file does not hold are listed, not retired.

import type { Goal, Year } from '../model';
import { refusal } from '../rules/refusal';
import { validateGoalInput } from '../rules/validation/validateGoal';
import { countFates, fateOf, filePreview, maxImportRows, type FileProblem, type ImportPreview, type PreviewRow, type RowProblem } from './preview';
import { headerRow, isEmptyTable, nameKey, parseFlag, readTable, type ColumnSpec, type SheetRows } from './sheet';
import { compareSwedish } from '../collation';

export type GoalField = 'year' | 'code' | 'title' | 'description' | 'indicator' | 'measuredRegionWide' | 'retired';

export const goalColumns: readonly ColumnSpec<GoalField>[] = [
  { field: 'year', sv: 'År', en: 'Year', aliases: ['Verksamhetsår'] },
  { field: 'code', sv: 'Målkod', en: 'Goal code', aliases: ['Kod', 'Code'] },
  { field: 'title', sv: 'Mål', en: 'Goal', aliases: ['Titel', 'Rubrik', 'Title', 'Måltext', 'Name', 'Namn'] },
  { field: 'description', sv: 'Beskrivning', en: 'Description' },
  { field: 'indicator', sv: 'Indikator', en: 'Indicator', aliases: ['Hur målet mäts', 'Mått', 'Measure'] },
  { field: 'measuredRegionWide', sv: 'Mäts regionövergripande', en: 'Measured region-wide', aliases: ['Regionövergripande', 'Region-wide', 'Verksamhetsmål'] },
  { field: 'retired', sv: 'Utgått', en: 'Retired', aliases: ['Utgången', 'Withdrawn'] }
];

export interface GoalPlan {
  /** The goal it updates; absent for a new one. */
  goalId?: number;
  goal: Omit<Goal, 'id'>;
}

export type GoalPreview = ImportPreview<GoalPlan, Goal>;

/** `year` is the year being imported into; a year column, where the file has one, must say it. */
export function previewGoalImport(sheet: SheetRows, year: Year, goals: readonly Goal[]): GoalPreview {
  const table = readTable(sheet, goalColumns);
  const fileProblems: FileProblem[] = [];
  if (isEmptyTable(table)) return filePreview([{ code: 'noRows' }]);
  const missingColumns = (['code', 'title'] as const).filter((field) => !table.columns.includes(field));
  if (missingColumns.length > 0) fileProblems.push({ code: 'missingColumns', columns: missingColumns });
  if (table.rows.length === 0 && fileProblems.length === 0) fileProblems.push({ code: 'noRows' });
  if (table.rows.length > maxImportRows) fileProblems.push({ code: 'tooManyRows', count: table.rows.length, max: maxImportRows });
  if (fileProblems.length > 0) return filePreview(fileProblems, table.unknownColumns);

  const ofYear = goals.filter((goal) => goal.year === year);
  const byCode = new Map(ofYear.map((goal) => [nameKey(goal.code), goal]));
  const firstRowOf = new Map<string, number>();
  const matched = new Set<number>();
  const rows = table.rows.map(({ rowNumber, cells }): PreviewRow<GoalPlan> => {
    const problems: RowProblem[] = [];
    const code = cells.code ?? '';
    const match = code === '' ? undefined : byCode.get(nameKey(code));
    const label = [code, cells.title || match?.title || ''].filter((part) => part !== '').join(' ');
    const yearText = cells.year ?? '';
    if (yearText !== '' && Number(yearText) !== year) {
      const written = Number(yearText);
      if (Number.isInteger(written)) problems.push({ code: 'wrongYear', year: written, expected: year });
      else problems.push({ code: 'field', field: 'year', reason: refusal('invalidNumber', { value: yearText }) });
    }
    if (code !== '') {
      const first = firstRowOf.get(nameKey(code));
      if (first !== undefined) problems.push({ code: 'duplicateCode', value: code, firstRow: first });
      else firstRowOf.set(nameKey(code), rowNumber);
    }
    const flag = (field: 'measuredRegionWide' | 'retired', current: boolean): boolean => {
      const text = cells[field] ?? '';
      if (text === '') return current;
      const value = parseFlag(text);
      if (value === undefined) problems.push({ code: 'invalidFlag', field, value: text });
      return value ?? current;
    };
    // A cell is read trimmed: a goal whose text has outer spaces is the same goal.
    const keep = (text: string | undefined, current: string): string => (text === undefined || text === '' || text === current.trim() ? current : text);
    const goal: Omit<Goal, 'id'> = {
      year,
      code: match?.code ?? code,
      title: keep(cells.title, match?.title ?? ''),
      description: keep(cells.description, match?.description ?? ''),
      indicator: keep(cells.indicator, match?.indicator ?? ''),
      // A new goal is measured region-wide unless the file says otherwise, as the form's default.
      measuredRegionWide: flag('measuredRegionWide', match?.measuredRegionWide ?? true),
      retired: flag('retired', match?.retired === true)
    };
    const validation = validateGoalInput({ ...goal, id: match?.id }, ofYear);
    if (!validation.ok) {
      for (const [field, reason] of Object.entries(validation.errors)) {
        if (reason !== undefined) problems.push({ code: 'field', field, reason });
      }
    }
    if (problems.length > 0) return { rowNumber, fate: 'error', problems, changes: [], label };
    if (match !== undefined) matched.add(match.id);
    const changes = match === undefined ? [] : (['title', 'description', 'indicator', 'measuredRegionWide', 'retired'] as const)
      .filter((field) => field === 'retired' ? (match.retired === true) !== goal.retired : match[field] !== goal[field]);
    const fate = fateOf([], match === undefined, changes);
    return { rowNumber, fate, problems, changes, label, plan: fate === 'unchanged' ? undefined : { goalId: match?.id, goal } };
  });
  const missing = ofYear.filter((goal) => !matched.has(goal.id) && !table.rows.some((row) => nameKey(row.cells.code ?? '') === nameKey(goal.code)))
    .sort((a, b) => compareSwedish(a.code, b.code));
  return { fileProblems: [], rows, counts: countFates(rows), missing, unknownColumns: table.unknownColumns };
}

/** A year's goals as an import reads them, by code; importing it changes nothing. */
export function goalRows(goals: readonly Goal[], year: Year, language: 'sv' | 'en'): string[][] {
  const yes = language === 'sv' ? 'ja' : 'yes';
  const no = language === 'sv' ? 'nej' : 'no';
  const rows = goals.filter((goal) => goal.year === year).sort((a, b) => compareSwedish(a.code, b.code)).map((goal) => {
    const values: Record<GoalField, string> = {
      year: String(goal.year),
      code: goal.code,
      title: goal.title,
      description: goal.description,
      indicator: goal.indicator,
      measuredRegionWide: goal.measuredRegionWide ? yes : no,
      retired: goal.retired === true ? yes : no
    };
    return goalColumns.map((spec) => values[spec.field]);
  });
  return [headerRow(goalColumns, language), ...rows];
}
