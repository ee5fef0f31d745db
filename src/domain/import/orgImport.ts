// The organisation from a file: one row per förvaltning, avdelning or enhet, placed by a level and
// a parent (its name, its path of names or its code) or by a path of names alone, with an optional
// unit code and head. A row is the unit of the organisation with the same code when it has one,
// else the unit with the same path of names; everything else is new. Nothing is ever removed: the
// organisation's open units that the file does not hold are listed, and closing them is a separate
// choice. The same file twice finds every row unchanged.

import { ancestorIds, orgUnitsById, sameLogin } from '../organisation';
import type { OrgLevel, OrgUnit, Person } from '../model';
import { maxSingleLineLength } from '../rules/limits';
import { refusal } from '../rules/refusal';
import { checkOptionalText, checkRequiredText } from '../rules/validation/fieldChecks';
import { compareSwedish } from '../collation';
import {
  countFates, fateOf, filePreview, maxImportRows,
  type FileProblem, type ImportPreview, type PreviewRow, type RowProblem
} from './preview';
import { headerKey, headerRow, isEmptyTable, nameKey, readTable, type ColumnSpec, type SheetRow, type SheetRows } from './sheet';

export type OrgField = 'code' | 'level' | 'name' | 'parent' | 'path' | 'shortName' | 'headEmail' | 'headName';

/** In the order a template and an export write them (the path column is read, never written). */
export const orgColumns: readonly ColumnSpec<OrgField>[] = [
  { field: 'code', sv: 'Enhetskod', en: 'Unit code', aliases: ['Kod', 'Code', 'Enhets-id', 'Unit id'] },
  { field: 'level', sv: 'Nivå', en: 'Level', aliases: ['Typ', 'Type'] },
  { field: 'name', sv: 'Namn', en: 'Name', aliases: ['Enhetsnamn', 'Unit name', 'Benämning'] },
  { field: 'parent', sv: 'Överordnad', en: 'Parent', aliases: ['Överordnad enhet', 'Förälder', 'Ligger under', 'Parent unit'] },
  { field: 'shortName', sv: 'Kortnamn', en: 'Short name', aliases: ['Kort namn'] },
  { field: 'headEmail', sv: 'Chefens e-post', en: 'Head e-mail', aliases: ['Chef e-post', 'E-post chef', 'Chef', 'Head', 'Head email', "Head's e-mail", 'Chefens e-postadress'] },
  { field: 'headName', sv: 'Chefens namn', en: 'Head name', aliases: ['Chef namn', "Head's name", 'Namn chef'] },
  { field: 'path', sv: 'Sökväg', en: 'Path', aliases: ['Organisationssökväg', 'Org path'] }
];

/** The columns an export writes: all but the path, which is another way to say the parent. */
export const orgExportColumns: readonly ColumnSpec<OrgField>[] = orgColumns.filter((spec) => spec.field !== 'path');

/** A unit code is an id from another system: short, one line. */
export const maxUnitCodeLength = 40;

/** A path of names is written with " / " between them (a slash inside a name stays a slash), or ">". */
export const pathSeparator = ' / ';

export function splitPath(text: string): string[] {
  return text.split(/\s+\/\s+|\s*>\s*/).map((part) => part.trim()).filter((part) => part !== '');
}

const levelWords: Record<OrgLevel, readonly string[]> = {
  forvaltning: ['förvaltning', 'administration', 'förvaltningen'],
  avdelning: ['avdelning', 'department', 'avdelningen', 'dept'],
  enhet: ['enhet', 'unit', 'enheten']
};

export const orgLevels: readonly OrgLevel[] = ['forvaltning', 'avdelning', 'enhet'];

export function parseLevel(text: string): OrgLevel | undefined {
  const key = headerKey(text);
  return orgLevels.find((level) => levelWords[level].some((word) => headerKey(word) === key));
}

export function levelWord(level: OrgLevel, language: 'sv' | 'en'): string {
  return levelWords[level][language === 'sv' ? 0 : 1];
}

const loginPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Finds the person an e-mail names (in the site or the tenant's directory); undefined: nobody. */
export type HeadLookup = (email: string) => Person | undefined;

/** Where a valid row sits: under an existing unit, under a new unit of another row, or at the top. */
export type ParentRef = { kind: 'unit'; unitId: number } | { kind: 'row'; rowNumber: number } | { kind: 'top' };

export interface OrgUnitPlan {
  /** The unit it updates; absent for a new one. */
  unitId?: number;
  /** The unit as it will be; `parentId` is filled in at write time when the parent is a new row. */
  unit: Omit<OrgUnit, 'id'>;
  parent: ParentRef;
}

export type OrgPreview = ImportPreview<OrgUnitPlan, OrgUnit>;

/** The e-mails of the heads a file names, for the caller to look up before the preview. */
export function headEmailsIn(sheet: SheetRows): string[] {
  const table = readTable(sheet, orgColumns);
  const emails = new Map<string, string>();
  for (const row of table.rows) {
    const email = row.cells.headEmail ?? '';
    if (loginPattern.test(email)) emails.set(email.toLowerCase(), email);
  }
  return Array.from(emails.values());
}

interface RowState {
  row: SheetRow<OrgField>;
  name: string;
  problems: RowProblem[];
  /** Resolution: undefined not yet, 'visiting' while its parent is being found (a second visit is a cycle). */
  state?: 'visiting' | 'done';
  parent?: ParentRef;
  /** Its names from the top, itself last. */
  path?: string[];
  level?: OrgLevel;
  /** The existing unit it is. */
  match?: OrgUnit;
}

/** A row met again while its parent is being found, or one that a cycle left unplaced. */
function isInCycle(state: RowState): boolean {
  return state.state === 'visiting' || state.problems.some((problem) => problem.code === 'cycle');
}

function levelAbove(level: OrgLevel | undefined): OrgLevel | undefined {
  return level === 'enhet' ? 'avdelning' : level === 'avdelning' ? 'forvaltning' : undefined;
}

const pathKey = (names: readonly string[]): string => names.map(nameKey).join('\u0000');
const codeKey = (code: string): string => code.trim().toLocaleLowerCase('sv');

function levelBelow(level: OrgLevel | undefined): OrgLevel | undefined {
  if (level === undefined) return 'forvaltning';
  return level === 'forvaltning' ? 'avdelning' : level === 'avdelning' ? 'enhet' : undefined;
}

/** The organisation's names, paths and codes, read once. */
class Organisation {
  public readonly byId: Map<number, OrgUnit>;
  private readonly paths = new Map<number, string[]>();
  private readonly byPath = new Map<string, OrgUnit[]>();
  private readonly byName = new Map<string, OrgUnit[]>();
  private readonly byCode = new Map<string, OrgUnit>();
  private readonly byPlace = new Map<string, OrgUnit[]>();

  public constructor(public readonly units: readonly OrgUnit[]) {
    this.byId = orgUnitsById(units);
    // Lowest id first, open before closed: the unit a name most likely means.
    const ordered = [...units].sort((a, b) => Number(a.closed === true) - Number(b.closed === true) || a.id - b.id);
    for (const unit of ordered) {
      const path = [...ancestorIds(unit.id, this.byId).reverse().map((id) => this.byId.get(id)?.name ?? ''), unit.name];
      this.paths.set(unit.id, path);
      push(this.byPath, pathKey(path), unit);
      push(this.byName, nameKey(unit.name), unit);
      push(this.byPlace, `${unit.parentId ?? ''}\u0000${nameKey(unit.name)}`, unit);
      if (unit.code !== undefined && unit.code.trim() !== '' && !this.byCode.has(codeKey(unit.code))) this.byCode.set(codeKey(unit.code), unit);
    }
  }

  public pathOf(unit: OrgUnit): string[] {
    return this.paths.get(unit.id) ?? [unit.name];
  }

  public withPath(path: readonly string[]): OrgUnit[] {
    return this.byPath.get(pathKey(path)) ?? [];
  }

  public named(name: string): OrgUnit[] {
    return this.byName.get(nameKey(name)) ?? [];
  }

  public childNamed(parentId: number | undefined, name: string): OrgUnit[] {
    return this.byPlace.get(`${parentId ?? ''}\u0000${nameKey(name)}`) ?? [];
  }

  public withCode(code: string): OrgUnit | undefined {
    return this.byCode.get(codeKey(code));
  }

  public hasChildren(unitId: number): boolean {
    return this.units.some((unit) => unit.parentId === unitId && unit.closed !== true);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * The preview of importing `sheet` into the organisation `existing`. `findHead` answers for each
 * e-mail of `headEmailsIn(sheet)`; the caller looks them up first (that takes the network).
 */
export function previewOrgImport(sheet: SheetRows, existing: readonly OrgUnit[], findHead: HeadLookup): OrgPreview {
  const table = readTable(sheet, orgColumns);
  const has = (field: OrgField): boolean => table.columns.includes(field);
  const fileProblems: FileProblem[] = [];
  if (isEmptyTable(table)) return filePreview([{ code: 'noRows' }]);
  if (!has('name') && !has('path')) fileProblems.push({ code: 'missingColumns', columns: ['name'] });
  if (!has('level') && !has('parent') && !has('path')) fileProblems.push({ code: 'missingColumns', columns: ['level', 'parent'] });
  if (table.rows.length === 0 && fileProblems.length === 0) fileProblems.push({ code: 'noRows' });
  if (table.rows.length > maxImportRows) fileProblems.push({ code: 'tooManyRows', count: table.rows.length, max: maxImportRows });
  if (fileProblems.length > 0) return filePreview(fileProblems, table.unknownColumns);

  const organisation = new Organisation(existing);
  const states: RowState[] = table.rows.map((row) => {
    const path = row.cells.path === undefined || row.cells.path === '' ? undefined : splitPath(row.cells.path);
    const name = row.cells.name !== undefined && row.cells.name !== '' ? row.cells.name : path?.[path.length - 1] ?? '';
    return { row, name, problems: [] };
  });
  const byRowNumber = new Map(states.map((state) => [state.row.rowNumber, state]));
  const rowsByCode = new Map<string, RowState>();
  const rowsByName = new Map<string, RowState[]>();
  for (const state of states) {
    const code = state.row.cells.code ?? '';
    if (code !== '' && !rowsByCode.has(codeKey(code))) rowsByCode.set(codeKey(code), state);
    if (state.name !== '') push(rowsByName, nameKey(state.name), state);
  }

  /** The row's path, level and parent, its parent's first; a row met again while visiting is a cycle (see below). */
  const resolve = (state: RowState): void => {
    if (state.state !== undefined) return;
    state.state = 'visiting';
    place(state);
    state.state = 'done';
  };

  /** Finds the node a parent cell names: a row's code, a unit's code, a path, then a name. */
  const findParent = (state: RowState, reference: string, wanted: OrgLevel | undefined): { row?: RowState; unit?: OrgUnit; problem?: RowProblem } => {
    const byCode = rowsByCode.get(codeKey(reference));
    if (byCode !== undefined && byCode !== state) return { row: byCode };
    const unitByCode = organisation.withCode(reference);
    if (unitByCode !== undefined) return { unit: unitByCode };
    const names = splitPath(reference);
    const last = names[names.length - 1] ?? reference;
    const candidates = (rowsByName.get(nameKey(last)) ?? []).filter((candidate) => candidate !== state);
    candidates.forEach(resolve);
    const allRows = candidates.filter((candidate) => candidate.path !== undefined && (names.length < 2 || pathKey(candidate.path) === pathKey(names)));
    const rowUnits = new Set(allRows.map((candidate) => candidate.match?.id).filter((id) => id !== undefined));
    const allUnits = (names.length < 2 ? organisation.named(last) : organisation.withPath(names))
      .filter((unit) => unit.closed !== true && !rowUnits.has(unit.id));
    // Where the row's level says what its parent must be, a namesake at another level is not meant.
    const fits = (level: OrgLevel | undefined): boolean => wanted === undefined || level === wanted;
    const narrowed = allRows.filter((candidate) => fits(candidate.level)).length + allUnits.filter((unit) => fits(unit.level)).length > 0;
    const rowMatches = narrowed ? allRows.filter((candidate) => fits(candidate.level)) : allRows;
    const unitMatches = narrowed ? allUnits.filter((unit) => fits(unit.level)) : allUnits;
    const count = rowMatches.length + unitMatches.length;
    if (count === 1) return rowMatches.length === 1 ? { row: rowMatches[0] } : { unit: unitMatches[0] };
    if (count > 1) return { problem: { code: 'ambiguousParent', parent: reference, count } };
    // A row that could not be placed still means this parent: say why rather than "unknown".
    const broken = candidates.filter((candidate) => candidate.path === undefined
      && (wanted === undefined || [undefined, wanted].includes(parseLevel(candidate.row.cells.level ?? ''))));
    if (broken.some(isInCycle)) return { problem: { code: 'cycle' } };
    if (broken.length > 0) return { problem: { code: 'parentHasError', parentRow: broken[0].row.rowNumber } };
    return { problem: { code: 'unknownParent', parent: reference } };
  };

  const place = (state: RowState): void => {
    const { cells } = state.row;
    const levelText = cells.level ?? '';
    const givenLevel = levelText === '' ? undefined : parseLevel(levelText);
    if (levelText !== '' && givenLevel === undefined) state.problems.push({ code: 'unknownLevel', value: levelText });
    if (state.name.trim() === '') state.problems.push({ code: 'field', field: 'name', reason: refusal('required', {}) });

    let parentPath: string[] | undefined;
    let parentLevel: OrgLevel | undefined;
    let parent: ParentRef | undefined;
    const explicitPath = cells.path === undefined || cells.path === '' ? undefined : splitPath(cells.path);
    const reference = cells.parent ?? '';
    if (reference === '' && explicitPath !== undefined && explicitPath.length > 1) {
      const names = explicitPath.slice(0, -1);
      const found = findParent(state, names.join(pathSeparator), levelAbove(givenLevel));
      if (found.problem !== undefined) state.problems.push(found.problem);
      else if (found.row !== undefined) ({ parentPath, parentLevel, parent } = fromRow(state, found.row));
      else if (found.unit !== undefined) ({ parentPath, parentLevel, parent } = fromUnit(found.unit));
    } else if (reference !== '') {
      const found = findParent(state, reference, levelAbove(givenLevel));
      if (found.problem !== undefined) state.problems.push(found.problem);
      else if (found.row !== undefined) ({ parentPath, parentLevel, parent } = fromRow(state, found.row));
      else if (found.unit !== undefined) ({ parentPath, parentLevel, parent } = fromUnit(found.unit));
    } else if (givenLevel === undefined || givenLevel === 'forvaltning') {
      parent = { kind: 'top' };
      parentPath = [];
    } else {
      state.problems.push({ code: 'missingParent' });
    }
    if (parent === undefined || parentPath === undefined) return;

    const expected = levelBelow(parent.kind === 'top' ? undefined : parentLevel);
    const level = givenLevel ?? expected;
    if (level === undefined || (givenLevel !== undefined && givenLevel !== expected)) {
      state.problems.push({ code: 'levelMismatch', level: level ?? 'enhet', parentLevel: parent.kind === 'top' ? undefined : parentLevel });
      return;
    }
    state.parent = parent;
    state.level = level;
    state.path = [...parentPath, state.name];
    state.match = matchOf(state, parent);
    if (state.match !== undefined && parent.kind === 'unit' && (parent.unitId === state.match.id
      || ancestorIds(parent.unitId, organisation.byId).includes(state.match.id))) {
      state.problems.push({ code: 'cycle' });
    }
  };

  const fromRow = (state: RowState, parentRow: RowState): { parentPath?: string[]; parentLevel?: OrgLevel; parent?: ParentRef } => {
    resolve(parentRow);
    if (parentRow.path === undefined || parentRow.problems.length > 0) {
      state.problems.push(isInCycle(parentRow) ? { code: 'cycle' } : { code: 'parentHasError', parentRow: parentRow.row.rowNumber });
      return {};
    }
    const parent: ParentRef = parentRow.match !== undefined ? { kind: 'unit', unitId: parentRow.match.id } : { kind: 'row', rowNumber: parentRow.row.rowNumber };
    return { parentPath: parentRow.path, parentLevel: parentRow.level, parent };
  };

  const fromUnit = (unit: OrgUnit): { parentPath: string[]; parentLevel: OrgLevel; parent: ParentRef } =>
    ({ parentPath: organisation.pathOf(unit), parentLevel: unit.level, parent: { kind: 'unit', unitId: unit.id } });

  /**
   * The existing unit a row is: the one with its code, else the one of its name under its parent
   * (the parent as the file places it, so a renamed department keeps its units), unless that one
   * has another code.
   */
  const matchOf = (state: RowState, parent: ParentRef): OrgUnit | undefined => {
    const code = state.row.cells.code ?? '';
    if (code !== '') {
      const byCode = organisation.withCode(code);
      if (byCode !== undefined) return byCode;
    }
    if (parent.kind === 'row') return undefined;
    return organisation.childNamed(parent.kind === 'unit' ? parent.unitId : undefined, state.name).find((unit) =>
      unit.level === state.level && (code === '' || unit.code === undefined || unit.code.trim() === '' || codeKey(unit.code) === codeKey(code)));
  };

  states.forEach(resolve);
  for (const state of states) {
    if (state.path === undefined && state.problems.length === 0) state.problems.push({ code: 'cycle' });
  }
  checkDuplicates(states);
  const rows = states.map((state) => previewRow(state, organisation, findHead, byRowNumber));
  // A row under a row with an error cannot be written either, however deep.
  const failed = new Set(rows.filter((row) => row.fate === 'error').map((row) => row.rowNumber));
  let spread = true;
  while (spread) {
    spread = false;
    for (const row of rows) {
      const parent = row.plan?.parent;
      if (row.fate !== 'error' && parent?.kind === 'row' && failed.has(parent.rowNumber)) {
        Object.assign(row, { fate: 'error', plan: undefined, problems: [...row.problems, { code: 'parentHasError', parentRow: parent.rowNumber }] });
        failed.add(row.rowNumber);
        spread = true;
      }
    }
  }
  const matched = new Set(states.map((state) => state.match?.id).filter((id) => id !== undefined));
  const missing = existing.filter((unit) => unit.closed !== true && !matched.has(unit.id))
    .sort((a, b) => compareSwedish(organisation.pathOf(a).join(pathSeparator), organisation.pathOf(b).join(pathSeparator)));
  return { fileProblems: [], rows, counts: countFates(rows), missing, unknownColumns: table.unknownColumns };
}

/** Two rows for one unit: the same code, the same existing unit, or the same name under one parent. */
function checkDuplicates(states: readonly RowState[]): void {
  const firstByCode = new Map<string, RowState>();
  const firstByPlace = new Map<string, RowState>();
  const firstByUnit = new Map<number, RowState>();
  for (const state of states) {
    const code = state.row.cells.code ?? '';
    if (code !== '') {
      const first = firstByCode.get(codeKey(code));
      if (first === undefined) firstByCode.set(codeKey(code), state);
      else state.problems.push({ code: 'duplicateCode', value: code, firstRow: first.row.rowNumber });
    }
    if (state.path === undefined || state.parent === undefined) continue;
    const parentKey = state.parent.kind === 'unit' ? `u${state.parent.unitId}` : state.parent.kind === 'row' ? `r${state.parent.rowNumber}` : 'top';
    const placeKey = `${parentKey}\u0000${nameKey(state.name)}`;
    const first = firstByPlace.get(placeKey) ?? (state.match === undefined ? undefined : firstByUnit.get(state.match.id));
    if (first === undefined) {
      firstByPlace.set(placeKey, state);
      if (state.match !== undefined) firstByUnit.set(state.match.id, state);
    } else if (!state.problems.some((problem) => problem.code === 'duplicateCode')) {
      state.problems.push({ code: 'duplicateName', name: state.name, firstRow: first.row.rowNumber });
    }
  }
}

function previewRow(state: RowState, organisation: Organisation, findHead: HeadLookup, rows: ReadonlyMap<number, RowState>): PreviewRow<OrgUnitPlan> {
  const { cells, rowNumber } = state.row;
  const problems = [...state.problems];
  const name = state.name.trim();
  const label = state.path === undefined ? name : state.path.join(pathSeparator);
  if (name !== '') addField(problems, 'name', checkRequiredText(name, maxSingleLineLength));
  addField(problems, 'shortName', checkOptionalText(cells.shortName, maxSingleLineLength));
  addField(problems, 'code', checkOptionalText(cells.code, maxUnitCodeLength));
  const email = cells.headEmail ?? '';
  let head: Person | undefined;
  if (email !== '') {
    if (!loginPattern.test(email)) problems.push({ code: 'invalidEmail', value: email });
    else {
      const found = findHead(email);
      if (found === undefined) problems.push({ code: 'headNotFound', email });
      // A name from the file only where the directory has none better.
      else head = found.name === '' || found.name === found.login ? { ...found, name: cells.headName || found.login } : found;
    }
  }
  const match = state.match;
  const parent = state.parent;
  if (problems.length === 0 && match !== undefined && state.level !== undefined && match.level !== state.level && organisation.hasChildren(match.id)) {
    problems.push({ code: 'levelMismatch', level: state.level, parentLevel: parentLevelOf(parent, organisation, rows) });
  }
  if (parent?.kind === 'unit' && organisation.byId.get(parent.unitId)?.closed === true) {
    problems.push({ code: 'field', field: 'parent', reason: refusal('unitClosed', { orgUnitId: parent.unitId }) });
  }
  if (problems.length > 0 || parent === undefined || state.level === undefined) {
    return { rowNumber, fate: 'error', problems, changes: [], label };
  }
  const unit: Omit<OrgUnit, 'id'> = match === undefined ? { name, level: state.level } : withoutId(match);
  const changes: string[] = [];
  const set = <K extends keyof Omit<OrgUnit, 'id'>>(field: K, value: Omit<OrgUnit, 'id'>[K], same: boolean): void => {
    if (same) return;
    changes.push(field);
    if (value === undefined) delete unit[field];
    else unit[field] = value;
  };
  if (match !== undefined) {
    set('name', name, match.name === name);
    set('level', state.level, match.level === state.level);
  }
  const shortName = cells.shortName ?? '';
  if (shortName !== '') set('shortName', shortName, match?.shortName === shortName);
  const code = cells.code ?? '';
  if (code !== '') set('code', code, match?.code === code);
  const parentId = parent.kind === 'unit' ? parent.unitId : undefined;
  if (parent.kind !== 'row') set('parentId', parentId, match !== undefined && match.parentId === parentId);
  else if (match !== undefined) changes.push('parentId');
  if (head !== undefined) {
    const current = match?.head;
    const same = current !== undefined && (sameLogin(current.login, head.login) || (current.email !== undefined && sameLogin(current.email, email)));
    set('head', head, same);
  }
  if (match?.closed === true) {
    changes.push('closed');
    delete unit.closed;
    delete unit.closedOn;
  }
  const isNew = match === undefined;
  const fate = fateOf([], isNew, changes);
  const plan: OrgUnitPlan = { unitId: match?.id, unit, parent };
  return { rowNumber, fate, problems: [], changes: isNew ? [] : changes, plan: fate === 'unchanged' ? undefined : plan, label };
}

function parentLevelOf(parent: ParentRef | undefined, organisation: Organisation, rows: ReadonlyMap<number, RowState>): OrgLevel | undefined {
  if (parent === undefined || parent.kind === 'top') return undefined;
  return parent.kind === 'unit' ? organisation.byId.get(parent.unitId)?.level : rows.get(parent.rowNumber)?.level;
}

function addField(problems: RowProblem[], field: string, reason: ReturnType<typeof checkOptionalText>): void {
  if (reason !== undefined) problems.push({ code: 'field', field, reason });
}

function withoutId(unit: OrgUnit): Omit<OrgUnit, 'id'> {
  const rest: Partial<OrgUnit> = { ...unit };
  delete rest.id;
  return rest as Omit<OrgUnit, 'id'>;
}

/** Parents before children: the order an import writes in, so every parent has its id in time. */
export function writeOrder(rows: readonly PreviewRow<OrgUnitPlan>[]): PreviewRow<OrgUnitPlan>[][] {
  return orgLevels.map((level) => rows.filter((row) => row.plan !== undefined && row.plan.unit.level === level));
}

/**
 * The organisation as an import reads it: open units from the top down, each department's units
 * by name, the parent as its path of names. Importing it changes nothing; exporting again gives it.
 */
export function organisationRows(units: readonly OrgUnit[], language: 'sv' | 'en'): string[][] {
  const open = units.filter((unit) => unit.closed !== true);
  const organisation = new Organisation(open);
  const ordered = [...open].sort((a, b) => {
    const pathA = organisation.pathOf(a);
    const pathB = organisation.pathOf(b);
    for (let index = 0; index < Math.min(pathA.length, pathB.length); index += 1) {
      const order = compareSwedish(pathA[index], pathB[index]);
      if (order !== 0) return order;
    }
    return pathA.length - pathB.length || a.id - b.id;
  });
  const rows = ordered.map((unit) => {
    const parent = unit.parentId === undefined ? undefined : organisation.byId.get(unit.parentId);
    const values: Record<OrgField, string> = {
      code: unit.code ?? '',
      level: levelWord(unit.level, language),
      name: unit.name,
      parent: parent === undefined ? '' : organisation.pathOf(parent).join(pathSeparator),
      shortName: unit.shortName ?? '',
      headEmail: unit.head === undefined ? '' : unit.head.email ?? unit.head.login,
      headName: unit.head?.name ?? '',
      path: ''
    };
    return orgExportColumns.map((spec) => values[spec.field]);
  });
  return [headerRow(orgExportColumns, language), ...rows];
}
