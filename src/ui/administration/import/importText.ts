// An import's problems and fates in the user's language. Every row problem has an
// ImportProblem_<code> string (the compiler checks the keys exist; a test checks each is worded);
// a field's own refusal is worded as the forms word it, after the field's name.

import type { OrgLevel } from '../../../domain/model';
import type { FileProblem, RowFate, RowProblem } from '../../../domain/import/preview';
import { format } from '../../format';
import { levelText, refusalText } from '../../edit/refusalText';
import type { INames } from '../../edit/names';
import type { UiLocale } from '../../common/text';

type FieldKey = `ImportField_${string}`;

export function fieldName(field: string, strings: IMiljomalWebPartStrings): string {
  const key = `ImportField_${field}` as FieldKey;
  return (strings as unknown as Record<string, string | undefined>)[key] ?? field;
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function level(value: OrgLevel, strings: IMiljomalWebPartStrings): string {
  return levelText(value, strings);
}

export function rowProblemText(problem: RowProblem, strings: IMiljomalWebPartStrings, names: INames, locale: UiLocale): string {
  switch (problem.code) {
    case 'field':
      return format(strings.ImportFieldProblem, capitalised(fieldName(problem.field, strings)), refusalText(problem.reason, strings, { names, locale }));
    case 'unknownLevel': return format(strings.ImportProblem_unknownLevel, problem.value);
    case 'missingParent': return strings.ImportProblem_missingParent;
    case 'unknownParent': return format(strings.ImportProblem_unknownParent, problem.parent);
    case 'ambiguousParent': return format(strings.ImportProblem_ambiguousParent, problem.parent, problem.count);
    case 'parentHasError': return format(strings.ImportProblem_parentHasError, problem.parentRow);
    case 'levelMismatch':
      return problem.parentLevel === undefined
        ? format(strings.ImportProblem_levelMismatchTop, capitalised(level(problem.level, strings)))
        : format(strings.ImportProblem_levelMismatch, capitalised(level(problem.level, strings)), level(problem.parentLevel, strings));
    case 'cycle': return strings.ImportProblem_cycle;
    case 'duplicateName': return format(strings.ImportProblem_duplicateName, problem.name, problem.firstRow);
    case 'duplicateCode': return format(strings.ImportProblem_duplicateCode, problem.value, problem.firstRow);
    case 'headNotFound': return format(strings.ImportProblem_headNotFound, problem.email);
    case 'invalidEmail': return format(strings.ImportProblem_invalidEmail, problem.value);
    case 'invalidFlag': return format(strings.ImportProblem_invalidFlag, capitalised(fieldName(problem.field, strings)), problem.value);
    case 'unknownGoalCode': return format(strings.ImportProblem_unknownGoalCode, problem.value);
    case 'unknownIndicator': return format(strings.ImportProblem_unknownIndicator, problem.name);
    case 'ambiguousIndicator': return format(strings.ImportProblem_ambiguousIndicator, problem.name, problem.count);
    case 'duplicateValue': return format(strings.ImportProblem_duplicateValue, problem.firstRow);
    case 'invalidPeriod': return format(strings.ImportProblem_invalidPeriod, problem.value);
    case 'wrongYear': return format(strings.ImportProblem_wrongYear, problem.year, problem.expected);
    case 'unlinkedKpi':
      return problem.org === '' ? format(strings.ImportProblem_unlinkedKpiOnly, problem.kpi) : format(strings.ImportProblem_unlinkedKpi, problem.kpi, problem.org);
    case 'koladaMissing': return format(strings.ImportProblem_koladaMissing, problem.kpi, problem.year);
    case 'koladaDeleted': return format(strings.ImportProblem_koladaDeleted, problem.kpi, problem.year);
  }
}

/** A file's problem; `columnName` gives a missing column's header in the user's language. */
export function fileProblemText(problem: FileProblem, strings: IMiljomalWebPartStrings, columnName: (field: string) => string): string {
  switch (problem.code) {
    case 'noRows': return strings.ImportFileNoRows;
    case 'missingColumns':
      return format(strings.ImportFileMissingColumns, problem.columns.map((column) => `”${columnName(column)}”`).join(` ${strings.ImportOr} `));
    case 'tooManyRows': return format(strings.ImportFileTooManyRows, problem.count, problem.max);
  }
}

export function fateText(fate: RowFate, strings: IMiljomalWebPartStrings): string {
  switch (fate) {
    case 'new': return strings.ImportFate_new;
    case 'changed': return strings.ImportFate_changed;
    case 'unchanged': return strings.ImportFate_unchanged;
    case 'error': return strings.ImportFate_error;
  }
}
