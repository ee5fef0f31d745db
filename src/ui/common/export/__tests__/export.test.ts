/** @jest-environment jsdom */
import { demoFollowUpPeriod, demoRegion2023, type YearPicture } from '../../../../domain';
import { csvField, csvFileContent, toCsv } from '../csv';
import { exportFileName, runExport } from '../exportActions';
import { loadXlsxLibrary } from '../loadXlsxLibrary';
import { neutraliseText, startsLikeFormula } from '../neutralise';
import { indicatorsSheet } from '../indicatorsSheet';
import type { Row } from '../sheetTypes';
import { activitiesSheet, buildWorkbook, gapsSheet, summarySheet } from '../workbook';
import { sheetName, toXlsxSheet, workbookBlob, type IXlsxSheet, type WriteXlsxFile } from '../xlsx';
import { exportInput, parseCsv } from './support/exportInput';
import { readXlsx } from './support/readXlsx';
import { english, swedish } from '../../../../../test/support/strings';

const demo = exportInput(demoRegion2023, demoFollowUpPeriod, swedish);
const { summary } = demo;

const trimTrailingNulls = (row: ReadonlyArray<string | number | null>): Array<string | number | null> => {
  const copy = [...row];
  while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
  return copy;
};
/** How a row reads back from CSV: every cell as text, an empty row as one empty field. */
const asText = (row: Row): string[] => (row.length === 0 ? [''] : row.map((cell) => (cell === null ? '' : String(cell))));

describe('formula neutralisation', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("https://evil.example","Klicka")', '\'=HYPERLINK("https://evil.example","Klicka")'],
    ['+46 70 123 45 67', "'+46 70 123 45 67"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1+1', "'＝1+1"]
  ])('neutralises %j', (text, expected) => {
    expect(neutraliseText(text)).toBe(expected);
    expect(startsLikeFormula(text)).toBe(true);
  });

  it.each(['Minskat matsvinn', 'a=b', '', "'=already", '2023-01-16', 'M1, M2'])('leaves %j as it is', (text) => {
    expect(neutraliseText(text)).toBe(text);
  });
});

describe('CSV', () => {
  it('quotes fields with a semicolon, a quote or a line break, and writes numbers plainly', () => {
    expect(csvField('Regionservice')).toBe('Regionservice');
    expect(csvField('M1; M2')).toBe('"M1; M2"');
    expect(csvField('Säg "hej"')).toBe('"Säg ""hej"""');
    expect(csvField('rad ett\nrad två')).toBe('"rad ett\nrad två"');
    expect(csvField(10)).toBe('10');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(csvField('=1;2')).toBe('"\'=1;2"');
  });

  it('is UTF-8 text with a byte-order mark, semicolons and CRLF line ends', () => {
    expect(toCsv([['a', 1], ['å', null, 'ö']])).toBe('a;1\r\nå;;ö\r\n');
    expect(csvFileContent([['a']]).charCodeAt(0)).toBe(0xfeff);
  });

  it('carries the summary sheet row for row, with the summary’s numbers', () => {
    const rows = summarySheet(demo).rows;
    expect(parseCsv(toCsv(rows))).toEqual(rows.map(asText));
  });
});

