// A goal as its form holds it, and the domain's checks of it.

import type { Draft } from '../../ports';
import type { Goal, Year } from '../../domain/model';
import { validateGoalInput, type GoalField } from '../../domain/rules/validation/validateGoal';
import type { ValidationResult } from '../../domain/rules/validation/fieldChecks';

export interface GoalDraft {
  code: string;
  title: string;
  description: string;
  indicator: string;
  measuredRegionWide: boolean;
  retired: boolean;
}

export function emptyGoalDraft(): GoalDraft {
  return { code: '', title: '', description: '', indicator: '', measuredRegionWide: true, retired: false };
}

export function goalDraftOf(goal: Goal): GoalDraft {
  return {
    code: goal.code,
    title: goal.title,
    description: goal.description,
    indicator: goal.indicator,
    measuredRegionWide: goal.measuredRegionWide,
    retired: goal.retired === true
  };
}

/** Code, title and indicator are single lines: outer spaces go; a description is kept as typed. */
export function goalFromDraft(draft: GoalDraft, year: Year): Draft<Goal> {
  return {
    year,
    code: draft.code.trim(),
    title: draft.title.trim(),
    description: draft.description,
    indicator: draft.indicator.trim(),
    measuredRegionWide: draft.measuredRegionWide,
    retired: draft.retired
  };
}

export function validateGoalDraft(draft: GoalDraft, year: Year, goals: readonly Goal[], id?: number): ValidationResult<GoalField> {
  const goal = goalFromDraft(draft, year);
  return validateGoalInput({ ...goal, id }, goals);
}
