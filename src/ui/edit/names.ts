// Names and dates as messages and labels show them. Refusal and failure sentences are in
// refusalText.ts, the one place that words them.

import type { Goal, OrgUnit, YearPicture } from '../../domain/model';

/** "M1 Minskade koldioxidutsläpp från resor". */
export function goalName(goal: Goal | undefined, fallbackId: number): string {
  return goal === undefined ? `#${fallbackId}` : `${goal.code} ${goal.title}`;
}

export function unitName(unit: OrgUnit | undefined, fallbackId: number): string {
  return unit === undefined ? `#${fallbackId}` : unit.name;
}

/** Names of goals and org units in a picture, for messages about them. */
export interface INames {
  goal(id: number): string;
  unit(id: number): string;
}

export function namesIn(picture: YearPicture): INames {
  return {
    goal: (id) => goalName(picture.goals.find((goal) => goal.id === id), id),
    unit: (id) => unitName(picture.orgUnits.find((unit) => unit.id === id), id)
  };
}