describe('the summary sheet equals the summary', () => {
  const rows = summarySheet(demo).rows;
  const valueOf = (label: string): Row[number] | undefined => rows.find((row) => row[0] === label)?.[1];

  it('states the paper’s totals', () => {
    const totals = summary.totals;
    expect(valueOf('Avdelningar')).toBe(totals.departments);
    expect(valueOf('Möjliga miljömål')).toBe(4);
    expect(valueOf('Avdelningar med alla 4 miljömål')).toBe(totals.departmentsWithAllGoals);
    expect(valueOf('Avdelningar med minst tre miljömål')).toBe(9);
    expect(valueOf('Avdelningar utan miljömål')).toBe(0);
    expect(valueOf('Avdelningar som fördelat mål till enhetsnivå')).toBe(1);
    expect(valueOf('Avdelningar med minst en aktivitet på avdelningsnivå')).toBe(4);
    expect(valueOf('Avdelningar med minst en aktivitet på någon nivå')).toBe(totals.departmentsWithActivity);
    expect(valueOf('Aktiviteter totalt')).toBe(10);
    expect(valueOf('Aktiviteter, avdelningsnivå')).toBe(totals.departmentLevelActivities);
    expect(valueOf('Aktiviteter, enhetsnivå')).toBe(totals.unitLevelActivities);
    expect(valueOf('Aktiviteter att följa upp, delår 2023')).toBe(totals.followUp.activitiesDue);
    expect(valueOf('Aktiviteter uppföljda för delår 2023')).toBe(totals.followUp.activitiesFollowedUp);
    expect(valueOf('Rapporttext')).toBe(demo.reportText);
  });

  it('has one row per department with its figures, in the order given', () => {
    const header = rows.findIndex((row) => row[0] === 'Avdelning');
    const departmentRows = rows.slice(header + 1);
    expect(departmentRows).toEqual(summary.departments.map((department) => [
      department.name,
      department.goalsAllocated,
      department.goalsPossible,
      department.allocatedGoalIds.map((id) => demo.index.goal(id)?.code).join(', ') || null,
      department.missingGoalIds.map((id) => demo.index.goal(id)?.code).join(', ') || null,
      department.unitsReached,
      department.unitsTotal,
      department.departmentLevelActivities,
      department.unitLevelActivities,
      department.activities,
      department.followUp.activitiesDue,
      department.followUp.activitiesFollowedUp
    ]));
    const reversed = summarySheet({ ...demo, departments: [...summary.departments].reverse() }).rows;
    expect(reversed[reversed.length - 1][0]).toBe(summary.departments[0].name);
  });
});

describe('the activities and gaps sheets', () => {
  it('lists every activity with its follow-ups for delår and helår', () => {
    const [header, ...rows] = activitiesSheet(demo).rows;
    expect(header.slice(11, 15)).toEqual(['Bedömning, delår 2023', 'Kommentar, delår 2023', 'Bedömning, helår 2023', 'Kommentar, helår 2023']);
    expect(rows).toHaveLength(demoRegion2023.activities.length);
    const recipes = rows.find((row) => row[5] === 'Minskat matsvinn genom uppdaterade recept') as Row;
    expect(recipes.slice(0, 5)).toEqual(['Regionservice', 'Måltidsservice', 'Enhetsnivå', 'M3', 'Minskade mängder avfall']);
    expect(recipes[8]).toBe('Pågående');
    expect(recipes[11]).toBe('Påbörjad, mer än hälften');
    expect(recipes.slice(13, 15)).toEqual([null, null]);
    const followedUp = rows.filter((row) => row[11] !== null);
    expect(followedUp).toHaveLength(demoRegion2023.followUps.length);
  });

  it('gives an activity\'s cost its own column, a number in whole kronor, empty where none is said', () => {
    const withCost: YearPicture = { ...demoRegion2023, activities: demoRegion2023.activities.map((activity, index) => (index === 0 ? { ...activity, cost: 12500 } : activity)) };
    const [header, ...rows] = activitiesSheet(exportInput(withCost, demoFollowUpPeriod, swedish)).rows;
    const cost = header.indexOf('Kostnad (kr)');
    expect(cost).toBeGreaterThan(0);
    const costed = rows.find((row) => row[5] === demoRegion2023.activities[0].title) as Row;
    expect(costed[cost]).toBe(12500);
    expect(rows.filter((row) => row[cost] !== null)).toHaveLength(1);
  });

  it('lists the gaps, worst kind first, in the screen’s words', () => {
    const [header, ...rows] = gapsSheet(demo).rows;
    expect(header).toEqual(['Vad som saknas', 'Var']);
    expect(rows).toHaveLength(summary.gaps.length);
    expect(rows[0][0]).toBe('Avdelningar som saknar miljömål (5)');
    expect(rows).toContainEqual(['Avdelningar som saknar miljömål (5)', 'Ekonomiavdelningen saknar M2 Minskad energianvändning']);
  });
});

