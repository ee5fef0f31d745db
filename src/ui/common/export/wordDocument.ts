// The report as a Word document's content: headings, paragraphs and tables made from the same rows
// as the workbook (workbook.ts), so the figures are the screen's. docxWriter.ts only serialises it.

import { format } from '../../format';
import { periodName } from '../summaryText';
import type { Cell, IExportInput } from './sheetTypes';
import { departmentHeader, departmentRow, exportTitle, gapsSheet, sourceLine, totalsRows } from './workbook';

export type WordBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  /** The first row is the header: repeated on every page, and read as column headers. */
  | { kind: 'table'; caption: string; header: string[]; rows: Cell[][] };

export interface IWordDocument {
  title: string;
  language: IExportInput['locale'];
  /** When the file was made (the document's created date). */
  created: string;
  blocks: WordBlock[];
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((part) => part.trim()).filter((part) => part !== '');
}

/** Numbers as the screen writes them ("1 240"); the file is text, not a sheet to compute in. */
function shown(cell: Cell, locale: IExportInput['locale']): Cell {
  return typeof cell === 'number' ? cell.toLocaleString(locale) : cell;
}

export function wordDocument(input: IExportInput, created: string): IWordDocument {
  const { strings, summary, locale } = input;
  const period = periodName(summary.period, strings);
  const title = exportTitle(input);
  const blocks: WordBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: sourceLine(input) }
  ];
  if (input.source.kind === 'frozen' && input.source.correctionReason !== undefined) {
    blocks.push({ kind: 'paragraph', text: format(strings.ReportCorrectionLine, input.source.version - 1, input.source.correctionReason) });
  }
  blocks.push({ kind: 'heading', level: 2, text: strings.ReportHeading });
  for (const text of paragraphs(input.reportText)) blocks.push({ kind: 'paragraph', text });
  const analysis = paragraphs(input.analysis ?? '');
  if (analysis.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: strings.ReportAnalysisHeading });
    for (const text of analysis) blocks.push({ kind: 'paragraph', text });
  }
  blocks.push(
    { kind: 'heading', level: 2, text: strings.ExportTotalsHeading },
    {
      kind: 'table',
      caption: format(strings.ExportTotalsCaption, period),
      header: [strings.ExportTotalsMeasure, strings.ExportTotalsValue],
      rows: totalsRows(input).map((row) => row.map((cell) => shown(cell, locale)))
    },
    { kind: 'heading', level: 2, text: strings.DepartmentsHeading },
    {
      kind: 'table',
      caption: format(strings.ExportDepartmentsCaption, period),
      header: departmentHeader(strings),
      rows: input.departments.map((department) => departmentRow(department, input.index).map((cell) => shown(cell, locale)))
    },
    { kind: 'heading', level: 2, text: strings.GapsHeading }
  );
  const [gapHeader, ...gapRows] = gapsSheet(input).rows;
  if (gapRows.length === 0) {
    blocks.push({ kind: 'paragraph', text: format(strings.GapsNone, period) });
  } else {
    blocks.push({ kind: 'table', caption: format(strings.ExportGapsCaption, period), header: gapHeader.map(String), rows: gapRows });
  }
  return { title, language: locale, created, blocks };
}
