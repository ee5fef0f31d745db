import * as fc from 'fast-check';
import type { OrgUnit, Person } from '../../model';
import { demoOrgUnits } from '../../demo/demoOrganisation';
import { parseCsv } from '../csv';
import { headEmailsIn, organisationRows, previewOrgImport, writeOrder, type HeadLookup, type OrgPreview } from '../orgImport';
import type { RowProblem } from '../preview';
import type { SheetRows } from '../sheet';
import { organisationTemplate } from '../templates';

const anna: Person = { login: 'anna.berg@region.example', name: 'Anna Berg', email: 'anna.berg@region.example' };
const olle: Person = { login: 'olle.ek@region.example', name: 'Olle Ek', email: 'olle.ek@region.example' };
const people = new Map([anna, olle].map((person) => [person.login, person]));
const findHead: HeadLookup = (email) => people.get(email.toLowerCase());

const top = 'Regionstyrelsens förvaltning';
const units: OrgUnit[] = [
  { id: 1, name: top, level: 'forvaltning', shortName: 'Regionstyrelsen' },
  { id: 10, name: 'Regionservice', level: 'avdelning', parentId: 1, code: 'RSV' },
  { id: 11, name: 'Regionstaben', level: 'avdelning', parentId: 1 },
  { id: 101, name: 'Kost', level: 'enhet', parentId: 10, head: anna },
  { id: 102, name: 'Fordon', level: 'enhet', parentId: 10 },
  { id: 103, name: 'Administration', level: 'enhet', parentId: 10 },
  { id: 111, name: 'Administration', level: 'enhet', parentId: 11 },
  { id: 104, name: 'Gamla enheten', level: 'enhet', parentId: 10, closed: true, closedOn: '2022-12-31' }
];

function preview(rows: SheetRows, existing: readonly OrgUnit[] = units): OrgPreview {
  return previewOrgImport(rows, existing, findHead);
}

function problemsOf(result: OrgPreview, rowNumber: number): RowProblem[] {
  return [...(result.rows.find((row) => row.rowNumber === rowNumber)?.problems ?? [])];
}

const svHeader = ['Enhetskod', 'Nivå', 'Namn', 'Överordnad', 'Kortnamn', 'Chefens e-post', 'Chefens namn'];

