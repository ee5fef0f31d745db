// The board paper's paragraph in English, stating the same figures as the Swedish text.

import { fewEnoughToName, nameInText, listNames } from './nameList';
import { capitalise, englishNumber } from './numberWords';
import type { ReportFacts } from './reportFacts';

const intro = 'A summary shows that ';

export function reportTextEn(facts: ReportFacts): string {
  if (facts.departments === 0) return `${intro}there are no departments to allocate environmental goals to.`;
  if (facts.goalsPossible === 0) return `${intro}no environmental goals have been decided for ${facts.year}.`;
  return [...goalSentences(facts), unitLevelSentence(facts), activitySentence(facts), ...highlightSentence(facts)].join(' ');
}

/** A subject and whether its verb takes the singular (has) or the plural (have). */
interface Subject {
  text: string;
  singular: boolean;
}

const has = (subject: Subject): string => `${subject.text} ${subject.singular ? 'has' : 'have'}`;
const departmentNoun = (n: number): string => (n === 1 ? 'department' : 'departments');

function allDepartments(total: number): Subject {
  return total === 1 ? { text: 'the department', singular: true } : { text: 'all departments', singular: false };
}

/** "one department (A)", "two departments (A and B)", or counted: "four of nine departments". */
function someDepartments(names: readonly string[], total: number | undefined): Subject {
  const n = names.length;
  const singular = n === 1;
  if (fewEnoughToName(names)) {
    return { text: `${englishNumber(n)} ${departmentNoun(n)} (${listNames(names, 'and')})`, singular };
  }
  const counted = total === undefined ? englishNumber(n) : `${englishNumber(n)} of ${englishNumber(total)}`;
  return { text: `${counted} departments`, singular };
}

/** All of them, or some: named when few, counted when many. */
function allOrSomeDepartments(names: readonly string[], total: number): Subject {
  return names.length === total ? allDepartments(total) : someDepartments(names, total);
}

function goalSentences(facts: ReportFacts): string[] {
  const { departments: total, goalsPossible: possible, goalRange: range } = facts;
  const ofPossible = `of ${englishNumber(possible)} possible`;
  if (range === undefined) return [`${intro}no department has been allocated any environmental goal, ${ofPossible}.`];
  const without = facts.departmentsWithoutGoals;
  const holders = total - without.length;
  const subject: Subject =
    holders === total
      ? allDepartments(total)
      : { text: `${englishNumber(holders)} of ${englishNumber(total)} departments`, singular: holders === 1 };
  const goals =
    range.min === possible
      ? possible === 1
        ? 'the only possible environmental goal'
        : `all ${englishNumber(possible)} environmental goals`
      : `${goalRange(range.min, range.max)} environmental ${range.max === 1 ? 'goal' : 'goals'}, ${ofPossible}`;
  const sentences = [`${intro}${has(subject)} been allocated ${goals}.`];
  if (without.length > 0) {
    const lacking = has(someDepartments(without, undefined));
    sentences.push(`${capitalise(lacking)} not been allocated any environmental goal.`);
  }
  return sentences;
}

function goalRange(min: number, max: number): string {
  if (min === max) return englishNumber(min);
  if (max === min + 1) return `${englishNumber(min)} or ${englishNumber(max)}`;
  return `between ${englishNumber(min)} and ${englishNumber(max)}`;
}

function unitLevelSentence(facts: ReportFacts): string {
  const names = facts.departmentsAllocatingToUnits;
  const predicate = 'allocated goals to unit level.';
  if (names.length === 0) return `No department has ${predicate}`;
  const subject =
    names.length === facts.departments
      ? allDepartments(facts.departments)
      : names.length === 1
        ? { text: `only one department (${nameInText(names[0])})`, singular: true }
        : someDepartments(names, facts.departments);
  return `${capitalise(has(subject))} ${predicate}`;
}

function activitySentence(facts: ReportFacts): string {
  const within = facts.organisationName === '' ? '' : ` within ${nameInText(facts.organisationName)}`;
  if (facts.activities === 0) return `No activities have been registered${within}.`;
  const names = facts.departmentsWithDepartmentLevelActivity;
  const holders =
    names.length === 0
      ? 'no department has any activity registered'
      : `${has(allOrSomeDepartments(names, facts.departments))} at least one activity registered`;
  const activities =
    facts.activities === 1
      ? 'in total one activity has been registered'
      : `in total ${englishNumber(facts.activities)} activities have been registered`;
  return `For the goals held at department level, ${holders}, and ${activities}${within}.`;
}

const englishQuotes = (title: string): string => `\u201c${title}\u201d`;

/** The paper's sentence on what the work includes, naming the highlighted activities by title. */
function highlightSentence(facts: ReportFacts): string[] {
  if (facts.highlights.length === 0) return [];
  return [`The work is described in comments and includes, among other things, ${listNames(facts.highlights, 'and', englishQuotes)}.`];
}
