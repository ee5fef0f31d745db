import * as fc from 'fast-check';
import type { Goal, Indicator, IndicatorValue } from '../../model';
import { demoGoals, demoYear } from '../../demo/demoRegion2023';
import { demoIndicators, demoIndicatorValues } from '../../demo/demoIndicators';
import { parseCsv } from '../csv';
import { goalRows, previewGoalImport, type GoalPreview } from '../goalImport';
import { goalsTemplate } from '../templates';
import { previewValueImport, valueRows, type ValuePreview } from '../valueImport';

const goals: Goal[] = [
  { id: 1, year: 2024, code: 'M1', title: 'Minskade utsläpp', description: 'Resor.\nOch transporter.', indicator: 'ton CO2e', measuredRegionWide: true },
  { id: 2, year: 2024, code: 'M2', title: 'Mindre energi', description: '', indicator: '', measuredRegionWide: true, retired: true },
  { id: 3, year: 2023, code: 'M3', title: 'Förra året', description: '', indicator: '', measuredRegionWide: true }
];

function applyGoals(result: GoalPreview, existing: readonly Goal[]): Goal[] {
  let nextId = 100;
  const next = new Map(existing.map((goal) => [goal.id, goal]));
  for (const row of result.rows) {
    if (row.plan === undefined) continue;
    const id = row.plan.goalId ?? (nextId += 1);
    next.set(id, { ...row.plan.goal, id });
  }
  return Array.from(next.values());
}

describe('importing a year\'s goals', () => {
  it('matches by code within the year: new, changed, unchanged; lists the year\'s goals the file lacks', () => {
    const result = previewGoalImport([
      ['Målkod', 'Mål', 'Beskrivning', 'Utgått'],
      ['m1', 'Minskade utsläpp', '', ''],
      ['M3', 'Ett nytt mål', 'Nytt', 'nej'],
      ['M4', 'Fossilfritt', '', '']
    ], 2024, goals);
    expect(result.rows.map((row) => row.fate)).toEqual(['unchanged', 'new', 'new']);
    // A blank description keeps the goal's; M3 of 2023 is another year's goal.
    expect(result.rows[1].plan).toEqual({ goalId: undefined, goal: { year: 2024, code: 'M3', title: 'Ett nytt mål', description: 'Nytt', indicator: '', measuredRegionWide: true, retired: false } });
    expect(result.missing.map((goal) => goal.code)).toEqual(['M2']);
  });

  it('reads English headers and flags; a change is named by its fields', () => {
    const result = previewGoalImport([['Goal code', 'Goal', 'Retired', 'Measured region-wide'], ['M2', 'Less energy', 'no', 'yes']], 2024, goals);
    expect(result.rows[0].fate).toBe('changed');
    expect(result.rows[0].changes).toEqual(['title', 'retired']);
  });

  it('each error kind: a duplicate code, an empty title, another year, a flag nobody writes, no code', () => {
    const result = previewGoalImport([
      ['År', 'Målkod', 'Mål', 'Utgått'],
      ['2024', 'M5', 'Ett', ''],
      ['2024', 'm5', 'Två', ''],
      ['2024', 'M6', '', ''],
      ['2023', 'M7', 'Fel år', ''],
      ['2024', 'M8', 'Konstig flagga', 'kanske'],
      ['2024', '', 'Ingen kod', '']
    ], 2024, goals);
    expect(result.rows.map((row) => row.problems)).toEqual([
      [],
      [{ code: 'duplicateCode', value: 'm5', firstRow: 2 }],
      [{ code: 'field', field: 'title', reason: { code: 'required', params: {} } }],
      [{ code: 'wrongYear', year: 2023, expected: 2024 }],
      [{ code: 'invalidFlag', field: 'retired', value: 'kanske' }],
      [{ code: 'field', field: 'code', reason: { code: 'required', params: {} } }]
    ]);
    expect(result.counts).toEqual({ new: 1, changed: 0, unchanged: 0, error: 5 });
  });

  it('says which columns are missing', () => {
    expect(previewGoalImport([['Beskrivning'], ['x']], 2024, goals).fileProblems).toEqual([{ code: 'missingColumns', columns: ['code', 'title'] }]);
  });

  it('idempotent and a round trip: export → import is unchanged; the template twice is new, then unchanged', () => {
    for (const language of ['sv', 'en'] as const) {
      const exported = goalRows(demoGoals, demoYear, language);
      const again = previewGoalImport(exported, demoYear, demoGoals);
      expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: demoGoals.length, error: 0 });
      const csv = parseCsv(exported.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n')).rows;
      expect(previewGoalImport(csv, demoYear, demoGoals)).toEqual(again);
      const template = goalsTemplate(2030, language);
      const first = previewGoalImport(template, 2030, []);
      expect(first.counts.new).toBe(template.length - 1);
      const after = applyGoals(first, []);
      expect(previewGoalImport(template, 2030, after).counts.unchanged).toBe(template.length - 1);
      expect(goalRows(after, 2030, language)).toEqual(template);
    }
  });

  it('any goals a file holds import once (property)', () => {
    const goal = fc.record({ code: fc.constantFrom('M1', 'M2', 'M3', 'm1', 'X'), title: fc.constantFrom('', 'Ett', 'Två'), description: fc.string({ maxLength: 5 }) });
    fc.assert(fc.property(fc.array(goal, { maxLength: 6 }), (rows) => {
      const file = [['Målkod', 'Mål', 'Beskrivning'], ...rows.map((row) => [row.code, row.title, row.description])];
      const first = previewGoalImport(file, 2024, goals);
      const second = previewGoalImport(file, 2024, applyGoals(first, goals));
      expect(second.counts.new + second.counts.changed).toBe(0);
    }));
  });
});