describe('the indicators sheet', () => {
  /** The rows under a header row, as objects keyed by column name, up to the next empty row. */
  const table = (rows: Row[], firstColumn: string, secondColumn: string): Array<Record<string, Row[number]>> => {
    const start = rows.findIndex((row) => row[0] === firstColumn && row[1] === secondColumn);
    expect(start).toBeGreaterThanOrEqual(0);
    const header = rows[start] as string[];
    const end = rows.findIndex((row, position) => position > start && row.length === 0);
    return rows.slice(start + 1, end === -1 ? undefined : end)
      .map((row) => Object.fromEntries(header.map((name, column) => [name, row[column] ?? null])));
  };
  const rows = indicatorsSheet(demo).rows;
  const indicators = table(rows, 'Målkod', 'Miljömål');
  const values = table(rows, 'Målkod', 'Indikator');
  const travel = indicators.find((row) => row.Indikator === 'Koldioxidutsläpp från tjänsteresor')!;

  it('has one row per indicator, in the goals’ order, with the status the screen shows', () => {
    expect(indicators.map((row) => row.Indikator)).toEqual(demoRegion2023.indicators.map((indicator) => indicator.name));
    expect(travel).toEqual(expect.objectContaining({
      Målkod: 'M1', Måttenhet: 'ton CO2e', Riktning: 'Lägre är bättre',
      Basår: 2019, Basvärde: 1512, Målår: 2030, Målvärde: 756,
      'Senaste utfallsår': 2023, 'Senaste utfall': 1240, Preliminärt: 'Nej', Status: 'Inte i takt med målet',
      'Förändring sedan basåret': -272, 'Förändring sedan basåret, procent': -18,
      'Förändring sedan året före': 135, 'Förändring sedan året före, procent': 12.2
    }));
    // toLocaleString groups digits with a no-break space.
    expect(String(travel.Rapportmening).replace(/\u00a0/g, ' ')).toBe(
      'Koldioxidutsläpp från tjänsteresor var 1 240 ton CO2e 2023, 18 procent lägre än 2019; målet är 50 procent lägre till 2030 (inte i takt med målet).');
    const sorted = indicators.find((row) => row.Indikator === 'Andel sorterat avfall')!;
    expect(sorted).toEqual(expect.objectContaining({ Måttenhet: 'procent', 'Senaste utfallsår': 2022, 'Förändring sedan basåret': 7 }));
    const energy = indicators.find((row) => row.Indikator === 'Energianvändning i egna lokaler')!;
    expect(energy.Preliminärt).toBe('Ja');
  });

  it('lists every value up to the summary’s year, with the straight path and the comment', () => {
    expect(values).toHaveLength(demoRegion2023.indicatorValues.length);
    expect(values).toContainEqual({
      Målkod: 'M1', Indikator: 'Koldioxidutsläpp från tjänsteresor', År: 2020, Period: 'Helår', Utfall: 720, Nämnare: null, Normaliserat: null,
      'Rak väg': 1443.27, Preliminärt: 'Nej', Kommentar: 'Få resor under pandemin.'
    });
    const later = exportInput({
      ...demoRegion2023,
      indicatorValues: [...demoRegion2023.indicatorValues, { id: 1, indicatorId: 2311, year: 2024, value: 1, comment: '', preliminary: false }]
    }, demoFollowUpPeriod, swedish);
    const laterRows = indicatorsSheet(later).rows;
    expect(table(laterRows, 'Målkod', 'Indikator')).toHaveLength(values.length);
    expect(table(laterRows, 'Målkod', 'Miljömål')[0]['Senaste utfallsår']).toBe(2023);
  });

  it('gives a delår figure its own row, and the normalised figure where the data has one', () => {
    const withMore = exportInput({
      ...demoRegion2023,
      indicators: demoRegion2023.indicators.map((indicator) => (indicator.id === 2311 ? { ...indicator, normalisedPer: 'anställd' } : indicator)),
      indicatorValues: [
        ...demoRegion2023.indicatorValues.map((value) => (value.id === 231123 ? { ...value, denominator: 3100 } : value)),
        { id: 1, indicatorId: 2311, year: 2023, period: 'delar' as const, value: 560, comment: 'Januari–augusti.', preliminary: true }
      ]
    }, demoFollowUpPeriod, swedish);
    const more = indicatorsSheet(withMore).rows;
    const row = table(more, 'Målkod', 'Miljömål').find((line) => line.Indikator === 'Koldioxidutsläpp från tjänsteresor')!;
    // The status still judges the whole year's 1 240, not the delår's 560.
    expect(row).toEqual(expect.objectContaining({ 'Senaste utfall': 1240, 'Normaliserat per': 'anställd', 'Senaste utfall, normaliserat': 0.4, Status: 'Inte i takt med målet' }));
    const travel2023 = table(more, 'Målkod', 'Indikator').filter((line) => line.Indikator === 'Koldioxidutsläpp från tjänsteresor' && line.År === 2023);
    expect(travel2023.map((line) => [line.Period, line.Utfall, line.Nämnare, line.Normaliserat])).toEqual([['Delår', 560, null, null], ['Helår', 1240, 3100, 0.4]]);
  });

  it('leaves out the indicators of a retired goal, and has only headers when there are none', () => {
    const retired = exportInput({
      ...demoRegion2023, goals: demoRegion2023.goals.map((goal) => (goal.code === 'M1' ? { ...goal, retired: true } : goal))
    }, demoFollowUpPeriod, swedish);
    expect(table(indicatorsSheet(retired).rows, 'Målkod', 'Miljömål').map((row) => row.Målkod)).not.toContain('M1');
    const none = indicatorsSheet(exportInput({ ...demoRegion2023, indicators: [], indicatorValues: [] }, demoFollowUpPeriod, swedish));
    expect(table(none.rows, 'Målkod', 'Miljömål')).toEqual([]);
    expect(table(none.rows, 'Målkod', 'Indikator')).toEqual([]);
  });

  it('speaks English in English, and goes to a CSV of its own with decimal commas', () => {
    const inEnglish = indicatorsSheet(exportInput(demoRegion2023, demoFollowUpPeriod, english, 'en-US')).rows;
    const row = table(inEnglish, 'Goal code', 'Goal').find((line) => line.Indicator === 'Koldioxidutsläpp från tjänsteresor');
    expect(row).toEqual(expect.objectContaining({ Direction: 'Lower is better', Status: 'Not on track', 'Baseline year': 2019 }));
    expect(String(row?.['Report sentence'])).toMatch(/^Koldioxidutsläpp från tjänsteresor was 1,240 ton CO2e in 2023/);
    expect(exportFileName('indicatorsCsv', demo)).toBe('miljomal-indikatorer-2023-delar.csv');
    const csv = parseCsv(toCsv(rows));
    expect(csv.find((fields) => fields[2] === 'Koldioxidutsläpp från tjänsteresor')).toEqual(expect.arrayContaining(['12,2']));
  });
});

