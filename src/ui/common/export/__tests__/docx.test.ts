/** @jest-environment jsdom */
import JSZip from 'jszip';
import { computeCoverageSummary, demoFollowUpPeriod, demoMiljostrateg, demoRegion2023, indicatorReportText, reportText, type YearPicture } from '../../../../domain';
import { freezeReport } from '../../../../domain/report/frozenReport';
import { frozenIndex } from '../../../summary/reports/frozenIndex';
import { xmlText } from '../docxWriter';
import { documentBlob, exportFileName } from '../exportActions';
import { loadDocxWriter } from '../loadDocxWriter';
import type { IExportInput } from '../sheetTypes';
import { buildWorkbook, summarySheet } from '../workbook';
import { exportInput } from './support/exportInput';
import { english, swedish } from '../../../../../test/support/strings';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface IReadDocument {
  parts: string[];
  core: Document;
  styles: Document;
  body: Document;
}

function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function readDocx(input: IExportInput): Promise<IReadDocument> {
  const blob = await documentBlob(input, loadDocxWriter, new Date('2023-09-12T10:15:30.123Z'));
  expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const zip = await JSZip.loadAsync(await readBlob(blob));
  const xml = async (path: string): Promise<Document> => {
    const text = await zip.file(path)?.async('string');
    if (text === undefined) throw new Error(`no ${path}`);
    const parsed = new DOMParser().parseFromString(text, 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    return parsed;
  };
  return { parts: Object.keys(zip.files).sort(), core: await xml('docProps/core.xml'), styles: await xml('word/styles.xml'), body: await xml('word/document.xml') };
}

const el = (parent: Element | Document, name: string): Element[] => Array.from(parent.getElementsByTagNameNS(W, name));
const attr = (element: Element | undefined, name = 'val'): string | null => element?.getAttributeNS(W, name) ?? null;
const textOf = (element: Element): string =>
  el(element, 'r').map((run) => Array.from(run.children).map((node) => (node.localName === 'br' ? '\n' : node.textContent ?? '')).join('')).join('');

interface IReadTable { table: string[][]; caption: string | null; headerRows: number }
type ReadBlock = { style: string; text: string } | IReadTable;

/** The body's blocks in order: headings and paragraphs as [style, text], tables as their rows. */
function blocksOf(body: Document): ReadBlock[] {
  const bodyElement = el(body, 'body')[0];
  return Array.from(bodyElement.children).flatMap((child): ReadBlock[] => {
    if (child.localName === 'p') {
      const text = textOf(child);
      return text === '' ? [] : [{ style: attr(el(child, 'pStyle')[0]) ?? 'Normal', text }];
    }
    if (child.localName === 'tbl') {
      const rows = el(child, 'tr');
      return [{
        table: rows.map((row) => el(row, 'tc').map((cell) => el(cell, 'p').map(textOf).join('\n'))),
        caption: attr(el(child, 'tblCaption')[0]),
        headerRows: rows.filter((row) => el(row, 'tblHeader').length > 0).length
      }];
    }
    return [];
  });
}

function section(blocks: ReadBlock[], heading: string): ReadBlock[] {
  const start = blocks.findIndex((block) => 'style' in block && block.style === 'Heading2' && block.text === heading);
  expect(start).toBeGreaterThan(0);
  const end = blocks.findIndex((block, at) => at > start && 'style' in block && block.style === 'Heading2');
  return blocks.slice(start + 1, end === -1 ? undefined : end);
}

function tableIn(blocks: ReadBlock[]): IReadTable {
  const found = blocks.find((block): block is IReadTable => 'table' in block);
  if (found === undefined) throw new Error('no table');
  return found;
}

const summary = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod);
const live = exportInput(demoRegion2023, demoFollowUpPeriod, swedish);
const liveWithIndicators: IExportInput = { ...live, reportText: `${live.reportText}\n\n${indicatorReportText(demoRegion2023, 'sv-SE')}` };

