import { readFileSync } from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import type { Goal, Indicator, IndicatorValue } from '../../model';
import { parseCsv } from '../../import/csv';
import { previewValueImport, type ValuePreview } from '../../import/valueImport';
import { readDataPage, readKpiPage, readOrganisationPage, type KoladaDataPoint } from '../koladaAnswer';
import { koladaOrgId, koladaSourceText, isKoladaKpiId } from '../koladaIds';
import { koladaSheet } from '../koladaSheet';
import { askedPoints, koladaAsks, koladaWanted, unansweredYears } from '../koladaFetch';
import { validateIndicatorDefinition, indicatorFromInput, type IndicatorDefinitionInput } from '../../indicators/indicatorDefinition';

const goals: Goal[] = [{ id: 1, year: 2023, code: 'M1', title: 'Minskade utsläpp', description: '', indicator: '', measuredRegionWide: true }];
const linked: Indicator = {
  id: 7, goalId: 1, name: 'Utsläpp per invånare', unit: 'ton CO2e', direction: 'lower', baseline: { year: 2019, value: 5.4 },
  target: { year: 2030, value: 2 }, source: 'Kolada', koladaKpi: 'N00401', koladaOrgId: '0020', koladaOrgName: 'Region Dalarna'
};
const indicators: Indicator[] = [linked,
  { id: 8, goalId: 1, name: 'Avfall', unit: 'kg', direction: 'lower', baseline: { year: 2019, value: 10 }, target: { year: 2030, value: 5 }, source: '' }];
const stored: IndicatorValue[] = [{ id: 70, indicatorId: 7, year: 2019, value: 5.4, comment: 'Från Kolada', preliminary: false }];

const point = (year: number, value: number | null, extra: Partial<KoladaDataPoint> = {}): KoladaDataPoint =>
  ({ kpi: 'N00401', municipality: '0020', year, gender: 'T', value, status: value === null ? 'Missing' : '', deleted: false, ...extra });

function apply(preview: ValuePreview, values: readonly IndicatorValue[]): IndicatorValue[] {
  let nextId = 100;
  const next = new Map(values.map((value) => [value.id, value]));
  for (const row of preview.rows) {
    if (row.plan !== undefined) next.set(row.plan.valueId ?? (nextId += 1), { ...row.plan.value, id: row.plan.valueId ?? nextId });
  }
  return Array.from(next.values());
}

describe('Kolada\'s answers', () => {
  it('reads a data page: genders, a missing figure, a deleted one, the next page', () => {
    const page = readDataPage({
      count: 2, next_url: 'https://api.kolada.se/v3/data/kpi/N00401/municipality/0020/year/2021,2022?page=2&per_page=2',
      values: [
        { kpi: 'N00401', municipality: '0020', period: 2021, values: [{ gender: 'T', value: null, status: 'Missing', count: 0 }] },
        { kpi: 'N00401', municipality: '0020', period: '2022', values: [{ gender: 'T', value: 4.6, status: null, count: 1, isdeleted: true }] }
      ]
    });
    expect(page).toEqual({ ok: true, nextUrl: expect.stringContaining('page=2'), values: [point(2021, null), point(2022, 4.6, { deleted: true })] });
  });

  it('refuses anything else whole: no half-read answer', () => {
    for (const answer of [null, [], 'x', { values: 'x' }, { results: [] }, { values: [{ kpi: 'N00401' }] },
      { values: [{ kpi: 'N00401', municipality: '0020', period: 'år', values: [] }] },
      { values: [{ kpi: 'N00401', municipality: '0020', period: 2022, values: [{ gender: 'T', value: '4,6' }] }] },
      { values: [{ kpi: 'N00401', municipality: '0020', period: 2022, values: [{ gender: 'T', value: 1, isdeleted: 'yes' }] }] },
      { values: [], next_url: 3 }]) {
      expect(readDataPage(answer)).toEqual({ ok: false });
    }
    expect(readKpiPage({ values: [{ id: 'N00401' }] })).toEqual({ ok: false });
    expect(readOrganisationPage({ values: [{ id: '0020', title: 'Region Dalarna' }] })).toEqual({ ok: false });
    expect(readOrganisationPage({ values: [{ id: '0020', title: 'Region Dalarna', type: 'L' }], count: 1 }))
      .toEqual({ ok: true, values: [{ id: '0020', title: 'Region Dalarna', type: 'L' }] });
  });

  it('never throws on any JSON (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => {
      for (const read of [readDataPage, readKpiPage, readOrganisationPage]) expect(['boolean']).toContain(typeof read(json).ok);
    }));
  });

  it('knows its ids, puts back a region\'s zeros and words the source', () => {
    expect(['N00401', 'U07801'].every(isKoladaKpiId)).toBe(true);
    expect(['N0040', 'n00401', '0020', ''].some(isKoladaKpiId)).toBe(false);
    expect(koladaOrgId('20')).toBe('0020');
    expect(koladaOrgId(' 2080 ')).toBe('2080');
    expect(koladaSourceText('N00401', '2026-05-04')).toBe('Kolada N00401, hämtad 2026-05-04');
  });
});

