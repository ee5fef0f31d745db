// The closed value lists of the model, in display order, for pickers and for checking stored values.

import type { ActivityStatus, ImplementationGrade, OrgLevel } from './model';

/** Best first, so a UI can show the scale top-down. */
export const implementationGrades: readonly ImplementationGrade[] = [
  'genomford',
  'paborjadMerAnHalften',
  'paborjadMindreAnHalften',
  'ejPaborjad'
];

export const activityStatuses: readonly ActivityStatus[] = ['planerad', 'pagaende', 'avslutad', 'avbruten'];

/** Top down. */
export const orgLevels: readonly OrgLevel[] = ['forvaltning', 'avdelning', 'enhet'];

export function isImplementationGrade(value: unknown): value is ImplementationGrade {
  return implementationGrades.some((grade) => grade === value);
}

export function isActivityStatus(value: unknown): value is ActivityStatus {
  return activityStatuses.some((status) => status === value);
}

export function isOrgLevel(value: unknown): value is OrgLevel {
  return orgLevels.some((level) => level === value);
}
