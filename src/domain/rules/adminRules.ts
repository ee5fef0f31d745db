// Keeping the year's goals and the organisation up to date is the regional staff's task.

import type { Actor } from './actor';
import { allowed, refused, type RuleResult } from './refusal';

export function canEditGoals(actor: Actor): RuleResult {
  return actor.isRegionalStaff ? allowed : refused('outsideScope', {});
}

export function canEditOrganisation(actor: Actor): RuleResult {
  return actor.isRegionalStaff ? allowed : refused('outsideScope', {});
}
