// The words for the domain's closed values and for periods, from the loc files.

import type { ActivityStatus, FollowUpPeriod, Goal, ImplementationGrade } from '../../domain/model';
import { format } from '../format';

/** "delår 2023" / "interim 2023", for running text. */
export function periodName(period: FollowUpPeriod, strings: IMiljomalWebPartStrings): string {
  return format(period.kind === 'delar' ? strings.PeriodDelarOfYear : strings.PeriodHelarOfYear, period.year);
}

/** "M2 Minskad energianvändning". */
export function goalLabel(goal: Goal): string {
  return `${goal.code} ${goal.title}`;
}

export function statusText(status: ActivityStatus, strings: IMiljomalWebPartStrings): string {
  switch (status) {
    case 'planerad': return strings.StatusPlanerad;
    case 'pagaende': return strings.StatusPagaende;
    case 'avslutad': return strings.StatusAvslutad;
    case 'avbruten': return strings.StatusAvbruten;
  }
}

export function gradeText(grade: ImplementationGrade, strings: IMiljomalWebPartStrings): string {
  switch (grade) {
    case 'genomford': return strings.GradeGenomford;
    case 'paborjadMerAnHalften': return strings.GradePaborjadMerAnHalften;
    case 'paborjadMindreAnHalften': return strings.GradePaborjadMindreAnHalften;
    case 'ejPaborjad': return strings.GradeEjPaborjad;
  }
}
