// The board paper's paragraph in Swedish, correct for any figures: number words agree with the
// noun (en avdelning, ett miljömål), nouns and participles agree in number, "alla" and "ingen"
// replace counts at the ends, and few departments are named while many are counted.

import { fewEnoughToName, nameInText, listNames } from './nameList';
import { capitalise, swedishNumber } from './numberWords';
import type { ReportFacts } from './reportFacts';

const intro = 'En sammanställning visar att ';

export function reportTextSv(facts: ReportFacts): string {
  if (facts.departments === 0) return `${intro}det inte finns några avdelningar att fördela miljömål till.`;
  if (facts.goalsPossible === 0) return `${intro}inga miljömål har beslutats för ${facts.year}.`;
  return [...goalSentences(facts), unitLevelSentence(facts), activitySentence(facts), ...highlightSentence(facts)].join(' ');
}

const utrum = (n: number): string => swedishNumber(n, 'utrum');
const neutrum = (n: number): string => swedishNumber(n, 'neutrum');
const departmentNoun = (n: number): string => (n === 1 ? 'avdelning' : 'avdelningar');

/** "avdelningen" when there is only one, else "alla avdelningar". */
function allDepartments(total: number): string {
  return total === 1 ? 'avdelningen' : 'alla avdelningar';
}

/** All of them, or some: named when few, counted when many. */
function allOrSomeDepartments(names: readonly string[], total: number): string {
  return names.length === total ? allDepartments(total) : someDepartments(names, total);
}

/** "en avdelning (A)", "två avdelningar (A och B)", or counted: "fyra avdelningar av nio". */
function someDepartments(names: readonly string[], total: number | undefined): string {
  const counted = `${utrum(names.length)} ${departmentNoun(names.length)}`;
  if (fewEnoughToName(names)) return `${counted} (${listNames(names, 'och')})`;
  return total === undefined ? counted : `${counted} av ${utrum(total)}`;
}

function goalSentences(facts: ReportFacts): string[] {
  const { departments: total, goalsPossible: possible, goalRange: range } = facts;
  const ofPossible = `av ${neutrum(possible)} ${possible === 1 ? 'möjligt' : 'möjliga'}`;
  if (range === undefined) return [`${intro}ingen avdelning har fått något miljömål nerfördelat, ${ofPossible}.`];
  const without = facts.departmentsWithoutGoals;
  const holders = total - without.length;
  const subject =
    holders === total ? allDepartments(total) : `${utrum(holders)} ${departmentNoun(holders)} av ${utrum(total)}`;
  const participle = range.max === 1 ? 'nerfördelat' : 'nerfördelade';
  const goals =
    range.min === possible
      ? possible === 1
        ? 'det enda möjliga miljömålet nerfördelat'
        : `alla ${neutrum(possible)} miljömål nerfördelade`
      : `${goalRange(range.min, range.max)} miljömål ${participle}, ${ofPossible}`;
  const sentences = [`${intro}${subject} har fått ${goals}.`];
  if (without.length > 0) {
    sentences.push(`${capitalise(someDepartments(without, undefined))} har inte fått något miljömål nerfördelat.`);
  }
  return sentences;
}

/** "tre", "tre eller fyra", "mellan ett och fyra". */
function goalRange(min: number, max: number): string {
  if (min === max) return neutrum(min);
  if (max === min + 1) return `${neutrum(min)} eller ${neutrum(max)}`;
  return `mellan ${neutrum(min)} och ${neutrum(max)}`;
}

function unitLevelSentence(facts: ReportFacts): string {
  const names = facts.departmentsAllocatingToUnits;
  const predicate = 'har fördelat mål till enhetsnivå.';
  if (names.length === 0) return `Ingen avdelning ${predicate}`;
  if (names.length === facts.departments) return `${capitalise(allDepartments(facts.departments))} ${predicate}`;
  if (names.length === 1) return `Endast en avdelning (${nameInText(names[0])}) ${predicate}`;
  return `${capitalise(someDepartments(names, facts.departments))} ${predicate}`;
}

function activitySentence(facts: ReportFacts): string {
  const within = facts.organisationName === '' ? '' : ` inom ${nameInText(facts.organisationName)}`;
  if (facts.activities === 0) return `Inga aktiviteter har lagts in${within}.`;
  const names = facts.departmentsWithDepartmentLevelActivity;
  const holders =
    names.length === 0
      ? 'ingen avdelning någon aktivitet inlagd'
      : `${allOrSomeDepartments(names, facts.departments)} minst en aktivitet inlagd`;
  const activities =
    facts.activities === 1
      ? 'totalt en aktivitet har lagts in'
      : `totalt ${utrum(facts.activities)} aktiviteter har lagts in`;
  return `För de mål som ligger på avdelningsnivå har ${holders}, och ${activities}${within}.`;
}

/** Swedish quotes a title with the same mark on both sides. */
const swedishQuotes = (title: string): string => `\u201d${title}\u201d`;

/** The paper's sentence on what the work includes, naming the highlighted activities by title. */
function highlightSentence(facts: ReportFacts): string[] {
  if (facts.highlights.length === 0) return [];
  return [`Arbetet beskrivs i kommentarer och inkluderar bl.a. ${listNames(facts.highlights, 'och', swedishQuotes)}.`];
}
