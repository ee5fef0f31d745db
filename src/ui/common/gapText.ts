// The domain's gaps in the user's language: the screen's gap list and the export's gap sheet.

import type { CoverageSummary } from '../../domain/summary/coverageTypes';
import type { Gap, GapCode } from '../../domain/summary/gaps';
import { format } from '../format';
import { joinList } from './text';
import type { IPictureIndex } from './pictureIndex';
import { periodName } from './summaryText';

export interface IGapNames {
  department(id: number): string;
  /** The department's name for itself, "Unit (Department)" for a unit beneath it. */
  orgUnit(orgUnitId: number, departmentId: number): string;
  goal(id: number): string;
  activity(id: number): string;
}

export function gapNames(summary: CoverageSummary, index: IPictureIndex, strings: IMiljomalWebPartStrings): IGapNames {
  const departments = new Map(summary.departments.map((department) => [department.departmentId, department.name]));
  const department = (id: number): string => departments.get(id) ?? index.orgUnit(id)?.name ?? String(id);
  return {
    department,
    orgUnit: (orgUnitId, departmentId) => {
      if (orgUnitId === departmentId) return department(departmentId);
      const unit = index.orgUnit(orgUnitId)?.name ?? String(orgUnitId);
      return format(strings.UnitOfDepartment, unit, department(departmentId));
    },
    goal: (id) => index.goalLabel(id),
    activity: (id) => index.activity(id)?.title ?? String(id)
  };
}

export function gapText(gap: Gap, names: IGapNames, strings: IMiljomalWebPartStrings): string {
  switch (gap.code) {
    case 'departmentMissingGoals':
      return format(
        strings.GapDepartmentMissingGoals,
        names.department(gap.departmentId),
        joinList(gap.missingGoalIds.map((id) => names.goal(id)), strings.ListAnd)
      );
    case 'departmentWithoutUnitAllocations':
      return format(strings.GapDepartmentWithoutUnitAllocations, names.department(gap.departmentId));
    case 'allocationWithoutActivities':
      return format(
        strings.GapAllocationWithoutActivities,
        names.orgUnit(gap.orgUnitId, gap.departmentId),
        names.goal(gap.goalId)
      );
    case 'activityWithoutFollowUp':
      return format(
        strings.GapActivityWithoutFollowUp,
        names.activity(gap.activityId),
        names.orgUnit(gap.orgUnitId, gap.departmentId)
      );
    case 'allocationWithoutAgreement':
      return format(strings.GapAllocationWithoutAgreement, names.goal(gap.goalId), names.orgUnit(gap.orgUnitId, gap.departmentId));
  }
}

/** The heading of one kind of gap, with how many there are. */
export function gapGroupTitle(code: GapCode, count: string, summary: CoverageSummary, strings: IMiljomalWebPartStrings): string {
  switch (code) {
    case 'departmentMissingGoals': return format(strings.GapGroupDepartmentMissingGoals, count);
    case 'departmentWithoutUnitAllocations': return format(strings.GapGroupDepartmentWithoutUnitAllocations, count);
    case 'allocationWithoutActivities': return format(strings.GapGroupAllocationWithoutActivities, count);
    case 'activityWithoutFollowUp':
      return format(strings.GapGroupActivityWithoutFollowUp, count, periodName(summary.period, strings));
    case 'allocationWithoutAgreement': return format(strings.GapGroupAllocationWithoutAgreement, count);
  }
}

/** The gaps grouped by kind, worst kind first, each keeping the domain's order. */
export function groupGaps(gaps: readonly Gap[], codes: readonly GapCode[]): Array<{ code: GapCode; gaps: Gap[] }> {
  const byCode = new Map<GapCode, Gap[]>(codes.map((code) => [code, []]));
  for (const gap of gaps) byCode.get(gap.code)?.push(gap);
  return codes.map((code) => ({ code, gaps: byCode.get(code) ?? [] })).filter((group) => group.gaps.length > 0);
}
