// What each import does to the lists, for the import dialog: its texts, its files (the template
// and, where there is one, the same format filled with what exists), its preview and its writes.
// The organisation's and the goals' writes go through Administration's save path (useAdminWrites:
// the rule, the validation, an optimistic change and its rollback), quietly: the dialog reports
// a thousand rows itself. The values' go through the grid's (saveIndicatorValue).

import type { Goal, IndicatorValue, OrgUnit, Person, YearPicture } from '../../../domain/model';
import { indicatorsInGoalOrder } from '../../../domain/report/indicatorText';
import { previewValueImport, valueImportColumns, valueRows, type ValuePlan } from '../../../domain/import/valueImport';
import { sameLogin } from '../../../domain/organisation';
import { goalColumns, goalRows, previewGoalImport, type GoalPlan } from '../../../domain/import/goalImport';
import { headEmailsIn, orgColumns, organisationRows, previewOrgImport, type HeadLookup, type OrgUnitPlan } from '../../../domain/import/orgImport';
import type { ImportPreview } from '../../../domain/import/preview';
import type { ColumnSpec, SheetRows } from '../../../domain/import/sheet';
import type { ResolveOutcome } from '../../../ports';
import { goalsTemplate, organisationTemplate } from '../../../domain/import/templates';
import type { AdminProblem, AdminResult, AdminOp, OrgUnitOp } from '../useAdminWrites';
import type { GoalDraft } from '../goalDraft';
import { orgUnitDraftOf, type OrgUnitDraft } from '../orgUnitDraft';
import { saveFile } from '../../common/saveFile';
import type { UiLocale } from '../../common/text';
import { failedText, forbiddenText, refusalText } from '../../edit/refusalText';
import type { SaveState } from '../../edit/saveOutcome';
import { knownPeople } from '../../edit/people';
import { namesIn } from '../../edit/names';
import { csvBlob } from '../../common/export/csv';
import { loadXlsxLibrary } from '../../common/export/loadXlsxLibrary';
import type { Row } from '../../common/export/sheetTypes';
import { workbookBlob } from '../../common/export/xlsx';
import { format } from '../../format';
import type { IImportAdapter, IImportFile } from './ImportDialog';
import { defaultBatchSize, runFlatImport, runOrgImport, type ImportRunResult, type RowOutcome, type RowSaveResult } from './runImport';

export type Language = 'sv' | 'en';

export function languageOf(locale: UiLocale): Language {
  return locale === 'sv-SE' ? 'sv' : 'en';
}

/** Characters per column: the longest cell, within reason. */
function widths(rows: readonly Row[]): number[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, index) =>
    Math.min(60, Math.max(10, ...rows.map((row) => String(row[index] ?? '').length + 2))));
}

/** A one-sheet file as .xlsx or .csv, handed to the browser. */
export function sheetFiles(
  strings: IMiljomalWebPartStrings,
  kind: 'template' | 'current',
  fileName: string,
  sheetName: string,
  rows: () => Row[]
): IImportFile[] {
  const xlsx: IImportFile = {
    label: kind === 'template' ? strings.ImportTemplateXlsx : strings.ImportExportCurrent,
    make: async () => {
      const content = rows();
      const blob = await workbookBlob({ sheets: [{ name: sheetName, rows: content, boldRows: [0], columnWidths: widths(content) }] }, loadXlsxLibrary);
      saveFile(blob, `${fileName}.xlsx`);
    }
  };
  const csv: IImportFile = { label: strings.ImportTemplateCsv, make: async () => saveFile(csvBlob(rows()), `${fileName}.csv`) };
  return kind === 'template' ? [xlsx, csv] : [xlsx];
}

export function columnNameOf<F extends string>(columns: readonly ColumnSpec<F>[], language: Language): (field: string) => string {
  return (field) => columns.find((spec) => spec.field === field)?.[language] ?? field;
}

/** A save that did not end saved, in the words of the row's outcome. */
export function problemMessage(problem: AdminProblem, strings: IMiljomalWebPartStrings, picture: YearPicture, locale: UiLocale): string {
  switch (problem.kind) {
    case 'failed': return failedText('rejected', strings);
    case 'forbidden': return forbiddenText(problem.action, strings);
    case 'refused': return refusalText(problem.reason, strings, { names: namesIn(picture), locale });
    case 'conflict': return strings.ImportRowConflict;
    case 'gone': return strings.ImportRowGone;
  }
}

/**
 * The heads a file names, as the site knows them where it does: someone of the organisation (or
 * the user) by sign-in name or e-mail, else the directory's answer in `resolved`. Someone the
 * directory does not know is nobody ("head not found" beside the row); an e-mail it could not be
 * asked about (offline, busy) is taken as it is and resolved by SharePoint when the unit is saved.
 */
