import { computeCoverageSummary, demoFollowUpPeriod, demoRegion2023, reportText, toReportLocale } from '../index';
import { buildPicture, lettered, type DepartmentSpec } from './support/pictureBuilder';

const period = { year: 2023, kind: 'delar' } as const;
/** The bidi controls a pasted text must not carry (marks, embeddings, overrides, isolates). */
const directionControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const sv = (goals: number, departments: DepartmentSpec[]): string =>
  reportText(computeCoverageSummary(buildPicture(goals, departments), period), 'sv-SE');
const en = (goals: number, departments: DepartmentSpec[]): string =>
  reportText(computeCoverageSummary(buildPicture(goals, departments), period), 'en-US');

describe('names in the report text', () => {
  it('takes the direction controls out of every name: an override cannot turn the rest around, and the text is plain', () => {
    const override = 'Avd \u202eevil';
    const text = reportText(computeCoverageSummary(buildPicture(4, [{ name: override, goals: 4, unitsWithGoal: 1 }, { name: 'B', goals: 4 }]), period), 'sv-SE');
    expect(text).toContain('Endast en avdelning (Avd evil) har fördelat mål till enhetsnivå.');
    expect(text).not.toMatch(directionControls);
  });
});

describe('the report text of the demo region', () => {
  const summary = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod);

  it('is the board paper’s paragraph in Swedish, word for word', () => {
    expect(reportText(summary, 'sv-SE')).toBe(
      'En sammanställning visar att alla avdelningar har fått tre eller fyra miljömål nerfördelade, av fyra möjliga. ' +
        'Endast en avdelning (Regionservice) har fördelat mål till enhetsnivå. ' +
        'För de mål som ligger på avdelningsnivå har fyra avdelningar av nio minst en aktivitet inlagd, ' +
        'och totalt tio aktiviteter har lagts in inom Regionstyrelsen. ' +
        'Arbetet beskrivs i kommentarer och inkluderar bl.a. \u201dMinskat matsvinn genom uppdaterade recept\u201d och \u201dFler maträtter skickas till Kajutan\u201d.'
    );
  });

  it('says the same in English', () => {
    expect(reportText(summary, 'en-US')).toBe(
      'A summary shows that all departments have been allocated three or four environmental goals, of four possible. ' +
        'Only one department (Regionservice) has allocated goals to unit level. ' +
        'For the goals held at department level, four of nine departments have at least one activity registered, ' +
        'and in total ten activities have been registered within Regionstyrelsen. ' +
        'The work is described in comments and includes, among other things, \u201cMinskat matsvinn genom uppdaterade recept\u201d and \u201cFler maträtter skickas till Kajutan\u201d.'
    );
  });
});

