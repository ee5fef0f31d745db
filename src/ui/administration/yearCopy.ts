// "Starta ett nytt år": the previous year's goals copied to the new year with their indicators
// (indicatorCopy.ts) and, if wanted, their allocations to departments. Planned from both years as SharePoint has them, so running it again
// (after a failure, or by a colleague) adds only what is still missing.

import type { Draft, IMiljoRepository } from '../../ports';
import type { Goal, Person, Year, YearPicture } from '../../domain/model';
import type { WriteAction } from '../../ports';
import { planIndicatorCopy, runIndicatorCopy, type IndicatorCopyPlan } from './indicatorCopy';
import { runPool } from '../common/runPool';

/** Allocations written at once: a browser's share of SharePoint's patience, as for "fördela alla". */
const allocationsInFlight = 3;

export interface YearCopyPlan {
  from: Year;
  to: Year;
  /** Goals to add to the new year (open goals of the old one whose code the new year lacks). */
  goals: Array<Draft<Goal>>;
  /** Codes the new year has already. */
  existingCodes: string[];
  /** Allocations to open departments, by goal code: made once the goals exist. */
  allocations: Array<{ code: string; orgUnitId: number }>;
  /** The indicators of the goals (copied or there already) and their history, that the new year lacks. */
  indicators: IndicatorCopyPlan;
}

/** The steps a plan's progress counts: each goal, allocation, indicator and value. */
export function yearCopySteps(plan: YearCopyPlan): number {
  return plan.goals.length + plan.allocations.length + plan.indicators.indicators + plan.indicators.values;
}

const codeKey = (code: string): string => code.trim().toLowerCase();

export function planYearCopy(source: YearPicture, target: YearPicture, withAllocations: boolean): YearCopyPlan {
  const targetCodes = new Set(target.goals.map((goal) => codeKey(goal.code)));
  const openGoals = source.goals.filter((goal) => goal.year === source.year && goal.retired !== true);
  const goals = openGoals
    .filter((goal) => !targetCodes.has(codeKey(goal.code)))
    .map((goal): Draft<Goal> => ({
      year: target.year,
      code: goal.code,
      title: goal.title,
      description: goal.description,
      indicator: goal.indicator,
      measuredRegionWide: goal.measuredRegionWide,
      retired: false
    }));
  const existingCodes = openGoals.filter((goal) => targetCodes.has(codeKey(goal.code))).map((goal) => goal.code);
  const indicators = planIndicatorCopy(source, target, openGoals.map((goal) => goal.code));
  if (!withAllocations) return { from: source.year, to: target.year, goals, existingCodes, allocations: [], indicators };

  const openDepartments = new Set(target.orgUnits.filter((unit) => unit.level === 'avdelning' && !unit.closed).map((unit) => unit.id));
  const sourceGoals = new Map(openGoals.map((goal) => [goal.id, goal]));
  const targetGoalIds = new Map(target.goals.map((goal) => [goal.id, codeKey(goal.code)]));
  const held = new Set(target.allocations.map((allocation) => `${targetGoalIds.get(allocation.goalId)}:${allocation.orgUnitId}`));
  const allocations = source.allocations
    .filter((allocation) => openDepartments.has(allocation.orgUnitId) && sourceGoals.has(allocation.goalId))
    .map((allocation) => ({ code: sourceGoals.get(allocation.goalId)!.code, orgUnitId: allocation.orgUnitId }))
    .filter((candidate) => !held.has(`${codeKey(candidate.code)}:${candidate.orgUnitId}`));
  return { from: source.year, to: target.year, goals, existingCodes, allocations, indicators };
}

export interface YearCopyResult {
  goalsAdded: number;
  allocationsAdded: number;
  indicatorsAdded?: number;
  valuesAdded?: number;
  failed: number;
  forbidden?: WriteAction;
}

/**
 * Writes the plan: goals first (allocations need their ids), one at a time. The copied allocations
 * are made by the person starting the year, and not marked "i samråd": last year's samråd is not
 * this year's.
 */
export async function runYearCopy(
  repository: IMiljoRepository,
  plan: YearCopyPlan,
  target: YearPicture,
  by: Person,
  onProgress: (done: number, total: number) => void,
  now: Date
): Promise<YearCopyResult> {
  const total = yearCopySteps(plan);
  const idByCode = new Map(target.goals.map((goal) => [codeKey(goal.code), goal.id]));
  const result: YearCopyResult = { goalsAdded: 0, allocationsAdded: 0, failed: 0 };
  let done = 0;
  for (const goal of plan.goals) {
    const outcome = await repository.addGoal(goal);
    done += 1;
    onProgress(done, total);
    if (outcome.kind === 'saved') {
      idByCode.set(codeKey(goal.code), outcome.value.id);
      result.goalsAdded += 1;
    } else if (outcome.kind === 'forbidden') {
      return { ...result, forbidden: outcome.action };
    } else {
      result.failed += 1;
    }
  }
  const allocatedAt = now.toISOString();
  // Each allocation stands alone once its goal exists: a few in flight, as "fördela alla" writes them.
  let forbidden: WriteAction | undefined;
  await runPool(plan.allocations, allocationsInFlight, async (candidate) => {
    const goalId = idByCode.get(codeKey(candidate.code));
    // Its goal was not saved: counted there already.
    const outcome = goalId === undefined ? undefined
      : await repository.addAllocation({ goalId, orgUnitId: candidate.orgUnitId, allocatedBy: by, allocatedAt, agreedWithUnitHead: false }, plan.to);
    done += 1;
    onProgress(done, total);
    if (outcome === undefined) return;
    if (outcome.kind === 'saved') result.allocationsAdded += 1;
    else if (outcome.kind === 'forbidden') forbidden = outcome.action;
    else result.failed += 1;
  }, () => forbidden !== undefined);
  if (forbidden !== undefined) return { ...result, forbidden };
  const copied = await runIndicatorCopy(repository, plan.indicators, plan.to, idByCode, () => {
    done += 1;
    onProgress(done, total);
  });
  return {
    ...result,
    indicatorsAdded: copied.indicatorsAdded,
    valuesAdded: copied.valuesAdded,
    failed: result.failed + copied.failed,
    forbidden: copied.forbidden
  };
}