describe('the Word export of the live summary', () => {
  let read: IReadDocument;
  let blocks: ReadBlock[];
  beforeAll(async () => {
    read = await readDocx(liveWithIndicators);
    blocks = blocksOf(read.body);
  });

  it('is a Word package with its title, language and Word’s own heading styles', () => {
    expect(read.parts).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/document.xml', 'word/styles.xml']));
    expect(read.core.getElementsByTagName('dc:title')[0].textContent).toBe('Miljömål: sammanställning för Regionstyrelsen, delår 2023');
    expect(read.core.getElementsByTagName('dc:language')[0].textContent).toBe('sv-SE');
    expect(read.core.getElementsByTagName('dcterms:created')[0].textContent).toBe('2023-09-12T10:15:30Z');
    expect(attr(el(el(read.styles, 'docDefaults')[0], 'lang')[0])).toBe('sv-SE');
    const styleNames = new Map(el(read.styles, 'style').map((style) => [style.getAttributeNS(W, 'styleId'), attr(el(style, 'name')[0])]));
    expect(styleNames.get('Heading1')).toBe('heading 1');
    expect(styleNames.get('Heading2')).toBe('heading 2');
    expect(blocks[0]).toEqual({ style: 'Heading1', text: 'Miljömål: sammanställning för Regionstyrelsen, delår 2023' });
    expect(blocks.filter((block) => 'style' in block && block.style === 'Heading2').map((block) => 'text' in block && block.text))
      .toEqual(['Rapporttext', 'Totalt', 'Avdelningar', 'Det som saknas']);
  });

  it('says the figures are live, not a fastställd report', () => {
    expect(blocks[1]).toEqual({ style: 'Normal', text: expect.stringMatching(/^Aktuella uppgifter ur listorna den 1 september 2023 .*inte en fastställd rapport\.$/) as string });
  });

  it('holds the screen’s report text, the highlight sentence included, as plain text', () => {
    const paragraphs = section(blocks, 'Rapporttext').map((block) => ('text' in block ? block.text : ''));
    expect(paragraphs).toEqual([reportText(summary, 'sv-SE'), indicatorReportText(demoRegion2023, 'sv-SE')]);
    expect(paragraphs[0]).toContain('Arbetet beskrivs i kommentarer och inkluderar bl.a. \u201dMinskat matsvinn genom uppdaterade recept\u201d');
    expect(paragraphs.join('')).not.toMatch(/[\u2066-\u2069]/);
  });

  it('holds the totals as the summary counts them, with a header row that repeats', () => {
    const totals = tableIn(section(blocks, 'Totalt'));
    expect(totals.headerRows).toBe(1);
    expect(totals.caption).toBe('Totalt för delår 2023');
    expect(totals.table[0]).toEqual(['Mått', 'Antal']);
    const value = (label: string): string | undefined => totals.table.find((row) => row[0] === label)?.[1];
    expect(value('Avdelningar')).toBe(String(summary.totals.departments));
    expect(value('Avdelningar med alla 4 miljömål')).toBe(String(summary.totals.departmentsWithAllGoals));
    expect(value('Avdelningar som fördelat mål till enhetsnivå')).toBe('1');
    expect(value('Aktiviteter totalt')).toBe('10');
  });

  it('holds one row per department with the summary’s figures, and the gaps in the screen’s words', () => {
    const departments = tableIn(section(blocks, 'Avdelningar'));
    expect(departments.headerRows).toBe(1);
    expect(departments.caption).toMatch(/^Avdelningarnas miljömål, enheter, aktiviteter och uppföljning för delår 2023$/);
    expect(departments.table.slice(1).map((row) => row[0])).toEqual(summary.departments.map((department) => department.name));
    for (const department of summary.departments) {
      const row = departments.table.find((candidate) => candidate[0] === department.name)!;
      expect(row[1]).toBe(String(department.goalsAllocated));
      expect(row[9]).toBe(String(department.activities));
      expect(row[11]).toBe(String(department.followUp.activitiesFollowedUp));
    }
    const gaps = tableIn(section(blocks, 'Det som saknas'));
    expect(gaps.headerRows).toBe(1);
    expect(gaps.table).toHaveLength(summary.gaps.length + 1);
  });
});

