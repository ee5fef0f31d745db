// What an export contains, as plain rows of cells: the same summary the screen shows, so the numbers
// are equal by construction. The CSV writer and the .xlsx adapter only serialise these rows.

import { compareSwedish } from '../../../domain/collation';
import { periodsOfYear } from '../../../domain/period';
import type { CoverageSummary, DepartmentCoverage } from '../../../domain/summary/coverageTypes';
import { gapCodes } from '../../../domain/summary/gaps';
import { format } from '../../format';
import { formatDateTime } from '../../edit/dates';
import { gapGroupTitle, gapNames, gapText, groupGaps } from '../gapText';
import type { IPictureIndex } from '../pictureIndex';
import { gradeText, periodName, statusText } from '../summaryText';
import { activityDetails } from '../activityDetails';
import { indicatorsSheet } from './indicatorsSheet';
import type { Cell, IExportInput, ISheet, IWorkbook, Row } from './sheetTypes';

/** An empty text is an empty cell: the .xlsx file then has no cell there, and CSV an empty field. */
function text(value: string | undefined): Cell {
  return value === undefined || value === '' ? null : value;
}

function goalCodes(ids: readonly number[], index: IPictureIndex): Cell {
  return text(ids.map((id) => index.goal(id)?.code ?? String(id)).join(', '));
}

function subject(summary: CoverageSummary, strings: IMiljomalWebPartStrings): string {
  const period = periodName(summary.period, strings);
  return summary.organisationName === '' ? period : `${summary.organisationName}, ${period}`;
}

/** Title, source, the totals as the board paper states them, the report text, then one row per department. */
export function summarySheet(input: IExportInput): ISheet {
  const { strings, index } = input;
  const rows: Row[] = [
    [exportTitle(input)],
    [sourceLine(input)],
    [],
    ...totalsRows(input),
    [],
    [strings.ReportHeading, input.reportText],
    []
  ];
  const headerRow = rows.length;
  rows.push(departmentHeader(strings));
  for (const department of input.departments) rows.push(departmentRow(department, index));
  return { name: strings.SheetSummary, rows, boldRows: [0, headerRow], columnWidths: [48, 14, 14, 16, 16, 14, 14, 16, 16, 14, 14, 14] };
}

export function exportTitle(input: IExportInput): string {
  return format(input.strings.ExportTitle, subject(input.summary, input.strings));
}

/** "Live data from the lists, 1 December 2026 15:30" or "Fastställd report, version 2, …". */
export function sourceLine(input: IExportInput): string {
  const { source, strings, locale } = input;
  return source.kind === 'live'
    ? format(strings.ExportSourceLive, formatDateTime(source.at, locale))
    : format(strings.ExportSourceFrozen, source.version, formatDateTime(source.frozenAt, locale), source.frozenBy);
}

/** The totals as the board paper states them, one label and number a row. */
export function totalsRows(input: IExportInput): Row[] {
  const { summary, strings } = input;
  const totals = summary.totals;
  const period = periodName(summary.period, strings);
  return [
    [strings.ExportDepartments, totals.departments],
    [strings.ExportGoalsPossible, totals.goalsPossible],
    [format(strings.TotalsAllGoals, totals.goalsPossible), totals.departmentsWithAllGoals],
    [strings.TotalsThreeOrMoreGoals, totals.departmentsWithThreeOrMoreGoals],
    [strings.ExportDepartmentsWithoutGoals, totals.departmentsWithoutGoals],
    [strings.TotalsAllocatedToUnits, totals.departmentsAllocatedToUnits],
    [strings.TotalsDepartmentLevelActivity, totals.departmentsWithDepartmentLevelActivity],
    [strings.ExportDepartmentsWithActivity, totals.departmentsWithActivity],
    [strings.TotalsActivities, totals.activities],
    [strings.ColumnDepartmentLevelActivities, totals.departmentLevelActivities],
    [strings.ColumnUnitLevelActivities, totals.unitLevelActivities],
    [`${strings.ExportActivitiesDue}, ${period}`, totals.followUp.activitiesDue],
    [format(strings.TotalsFollowedUp, period), totals.followUp.activitiesFollowedUp]
  ];
}

export function departmentHeader(strings: IMiljomalWebPartStrings): string[] {
  return [
    strings.ColumnDepartment,
    strings.ExportGoalsAllocated,
    strings.ExportGoalsPossible,
    strings.ExportGoalCodesAllocated,
    strings.ExportGoalCodesMissing,
    strings.ColumnUnitsReached,
    strings.ExportUnitsTotal,
    strings.ColumnDepartmentLevelActivities,
    strings.ColumnUnitLevelActivities,
    strings.ExportActivitiesTotal,
    strings.ExportDue,
    strings.ColumnFollowedUp
  ];
}

export function departmentRow(department: DepartmentCoverage, index: IPictureIndex): Row {
  return [
    department.name,
    department.goalsAllocated,
    department.goalsPossible,
    goalCodes(department.allocatedGoalIds, index),
    goalCodes(department.missingGoalIds, index),
    department.unitsReached,
    department.unitsTotal,
    department.departmentLevelActivities,
    department.unitLevelActivities,
    department.activities,
    department.followUp.activitiesDue,
    department.followUp.activitiesFollowedUp
  ];
}

