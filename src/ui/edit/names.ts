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

/** "15 mars 2023" / "March 15, 2023" from YYYY-MM-DD (read as a calendar date, not UTC midnight). */
export function formatDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** The calendar date of an ISO moment in the user's time zone. */
export function formatMoment(isoDateTime: string, locale: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}