export function headLookupFor(picture: YearPicture, extra: readonly Person[], resolved: ReadonlyMap<string, ResolveOutcome> = new Map()): HeadLookup {
  const people = knownPeople(picture, extra);
  return (email) => {
    const known = people.find((person) => sameLogin(person.login, email) || (person.email !== undefined && sameLogin(person.email, email)));
    if (known !== undefined) return known;
    const answer = resolved.get(email.toLowerCase());
    if (answer?.kind === 'notFound') return undefined;
    if (answer?.kind === 'found') return { ...answer.person, email: answer.person.email ?? email };
    return { login: email, name: email, email };
  };
}

/**
 * Asks the directory, in one batched call, about the file's heads the site does not already
 * know: the preview then says which cannot be found, before anything is written.
 */
export async function resolveHeads(
  sheet: SheetRows,
  picture: YearPicture,
  extra: readonly Person[],
  resolvePeople: (logins: readonly string[]) => Promise<ResolveOutcome[]>
): Promise<HeadLookup> {
  const known = headLookupFor(picture, extra);
  const unknown = headEmailsIn(sheet).filter((email) => {
    const person = known(email);
    return person === undefined || person.name === email && person.login === email;
  });
  const answers = unknown.length === 0 ? [] : await resolvePeople(unknown);
  return headLookupFor(picture, extra, new Map(unknown.map((email, index) => [email.toLowerCase(), answers[index]])));
}

export interface IAdminImportContext {
  strings: IMiljomalWebPartStrings;
  locale: UiLocale;
  /** The workspace as the latest save left it. */
  picture: () => YearPicture;
  year: number;
  user: Person;
  save: (op: AdminOp) => Promise<AdminResult>;
  /** Org units' saves at once (useAdminWrites.saveUnitsQuietly): a batch is a request or two. */
  saveUnits: (ops: readonly OrgUnitOp[]) => Promise<AdminResult[]>;
  /** The directory's answer for many people at once (the repository's resolvePeople). */
  resolvePeople: (logins: readonly string[]) => Promise<ResolveOutcome[]>;
  /** Today (the services' one clock), the day closed units are closed on. */
  today: string;
}

function resultOf(result: AdminResult, context: IAdminImportContext): RowSaveResult {
  return result.kind === 'saved' ? { kind: 'saved', id: result.value.id }
    : { kind: 'failed', message: problemMessage(result.problem, context.strings, context.picture(), context.locale) };
}

export function orgUnitOp(plan: OrgUnitPlan, parentId: number | undefined): OrgUnitOp {
  const { unit } = plan;
  const draft: OrgUnitDraft = {
    name: unit.name, shortName: unit.shortName ?? '', level: unit.level, parentId,
    headLogin: unit.head?.login ?? '', headName: unit.head?.name ?? '', closed: false, closedOn: '', code: unit.code
  };
  return plan.unitId === undefined ? { kind: 'addOrgUnit', draft } : { kind: 'updateOrgUnit', id: plan.unitId, draft };
}

export function goalOp(plan: GoalPlan): AdminOp {
  const { goal } = plan;
  const draft: GoalDraft = {
    code: goal.code, title: goal.title, description: goal.description, indicator: goal.indicator,
    measuredRegionWide: goal.measuredRegionWide, retired: goal.retired === true
  };
  return plan.goalId === undefined ? { kind: 'addGoal', draft } : { kind: 'updateGoal', id: plan.goalId, draft };
}

function listed(names: readonly string[]): string {
  return names.length <= 12 ? names.join(', ') : `${names.slice(0, 12).join(', ')} …`;
}

export function organisationImport(context: IAdminImportContext): IImportAdapter<OrgUnitPlan> {
  const { strings, locale } = context;
  const language = languageOf(locale);
  return {
    title: strings.ImportTitleOrganisation,
    intro: strings.ImportIntroOrganisation,
    files: [
      ...sheetFiles(strings, 'template', strings.ImportFileTemplateOrganisation, strings.ImportSheetOrganisation, () => organisationTemplate(language)),
      ...sheetFiles(strings, 'current', strings.ImportFileOrganisation, strings.ImportSheetOrganisation, () => organisationRows(context.picture().orgUnits, language))
    ],
    preview: async (rows) => {
      const picture = context.picture();
      return previewOrgImport(rows, picture.orgUnits, await resolveHeads(rows, picture, [context.user], context.resolvePeople));
    },
    columnName: columnNameOf(orgColumns, language),
    missingText: (preview) => {
      const missing = preview.missing as readonly OrgUnit[];
      return missing.length === 0 ? undefined : format(strings.ImportMissingOrganisation, listed(missing.map((unit) => unit.name)));
    },
    run: async (preview, options) => runOrgImport(preview.rows, async (units) =>
      (await context.saveUnits(units.map(({ plan, parentId }) => orgUnitOp(plan, parentId)))).map((result) => resultOf(result, context)), options),
    closeMissing: {
      count: (preview) => (preview.missing as readonly OrgUnit[]).length,
      run: (preview) => closeUnits(preview.missing as readonly OrgUnit[], context)
    },
    names: namesIn(context.picture())
  };
}

