// What a fetch from Kolada's API becomes: the rows of Kolada's own layout (its export file's
// columns, koladaColumns in import/valueImport.ts), so a fetch and a downloaded file go through the
// one values import and its one preview. A deleted figure keeps its flag in the status column.

import type { SheetRows } from '../import/sheet';
import type { KoladaDataPoint } from './koladaAnswer';

export const koladaSheetHeader = ['Nyckeltals-id', 'Kommun-id', 'År', 'Kön', 'Värde', 'Status'] as const;

/** Ordered by key figure, organisation, year and gender, as a person reads a table. */
export function koladaSheet(points: readonly KoladaDataPoint[]): SheetRows {
  const sorted = [...points].sort((a, b) => a.kpi.localeCompare(b.kpi) || a.municipality.localeCompare(b.municipality)
    || a.year - b.year || a.gender.localeCompare(b.gender));
  return [
    [...koladaSheetHeader],
    ...sorted.map((point) => [
      point.kpi, point.municipality, point.year, point.gender,
      point.value === null ? '' : point.value,
      point.deleted ? 'Deleted' : point.status
    ])
  ];
}
