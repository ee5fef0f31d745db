// The indicator dialog's form: what the regional staff type, as text, checked by the domain
// (indicators/indicatorDefinition.ts) before any save; kept in the draft until it is saved.
import type { Indicator, Person } from '../../domain/model';
import { indicatorFromInput, validateIndicatorDefinition, type IndicatorDefinitionField, type IndicatorDefinitionInput } from '../../domain/indicators/indicatorDefinition';
import type { UiLocale } from '../common/text';
import type { IConflictRow } from '../edit/ConflictPanel';
import { isLogin, isPersonInput, personFromInput, toPersonInput, type IPersonInput } from '../edit/people';
import { fieldErrorTexts } from '../edit/refusalText';
import { editText } from '../common/indicatorFormat';

export interface IIndicatorForm extends IndicatorDefinitionInput {
  /** The goal a new indicator is added to; an indicator keeps its goal. */
  goalId: number;
  responsible: IPersonInput;
  /** The chosen Kolada key figure's title, shown in the dialog (and kept in the draft); not stored in the list. */
  koladaKpiTitle?: string;
}

export type IndicatorFormField = IndicatorDefinitionField | 'responsible';

export const indicatorFormFields: readonly IndicatorFormField[] = [
  'name', 'unit', 'baselineYear', 'baselineValue', 'targetYear', 'targetValue', 'normalisedPer', 'source', 'responsible', 'koladaKpi'
];

export function indicatorForm(indicator: Indicator | undefined, goalId: number, locale: UiLocale): IIndicatorForm {
  return {
    goalId: indicator?.goalId ?? goalId,
    name: indicator?.name ?? '',
    unit: indicator?.unit ?? '',
    direction: indicator?.direction ?? 'lower',
    baselineYear: indicator === undefined ? '' : String(indicator.baseline.year),
    baselineValue: indicator === undefined ? '' : editText(indicator.baseline.value, locale),
    targetYear: indicator === undefined ? '' : String(indicator.target.year),
    targetValue: indicator === undefined ? '' : editText(indicator.target.value, locale),
    source: indicator?.source ?? '',
    normalisedPer: indicator?.normalisedPer ?? '',
    responsible: toPersonInput(indicator?.responsible),
    koladaKpi: indicator?.koladaKpi,
    koladaOrgId: indicator?.koladaOrgId,
    koladaOrgName: indicator?.koladaOrgName
  };
}

export function isIndicatorForm(value: unknown): value is IIndicatorForm {
  const form = value as IIndicatorForm | null;
  const texts: Array<keyof IIndicatorForm> = ['name', 'unit', 'baselineYear', 'baselineValue', 'targetYear', 'targetValue', 'source', 'normalisedPer'];
  return form !== null && typeof form === 'object' && typeof form.goalId === 'number'
    && texts.every((key) => typeof form[key] === 'string')
    && (form.direction === 'lower' || form.direction === 'higher') && isPersonInput(form.responsible)
    // Absent in a draft kept before indicators had a Kolada link.
    && (['koladaKpi', 'koladaOrgId', 'koladaOrgName', 'koladaKpiTitle'] as const).every((key) => form[key] === undefined || typeof form[key] === 'string');
}

/** Messages for the fields that fail, in the user's language; empty when the form may be saved. */
export function indicatorFormErrors(form: IIndicatorForm, strings: IMiljomalWebPartStrings, locale: UiLocale): Partial<Record<IndicatorFormField, string>> {
  const validation = validateIndicatorDefinition(form);
  const errors: Partial<Record<IndicatorFormField, string>> = validation.ok ? {} : fieldErrorTexts(validation.errors, strings, { locale });
  const login = form.responsible.login.trim();
  if (login !== '' && !isLogin(login)) errors.responsible = strings.EditPersonInvalidLogin;
  return errors;
}

export function indicatorFromForm(form: IIndicatorForm, people: readonly Person[]): Omit<Indicator, 'id'> {
  return indicatorFromInput(form, form.goalId, personFromInput(form.responsible, people));
}

export function indicatorDraftKey(login: string, year: number, indicatorId: number | undefined): string {
  return `indicators|${login.toLowerCase()}|${year}|definition|${indicatorId ?? 'new'}`;
}

/** Both versions, field by field, as the conflict panel shows them. */
export function indicatorConflictRows(mine: IIndicatorForm, theirs: Indicator, strings: IMiljomalWebPartStrings, locale: UiLocale): IConflictRow[] {
  const theirsForm = indicatorForm(theirs, theirs.goalId, locale);
  const person = (input: IPersonInput): string => (input.login.trim() === '' ? '' : input.name.trim() || input.login);
  const direction = (form: IIndicatorForm): string => strings[`IndDirection_${form.direction}`];
  const kolada = (form: IIndicatorForm): string => (form.koladaKpi === undefined ? '' : `${form.koladaKpi} · ${form.koladaOrgName ?? form.koladaOrgId ?? ''}`);
  const rows: Array<[keyof IIndicatorForm, string]> = [
    ['name', strings.IndFieldName], ['unit', strings.IndFieldUnit], ['baselineYear', strings.IndFieldBaselineYear],
    ['baselineValue', strings.IndFieldBaselineValue], ['targetYear', strings.IndFieldTargetYear], ['targetValue', strings.IndFieldTargetValue],
    ['normalisedPer', strings.IndFieldNormalisedPer], ['source', strings.IndSource]
  ];
  return [
    ...rows.map(([key, label]) => ({ key, label, mine: String(mine[key]), theirs: String(theirsForm[key]) })),
    { key: 'direction', label: strings.IndDirection, mine: direction(mine), theirs: direction(theirsForm) },
    { key: 'responsible', label: strings.IndResponsible, mine: person(mine.responsible), theirs: person(theirsForm.responsible) },
    { key: 'kolada', label: strings.KoladaLinkHeading, mine: kolada(mine), theirs: kolada(theirsForm) }
  ];
}
