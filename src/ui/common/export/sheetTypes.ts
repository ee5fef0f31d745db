// The shapes an export is made of (cells, rows, sheets) and what it is made from: the writers and the
// sheets share them, so none of them imports another to learn a type.

import type { CoverageSummary, DepartmentCoverage } from '../../../domain/summary/coverageTypes';
import type { UiLocale } from '../text';
import type { IPictureIndex } from '../pictureIndex';

/** A text, a number, or an empty cell. */
export type Cell = string | number | null;
export type Row = Cell[];

export interface ISheet {
  name: string;
  rows: Row[];
  /** Titles and column headers, shown in bold in the workbook. */
  boldRows: number[];
  /** Characters, per column. */
  columnWidths: number[];
}

export interface IWorkbook {
  sheets: ISheet[];
}

/**
 * Where the figures come from, which every export states: today's lists at a moment, or a
 * fastställd report (its version, when and by whom), which does not change when the lists do.
 */
export type ExportSource =
  | { kind: 'live'; at: string }
  | { kind: 'frozen'; version: number; frozenAt: string; frozenBy: string; correctionReason?: string };

export interface IExportInput {
  summary: CoverageSummary;
  source: ExportSource;
  /** A fastställd report's own paragraphs (the strategist's analysis); empty for live data. */
  analysis?: string;
  index: IPictureIndex;
  reportText: string;
  strings: IMiljomalWebPartStrings;
  locale: UiLocale;
  /** The departments in the order the screen shows them. */
  departments: readonly DepartmentCoverage[];
}
