// The region-wide figures are the regional staff's to enter and correct: they are measured for the
// whole region (verksamhetsmål on Regionstyrelsen) and followed up there.

import type { Actor } from '../rules/actor';
import { allowed, refused, type RuleResult } from '../rules/refusal';

export function canEditIndicators(actor: Actor): RuleResult {
  return actor.isRegionalStaff ? allowed : refused('outsideScope', {});
}