describe('importing the organisation: the preview', () => {
  it('classifies rows as new, changed and unchanged, matching by path of names, and lists what the file lacks', () => {
    const result = preview([
      svHeader,
      ['', 'förvaltning', top, '', '', '', ''],
      ['', 'avdelning', 'Regionservice', top, '', '', ''],
      ['', 'enhet', 'Kost', `${top} / Regionservice`, '', 'anna.berg@region.example', ''],
      ['', 'enhet', 'Fordon', 'Regionservice', 'Fordonen', 'olle.ek@region.example', ''],
      ['', 'enhet', 'Lokalvård', 'Regionservice', '', '', '']
    ]);
    expect(result.fileProblems).toEqual([]);
    expect(result.rows.map((row) => row.fate)).toEqual(['unchanged', 'unchanged', 'unchanged', 'changed', 'new']);
    expect(result.rows[3].changes).toEqual(['shortName', 'head']);
    expect(result.rows[3].plan).toEqual({ unitId: 102, parent: { kind: 'unit', unitId: 10 }, unit: {
      name: 'Fordon', level: 'enhet', parentId: 10, shortName: 'Fordonen', head: olle } });
    expect(result.rows[4].plan).toEqual({ unitId: undefined, parent: { kind: 'unit', unitId: 10 }, unit: { name: 'Lokalvård', level: 'enhet', parentId: 10 } });
    expect(result.counts).toEqual({ new: 1, changed: 1, unchanged: 3, error: 0 });
    // Closed units are not missing; open ones the file does not hold are listed, never removed.
    expect(result.missing.map((unit) => unit.id)).toEqual([103, 11, 111]);
  });

  it('reads English headers and level words, and places rows by a path column alone', () => {
    const result = preview([
      ['Path', 'Unit code', 'Head e-mail'],
      [top, '', ''],
      [`${top} / Regionstaben`, 'STAB', ''],
      [`${top} / Regionstaben / Miljöfunktionen`, '', 'anna.berg@region.example'],
      [`${top} > Regionservice > Kost`, '', '']
    ]);
    expect(result.rows.map((row) => row.fate)).toEqual(['unchanged', 'changed', 'new', 'unchanged']);
    expect(result.rows[1].changes).toEqual(['code']);
    expect(result.rows[2].plan?.unit).toEqual({ name: 'Miljöfunktionen', level: 'enhet', parentId: 11, head: anna });
    const english = preview([['Level', 'Name', 'Parent'], ['department', 'Regionservice', top], ['unit', 'Kost', 'Regionservice']]);
    expect(english.rows.map((row) => row.fate)).toEqual(['unchanged', 'unchanged']);
  });

  it('places new units under new units of the same file, parents written first', () => {
    const result = preview([
      ['Nivå', 'Namn', 'Överordnad'],
      ['enhet', 'Planering', 'Hälso- och sjukvård'],
      ['avdelning', 'Hälso- och sjukvård', top]
    ]);
    expect(result.rows.map((row) => row.fate)).toEqual(['new', 'new']);
    expect(result.rows[0].plan?.parent).toEqual({ kind: 'row', rowNumber: 3 });
    expect(writeOrder(result.rows).map((level) => level.map((row) => row.rowNumber))).toEqual([[], [3], [2]]);
  });

  it('matches by unit code before names: a renamed or moved unit is changed, not new', () => {
    const result = preview([
      ['Enhetskod', 'Nivå', 'Namn', 'Överordnad'],
      ['RSV', 'avdelning', 'Regionservice och fastigheter', top],
      ['', 'enhet', 'Kost', 'RSV']
    ]);
    expect(result.rows.map((row) => row.fate)).toEqual(['changed', 'unchanged']);
    expect(result.rows[0].changes).toEqual(['name']);
    // The unit under the renamed department is still found under it.
    expect(result.rows[1].plan).toBeUndefined();
  });

  it('reopens a closed unit the file holds', () => {
    const result = preview([['Nivå', 'Namn', 'Överordnad'], ['enhet', 'Gamla enheten', 'Regionservice']]);
    expect(result.rows[0].fate).toBe('changed');
    expect(result.rows[0].changes).toEqual(['closed']);
    expect(result.rows[0].plan?.unit.closed).toBeUndefined();
  });

  describe('each error kind, beside its row', () => {
    it('an empty name', () => {
      expect(problemsOf(preview([['Nivå', 'Namn', 'Överordnad'], ['enhet', '', 'Regionservice']]), 2))
        .toEqual([{ code: 'field', field: 'name', reason: { code: 'required', params: {} } }]);
    });

    it('a missing parent, and an unknown one', () => {
      const result = preview([['Nivå', 'Namn', 'Överordnad'], ['enhet', 'Kök', ''], ['enhet', 'Kök', 'Finns inte']]);
      expect(problemsOf(result, 2)).toEqual([{ code: 'missingParent' }]);
      expect(problemsOf(result, 3)).toEqual([{ code: 'unknownParent', parent: 'Finns inte' }]);
    });

    it('a parent two units share: the file should give the path or the code', () => {
      const result = preview([['Nivå', 'Namn', 'Överordnad'], ['avdelning', 'Ekonomi', top], ['enhet', 'Kassa', 'Administration']]);
      // Administration is an enhet in two departments; a unit cannot sit under a unit anyway.
      expect(problemsOf(result, 3)).toEqual([{ code: 'ambiguousParent', parent: 'Administration', count: 2 }]);
    });

    it('a duplicate name under one parent, also with different spelling of case and spaces', () => {
      const result = preview([['Nivå', 'Namn', 'Överordnad'], ['enhet', 'Städ', 'Regionservice'], ['enhet', ' städ ', 'Regionservice']]);
      expect(result.rows.map((row) => row.fate)).toEqual(['new', 'error']);
      expect(problemsOf(result, 3)).toEqual([{ code: 'duplicateName', name: ' städ '.trim(), firstRow: 2 }]);
    });

    it('a duplicate code', () => {
      const result = preview([['Enhetskod', 'Nivå', 'Namn', 'Överordnad'], ['X1', 'enhet', 'A', 'Regionservice'], ['x1', 'enhet', 'B', 'Regionservice']]);
      expect(problemsOf(result, 3)).toEqual([{ code: 'duplicateCode', value: 'x1', firstRow: 2 }]);
    });

    it('a level that does not fit the tree, and one nobody knows', () => {
      const result = preview([
        ['Nivå', 'Namn', 'Överordnad'],
        ['enhet', 'Under förvaltningen', top],
        ['avdelning', 'Under en enhet', `${top} / Regionservice / Kost`],
        ['förvaltning', 'Andra förvaltningen', 'Regionservice'],
        ['sektion', 'Okänd nivå', 'Regionservice']
      ]);
      expect(problemsOf(result, 2)).toEqual([{ code: 'levelMismatch', level: 'enhet', parentLevel: 'forvaltning' }]);
      expect(problemsOf(result, 3)).toEqual([{ code: 'levelMismatch', level: 'avdelning', parentLevel: 'enhet' }]);
      expect(problemsOf(result, 4)).toEqual([{ code: 'levelMismatch', level: 'forvaltning', parentLevel: 'avdelning' }]);
      expect(problemsOf(result, 5)).toEqual([{ code: 'unknownLevel', value: 'sektion' }]);
    });

    it('a cycle: rows that are each other\'s parent, and a unit put under itself', () => {
      const result = preview([['Namn', 'Överordnad'], ['Ett', 'Två'], ['Två', 'Ett'], ['Regionservice', 'Regionservice']]);
      expect(problemsOf(result, 2)).toEqual([{ code: 'cycle' }]);
      expect(problemsOf(result, 3)).toEqual([{ code: 'cycle' }]);
      const self = preview([['Enhetskod', 'Namn', 'Överordnad'], ['RSV', 'Regionservice', 'RSV']]);
      expect(problemsOf(self, 2)).toEqual([{ code: 'cycle' }]);
    });

    it('a head nobody can find, and an e-mail that is not one', () => {
      const result = preview([
        ['Nivå', 'Namn', 'Överordnad', 'Chefens e-post'],
        ['enhet', 'A', 'Regionservice', 'nobody@region.example'],
        ['enhet', 'B', 'Regionservice', 'inte en adress']
      ]);
      expect(problemsOf(result, 2)).toEqual([{ code: 'headNotFound', email: 'nobody@region.example' }]);
      expect(problemsOf(result, 3)).toEqual([{ code: 'invalidEmail', value: 'inte en adress' }]);
    });

    it('a row under a row with an error has an error too, and names that row', () => {
      const result = preview([
        ['Nivå', 'Namn', 'Överordnad', 'Chefens e-post'],
        ['avdelning', 'Ny avdelning', top, 'nobody@region.example'],
        ['enhet', 'Ny enhet', 'Ny avdelning', '']
      ]);
      expect(result.rows.map((row) => row.fate)).toEqual(['error', 'error']);
      expect(problemsOf(result, 3)).toEqual([{ code: 'parentHasError', parentRow: 2 }]);
      expect(result.counts.error).toBe(2);
    });

    it('too long a name, and a parent that is closed', () => {
      const result = preview([['Nivå', 'Namn', 'Överordnad'], ['enhet', 'x'.repeat(256), 'Regionservice'], ['enhet', 'Ny', `${top} / Regionservice / Gamla enheten`]]);
      expect(problemsOf(result, 2)).toEqual([{ code: 'field', field: 'name', reason: { code: 'tooLong', params: { maxLength: 255, length: 256 } } }]);
      // A closed unit is not a parent to look for: it is not found.
      expect(problemsOf(result, 3)[0].code).toBe('unknownParent');
    });
  });

  it('says which columns a file lacks, and when it has no rows', () => {
    expect(preview([['Chefens e-post'], ['a@b.se']]).fileProblems).toEqual([
      { code: 'missingColumns', columns: ['name'] }, { code: 'missingColumns', columns: ['level', 'parent'] }
    ]);
    expect(preview([svHeader]).fileProblems).toEqual([{ code: 'noRows' }]);
    expect(preview([]).fileProblems).toEqual([{ code: 'noRows' }]);
  });

  it('collects the heads\' e-mails for the caller to look up', () => {
    expect(headEmailsIn([['Namn', 'Chef'], ['A', 'Anna.Berg@region.example'], ['B', 'anna.berg@region.example'], ['C', 'nej']]))
      .toEqual(['anna.berg@region.example']);
  });
});

