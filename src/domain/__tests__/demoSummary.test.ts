import {
  completenessRatio,
  computeCoverageSummary,
  demoDepartmentIds,
  demoFollowUpPeriod,
  demoOrgUnits,
  demoRegion2023,
  demoUnitIds,
  gapCodes,
  type DepartmentCoverage
} from '../index';

const summary = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod);
const department = (id: number): DepartmentCoverage => {
  const found = summary.departments.find((candidate) => candidate.departmentId === id);
  if (found === undefined) throw new Error(`department ${id} missing from summary`);
  return found;
};

describe('the demo region reproduces the board paper', () => {
  it('has nine departments within Regionstyrelsen and four possible goals', () => {
    expect(summary.organisationName).toBe('Regionstyrelsen');
    expect(summary.totals.departments).toBe(9);
    expect(summary.totals.goalsPossible).toBe(4);
  });

  it('gives every department three or four of the four goals', () => {
    expect(summary.totals.minGoalsAllocated).toBe(3);
    expect(summary.totals.maxGoalsAllocated).toBe(4);
    expect(summary.totals.departmentsWithThreeOrMoreGoals).toBe(9);
    expect(summary.totals.departmentsWithoutGoals).toBe(0);
  });

  it('has only Regionservice allocating to unit level', () => {
    expect(summary.totals.departmentsAllocatedToUnits).toBe(1);
    const allocating = summary.departments.filter((candidate) => candidate.unitsReached > 0);
    expect(allocating.map((candidate) => candidate.name)).toEqual(['Regionservice']);
  });

  it('has four of nine departments with an activity on their department-level goals', () => {
    expect(summary.totals.departmentsWithDepartmentLevelActivity).toBe(4);
    // Regionservice's activities are at its units, so counting any level adds it.
    expect(summary.totals.departmentsWithActivity).toBe(5);
  });

  it('has ten activities in total', () => {
    expect(summary.totals.activities).toBe(10);
    expect(summary.totals.departmentLevelActivities).toBe(6);
    expect(summary.totals.unitLevelActivities).toBe(4);
  });

  it('has no activity at Regionstaben, as the paper explains', () => {
    expect(department(demoDepartmentIds.regionstaben).hasActivity).toBe(false);
  });
});

describe('the demo summary per department', () => {
  it('reports Regionservice reaching three of its four open units', () => {
    const regionservice = department(demoDepartmentIds.regionservice);
    expect(regionservice.goalsAllocated).toBe(4);
    expect(regionservice.unitsReached).toBe(3);
    expect(regionservice.unitsTotal).toBe(4);
    expect(regionservice.unitAllocations).toBe(4);
    expect(regionservice.departmentLevelActivities).toBe(0);
    expect(regionservice.unitLevelActivities).toBe(4);
  });

  it('names which goals a department holds and lacks', () => {
    const ekonomi = department(demoDepartmentIds.ekonomi);
    expect(ekonomi.allocatedGoalIds).toEqual([231, 233, 234]);
    expect(ekonomi.missingGoalIds).toEqual([232]);
  });

  it('does not count the closed Tryckeriet among open units', () => {
    expect(demoOrgUnits.find((unit) => unit.id === demoUnitIds.tryckeriet)?.closed).toBe(true);
    expect(department(demoDepartmentIds.kommunikation).unitsTotal).toBe(2);
  });

  it('counts follow-up completeness for delår: six of the nine activities due', () => {
    // Activity 10 starts in September, after the delår period.
    expect(summary.totals.followUp).toEqual({ activitiesDue: 9, activitiesFollowedUp: 6 });
    expect(completenessRatio(summary.totals.followUp)).toBeCloseTo(6 / 9);
  });

  it('lists departments in Swedish alphabetical order', () => {
    const names = summary.departments.map((candidate) => candidate.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
  });
});

describe('the demo gaps, worst first', () => {
  const codes = summary.gaps.map((gap) => gap.code);

  it('starts with the five departments missing a goal', () => {
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('departmentMissingGoals'));
  });

  it('lists the eight departments with units that allocated to none', () => {
    const departmentIds = summary.gaps
      .filter((gap) => gap.code === 'departmentWithoutUnitAllocations')
      .map((gap) => gap.departmentId);
    expect(departmentIds).toHaveLength(8);
    expect(departmentIds).not.toContain(demoDepartmentIds.regionservice);
  });

  it('lists the three activities due for delår without a follow-up', () => {
    const activityIds = summary.gaps.flatMap((gap) => (gap.code === 'activityWithoutFollowUp' ? [gap.activityId] : []));
    expect(activityIds.sort((a, b) => a - b)).toEqual([4, 6, 7]);
  });

  it('keeps kinds in severity order', () => {
    expect(gapCodes).toEqual(['departmentMissingGoals', 'departmentWithoutUnitAllocations', 'allocationWithoutActivities', 'activityWithoutFollowUp',
      'allocationWithoutAgreement']);
    const ranks = codes.map((code) => gapCodes.indexOf(code));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('allocations without samråd', () => {
  const unitAllocations = (picture: typeof demoRegion2023): typeof demoRegion2023.allocations => {
    const departments = new Set(picture.orgUnits.filter((unit) => unit.level === 'avdelning').map((unit) => unit.id));
    const openUnits = new Set(picture.orgUnits.filter((unit) => unit.level === 'enhet' && !unit.closed).map((unit) => unit.id));
    return picture.allocations.filter((allocation) => !departments.has(allocation.orgUnitId) && openUnits.has(allocation.orgUnitId));
  };

  it('counts every allocation to an open unit made without samråd, and lists each as a gap', () => {
    const notAgreed = unitAllocations(demoRegion2023).filter((allocation) => !allocation.agreedWithUnitHead);
    expect(summary.totals.allocationsWithoutAgreement).toBe(notAgreed.length);
    expect(summary.gaps.filter((gap) => gap.code === 'allocationWithoutAgreement').map((gap) => gap.code === 'allocationWithoutAgreement' && gap.allocationId).sort())
      .toEqual(notAgreed.map((allocation) => allocation.id).sort());
  });

  it('changes when one more is made without samråd, and not when it is agreed', () => {
    const [first] = unitAllocations(demoRegion2023);
    const withAgreement = (agreed: boolean) => computeCoverageSummary({
      ...demoRegion2023,
      allocations: demoRegion2023.allocations.map((allocation) => (allocation.id === first.id ? { ...allocation, agreedWithUnitHead: agreed } : allocation))
    }, demoFollowUpPeriod).totals.allocationsWithoutAgreement;
    expect(withAgreement(false) - withAgreement(true)).toBe(1);
  });
});
