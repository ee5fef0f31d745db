// The whole region as one file: a row per förvaltning and the region's sum beneath, as the region's
// table shows them, with the follow-ups due and made as numbers (a spreadsheet adds them up again).

import type { RegionSummary, RegionTotals } from '../../../domain/summary/regionSummary';
import type { CoverageTotals } from '../../../domain/summary/coverageTypes';
import { formatDateTime } from '../../edit/dates';
import { format } from '../../format';
import { periodName } from '../summaryText';
import type { UiLocale } from '../text';
import type { Row } from './sheetTypes';

type Figures = Pick<CoverageTotals | RegionTotals, 'departments' | 'departmentsWithoutGoals' | 'activities' | 'followUp'>;

const figures = (totals: Figures): Row => [
  totals.departments, totals.departments - totals.departmentsWithoutGoals, totals.activities,
  totals.followUp.activitiesDue, totals.followUp.activitiesFollowedUp
];

/** `at`: when the figures were read (ISO), as the summary's exports say it. */
export function regionRows(region: RegionSummary, strings: IMiljomalWebPartStrings, locale: UiLocale, at: string): Row[] {
  return [
    [format(strings.ExportTitle, `${strings.WholeRegion}, ${periodName(region.period, strings)}`)],
    [format(strings.ExportSourceLive, formatDateTime(at, locale))],
    [],
    [strings.ColumnForvaltning, strings.ColumnDepartments, strings.ColumnDepartmentsWithGoals, strings.ColumnActivities, strings.ExportDue,
      strings.ColumnFollowedUp],
    ...region.forvaltningar.map((summary): Row => [summary.organisationName, ...figures(summary.totals)]),
    [strings.RegionTotalRow, ...figures(region.totals)]
  ];
}

/** "miljomal-regionen-2023-helar.csv". */
export function regionFileName(region: RegionSummary, strings: IMiljomalWebPartStrings): string {
  return `${format(strings.ExportFileRegion, `${region.period.year}-${region.period.kind}`)}.csv`;
}