describe('what a fetch asks Kolada', () => {
  it('asks each linked indicator\'s key figure and organisation for its years, up to the year followed up, and keeps only what was asked', () => {
    const other: Indicator = { ...linked, id: 9, koladaKpi: 'U07801', koladaOrgId: '2080', baseline: { year: 2021, value: 1 }, target: { year: 2022, value: 1 } };
    const asks = koladaAsks([...indicators, other], 2023);
    expect(asks.map((ask) => [ask.indicator.id, ask.kpi, ask.org, ask.years])).toEqual([
      [7, 'N00401', '0020', [2019, 2020, 2021, 2022, 2023]], [9, 'U07801', '2080', [2021, 2022]]
    ]);
    expect(koladaWanted(asks)).toEqual({ kpis: ['N00401', 'U07801'], orgs: ['0020', '2080'], years: [2019, 2020, 2021, 2022, 2023] });
    // Kolada answers every pair of the two lists: U07801 for 0020 was not asked by any indicator.
    const answer = [point(2019, 5), point(2022, 4, { gender: 'K' }), point(2022, 400, { kpi: 'U07801' }), point(2022, 410, { kpi: 'U07801', municipality: '2080' }),
      point(2018, 6)];
    expect(askedPoints(answer, asks)).toEqual([answer[0], answer[1], answer[3]]);
    expect(unansweredYears(answer, asks).map(({ indicator, years }) => [indicator.id, years])).toEqual([[7, [2020, 2021, 2022, 2023]], [9, [2021]]]);
  });
});

describe('an indicator linked to Kolada', () => {
  const input: IndicatorDefinitionInput = {
    name: 'Utsläpp', unit: '', direction: 'lower', baselineYear: '2019', baselineValue: '5', targetYear: '2030', targetValue: '2', source: '', normalisedPer: ''
  };
  it('names both the key figure and the organisation, or neither', () => {
    expect(validateIndicatorDefinition(input).ok).toBe(true);
    expect(validateIndicatorDefinition({ ...input, koladaKpi: 'N00401', koladaOrgId: '0020', koladaOrgName: 'Region Dalarna' }).ok).toBe(true);
    expect(validateIndicatorDefinition({ ...input, koladaKpi: 'N00401' })).toEqual({ ok: false, errors: { koladaKpi: { code: 'koladaLinkIncomplete', params: {} } } });
    expect(validateIndicatorDefinition({ ...input, koladaKpi: 'N4', koladaOrgId: '0020' }))
      .toEqual({ ok: false, errors: { koladaKpi: { code: 'invalidKoladaId', params: { value: 'N4' } } } });
    expect(indicatorFromInput({ ...input, koladaKpi: 'N00401', koladaOrgId: '0020', koladaOrgName: 'Region Dalarna' }, 1, undefined))
      .toMatchObject({ koladaKpi: 'N00401', koladaOrgId: '0020', koladaOrgName: 'Region Dalarna' });
    expect(indicatorFromInput({ ...input, koladaKpi: '', koladaOrgId: '' }, 1, undefined)).not.toHaveProperty('koladaKpi');
  });
});