describe('Swedish grammar for other figures', () => {
  it('says "ingen avdelning" when none allocated to unit level', () => {
    expect(sv(4, lettered(3, { goals: 4 }))).toContain('Ingen avdelning har fördelat mål till enhetsnivå.');
  });

  it('says "alla avdelningar" when all did', () => {
    expect(sv(4, lettered(3, { goals: 4, unitsWithGoal: 1 }))).toContain('Alla avdelningar har fördelat mål till enhetsnivå.');
  });

  it('names two and three departments, and counts four', () => {
    const some = (allocating: number): DepartmentSpec[] =>
      lettered(6, { goals: 4 }).map((spec, index) => ({ ...spec, unitsWithGoal: index < allocating ? 1 : 0 }));
    expect(sv(4, some(2))).toContain('Två avdelningar (A och B) har fördelat mål till enhetsnivå.');
    expect(sv(4, some(3))).toContain('Tre avdelningar (A, B och C) har fördelat mål till enhetsnivå.');
    expect(sv(4, some(4))).toContain('Fyra avdelningar av sex har fördelat mål till enhetsnivå.');
  });

  it('says "alla fyra miljömål" when every department holds every goal', () => {
    expect(sv(4, lettered(2, { goals: 4 }))).toMatch(/^En sammanställning visar att alla avdelningar har fått alla fyra miljömål nerfördelade\./);
  });

  it('agrees "ett miljömål nerfördelat" in the singular', () => {
    expect(sv(4, lettered(2, { goals: 1 }))).toContain('alla avdelningar har fått ett miljömål nerfördelat, av fyra möjliga.');
  });

  it('writes a wider range as "mellan … och …"', () => {
    expect(sv(4, [{ name: 'A', goals: 1 }, { name: 'B', goals: 4 }])).toContain(
      'har fått mellan ett och fyra miljömål nerfördelade, av fyra möjliga.'
    );
  });

  it('writes "en avdelning av två" and "det enda möjliga miljömålet" with a single goal', () => {
    expect(sv(1, [{ name: 'A', goals: 1 }, { name: 'B', goals: 0 }])).toMatch(
      /^En sammanställning visar att en avdelning av två har fått det enda möjliga miljömålet nerfördelat\. En avdelning \(B\) har inte fått något miljömål nerfördelat\./
    );
    expect(sv(1, lettered(2, { goals: 0 }))).toMatch(/har fått något miljömål nerfördelat, av ett möjligt\./);
  });

  it('says "ingen avdelning har fått något miljömål" when no goal is allocated', () => {
    expect(sv(4, lettered(2, { goals: 0 }))).toMatch(
      /^En sammanställning visar att ingen avdelning har fått något miljömål nerfördelat, av fyra möjliga\./
    );
  });

  it('counts many departments without goals instead of naming them', () => {
    const departments = [...lettered(4, { goals: 0 }), { name: 'E', goals: 3 }];
    expect(sv(4, departments)).toContain('att en avdelning av fem har fått tre miljömål nerfördelade, av fyra möjliga. Fyra avdelningar har inte fått något miljömål nerfördelat.');
  });

  it('writes one activity in the singular', () => {
    expect(sv(4, [{ name: 'A', goals: 4, departmentActivities: 1 }, { name: 'B', goals: 4 }])).toContain(
      'För de mål som ligger på avdelningsnivå har en avdelning (A) minst en aktivitet inlagd, och totalt en aktivitet har lagts in inom Regionstyrelsen.'
    );
  });

  it('says "ingen avdelning någon aktivitet" when activities are only at unit level', () => {
    expect(sv(4, [{ name: 'A', goals: 4, unitsWithGoal: 1, unitActivities: 2 }, { name: 'B', goals: 4 }])).toContain(
      'har ingen avdelning någon aktivitet inlagd, och totalt två aktiviteter har lagts in inom Regionstyrelsen.'
    );
  });

  it('says "inga aktiviteter" when there are none', () => {
    expect(sv(4, lettered(2, { goals: 4 }))).toMatch(/ Inga aktiviteter har lagts in inom Regionstyrelsen\.$/);
  });

  it('writes numbers above twelve as digits', () => {
    expect(sv(4, [{ name: 'A', goals: 4, departmentActivities: 13 }, { name: 'B', goals: 4 }])).toContain('totalt 13 aktiviteter');
  });

  it('says "avdelningen" when there is only one', () => {
    const text = sv(4, [{ name: 'A', goals: 4, unitsWithGoal: 1, departmentActivities: 1 }]);
    expect(text).toBe(
      'En sammanställning visar att avdelningen har fått alla fyra miljömål nerfördelade. ' +
        'Avdelningen har fördelat mål till enhetsnivå. ' +
        'För de mål som ligger på avdelningsnivå har avdelningen minst en aktivitet inlagd, och totalt en aktivitet har lagts in inom Regionstyrelsen.'
    );
  });

  it('handles no departments and no goals', () => {
    expect(sv(4, [])).toBe('En sammanställning visar att det inte finns några avdelningar att fördela miljömål till.');
    expect(sv(0, lettered(2, { goals: 0 }))).toBe('En sammanställning visar att inga miljömål har beslutats för 2023.');
  });
});

describe('English grammar for other figures', () => {
  it('agrees verbs with singular and plural subjects', () => {
    expect(en(4, [{ name: 'A', goals: 4, departmentActivities: 1 }, { name: 'B', goals: 0 }])).toBe(
      'A summary shows that one of two departments has been allocated all four environmental goals. ' +
        'One department (B) has not been allocated any environmental goal. ' +
        'No department has allocated goals to unit level. ' +
        'For the goals held at department level, one department (A) has at least one activity registered, ' +
        'and in total one activity has been registered within Regionstyrelsen.'
    );
  });

  it('names few departments and counts many', () => {
    const some = (allocating: number): DepartmentSpec[] =>
      lettered(6, { goals: 2 }).map((spec, index) => ({ ...spec, unitsWithGoal: index < allocating ? 1 : 0 }));
    expect(en(4, some(3))).toContain('Three departments (A, B and C) have allocated goals to unit level.');
    expect(en(4, some(5))).toContain('Five of six departments have allocated goals to unit level.');
    expect(en(4, some(6))).toContain('All departments have allocated goals to unit level.');
    expect(en(4, some(6))).toContain('all departments have been allocated two environmental goals, of four possible.');
  });
});

