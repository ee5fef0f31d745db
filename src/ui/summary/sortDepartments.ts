// Sorting the department rows by a column. Ties fall back to the name, so the order is stable.

import { compareSwedish } from '../../domain/collation';
import { completenessRatio, type DepartmentCoverage } from '../../domain/summary/coverageTypes';

export type SortColumn = 'name' | 'goals' | 'units' | 'departmentActivities' | 'unitActivities' | 'followUp';

export type SortDirection = 'ascending' | 'descending';

export interface ISortState {
  column: SortColumn;
  direction: SortDirection;
}

export const sortColumns: readonly SortColumn[] = ['name', 'goals', 'units', 'departmentActivities', 'unitActivities', 'followUp'];

export const initialSort: ISortState = { column: 'name', direction: 'ascending' };

/** A first click sorts names A–Ö and figures largest first; a second click reverses. */
export function nextSort(current: ISortState, column: SortColumn): ISortState {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: column === 'name' ? 'ascending' : 'descending' };
}

function sortValue(department: DepartmentCoverage, column: Exclude<SortColumn, 'name'>): number | undefined {
  switch (column) {
    case 'goals': return department.goalsAllocated;
    case 'units': return department.unitsReached;
    case 'departmentActivities': return department.departmentLevelActivities;
    case 'unitActivities': return department.unitLevelActivities;
    case 'followUp': return completenessRatio(department.followUp);
  }
}

export function sortDepartments(departments: readonly DepartmentCoverage[], sort: ISortState): DepartmentCoverage[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: DepartmentCoverage, b: DepartmentCoverage): number =>
    compareSwedish(a.name, b.name) || a.departmentId - b.departmentId;
  if (sort.column === 'name') return [...departments].sort((a, b) => sign * byName(a, b));
  const column = sort.column;
  return [...departments].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    // Nothing to follow up is not a score: such rows go last in either direction.
    if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || byName(a, b);
    return sign * (x - y) || byName(a, b);
  });
}