describe('importing the organisation: idempotent, and a round trip', () => {
  /** What SharePoint would hold after writing a preview's rows (ids made up for new units). */
  function apply(result: OrgPreview, existing: readonly OrgUnit[]): OrgUnit[] {
    const next = new Map(existing.map((unit) => [unit.id, unit]));
    const created = new Map<number, number>();
    let nextId = 1000;
    for (const level of writeOrder(result.rows)) {
      for (const row of level) {
        const plan = row.plan!;
        const parentId = plan.parent.kind === 'row' ? created.get(plan.parent.rowNumber) : plan.unit.parentId;
        const id = plan.unitId ?? (nextId += 1);
        created.set(row.rowNumber, id);
        next.set(id, { ...plan.unit, ...(parentId === undefined ? {} : { parentId }), id });
      }
    }
    return Array.from(next.values());
  }

  it('the same file twice: every row unchanged', () => {
    const file: SheetRows = [
      ['Enhetskod', 'Nivå', 'Namn', 'Överordnad', 'Chefens e-post'],
      ['HS', 'avdelning', 'Hälso- och sjukvård', top, 'olle.ek@region.example'],
      ['HS-1', 'enhet', 'Planering', 'HS', ''],
      ['', 'enhet', 'Kost', 'Regionservice', 'olle.ek@region.example']
    ];
    const first = preview(file);
    expect(first.counts).toEqual({ new: 2, changed: 1, unchanged: 0, error: 0 });
    const after = apply(first, units);
    const second = preview(file, after);
    expect(second.counts).toEqual({ new: 0, changed: 0, unchanged: 3, error: 0 });
  });

  it('export → import changes nothing, and exporting again gives the same file (the demo region, both languages)', () => {
    for (const language of ['sv', 'en'] as const) {
      const exported = organisationRows(demoOrgUnits, language);
      const heads = new Map(demoOrgUnits.flatMap((unit) => (unit.head === undefined ? [] : [[unit.head.login, unit.head] as const])));
      const result = previewOrgImport(exported, demoOrgUnits, (email) => heads.get(email));
      expect(result.counts.error).toBe(0);
      expect(result.counts.unchanged).toBe(demoOrgUnits.filter((unit) => unit.closed !== true).length);
      expect(result.missing).toEqual([]);
      expect(organisationRows(apply(result, demoOrgUnits), language)).toEqual(exported);
    }
  });

  it('the template imports into an empty organisation without an error, and then again unchanged', () => {
    for (const language of ['sv', 'en'] as const) {
      const template = organisationTemplate(language);
      const first = previewOrgImport(template, [], findHead);
      expect(first.counts).toEqual({ new: template.length - 1, changed: 0, unchanged: 0, error: 0 });
      const second = previewOrgImport(template, apply(first, []), findHead);
      expect(second.counts.unchanged).toBe(template.length - 1);
    }
  });

  it('the same file read as CSV gives the same preview as its sheet', () => {
    const rows = organisationRows(units, 'sv');
    const csv = '\uFEFF' + rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(';')).join('\r\n');
    expect(previewOrgImport(parseCsv(csv).rows, units, findHead)).toEqual(previewOrgImport(rows, units, findHead));
  });

  it('any organisation a file describes imports once: a second time is all unchanged (property)', () => {
    const name = fc.constantFrom('Kost', 'Fordon', 'Städ', 'Ekonomi', 'IT', 'Ö-enheten', 'HR');
    const tree = fc.array(fc.tuple(name, fc.array(name, { maxLength: 4 })), { maxLength: 5 });
    fc.assert(fc.property(tree, fc.boolean(), (departments, withCodes) => {
      const file: string[][] = [['Enhetskod', 'Nivå', 'Namn', 'Överordnad']];
      file.push([withCodes ? 'T' : '', 'förvaltning', top, '']);
      departments.forEach(([department, children], index) => {
        file.push([withCodes ? `D${index}` : '', 'avdelning', department, top]);
        children.forEach((child, childIndex) => file.push([withCodes ? `D${index}-${childIndex}` : '', 'enhet', child, withCodes ? `D${index}` : `${top} / ${department}`]));
      });
      const first = previewOrgImport(file, [], findHead);
      const after = apply(first, []);
      const second = previewOrgImport(file, after, findHead);
      // Duplicates are errors both times; every row that was written is unchanged the second time.
      for (const [index, row] of second.rows.entries()) {
        expect(row.fate).toBe(first.rows[index].fate === 'error' ? 'error' : 'unchanged');
      }
    }));
  });
});

