import { computeCoverageSummary, demoFollowUpPeriod, demoRegion2023, type DepartmentCoverage } from '../../../domain';
import { defaultPeriodKind, defaultYear, localToday, yearChoices } from '../../common/defaultSelection';
import { initialSort, nextSort, sortDepartments } from '../sortDepartments';

describe('the year and period the summary opens on', () => {
  it('is the year followed up today when it has goals', () => {
    expect(defaultYear([2024, 2023], '2024-05-02')).toBe(2024);
    // In January the previous year's helår is being reported.
    expect(defaultYear([2024, 2023], '2024-01-20')).toBe(2023);
  });

  it('falls back to the newest earlier year with goals, else the newest year', () => {
    expect(defaultYear([2022, 2021], '2024-05-02')).toBe(2022);
    expect(defaultYear([2026, 2025], '2024-05-02')).toBe(2026);
    expect(defaultYear([], '2024-05-02')).toBe(2024);
  });

  it('opens today’s period for this year, helår for a past year, delår for a future one', () => {
    expect(defaultPeriodKind(2023, '2023-05-02')).toBe('delar');
    expect(defaultPeriodKind(2023, '2023-10-16')).toBe('helar');
    expect(defaultPeriodKind(2022, '2023-05-02')).toBe('helar');
    expect(defaultPeriodKind(2024, '2023-05-02')).toBe('delar');
  });

  it('offers the years with goals and the one shown, newest first', () => {
    expect(yearChoices([2022, 2023], 2024)).toEqual([2024, 2023, 2022]);
    expect(yearChoices([2023], 2023)).toEqual([2023]);
  });

  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2023, 0, 5, 23, 30))).toBe('2023-01-05');
  });
});

describe('sorting departments', () => {
  const departments = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod).departments;
  const names = (sorted: DepartmentCoverage[]): string[] => sorted.map((department) => department.name);

  it('sorts names A–Ö first, figures largest first, and reverses on a second click', () => {
    expect(nextSort(initialSort, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort(initialSort, 'goals')).toEqual({ column: 'goals', direction: 'descending' });
    expect(nextSort({ column: 'goals', direction: 'descending' }, 'goals')).toEqual({ column: 'goals', direction: 'ascending' });
  });

  it('puts å, ä, ö last and breaks ties by name', () => {
    const byName = names(sortDepartments(departments, initialSort));
    expect(byName[byName.length - 1]).toBe('Säkerhetsavdelningen');
    expect(names(sortDepartments(departments, { column: 'units', direction: 'descending' }))[0]).toBe('Regionservice');
    const byGoals = names(sortDepartments(departments, { column: 'goals', direction: 'descending' }));
    expect(byGoals.slice(0, 4)).toEqual(['Fastighetsavdelningen', 'Regionservice', 'Regionstaben', 'Säkerhetsavdelningen']);
  });

  it('keeps departments with nothing to follow up last in either direction', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortDepartments(departments, { column: 'followUp', direction });
      const due = sorted.map((department) => department.followUp.activitiesDue > 0);
      expect(due.indexOf(false)).toBe(due.filter(Boolean).length);
    }
  });

  it('leaves the given list as it was', () => {
    const before = names(departments);
    sortDepartments(departments, { column: 'unitActivities', direction: 'descending' });
    expect(names(departments)).toEqual(before);
  });
});
