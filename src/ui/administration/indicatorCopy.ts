// A new year's indicators: the indicators of the goals copied to the new year come along, with
// their history. An indicator belongs to one goal of one year and the year's read brings the values
// stored with that year, so the history is copied too: the new year's goal page shows the trend,
// and each year keeps the figures it was judged by (a correction made in the new year stays there).
// Planned from both years as SharePoint has them, and each copy carries a key made from its source,
// so running it again, after a failure or by a colleague, adds only what is still missing.

import type { Draft, IMiljoRepository, WriteAction } from '../../ports';
import type { Indicator, IndicatorValue, YearPicture } from '../../domain/model';

export interface IndicatorCopy {
  /** The code of the goal it belongs to in both years. */
  code: string;
  /** The new year's indicator when it is there already (copied before, or typed in): only missing values are added. */
  existingId?: number;
  indicator: Omit<Draft<Indicator>, 'goalId'>;
  clientKey: string;
  values: Array<Omit<Draft<IndicatorValue>, 'indicatorId'>>;
}

export interface IndicatorCopyPlan {
  copies: IndicatorCopy[];
  /** Indicators to add (not those the new year has). */
  indicators: number;
  values: number;
}

export interface IndicatorCopyResult {
  indicatorsAdded: number;
  valuesAdded: number;
  failed: number;
  forbidden?: WriteAction;
}

const codeKey = (code: string): string => code.trim().toLowerCase();
const nameKey = (name: string): string => name.trim().toLowerCase();
const valueKey = (value: Pick<IndicatorValue, 'year' | 'period'>): string => `${value.year}-${value.period ?? 'helar'}`;

/** The indicators of the source year's open goals with `codes`, and every value they hold, that the target lacks. */
export function planIndicatorCopy(source: YearPicture, target: YearPicture, codes: readonly string[]): IndicatorCopyPlan {
  const wanted = new Set(codes.map(codeKey));
  const sourceCodes = new Map(source.goals.filter((goal) => goal.year === source.year && wanted.has(codeKey(goal.code)))
    .map((goal) => [goal.id, goal.code]));
  const targetCodes = new Map(target.goals.map((goal) => [goal.id, codeKey(goal.code)]));
  const copies: IndicatorCopy[] = [];
  for (const indicator of source.indicators) {
    const code = sourceCodes.get(indicator.goalId);
    if (code === undefined) continue;
    const existing = target.indicators.find((held) =>
      targetCodes.get(held.goalId) === codeKey(code) && nameKey(held.name) === nameKey(indicator.name));
    const held = new Set(existing === undefined ? [] : target.indicatorValues.filter((value) => value.indicatorId === existing.id).map(valueKey));
    const values = source.indicatorValues
      .filter((value) => value.indicatorId === indicator.id && !held.has(valueKey(value)))
      .map((value): Omit<Draft<IndicatorValue>, 'indicatorId'> => ({
        year: value.year, period: value.period, value: value.value, comment: value.comment, preliminary: value.preliminary, denominator: value.denominator
      }));
    if (existing !== undefined && values.length === 0) continue;
    const definition: Omit<Draft<Indicator>, 'goalId'> = {
      name: indicator.name, unit: indicator.unit, direction: indicator.direction, baseline: indicator.baseline, target: indicator.target,
      source: indicator.source, responsible: indicator.responsible, normalisedPer: indicator.normalisedPer
    };
    copies.push({ code, existingId: existing?.id, indicator: definition, clientKey: `copy-${target.year}-${indicator.id}`, values });
  }
  return {
    copies,
    indicators: copies.filter((copy) => copy.existingId === undefined).length,
    values: copies.reduce((sum, copy) => sum + copy.values.length, 0)
  };
}

/**
 * Writes the plan once the new year's goals exist (`goalIdByCode`, keyed by lower-case code): each
 * indicator, then its values. A value the new year already holds (a colleague's copy) is no failure.
 */
export async function runIndicatorCopy(
  repository: IMiljoRepository,
  plan: IndicatorCopyPlan,
  year: number,
  goalIdByCode: ReadonlyMap<string, number>,
  onStep: () => void
): Promise<IndicatorCopyResult> {
  const result: IndicatorCopyResult = { indicatorsAdded: 0, valuesAdded: 0, failed: 0 };
  for (const copy of plan.copies) {
    const goalId = goalIdByCode.get(codeKey(copy.code));
    let indicatorId = copy.existingId;
    if (indicatorId === undefined && goalId !== undefined) {
      const outcome = await repository.addIndicator({ ...copy.indicator, goalId }, year, copy.clientKey);
      if (outcome.kind === 'forbidden') return { ...result, forbidden: outcome.action };
      if (outcome.kind === 'saved') {
        indicatorId = outcome.value.id;
        result.indicatorsAdded += 1;
      } else {
        result.failed += 1;
      }
    }
    if (copy.existingId === undefined) onStep();
    for (const value of copy.values) {
      onStep();
      // Its goal or indicator was not saved: counted there already.
      if (indicatorId === undefined) continue;
      const outcome = await repository.addIndicatorValue({ ...value, indicatorId }, year);
      if (outcome.kind === 'saved') result.valuesAdded += 1;
      else if (outcome.kind === 'forbidden') return { ...result, forbidden: outcome.action };
      else if (outcome.kind !== 'conflict') result.failed += 1;
    }
  }
  return result;
}