describe('the Word export in English', () => {
  it('is in en-US with the English text', async () => {
    const input = exportInput(demoRegion2023, demoFollowUpPeriod, english, 'en-US');
    const read = await readDocx(input);
    expect(read.core.getElementsByTagName('dc:language')[0].textContent).toBe('en-US');
    expect(attr(el(el(read.styles, 'docDefaults')[0], 'lang')[0])).toBe('en-US');
    const blocks = blocksOf(read.body);
    expect(blocks[1]).toMatchObject({ text: expect.stringMatching(/not an approved report\.$/) as string });
    expect(section(blocks, 'Report text').map((block) => 'text' in block && block.text)).toEqual([reportText(summary, 'en-US')]);
  });
});

describe('the Word export of a fastställd report', () => {
  const frozen = { ...freezeReport({
    summary, picture: demoRegion2023, version: 2, analysis: 'Första stycket.\n\nAndra stycket.', correctionReason: 'Fel avdelning.',
    frozenBy: demoMiljostrateg, frozenAt: '2023-09-12T08:30:00Z'
  }), id: 7 };
  const input = (): IExportInput => ({
    summary: frozen.summary, index: frozenIndex(frozen), reportText: `${frozen.text['sv-SE'].report}\n\n${frozen.text['sv-SE'].indicators}`,
    analysis: frozen.analysis, strings: swedish, locale: 'sv-SE', departments: frozen.summary.departments,
    source: { kind: 'frozen', version: 2, frozenAt: frozen.frozenAt, frozenBy: frozen.frozenBy.name, correctionReason: 'Fel avdelning.' }
  });

  it('says which version, when and by whom, and holds the strategist’s paragraphs', async () => {
    const blocks = blocksOf((await readDocx(input())).body);
    expect(blocks[1]).toMatchObject({ text: expect.stringMatching(new RegExp(`^Fastställd rapport, version 2, fastställd 12 september 2023 .* av ${demoMiljostrateg.name}\\.$`)) as string });
    expect(blocks[2]).toMatchObject({ text: 'Rättelse av version 1: Fel avdelning.' });
    expect(section(blocks, 'Analys').map((block) => 'text' in block && block.text)).toEqual(['Första stycket.', 'Andra stycket.']);
    expect(section(blocks, 'Rapporttext').map((block) => 'text' in block && block.text)[0]).toBe(frozen.text['sv-SE'].report);
    expect(exportFileName('document', input())).toBe('miljomal-rapport-2023-delar-version-2.docx');
  });

  it('does not follow the lists: today’s change leaves the fastställd report’s file as it was', async () => {
    const before = blocksOf((await readDocx(input())).body);
    const changed: YearPicture = { ...demoRegion2023, activities: demoRegion2023.activities.map((activity) => ({ ...activity, title: 'Ändrad', highlighted: true })) };
    expect(reportText(computeCoverageSummary(changed, demoFollowUpPeriod), 'sv-SE')).toContain('Ändrad');
    expect(blocksOf((await readDocx(input())).body)).toEqual(before);
  });

  it('marks the Excel and CSV exports too, and leaves today’s activities and indicators out of its workbook', () => {
    expect(summarySheet(input()).rows[1][0]).toMatch(/^Fastställd rapport, version 2, /);
    expect(summarySheet(live).rows[1][0]).toMatch(/^Aktuella uppgifter ur listorna den /);
    expect(buildWorkbook(input()).sheets.map((sheet) => sheet.name)).toEqual([swedish.SheetSummary, swedish.SheetGaps]);
    expect(exportFileName('workbook', input())).toBe('miljomal-2023-delar-version-2.xlsx');
  });
});

describe('text in the XML', () => {
  it('is escaped, and loses the control characters XML cannot hold', () => {
    expect(xmlText('A & B <c> "d"\u0001\u000b')).toBe('A &amp; B &lt;c&gt; &quot;d&quot;');
    expect(xmlText('rad\tett\u2068x\u2069')).toBe('rad\tett\u2068x\u2069');
  });
});