const deepestFirst: Record<OrgUnit['level'], number> = { enhet: 0, avdelning: 1, forvaltning: 2 };

/**
 * Closes units from today, children before their parents (the rules keep no open unit under a
 * closed one), in batches as the import writes; each unit's outcome is keyed by its id.
 */
async function closeUnits(units: readonly OrgUnit[], context: IAdminImportContext): Promise<ImportRunResult> {
  const closedOn = context.today;
  const ordered = [...units].sort((a, b) => deepestFirst[a.level] - deepestFirst[b.level]);
  const outcomes = new Map<number, RowOutcome>();
  for (let from = 0; from < ordered.length; from += defaultBatchSize) {
    const batch = ordered.slice(from, from + defaultBatchSize);
    const results = await context.saveUnits(batch.map((unit): OrgUnitOp => ({
      kind: 'updateOrgUnit', id: unit.id, draft: { ...orgUnitDraftOf(unit), closed: true, closedOn }
    })));
    batch.forEach((unit, index) => outcomes.set(unit.id, resultOf(results[index], context)));
  }
  const count = (kind: RowOutcome['kind']): number => Array.from(outcomes.values()).filter((outcome) => outcome.kind === kind).length;
  return { outcomes, saved: count('saved'), failed: count('failed'), notStarted: 0 };
}

export function goalsImport(context: IAdminImportContext): IImportAdapter<GoalPlan> {
  const { strings, locale, year } = context;
  const language = languageOf(locale);
  return {
    title: format(strings.ImportTitleGoals, year),
    intro: strings.ImportIntroGoals,
    files: [
      ...sheetFiles(strings, 'template', format(strings.ImportFileTemplateGoals, year), strings.ImportSheetGoals, () => goalsTemplate(year, language)),
      ...sheetFiles(strings, 'current', format(strings.ImportFileGoals, year), strings.ImportSheetGoals, () => goalRows(context.picture().goals, year, language))
    ],
    preview: async (rows) => previewGoalImport(rows, year, context.picture().goals),
    columnName: columnNameOf(goalColumns, language),
    missingText: (preview: ImportPreview<GoalPlan, unknown>) => {
      const missing = preview.missing as readonly Goal[];
      return missing.length === 0 ? undefined : format(strings.ImportMissingGoals, listed(missing.map((goal) => `${goal.code} ${goal.title}`)));
    },
    run: async (preview, options) => runFlatImport(preview.rows, async (plan) => resultOf(await context.save(goalOp(plan)), context), options),
    names: namesIn(context.picture())
  };
}

export interface IValuesImportContext {
  strings: IMiljomalWebPartStrings;
  locale: UiLocale;
  picture: () => YearPicture;
  year: number;
  /** The day a figure from Kolada is recorded as fetched on. */
  today?: string;
  save: (value: Omit<IndicatorValue, 'id'>) => Promise<SaveState<IndicatorValue>>;
}

/** A value's save that did not end saved, in the words of the row's outcome. */
export function saveStateMessage(state: SaveState<unknown>, strings: IMiljomalWebPartStrings, picture: YearPicture, locale: UiLocale): string {
  switch (state.kind) {
    case 'refused': return refusalText(state.reason, strings, { names: namesIn(picture), locale });
    case 'forbidden': return forbiddenText(state.action, strings);
    case 'failed': return failedText(state.cause, strings);
    case 'conflict': return strings.ImportRowConflict;
    case 'gone': return strings.ImportRowGone;
    default: return failedText('rejected', strings);
  }
}

/** The indicators' values: the template is the year's indicators, with the values stored for it. */
export function valuesImport(context: IValuesImportContext): IImportAdapter<ValuePlan> {
  const { strings, locale, year } = context;
  const language = languageOf(locale);
  const rows = (): Row[] => {
    const picture = context.picture();
    return valueRows(picture.goals, indicatorsInGoalOrder(picture), picture.indicatorValues, year, language);
  };
  return {
    title: strings.ImportTitleValues,
    intro: strings.ImportIntroValues,
    files: sheetFiles(strings, 'template', format(strings.ImportFileTemplateValues, year), strings.ImportSheetValues, rows),
    preview: async (sheet) => {
      const picture = context.picture();
      return previewValueImport(sheet, picture.goals, picture.indicators, picture.indicatorValues, { today: context.today });
    },
    columnName: columnNameOf(valueImportColumns, language),
    missingText: () => undefined,
    run: async (preview, options) => runFlatImport(preview.rows, async (plan) => {
      const state = await context.save(plan.value);
      return state.kind === 'saved' ? { kind: 'saved', id: state.value.id } : { kind: 'failed', message: saveStateMessage(state, strings, context.picture(), locale) };
    }, options),
    names: namesIn(context.picture())
  };
}
