// What the export buttons do. The summary view reaches this module through a dynamic import, so
// the export code (and, one step further, the .xlsx library) stays out of the first chunk.

import { saveFile } from '../saveFile';
import { format } from '../../format';
import type { RegionSummary } from '../../../domain/summary/regionSummary';
import type { UiLocale } from '../text';
import { csvBlob } from './csv';
import { regionFileName, regionRows } from './regionSheet';
import { docxMimeType } from './docxMime';
import { loadDocxWriter, type DocxWriter } from './loadDocxWriter';
import { indicatorsSheet } from './indicatorsSheet';
import { loadXlsxLibrary } from './loadXlsxLibrary';
import type { IExportInput } from './sheetTypes';
import { activitiesSheet, buildWorkbook, periodSlug, summarySheet } from './workbook';
import { wordDocument } from './wordDocument';
import { workbookBlob, type XlsxLoader } from './xlsx';

export type ExportKind = 'summaryCsv' | 'activitiesCsv' | 'indicatorsCsv' | 'workbook' | 'document';

/** The libraries an export may fetch; tests pass their own. */
export interface ExportLoaders {
  xlsx: XlsxLoader;
  docx: () => Promise<DocxWriter>;
}

export function exportFileName(kind: ExportKind, input: IExportInput): string {
  const period = periodSlug(input.summary);
  // A fastställd report's files say which version they hold.
  const slug = input.source.kind === 'frozen' ? format(input.strings.ExportFileFrozenSuffix, period, input.source.version) : period;
  switch (kind) {
    case 'summaryCsv': return `${format(input.strings.ExportFileSummary, slug)}.csv`;
    case 'activitiesCsv': return `${format(input.strings.ExportFileActivities, slug)}.csv`;
    case 'indicatorsCsv': return `${format(input.strings.ExportFileIndicators, slug)}.csv`;
    case 'workbook': return `${format(input.strings.ExportFileWorkbook, slug)}.xlsx`;
    case 'document': return `${format(input.strings.ExportFileDocument, slug)}.docx`;
  }
}

/** The report as a Word document, made with the writer fetched on first use. */
export async function documentBlob(input: IExportInput, loadDocx: () => Promise<DocxWriter>, now: Date): Promise<Blob> {
  const write = await loadDocx();
  return new Blob([write(wordDocument(input, now.toISOString()))], { type: docxMimeType });
}

/** The region's table as CSV, read `now`; returns the file's name for the confirmation. */
export function runRegionExport(region: RegionSummary, strings: IMiljomalWebPartStrings, locale: UiLocale, now: Date): string {
  const fileName = regionFileName(region, strings);
  saveFile(csvBlob(regionRows(region, strings, locale, now.toISOString())), fileName);
  return fileName;
}

/** Builds the file, made `now` (the services' clock), and hands it to the browser; returns the file's name for the confirmation. */
export async function runExport(
  kind: ExportKind,
  input: IExportInput,
  now: Date,
  loaders: ExportLoaders = { xlsx: loadXlsxLibrary, docx: loadDocxWriter }
): Promise<string> {
  const fileName = exportFileName(kind, input);
  const blob =
    kind === 'summaryCsv' ? csvBlob(summarySheet(input).rows)
      : kind === 'activitiesCsv' ? csvBlob(activitiesSheet(input).rows)
        : kind === 'indicatorsCsv' ? csvBlob(indicatorsSheet(input).rows)
          : kind === 'document' ? await documentBlob(input, loaders.docx, now)
            : await workbookBlob(buildWorkbook(input), loaders.xlsx);
  saveFile(blob, fileName);
  return fileName;
}