describe('the sentence on the work, naming the highlighted activities', () => {
  const svWork = (departments: DepartmentSpec[]): string => sv(4, departments).replace(/^.* inom Regionstyrelsen\. ?/, '');
  const enWork = (departments: DepartmentSpec[]): string => en(4, departments).replace(/^.* within Regionstyrelsen\. ?/, '');

  it('is left out when nothing is highlighted', () => {
    expect(svWork([{ name: 'A', goals: 4, departmentActivities: 3 }])).toBe('');
    expect(enWork([{ name: 'A', goals: 4, departmentActivities: 3 }])).toBe('');
    expect(sv(4, lettered(2, { goals: 4 }))).not.toContain('Arbetet');
  });

  it('names one', () => {
    expect(svWork([{ name: 'A', goals: 4, highlighted: ['Nya recept'] }])).toBe('Arbetet beskrivs i kommentarer och inkluderar bl.a. \u201dNya recept\u201d.');
    expect(enWork([{ name: 'A', goals: 4, highlighted: ['Nya recept'] }])).toBe(
      'The work is described in comments and includes, among other things, \u201cNya recept\u201d.');
  });

  it('joins two with "och" and "and"', () => {
    const two = [{ name: 'A', goals: 4, highlighted: ['Nya recept'] }, { name: 'B', goals: 4, highlighted: ['Elbilar'] }];
    expect(svWork(two)).toBe('Arbetet beskrivs i kommentarer och inkluderar bl.a. \u201dNya recept\u201d och \u201dElbilar\u201d.');
    expect(enWork(two)).toBe('The work is described in comments and includes, among other things, \u201cNya recept\u201d and \u201cElbilar\u201d.');
  });

  it('lists several with commas before the last "och", in department order and then as registered', () => {
    const several = [{ name: 'B', goals: 4, highlighted: ['Ö', 'Å'] }, { name: 'A', goals: 4, highlighted: ['Cirkulärt byggande'] }];
    expect(svWork(several)).toBe('Arbetet beskrivs i kommentarer och inkluderar bl.a. \u201dCirkulärt byggande\u201d, \u201dÖ\u201d och \u201dÅ\u201d.');
    expect(enWork(several)).toBe('The work is described in comments and includes, among other things, \u201cCirkulärt byggande\u201d, \u201cÖ\u201d and \u201cÅ\u201d.');
  });

  it('names at most five, one department at a time, so one department with many does not fill it', () => {
    const many = [
      { name: 'A', goals: 4, highlighted: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'] },
      { name: 'B', goals: 4, highlighted: ['B1'] },
      { name: 'C', goals: 4, highlighted: ['C1', 'C2'] }
    ];
    expect(svWork(many)).toBe(
      'Arbetet beskrivs i kommentarer och inkluderar bl.a. \u201dA1\u201d, \u201dA2\u201d, \u201dB1\u201d, \u201dC1\u201d och \u201dC2\u201d.');
    expect(enWork(many)).toBe(
      'The work is described in comments and includes, among other things, \u201cA1\u201d, \u201cA2\u201d, \u201cB1\u201d, \u201cC1\u201d and \u201cC2\u201d.');
    const five = [{ name: 'A', goals: 4, highlighted: ['A1', 'A2', 'A3', 'A4', 'A5'] }];
    expect(svWork(five)).toContain('\u201dA4\u201d och \u201dA5\u201d.');
  });

  it('leaves out cancelled activities and those on goals or departments not counted', () => {
    const picture = buildPicture(2, [{ name: 'A', goals: 2, highlighted: ['Kvar', 'Avbruten'] }]);
    const activities = picture.activities.map((activity) => (activity.title === 'Avbruten' ? { ...activity, status: 'avbruten' as const } : activity));
    const goals = picture.goals.map((goal) => ({ ...goal, retired: goal.id === 1 }));
    const summary = computeCoverageSummary({ ...picture, activities }, period);
    expect(summary.highlights.map((highlight) => highlight.title)).toEqual(['Kvar']);
    // The highlights sit on the first goal: retired, it is not counted, and neither are they.
    expect(computeCoverageSummary({ ...picture, activities, goals }, period).highlights).toEqual([]);
  });

  it('sets each title inside the quotation marks, without its direction controls', () => {
    const title = 'Rekrytering \u2067\u202eevil';
    const text = reportText(computeCoverageSummary(buildPicture(4, [{ name: 'A', goals: 4, highlighted: [title] }]), period), 'sv-SE');
    expect(text).toContain('\u201dRekrytering evil\u201d.');
    expect(text).not.toMatch(directionControls);
  });
});

describe('toReportLocale', () => {
  it('maps Swedish cultures to sv-SE and everything else to en-US', () => {
    expect(toReportLocale('sv-SE')).toBe('sv-SE');
    expect(toReportLocale('sv-FI')).toBe('sv-SE');
    expect(toReportLocale('en-GB')).toBe('en-US');
    expect(toReportLocale('nb-NO')).toBe('en-US');
  });
});