const indicators: Indicator[] = [
  { id: 7, goalId: 1, name: 'Utsläpp från resor', unit: 'ton CO2e', direction: 'lower', baseline: { year: 2019, value: 1500 }, target: { year: 2030, value: 750 }, source: '' },
  { id: 8, goalId: 2, name: 'Energi', unit: 'MWh', direction: 'lower', baseline: { year: 2019, value: 10 }, target: { year: 2030, value: 5 }, source: '' },
  { id: 9, goalId: 1, name: 'Energi', unit: 'MWh', direction: 'lower', baseline: { year: 2019, value: 10 }, target: { year: 2030, value: 5 }, source: '' }
];
const values: IndicatorValue[] = [{ id: 70, indicatorId: 7, year: 2023, value: 1240, comment: 'Från reseräkningar', preliminary: true }];

function applyValues(result: ValuePreview, existing: readonly IndicatorValue[]): IndicatorValue[] {
  let nextId = 100;
  const next = new Map(existing.map((value) => [value.id, value]));
  for (const row of result.rows) {
    if (row.plan !== undefined) next.set(row.plan.valueId ?? (nextId += 1), { ...row.plan.value, id: row.plan.valueId ?? nextId });
  }
  return Array.from(next.values());
}

describe('importing indicator values', () => {
  it('updates the value of an indicator and year in place, adds new ones, skips template rows left blank', () => {
    const result = previewValueImport([
      ['Målkod', 'Indikator', 'År', 'Utfall', 'Kommentar', 'Preliminärt'],
      ['M1', 'Utsläpp från resor', '2023', '1 240', '', ''],
      ['M1', 'Utsläpp från resor', '2022', '1 310,5', 'Slutligt', 'nej'],
      ['M2', 'Energi', '2023', '', '', ''],
      ['M1', 'Utsläpp från resor', '2021', 1400.25, '', 'ja']
    ], goals, indicators, values);
    expect(result.rows.map((row) => row.fate)).toEqual(['unchanged', 'new', 'unchanged', 'new']);
    expect(result.rows[1].plan).toEqual({ valueId: undefined, value: { indicatorId: 7, year: 2022, value: 1310.5, comment: 'Slutligt', preliminary: false } });
    expect(result.rows[3].plan?.value).toEqual({ indicatorId: 7, year: 2021, value: 1400.25, comment: '', preliminary: true });
    const changed = previewValueImport([['Indicator', 'Year', 'Value', 'Preliminary'], ['Utsläpp från resor', '2023', '1250', 'no']], goals, indicators, values);
    expect(changed.rows[0].fate).toBe('changed');
    expect(changed.rows[0].changes).toEqual(['value', 'preliminary']);
    expect(changed.rows[0].plan).toEqual({ valueId: 70, value: { indicatorId: 7, year: 2023, value: 1250, comment: 'Från reseräkningar', preliminary: false } });
  });

  it('each error kind: unknown goal code, unknown and ambiguous indicator, not a number, year, a duplicate, a flag', () => {
    const result = previewValueImport([
      ['Målkod', 'Indikator', 'År', 'Utfall', 'Preliminärt'],
      ['M9', 'Energi', '2023', '5', ''],
      ['M1', 'Vatten', '2023', '5', ''],
      ['', 'Energi', '2023', '5', ''],
      ['M1', 'Energi', '2023', 'fem', ''],
      ['M1', 'Energi', '1899', '5', ''],
      ['M1', 'Energi', '', '5', ''],
      ['M2', 'Energi', '2022', '5', ''],
      ['M2', 'Energi', '2022', '6', ''],
      ['M2', 'Energi', '2021', '6', 'kanske'],
      ['M2', 'Energi', '2020', '', 'ja']
    ], goals, indicators, values);
    expect(result.rows.map((row) => row.problems)).toEqual([
      [{ code: 'unknownGoalCode', value: 'M9' }],
      [{ code: 'unknownIndicator', name: 'Vatten' }],
      [{ code: 'ambiguousIndicator', name: 'Energi', count: 2 }],
      [{ code: 'field', field: 'value', reason: { code: 'invalidNumber', params: { value: 'fem' } } }],
      [{ code: 'field', field: 'year', reason: { code: 'yearOutOfRange', params: { year: 1899, min: 2000, max: 2100 } } }],
      [{ code: 'field', field: 'year', reason: { code: 'required', params: {} } }],
      [],
      [{ code: 'duplicateValue', firstRow: 8 }],
      [{ code: 'invalidFlag', field: 'preliminary', value: 'kanske' }],
      [{ code: 'field', field: 'value', reason: { code: 'required', params: {} } }]
    ]);
  });

  it('takes a delår figure beside the whole year\'s, and a denominator for the normalised figure', () => {
    const result = previewValueImport([
      ['Indikator', 'År', 'Period', 'Utfall', 'Nämnare'],
      ['Utsläpp från resor', '2023', 'delår', '560', ''],
      ['Utsläpp från resor', '2023', '', '1240', '3 100'],
      ['Utsläpp från resor', '2022', 'kvartal', '300', ''],
      ['Utsläpp från resor', '2021', '', '1400', '0']
    ], goals, indicators, values);
    expect(result.rows.map((row) => row.fate)).toEqual(['new', 'changed', 'error', 'error']);
    expect(result.rows[0].plan).toEqual({ valueId: undefined, value: { indicatorId: 7, year: 2023, period: 'delar', value: 560, comment: '', preliminary: false } });
    // The whole year's value of 2023 is the stored one: only its denominator is new.
    expect(result.rows[1].changes).toEqual(['denominator']);
    expect(result.rows[1].plan?.value).toMatchObject({ year: 2023, period: undefined, value: 1240, denominator: 3100 });
    expect(result.rows[2].problems).toEqual([{ code: 'invalidPeriod', value: 'kvartal' }]);
    expect(result.rows[3].problems).toEqual([{ code: 'field', field: 'denominator', reason: { code: 'notPositive', params: { value: '0' } } }]);
    // A delår row and a whole-year row of one year are two values, not a duplicate.
    expect(result.rows.flatMap((row) => row.problems).some((problem) => problem.code === 'duplicateValue')).toBe(false);
  });

  it('exports a stored delår figure as a row of its own, which imports back unchanged', () => {
    const held: IndicatorValue[] = [...values, { id: 71, indicatorId: 7, year: 2023, period: 'delar', value: 560, comment: 'Jan–aug', preliminary: true, denominator: 3050 }];
    const exported = valueRows(goals, indicators, held, 2023, 'sv');
    expect(exported.filter((row) => row[1] === 'Utsläpp från resor').map((row) => row.slice(3, 6))).toEqual([[2023, '', 1240], [2023, 'delår', 560]]);
    expect(previewValueImport(exported, goals, indicators, held).counts).toMatchObject({ new: 0, changed: 0, error: 0 });
  });

  it('idempotent and a round trip: the demo values export and import unchanged, in both languages and as CSV', () => {
    for (const language of ['sv', 'en'] as const) {
      for (const year of [2019, 2023]) {
        const exported = valueRows(demoGoals, demoIndicators, demoIndicatorValues, year, language);
        const result = previewValueImport(exported, demoGoals, demoIndicators, demoIndicatorValues);
        expect(result.counts).toEqual({ new: 0, changed: 0, unchanged: demoIndicators.length, error: 0 });
        // Swedish Excel's CSV: decimal commas, semicolons.
        const csv = exported.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell).replace('.', ',') : cell)).join(';')).join('\r\n');
        expect(previewValueImport(parseCsv(csv).rows, demoGoals, demoIndicators, demoIndicatorValues).counts).toEqual(result.counts);
      }
    }
    const file = [['Indikator', 'År', 'Utfall'], ['Utsläpp från resor', '2020', '1 100'], ['Utsläpp från resor', '2023', '1000']];
    const after = applyValues(previewValueImport(file, goals, indicators, values), values);
    expect(previewValueImport(file, goals, indicators, after).counts).toEqual({ new: 0, changed: 0, unchanged: 2, error: 0 });
  });
});
