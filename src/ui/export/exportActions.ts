// What the export buttons do. The summary view reaches this module through a dynamic import, so
// the export code (and, one step further, the .xlsx library) stays out of the first chunk.

import { saveFile } from '../common/saveFile';
import { format } from '../format';
import { csvBlob } from './csv';
import { indicatorsSheet } from './indicatorsSheet';
import { loadXlsxLibrary } from './loadXlsxLibrary';
import { activitiesSheet, buildWorkbook, periodSlug, summarySheet, type IExportInput } from './workbook';
import { workbookBlob, type XlsxLoader } from './xlsx';

export type ExportKind = 'summaryCsv' | 'activitiesCsv' | 'indicatorsCsv' | 'workbook';

export function exportFileName(kind: ExportKind, input: IExportInput): string {
  const slug = periodSlug(input.summary);
  switch (kind) {
    case 'summaryCsv': return `${format(input.strings.ExportFileSummary, slug)}.csv`;
    case 'activitiesCsv': return `${format(input.strings.ExportFileActivities, slug)}.csv`;
    case 'indicatorsCsv': return `${format(input.strings.ExportFileIndicators, slug)}.csv`;
    case 'workbook': return `${format(input.strings.ExportFileWorkbook, slug)}.xlsx`;
  }
}

/** Builds the file and hands it to the browser; returns the file's name for the confirmation. */
export async function runExport(kind: ExportKind, input: IExportInput, loadXlsx: XlsxLoader = loadXlsxLibrary): Promise<string> {
  const fileName = exportFileName(kind, input);
  const blob =
    kind === 'summaryCsv' ? csvBlob(summarySheet(input).rows)
      : kind === 'activitiesCsv' ? csvBlob(activitiesSheet(input).rows)
        : kind === 'indicatorsCsv' ? csvBlob(indicatorsSheet(input).rows)
          : await workbookBlob(buildWorkbook(input), loadXlsx);
  saveFile(blob, fileName);
  return fileName;
}
