// The words for the domain's closed values and for periods, from the loc files.

import type { ActivityStatus, FollowUpPeriod, Goal, ImplementationGrade, IsoDate } from '../../domain/model';
import { completenessRatio, type FollowUpCompleteness } from '../../domain/summary/coverageTypes';
import { deadlineState } from '../../domain/deadlines';
import { isPeriodClosed, type PeriodSettings } from '../../domain/periodSettings';
import { formatDate } from '../edit/dates';
import { formatCount, formatShare, type UiLocale } from './text';
import { format } from '../format';

/** "delår 2023" / "interim 2023", for running text. */
export function periodName(period: FollowUpPeriod, strings: IMiljomalWebPartStrings): string {
  return format(period.kind === 'delar' ? strings.PeriodDelarOfYear : strings.PeriodHelarOfYear, period.year);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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

/**
 * "Sista dag för delår 2023 är 31 augusti 2023, om 12 dagar." — or that it passed and what is missing
 * is late, that it has not opened yet, or that it is closed; by the staff's dates where they set any.
 */
export function deadlineText(period: FollowUpPeriod, today: IsoDate, strings: IMiljomalWebPartStrings, locale: UiLocale,
  settings?: PeriodSettings): string {
  const state = deadlineState(period, today, settings);
  const name = periodName(period, strings);
  const day = formatDate(state.deadline, locale);
  if (isPeriodClosed(settings)) return format(strings.PeriodClosedLine, capitalised(name));
  if (state.kind === 'notOpen') return format(strings.PeriodNotOpen, capitalised(name), formatDate(state.opensOn, locale), day);
  if (state.kind === 'late') return format(strings.PeriodDeadlineLate, name, day);
  if (state.daysLeft === 0) return format(strings.PeriodDeadlineToday, name, day);
  if (state.daysLeft === 1) return format(strings.PeriodDeadlineTomorrow, name, day);
  return format(strings.PeriodDeadlineOpen, name, day, formatCount(state.daysLeft, locale));
}

/** "2 sena": what is still missing once the period's deadline has passed; undefined before it, or when nothing is. */
export function lateText(completeness: FollowUpCompleteness, period: FollowUpPeriod, today: IsoDate, strings: IMiljomalWebPartStrings, locale: UiLocale,
  settings?: PeriodSettings): string | undefined {
  const missing = completeness.activitiesDue - completeness.activitiesFollowedUp;
  if (missing <= 0 || deadlineState(period, today, settings).kind !== 'late') return undefined;
  return missing === 1 ? strings.LateOne : format(strings.LateMany, formatCount(missing, locale));
}

/** "3 av 4 (75 %)" followed up; undefined when nothing is due (each view says that its own way). */
export function completenessText(completeness: FollowUpCompleteness, strings: IMiljomalWebPartStrings, locale: UiLocale): string | undefined {
  const share = completenessRatio(completeness);
  return share === undefined ? undefined : format(strings.CountOfWithShare,
    formatCount(completeness.activitiesFollowedUp, locale), formatCount(completeness.activitiesDue, locale), formatShare(share, locale));
}

/** What `progressText` says of one org unit: the domain's figures (departmentRollup.ts, RollupUnit). */
export interface IProgressFigures {
  goalsHeld: number;
  goalsWithActivities: number;
  followUp: FollowUpCompleteness;
}

/** "fördelade mål 2, med aktiviteter 1, uppföljt 1 av 3 (33 %), 2 sena": one org unit's progress in the period. */
export function progressText(figures: IProgressFigures, period: FollowUpPeriod, today: IsoDate, strings: IMiljomalWebPartStrings, locale: UiLocale): string {
  const followed = completenessText(figures.followUp, strings, locale) ?? strings.ProgressNothingDue;
  const late = lateText(figures.followUp, period, today, strings, locale);
  return format(strings.ProgressLine, formatCount(figures.goalsHeld, locale), formatCount(figures.goalsWithActivities, locale),
    late === undefined ? followed : `${followed}, ${late}`);
}