describe('the .xlsx workbook', () => {
  it('types numbers as numbers and text as text, with bold headers and column widths', () => {
    const sheet = toXlsxSheet(summarySheet(demo));
    expect(sheet.sheet).toBe('Sammanställning');
    expect(sheet.data[0][0]).toEqual(expect.objectContaining({ type: String, fontWeight: 'bold' }));
    const activities = sheet.data.find((row) => row[0]?.value === 'Aktiviteter totalt');
    expect(activities?.[1]).toEqual({ value: 10, type: Number });
    expect(sheet.columns?.[0]).toEqual({ width: 48 });
  });

  it('makes sheet names Excel accepts', () => {
    expect(sheetName('Saknas: [alla] / delår?')).toBe('Saknas   alla    delår');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });

  it('writes, through write-excel-file, cells equal to the summary', async () => {
    const workbook = buildWorkbook(demo);
    const read = await readXlsx(await workbookBlob(workbook, loadXlsxLibrary));
    expect(read.map((sheet) => sheet.name)).toEqual(['Sammanställning', 'Aktiviteter', 'Saknas', 'Indikatorer']);
    read.forEach((sheet, position) => {
      expect(sheet.rows.map(trimTrailingNulls)).toEqual(workbook.sheets[position].rows.map(trimTrailingNulls));
    });
  });

  it('loads the library only through the loader it is given', async () => {
    const written: IXlsxSheet[][] = [];
    const fake: WriteXlsxFile = (sheets) => {
      written.push(sheets);
      return { toBlob: async () => new Blob(['xlsx']) };
    };
    await workbookBlob(buildWorkbook(demo), async () => fake);
    expect(written[0].map((sheet) => sheet.sheet)).toEqual(['Sammanställning', 'Aktiviteter', 'Saknas', 'Indikatorer']);
    await expect(runExport('workbook', demo, new Date('2023-09-12T10:15:30Z'), { xlsx: () => Promise.reject(new Error('chunk failed')), docx: () => Promise.reject(new Error('not asked')) })).rejects.toThrow('chunk failed');
  });
});

