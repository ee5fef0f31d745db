// What the regional staff type for an indicator: its name, unit, direction, baseline and target
// (years and values as text, as people write them), source and the normalised figure's "per".
// The path the status judges runs from the baseline to the target, so the target year comes after.

import type { Indicator, IndicatorDirection, Person } from '../model';
import { textLimits } from '../rules/limits';
import { refusal, type Refusal } from '../rules/refusal';
import { checkOptionalText, checkRequiredText, checkYear, collectErrors, toValidationResult, type ValidationResult } from '../rules/validation/fieldChecks';
import { parseDecimal } from '../numbers';
import { isKoladaKpiId, isKoladaOrgId } from '../kolada/koladaIds';

export interface IndicatorDefinitionInput {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baselineYear: string;
  baselineValue: string;
  targetYear: string;
  targetValue: string;
  source: string;
  /** Blank: the indicator has no normalised figure. */
  normalisedPer: string;
  /** The Kolada key figure its values are fetched from; blank or absent: not linked (drafts from before it). */
  koladaKpi?: string;
  /** The organisation in Kolada, chosen with the key figure. */
  koladaOrgId?: string;
  koladaOrgName?: string;
}

export type IndicatorDefinitionField =
  | 'name' | 'unit' | 'baselineYear' | 'baselineValue' | 'targetYear' | 'targetValue' | 'source' | 'normalisedPer' | 'koladaKpi';

/** A year as typed: four digits, nothing else. */
function parseYear(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : undefined;
}

function checkYearText(text: string): Refusal | undefined {
  if (text.trim() === '') return refusal('required', {});
  const year = parseYear(text);
  return year === undefined ? refusal('invalidNumber', { value: text.trim() }) : checkYear(year);
}

function checkNumberText(text: string): Refusal | undefined {
  if (text.trim() === '') return refusal('required', {});
  return parseDecimal(text) === undefined ? refusal('invalidNumber', { value: text.trim() }) : undefined;
}

/** Both or neither: a key figure is read for one organisation. Ids as Kolada writes them. */
function checkKoladaLink(input: IndicatorDefinitionInput): Refusal | undefined {
  const kpi = (input.koladaKpi ?? '').trim();
  const org = (input.koladaOrgId ?? '').trim();
  if (kpi === '' && org === '') return undefined;
  if (kpi === '' || org === '') return refusal('koladaLinkIncomplete', {});
  if (!isKoladaKpiId(kpi)) return refusal('invalidKoladaId', { value: kpi });
  if (!isKoladaOrgId(org)) return refusal('invalidKoladaId', { value: org });
  return checkOptionalText((input.koladaOrgName ?? '').trim(), textLimits.indicators.koladaOrgName);
}

export function validateIndicatorDefinition(input: IndicatorDefinitionInput): ValidationResult<IndicatorDefinitionField> {
  const baselineYear = parseYear(input.baselineYear);
  const targetYear = parseYear(input.targetYear);
  const targetError = checkYearText(input.targetYear)
    ?? (baselineYear !== undefined && targetYear !== undefined && targetYear <= baselineYear
      ? refusal('targetNotAfterBaseline', { baselineYear }) : undefined);
  return toValidationResult(collectErrors<IndicatorDefinitionField>({
    name: checkRequiredText(input.name, textLimits.indicators.name),
    unit: checkOptionalText(input.unit.trim(), textLimits.indicators.unit),
    baselineYear: checkYearText(input.baselineYear),
    baselineValue: checkNumberText(input.baselineValue),
    targetYear: targetError,
    targetValue: checkNumberText(input.targetValue),
    source: checkOptionalText(input.source.trim(), textLimits.indicators.source),
    normalisedPer: checkOptionalText(input.normalisedPer.trim(), textLimits.indicators.normalisedPer),
    koladaKpi: checkKoladaLink(input)
  }));
}

/** The indicator a valid input describes (single lines lose their outer spaces). */
export function indicatorFromInput(input: IndicatorDefinitionInput, goalId: number, responsible: Person | undefined): Omit<Indicator, 'id'> {
  const per = input.normalisedPer.trim();
  return {
    goalId,
    name: input.name.trim(),
    unit: input.unit.trim(),
    direction: input.direction,
    baseline: { year: parseYear(input.baselineYear) ?? Number.NaN, value: parseDecimal(input.baselineValue) ?? Number.NaN },
    target: { year: parseYear(input.targetYear) ?? Number.NaN, value: parseDecimal(input.targetValue) ?? Number.NaN },
    source: input.source.trim(),
    responsible,
    normalisedPer: per === '' ? undefined : per,
    ...koladaLinkOf(input)
  };
}

/** The link as stored: absent fields when the indicator is not linked. */
function koladaLinkOf(input: IndicatorDefinitionInput): Pick<Indicator, 'koladaKpi' | 'koladaOrgId' | 'koladaOrgName'> {
  const kpi = (input.koladaKpi ?? '').trim();
  const org = (input.koladaOrgId ?? '').trim();
  if (kpi === '' || org === '') return {};
  const name = (input.koladaOrgName ?? '').trim();
  return { koladaKpi: kpi, koladaOrgId: org, ...(name === '' ? {} : { koladaOrgName: name }) };
}
