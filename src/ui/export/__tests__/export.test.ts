/** @jest-environment jsdom */
import { demoFollowUpPeriod, demoRegion2023, type YearPicture } from '../../../domain';
import { csvField, csvFileContent, toCsv } from '../csv';
import { exportFileName, runExport } from '../exportActions';
import { loadXlsxLibrary } from '../loadXlsxLibrary';
import { neutraliseText, startsLikeFormula } from '../neutralise';
import { activitiesSheet, buildWorkbook, gapsSheet, summarySheet, type Row } from '../workbook';
import { sheetName, toXlsxSheet, workbookBlob, type IXlsxSheet, type WriteXlsxFile } from '../xlsx';
import { exportInput, parseCsv } from './support/exportInput';
import { readXlsx } from './support/readXlsx';
import { english, swedish } from '../../../../test/support/strings';

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
    expect(header.slice(-4)).toEqual(['Bedömning, delår 2023', 'Kommentar, delår 2023', 'Bedömning, helår 2023', 'Kommentar, helår 2023']);
    expect(rows).toHaveLength(demoRegion2023.activities.length);
    const recipes = rows.find((row) => row[5] === 'Minskat matsvinn genom uppdaterade recept') as Row;
    expect(recipes.slice(0, 5)).toEqual(['Regionservice', 'Måltidsservice', 'Enhetsnivå', 'M3', 'Minskade mängder avfall']);
    expect(recipes[8]).toBe('Pågående');
    expect(recipes[11]).toBe('Påbörjad, mer än hälften');
    expect(recipes.slice(13)).toEqual([null, null]);
    const followedUp = rows.filter((row) => row[11] !== null);
    expect(followedUp).toHaveLength(demoRegion2023.followUps.length);
  });

  it('lists the gaps, worst kind first, in the screen’s words', () => {
    const [header, ...rows] = gapsSheet(demo).rows;
    expect(header).toEqual(['Vad som saknas', 'Var']);
    expect(rows).toHaveLength(summary.gaps.length);
    expect(rows[0][0]).toBe('Avdelningar som saknar miljömål (5)');
    expect(rows).toContainEqual(['Avdelningar som saknar miljömål (5)', 'Ekonomiavdelningen saknar M2 Minskad energianvändning']);
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
    expect(read.map((sheet) => sheet.name)).toEqual(['Sammanställning', 'Aktiviteter', 'Saknas']);
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
    expect(written[0].map((sheet) => sheet.sheet)).toEqual(['Sammanställning', 'Aktiviteter', 'Saknas']);
    await expect(runExport('workbook', demo, () => Promise.reject(new Error('chunk failed')))).rejects.toThrow('chunk failed');
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
      followUp.activityId === 1 ? { ...followUp, comment: '@SUM(1+1)*cmd|calc' } : followUp)
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
    for (const fields of [summaryFields, activityFields, gapFields]) expect(fields.filter(startsLikeFormula)).toEqual([]);
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