describe('an export never carries a formula', () => {
  const injected: YearPicture = {
    ...demoRegion2023,
    orgUnits: demoRegion2023.orgUnits.map((unit) =>
      unit.name === 'Ekonomiavdelningen' ? { ...unit, name: '+Ekonomi' }
        : unit.name === 'Måltidsservice' ? { ...unit, name: '@Måltid' } : unit),
    goals: demoRegion2023.goals.map((goal) =>
      goal.code === 'M2' ? { ...goal, title: '=HYPERLINK("https://evil.example","Klicka")' } : goal),
    activities: demoRegion2023.activities.map((activity) =>
      activity.id === 1 ? { ...activity, title: '-2+3', description: '\t=1+1', responsible: { login: 'x@region.example', name: '=cmd|calc' } }
        : activity),
    followUps: demoRegion2023.followUps.map((followUp) =>
      followUp.activityId === 1 ? { ...followUp, comment: '@SUM(1+1)*cmd|calc' } : followUp),
    indicators: demoRegion2023.indicators.map((indicator) => (indicator.id === 2311 ? { ...indicator, name: '=IND()', source: '+källa' } : indicator)),
    indicatorValues: demoRegion2023.indicatorValues.map((value) => (value.id === 231120 ? { ...value, comment: '-1+1' } : value))
  };
  const input = exportInput(injected, demoFollowUpPeriod, swedish);
  const workbook = buildWorkbook(input);

  it('keeps the text itself in the rows, so the screen and the report are unchanged', () => {
    const texts = workbook.sheets.flatMap((sheet) => sheet.rows.flat()).filter((cell): cell is string => typeof cell === 'string');
    expect(texts).toContain('+Ekonomi');
    expect(texts).toContain('-2+3');
  });

  it('neutralises every such cell in the CSV files', () => {
    const summaryFields = parseCsv(toCsv(summarySheet(input).rows)).flat();
    const activityFields = parseCsv(toCsv(activitiesSheet(input).rows)).flat();
    const gapFields = parseCsv(toCsv(gapsSheet(input).rows)).flat();
    // A negative number is a number in Excel, not a formula: only the texts count here.
    const indicatorFields = parseCsv(toCsv(indicatorsSheet(input).rows)).flat().filter((field) => !/^-\d+(,\d+)?$/.test(field));
    for (const fields of [summaryFields, activityFields, gapFields, indicatorFields]) expect(fields.filter(startsLikeFormula)).toEqual([]);
    expect(indicatorFields).toEqual(expect.arrayContaining(["'=IND()", "'+källa", "'-1+1"]));
    expect(summaryFields).toContain("'+Ekonomi");
    expect(activityFields).toEqual(expect.arrayContaining([
      "'-2+3", "'\t=1+1", "'=cmd|calc", "'@SUM(1+1)*cmd|calc", "'@Måltid", "'+Ekonomi",
      '\'=HYPERLINK("https://evil.example","Klicka")'
    ]));
  });

  it('neutralises every such cell in the workbook, and numbers stay numbers', async () => {
    const read = await readXlsx(await workbookBlob(workbook, loadXlsxLibrary));
    const cells = read.flatMap((sheet) => sheet.rows.flat());
    expect(cells.filter((cell) => typeof cell === 'string' && startsLikeFormula(cell))).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining(["'+Ekonomi", '\'=HYPERLINK("https://evil.example","Klicka")', "'-2+3"]));
    expect(read[0].rows.find((row) => row[0] === 'Aktiviteter totalt')).toEqual(['Aktiviteter totalt', 10]);
  });
});

describe('file names', () => {
  it('names the files by year and period, in the user’s language', () => {
    expect(exportFileName('summaryCsv', demo)).toBe('miljomal-sammanstallning-2023-delar.csv');
    expect(exportFileName('activitiesCsv', demo)).toBe('miljomal-aktiviteter-2023-delar.csv');
    const inEnglish = exportInput(demoRegion2023, demoFollowUpPeriod, english, 'en-US');
    expect(exportFileName('workbook', inEnglish)).toBe('environmental-goals-2023-delar.xlsx');
  });
});