describe('Kolada\'s figures through the values import', () => {
  const fetched = [point(2019, 5.4), point(2020, 4.9), point(2021, null), point(2022, 4.6), point(2023, 4.4, { deleted: true }),
    point(2022, 2.1, { gender: 'K' }), point(2022, 2.5, { gender: 'M' })];

  it('previews a fetch: new, unchanged, missing and deleted reported, women\'s and men\'s figures left out, the source recorded', () => {
    const preview = previewValueImport(koladaSheet(fetched), goals, indicators, stored, { today: '2026-05-04' });
    expect(preview.fileProblems).toEqual([]);
    expect(preview.rows.map((row) => [row.label, row.fate])).toEqual([
      ['M1 · Utsläpp per invånare · 2019', 'unchanged'],
      ['M1 · Utsläpp per invånare · 2020', 'new'],
      ['M1 · Utsläpp per invånare · 2021', 'error'],
      ['M1 · Utsläpp per invånare · 2022', 'new'],
      ['M1 · Utsläpp per invånare · 2023', 'error']
    ]);
    expect(preview.rows[2].problems).toEqual([{ code: 'koladaMissing', kpi: 'N00401', year: '2021' }]);
    expect(preview.rows[4].problems).toEqual([{ code: 'koladaDeleted', kpi: 'N00401', year: '2023' }]);
    expect(preview.rows[1].plan).toEqual({ valueId: undefined, value: {
      indicatorId: 7, year: 2020, period: undefined, value: 4.9, comment: '', preliminary: false, denominator: undefined, source: 'Kolada N00401, hämtad 2026-05-04'
    } });
  });

  it('keeps what the staff added to a value, and writes nothing new when fetched again another day', () => {
    const changed = previewValueImport(koladaSheet([point(2019, 5.5)]), goals, indicators, stored, { today: '2026-05-04' });
    expect(changed.rows[0]).toMatchObject({ fate: 'changed', changes: ['value'], plan: { valueId: 70, value: { value: 5.5, comment: 'Från Kolada' } } });
    const first = previewValueImport(koladaSheet(fetched), goals, indicators, stored, { today: '2026-05-04' });
    const after = apply(first, stored);
    const again = previewValueImport(koladaSheet(fetched), goals, indicators, after, { today: '2026-06-01' });
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 3, error: 2 });
  });

  it('never writes a figure Kolada does not have as 0 (property)', () => {
    fc.assert(fc.property(fc.array(fc.record({
      year: fc.integer({ min: 2000, max: 2030 }),
      value: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
      deleted: fc.boolean()
    }), { maxLength: 12 }), (figures) => {
      const points = figures.map((figure) => point(figure.year, figure.value, { deleted: figure.deleted }));
      const preview = previewValueImport(koladaSheet(points), goals, indicators, [], { today: '2026-05-04' });
      for (const row of preview.rows) {
        if (row.plan === undefined) continue;
        const from = points.find((candidate) => candidate.year === row.plan!.value.year)!;
        expect(from.value).not.toBeNull();
        expect(from.deleted).toBe(false);
        // The same number: a figure Kolada gives as -0 is written as 0 (adding 0 makes -0 into 0, and nothing else changes).
        expect(row.plan.value.value + 0).toBe(from.value! + 0);
      }
    }));
  });

  it('reports a key figure no indicator is linked to, and one two are', () => {
    const twice = [...indicators, { ...linked, id: 9, name: 'Kopia' }];
    expect(previewValueImport(koladaSheet([point(2022, 1, { kpi: 'N07702' })]), goals, indicators, []).rows[0].problems)
      .toEqual([{ code: 'unlinkedKpi', kpi: 'N07702', org: '0020' }]);
    expect(previewValueImport(koladaSheet([point(2022, 1)]), goals, twice, []).rows[0].problems)
      .toEqual([{ code: 'ambiguousIndicator', name: 'N00401', count: 2 }]);
  });

  it('reads the file Kolada\'s site exports, as it is, through the same import', () => {
    const bytes = readFileSync(path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'kolada', 'kolada-export-region-dalarna.csv'));
    const rows = parseCsv(new TextDecoder('utf-8').decode(bytes)).rows;
    const preview = previewValueImport(rows, goals, indicators, stored, { today: '2026-05-04' });
    expect(preview.fileProblems).toEqual([]);
    expect(preview.rows.map((row) => [row.rowNumber, row.fate])).toEqual([
      [4, 'new'], [5, 'unchanged'], [6, 'new'], [7, 'error'], [8, 'new'], [11, 'error']
    ]);
    expect(preview.rows[0].plan?.value).toMatchObject({ year: 2018, value: 5.6, source: 'Kolada N00401, hämtad 2026-05-04' });
    expect(preview.rows[3].problems).toEqual([{ code: 'koladaMissing', kpi: 'N00401', year: '2021' }]);
    expect(preview.rows[5].problems).toEqual([{ code: 'unlinkedKpi', kpi: 'N01951', org: '0020' }]);
    // The region's name, the key figure's title: shown, not read.
    expect(preview.unknownColumns).toEqual(['Kommun']);
    const after = apply(preview, stored);
    expect(previewValueImport(rows, goals, indicators, after, { today: '2026-06-01' }).counts).toEqual({ new: 0, changed: 0, unchanged: 4, error: 2 });
  });

  it('reads a file whose spreadsheet lost a region\'s leading zeros', () => {
    const preview = previewValueImport([['Nyckeltals-id', 'Kommun-id', 'År', 'Värde'], ['N00401', 20, 2022, 4.6]], goals, indicators, []);
    expect(preview.rows[0]).toMatchObject({ fate: 'new', plan: { value: { indicatorId: 7, value: 4.6 } } });
  });
});