interface ActivityLine {
  departmentOrder: number;
  department: string;
  unit: string;
  level: string;
  goalCode: string;
  goalTitle: string;
  row: Row;
}

/** Every activity of the year with its follow-ups for both periods, department by department. */
export function activitiesSheet(input: IExportInput): ISheet {
  const { summary, index, strings } = input;
  const periods = periodsOfYear(summary.year);
  const departmentOrder = new Map(input.departments.map((department, position) => [department.departmentId, position]));
  const lines: ActivityLine[] = [];
  for (const activity of index.picture.activities) {
    const allocation = index.allocation(activity.allocationId);
    const orgUnit = allocation === undefined ? undefined : index.orgUnit(allocation.orgUnitId);
    const departmentId = allocation === undefined ? undefined : index.departmentOf(allocation.orgUnitId);
    const department = departmentId === undefined ? undefined : index.orgUnit(departmentId);
    const atDepartment = orgUnit !== undefined && orgUnit.id === departmentId;
    const unitName = orgUnit === undefined || atDepartment ? '' : orgUnit.closed ? format(strings.UnitClosed, orgUnit.name) : orgUnit.name;
    const goal = allocation === undefined ? undefined : index.goal(allocation.goalId);
    const line = {
      departmentOrder: departmentId === undefined ? Number.MAX_SAFE_INTEGER : departmentOrder.get(departmentId) ?? Number.MAX_SAFE_INTEGER - 1,
      department: department?.name ?? '',
      unit: unitName,
      level: atDepartment ? strings.DepartmentLevel : strings.UnitLevel,
      goalCode: goal?.code ?? '',
      goalTitle: goal?.title ?? ''
    };
    const followUpCells = periods.flatMap((period): Cell[] => {
      const followUp = index.followUp(activity.id, period);
      return followUp === undefined ? [null, null] : [gradeText(followUp.grade, strings), text(followUp.comment)];
    });
    lines.push({
      ...line,
      row: [
        text(line.department), text(line.unit), line.level, text(line.goalCode), text(line.goalTitle),
        text(activity.title), text(activity.description), text(activity.responsible?.name), statusText(activity.status, strings),
        text(activity.startDate), text(activity.endDate),
        ...followUpCells,
        // The details last, so the columns before them keep their places.
        ...activityDetails.map((detail) => activity[detail.key] ?? null)
      ]
    });
  }
  lines.sort((a, b) =>
    a.departmentOrder - b.departmentOrder ||
    compareSwedish(a.department, b.department) ||
    compareSwedish(a.unit, b.unit) ||
    compareSwedish(a.goalCode, b.goalCode) ||
    compareSwedish(String(a.row[5]), String(b.row[5])));
  const header: Row = [
    strings.ColumnDepartment, strings.ExportUnit, strings.ExportLevel, strings.ExportGoalCode, strings.ColumnGoal,
    strings.ColumnActivity, strings.ExportDescription, strings.ExportResponsible, strings.ColumnStatus,
    strings.ExportStart, strings.ExportEnd,
    ...periods.flatMap((period) => [
      format(strings.ExportGrade, periodName(period, strings)),
      format(strings.ExportComment, periodName(period, strings))
    ]),
    ...activityDetails.map((detail) => detail.label(strings))
  ];
  return {
    name: strings.SheetActivities,
    rows: [header, ...lines.map((line) => line.row)],
    boldRows: [0],
    columnWidths: [28, 24, 16, 10, 32, 40, 60, 24, 14, 12, 12, ...periods.flatMap(() => [26, 60]), ...activityDetails.map(() => 16)]
  };
}

/** What is missing, worst kind first, in the words of the screen's gap list. */
export function gapsSheet(input: IExportInput): ISheet {
  const { summary, index, strings, locale } = input;
  const names = gapNames(summary, index, strings);
  const rows: Row[] = [[strings.ExportGapKind, strings.ExportGapText]];
  for (const group of groupGaps(summary.gaps, gapCodes)) {
    const title = gapGroupTitle(group.code, group.gaps.length.toLocaleString(locale), summary, strings);
    for (const gap of group.gaps) rows.push([title, gapText(gap, names, strings)]);
  }
  return { name: strings.SheetGaps, rows, boldRows: [0], columnWidths: [48, 90] };
}

/** A fastställd report holds the summary and its gaps; activities and indicators are today's lists. */
export function buildWorkbook(input: IExportInput): IWorkbook {
  if (input.source.kind === 'frozen') return { sheets: [summarySheet(input), gapsSheet(input)] };
  return { sheets: [summarySheet(input), activitiesSheet(input), gapsSheet(input), indicatorsSheet(input)] };
}

/** "2023-delar", for file names. */
export function periodSlug(summary: CoverageSummary): string {
  return `${summary.period.year}-${summary.period.kind}`;
}
