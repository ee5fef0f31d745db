import type { FileProblem, RowProblem, RowProblemCode } from '../../../../domain/import/preview';
import { refusal } from '../../../../domain/rules/refusal';
import { english, swedish } from '../../../../../test/support/strings';
import { fileProblemText, rowProblemText } from '../importText';

// A Record keyed by every code: the compiler says when a new problem has no example here.
const examples: Record<RowProblemCode, RowProblem> = {
  field: { code: 'field', field: 'name', reason: refusal('tooLong', { maxLength: 255, length: 300 }) },
  unknownLevel: { code: 'unknownLevel', value: 'sektion' },
  missingParent: { code: 'missingParent' },
  unknownParent: { code: 'unknownParent', parent: 'Ekonomi' },
  ambiguousParent: { code: 'ambiguousParent', parent: 'Administration', count: 2 },
  parentHasError: { code: 'parentHasError', parentRow: 4 },
  levelMismatch: { code: 'levelMismatch', level: 'enhet', parentLevel: 'forvaltning' },
  cycle: { code: 'cycle' },
  duplicateName: { code: 'duplicateName', name: 'Kost', firstRow: 3 },
  duplicateCode: { code: 'duplicateCode', value: 'K1', firstRow: 3 },
  headNotFound: { code: 'headNotFound', email: 'nobody@region.example' },
  invalidEmail: { code: 'invalidEmail', value: 'anna' },
  invalidFlag: { code: 'invalidFlag', field: 'retired', value: 'kanske' },
  invalidPeriod: { code: 'invalidPeriod', value: 'kvartal' },
  unknownGoalCode: { code: 'unknownGoalCode', value: 'M9' },
  unknownIndicator: { code: 'unknownIndicator', name: 'Vatten' },
  ambiguousIndicator: { code: 'ambiguousIndicator', name: 'Energi', count: 2 },
  duplicateValue: { code: 'duplicateValue', firstRow: 5 },
  wrongYear: { code: 'wrongYear', year: 2023, expected: 2024 },
  unlinkedKpi: { code: 'unlinkedKpi', kpi: 'N00401', org: '0020' },
  koladaMissing: { code: 'koladaMissing', kpi: 'N00401', year: '2021' },
  koladaDeleted: { code: 'koladaDeleted', kpi: 'N00401', year: '2020' }
};

const names = { goal: (id: number) => `mål ${id}`, unit: (id: number) => `enhet ${id}` };

describe('an import\'s problems in words', () => {
  it.each([['sv-SE', swedish], ['en-US', english]] as const)('every row problem has its own sentence in %s, with its values filled in', (locale, strings) => {
    const texts = Object.values(examples).map((problem) => rowProblemText(problem, strings, names, locale));
    for (const text of texts) {
      expect(text).not.toMatch(/\{\d\}|undefined/);
      expect(text.length).toBeGreaterThan(10);
    }
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('words them as the users read them', () => {
    expect(rowProblemText(examples.levelMismatch, swedish, names, 'sv-SE')).toBe('En enhet kan inte ligga under förvaltningen.');
    expect(rowProblemText({ code: 'levelMismatch', level: 'avdelning', parentLevel: undefined }, swedish, names, 'sv-SE'))
      .toBe('En avdelning kan inte ligga överst: bara förvaltningen gör det.');
    expect(rowProblemText(examples.field, swedish, names, 'sv-SE')).toMatch(/^Namn: /);
    expect(rowProblemText(examples.ambiguousParent, english, names, 'en-US')).toBe('2 units are named “Administration”: give the path (such as “Administration / Department”) or the unit code.');
  });

  it('words a file\'s problems, naming missing columns in the user\'s language', () => {
    const problems: FileProblem[] = [{ code: 'noRows' }, { code: 'missingColumns', columns: ['level', 'parent'] }, { code: 'tooManyRows', count: 6000, max: 5000 }];
    const columnName = (field: string): string => ({ level: 'Nivå', parent: 'Överordnad' } as Record<string, string>)[field] ?? field;
    expect(problems.map((problem) => fileProblemText(problem, swedish, columnName))).toEqual([
      'Filen har inga rader att importera.',
      'Filen saknar kolumnen ”Nivå” eller ”Överordnad”. Hämta mallen för att se kolumnerna.',
      'Filen har 6000 rader; högst 5000 kan importeras åt gången.'
    ]);
  });
});