describe('importing a region of several förvaltningar in one file', () => {
  it('places each förvaltning at the top and its departments and units under it, the same names kept apart', () => {
    const health = 'Hälso- och sjukvårdsförvaltningen';
    const result = preview([
      svHeader,
      ['', 'förvaltning', top, '', '', '', ''],
      ['', 'avdelning', 'Regionservice', top, '', '', ''],
      ['', 'förvaltning', health, '', 'Hälso- och sjukvården', '', ''],
      ['', 'avdelning', 'Akutsjukvården', health, '', '', ''],
      // The same unit name under two förvaltningar: each under its own, told apart by its path.
      ['', 'enhet', 'Administration', `${health} / Akutsjukvården`, '', '', ''],
      ['', 'enhet', 'Administration', `${top} / Regionservice`, '', '', '']
    ]);
    expect(result.fileProblems).toEqual([]);
    expect(result.counts).toEqual({ new: 3, changed: 0, unchanged: 3, error: 0 });
    expect(result.rows.map((row) => row.fate)).toEqual(['unchanged', 'unchanged', 'new', 'new', 'new', 'unchanged']);
    expect(result.rows[2].plan).toEqual({ parent: { kind: 'top' }, unit: { name: health, level: 'forvaltning', shortName: 'Hälso- och sjukvården' } });
    expect(result.rows[3].plan?.parent).toEqual({ kind: 'row', rowNumber: result.rows[2].rowNumber });
    expect(result.rows[4].plan).toMatchObject({ parent: { kind: 'row', rowNumber: result.rows[3].rowNumber }, unit: { level: 'enhet' } });
  });
});
