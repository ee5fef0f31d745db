// One sentence per indicator for the report, in the web part's two languages: the latest value and
// its year, the change since the baseline, the target, and whether it is on track (the rule of
// indicators/indicatorStatus.ts). A percentage indicator changes in percentage points, not percent.

import type { Goal, Indicator, IndicatorValue, Year } from '../model';
import { indicatorStatus, normalisedValue, targetChange, type IndicatorChange, type IndicatorStatus } from '../indicators/indicatorStatus';
import type { ReportLocale } from './reportLocale';
import { nameInText } from './nameList';

const percentUnits = new Set(['%', 'procent', 'percent']);

/** Shares are written "42 procent" and change in percentage points. */
export function isPercentUnit(unit: string): boolean {
  return percentUnits.has(unit.trim().toLowerCase());
}

interface Words {
  number(value: number): string;
  percent: string;
  points: string;
  lower: string;
  higher: string;
  than(year: Year): string;
  unchanged(year: Year): string;
  was(name: string, value: string, year: Year): string;
  preliminary: string;
  target(change: string, year: Year): string;
  targetValue(value: string, year: Year): string;
  noData(name: string, year: Year, value: string): string;
  status: Record<Exclude<IndicatorStatus['kind'], 'noData'>, string>;
}

// A figure per employee is often below one: it keeps two decimals there, where 0,4 would hide most of it.
const figure = (locale: ReportLocale) => (value: number): string =>
  value.toLocaleString(locale, { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 2 });

const swedish: Words = {
  number: figure('sv-SE'),
  percent: 'procent',
  points: 'procentenheter',
  lower: 'lägre',
  higher: 'högre',
  than: (year) => `än ${year}`,
  unchanged: (year) => `oförändrat sedan ${year}`,
  was: (name, value, year) => `${name} var ${value} ${year}`,
  preliminary: ' (preliminärt)',
  target: (change, year) => `målet är ${change} till ${year}`,
  targetValue: (value, year) => `målet är ${value} till ${year}`,
  noData: (name, year, value) => `${name}: inget utfall efter basåret ${year} (${value})`,
  status: { onTrack: 'i takt med målet', notOnTrack: 'inte i takt med målet' }
};

const english: Words = {
  number: figure('en-US'),
  percent: 'percent',
  points: 'percentage points',
  lower: 'lower',
  higher: 'higher',
  than: (year) => `than in ${year}`,
  unchanged: (year) => `unchanged since ${year}`,
  was: (name, value, year) => `${name} was ${value} in ${year}`,
  preliminary: ' (preliminary)',
  target: (change, year) => `the target is ${change} by ${year}`,
  targetValue: (value, year) => `the target is ${value} by ${year}`,
  noData: (name, year, value) => `${name}: no value since the baseline year ${year} (${value})`,
  status: { onTrack: 'on track', notOnTrack: 'not on track' }
};

/** "1 240 ton CO2e", "42 procent". */
function amount(words: Words, indicator: Indicator, value: number): string {
  const typed = indicator.unit.trim();
  if (!isPercentUnit(indicator.unit) && typed === '') return words.number(value);
  return `${words.number(value)} ${isPercentUnit(indicator.unit) ? words.percent : nameInText(typed)}`;
}

/** "18 procent lägre", "12 procentenheter högre"; undefined when it rounds to no change. */
function changeText(words: Words, indicator: Indicator, change: IndicatorChange): string | undefined {
  const direction = change.difference < 0 ? words.lower : words.higher;
  if (isPercentUnit(indicator.unit)) {
    const points = words.number(Math.abs(change.difference));
    return points === words.number(0) ? undefined : `${points} ${words.points} ${direction}`;
  }
  if (change.percent === undefined) {
    return change.difference === 0 ? undefined : `${amount(words, indicator, Math.abs(change.difference))} ${direction}`;
  }
  const percent = Math.round(Math.abs(change.percent));
  return percent === 0 ? undefined : `${words.number(percent)} ${words.percent} ${direction}`;
}

function targetText(words: Words, indicator: Indicator): string {
  const { target } = indicator;
  const change = isPercentUnit(indicator.unit) ? undefined : changeText(words, indicator, targetChange(indicator));
  return change === undefined
    ? words.targetValue(amount(words, indicator, target.value), target.year)
    : words.target(change, target.year);
}

/** The report's sentence about one indicator, judged on its values up to `upTo` (all when absent). */
export function indicatorSentence(indicator: Indicator, values: readonly IndicatorValue[], locale: ReportLocale, upTo?: Year): string {
  const words = locale === 'sv-SE' ? swedish : english;
  const status = indicatorStatus(indicator, values, upTo);
  const name = nameInText(indicator.name.trim());
  const target = targetText(words, indicator);
  const { latest, sinceBaseline } = status;
  if (status.kind === 'noData' || latest === undefined || sinceBaseline === undefined) {
    return `${words.noData(name, indicator.baseline.year, amount(words, indicator, indicator.baseline.value))}; ${target}.`;
  }
  const changed = changeText(words, indicator, sinceBaseline);
  const since = changed === undefined ? words.unchanged(indicator.baseline.year) : `${changed} ${words.than(indicator.baseline.year)}`;
  const was = words.was(name, amount(words, indicator, latest.value), latest.year);
  const normalised = normalisedValue(indicator, latest);
  const per = normalised === undefined ? '' : ` (${amount(words, indicator, normalised)} per ${nameInText(indicator.normalisedPer!.trim())})`;
  return `${was}${per}${latest.preliminary ? words.preliminary : ''}, ${since}; ${target} (${words.status[status.kind]}).`;
}

/** The indicators of the goals in force, in the order of their goals: as the report and the exports name them. */
export function indicatorsInGoalOrder(picture: { goals: readonly Goal[]; indicators: readonly Indicator[] }): Indicator[] {
  const goalOrder = new Map(picture.goals.map((goal, index) => [goal.id, index]));
  return picture.indicators
    .filter((indicator) => goalOrder.has(indicator.goalId) && picture.goals[goalOrder.get(indicator.goalId)!].retired !== true)
    .sort((a, b) => goalOrder.get(a.goalId)! - goalOrder.get(b.goalId)! || a.id - b.id);
}

/** Every indicator's sentence, in the order of their goals; empty when the year has none. */
export function indicatorReportText(
  picture: { goals: readonly Goal[]; indicators: readonly Indicator[]; indicatorValues: readonly IndicatorValue[] },
  locale: ReportLocale,
  upTo?: Year
): string {
  return indicatorsInGoalOrder(picture).map((indicator) => indicatorSentence(indicator, picture.indicatorValues, locale, upTo)).join(' ');
}
