import {
  actorRoles,
  canAllocate,
  canEditActivity,
  canEditGoals,
  canEditOrganisation,
  canHighlightActivity,
  canMoveActivities,
  canRecordFollowUp,
  canRegisterActivity,
  canRemoveAllocation,
  currentFollowUpPeriod,
  demoDepartmentIds as dept,
  demoForvaltningId,
  demoOrgUnits,
  demoReader,
  demoRegion2023 as picture,
  demoToday,
  demoUnitIds as unit,
  deriveActor,
  refusalCodes,
  refused,
  type RuleResult,
  type YearPicture
} from '../index';
import { headActor, reader, regionalStaff } from './support/demoActors';

const goal = { resor: 231, energi: 232, avfall: 233, transporter: 234 };
const ok: RuleResult = { ok: true };

const regionserviceHead = headActor(dept.regionservice);
const maltidHead = headActor(unit.maltidsservice);
const fastighetHead = headActor(dept.fastighet);
const regiondirektor = headActor(demoForvaltningId);

describe('deriveActor and roles', () => {
  it('finds the units a person heads, ignoring case in the login', () => {
    const head = demoOrgUnits.find((candidate) => candidate.id === dept.regionservice)?.head;
    const actor = deriveActor({ login: head?.login.toUpperCase() ?? '', name: 'x' }, demoOrgUnits, false);
    expect(actor.headOfOrgUnitIds).toEqual([dept.regionservice]);
  });

  it('derives each role from the org tree', () => {
    expect(actorRoles(regionalStaff, demoOrgUnits)).toEqual(['regionalStaff']);
    expect(actorRoles(regiondirektor, demoOrgUnits)).toEqual(['forvaltningHead']);
    expect(actorRoles(regionserviceHead, demoOrgUnits)).toEqual(['departmentHead']);
    expect(actorRoles(maltidHead, demoOrgUnits)).toEqual(['unitHead']);
    expect(actorRoles(reader, demoOrgUnits)).toEqual(['reader']);
  });

  it('does not make anyone head of a closed unit', () => {
    const closedWithHead = demoOrgUnits.map((candidate) =>
      candidate.id === unit.tryckeriet ? { ...candidate, head: demoReader } : candidate
    );
    expect(deriveActor(demoReader, closedWithHead, false).headOfOrgUnitIds).toEqual([]);
  });
});

describe('canAllocate', () => {
  it('lets the regional staff allocate a year goal to a department', () => {
    expect(canAllocate(regionalStaff, { goalId: goal.energi, orgUnitId: dept.ekonomi }, picture)).toEqual(ok);
  });

  it('lets the förvaltning head allocate to departments too', () => {
    expect(canAllocate(regiondirektor, { goalId: goal.energi, orgUnitId: dept.ekonomi }, picture)).toEqual(ok);
  });

  it('refuses a duplicate, naming the existing allocation', () => {
    expect(canAllocate(regionalStaff, { goalId: goal.resor, orgUnitId: dept.ekonomi }, picture)).toEqual(
      refused('duplicateAllocation', { allocationId: 141 })
    );
  });

  it('leaves units to their department head', () => {
    expect(canAllocate(regionalStaff, { goalId: goal.avfall, orgUnitId: unit.logistik }, picture)).toEqual(
      refused('outsideScope', {})
    );
    expect(canAllocate(regionserviceHead, { goalId: goal.avfall, orgUnitId: unit.logistik }, picture)).toEqual(ok);
    expect(canAllocate(fastighetHead, { goalId: goal.avfall, orgUnitId: unit.logistik }, picture)).toEqual(
      refused('outsideScope', {})
    );
  });

  it('does not let a unit take a goal itself', () => {
    expect(canAllocate(maltidHead, { goalId: goal.resor, orgUnitId: unit.maltidsservice }, picture)).toEqual(
      refused('outsideScope', {})
    );
  });

  it('refuses a goal the department does not hold', () => {
    const itDrift = 131;
    expect(canAllocate(headActor(dept.digitalisering), { goalId: goal.transporter, orgUnitId: itDrift }, picture)).toEqual(
      refused('parentDoesNotHoldGoal', { goalId: goal.transporter, parentId: dept.digitalisering })
    );
  });

  it('refuses the förvaltning, closed units, unknown ids and retired goals', () => {
    expect(canAllocate(regionalStaff, { goalId: goal.resor, orgUnitId: demoForvaltningId }, picture)).toEqual(
      refused('levelNotAllocatable', { level: 'forvaltning' })
    );
    expect(canAllocate(headActor(dept.kommunikation), { goalId: goal.resor, orgUnitId: unit.tryckeriet }, picture)).toEqual(
      refused('unitClosed', { orgUnitId: unit.tryckeriet })
    );
    expect(canAllocate(regionalStaff, { goalId: 999, orgUnitId: dept.hr }, picture)).toEqual(
      refused('goalNotFound', { goalId: 999 })
    );
    expect(canAllocate(regionalStaff, { goalId: goal.resor, orgUnitId: 999 }, picture)).toEqual(
      refused('orgUnitNotFound', { orgUnitId: 999 })
    );
    const retired: YearPicture = {
      ...picture,
      goals: picture.goals.map((candidate) => (candidate.id === goal.energi ? { ...candidate, retired: true } : candidate))
    };
    expect(canAllocate(regionalStaff, { goalId: goal.energi, orgUnitId: dept.ekonomi }, retired)).toEqual(
      refused('goalRetired', { goalId: goal.energi })
    );
  });

  it('refuses a reader', () => {
    expect(canAllocate(reader, { goalId: goal.energi, orgUnitId: dept.ekonomi }, picture)).toEqual(refused('outsideScope', {}));
  });
});

describe('canRemoveAllocation', () => {
  it('refuses while activities remain, with their count', () => {
    expect(canRemoveAllocation(regionserviceHead, 1113, picture)).toEqual(refused('allocationHasActivities', { count: 2 }));
  });

  it('refuses while units beneath still hold the goal', () => {
    expect(canRemoveAllocation(regionalStaff, 113, picture)).toEqual(refused('allocationHasUnitAllocations', { count: 2 }));
  });

  it('allows an empty allocation to be removed by whoever may allocate it', () => {
    expect(canRemoveAllocation(regionserviceHead, 1121, picture)).toEqual(ok);
    expect(canRemoveAllocation(regionalStaff, 1121, picture)).toEqual(refused('outsideScope', {}));
    expect(canRemoveAllocation(regionalStaff, 101, picture)).toEqual(ok);
    expect(canRemoveAllocation(regionalStaff, 5, picture)).toEqual(refused('allocationNotFound', { allocationId: 5 }));
  });
});

describe('canRegisterActivity', () => {
  it('allows it on a goal allocated to the unit, for its head and the heads above', () => {
    const target = { goalId: goal.avfall, orgUnitId: unit.maltidsservice };
    expect(canRegisterActivity(maltidHead, target, picture)).toEqual(ok);
    expect(canRegisterActivity(regionserviceHead, target, picture)).toEqual(ok);
    expect(canRegisterActivity(regionalStaff, target, picture)).toEqual(ok);
  });

  it('refuses a goal not allocated to the unit', () => {
    expect(canRegisterActivity(maltidHead, { goalId: goal.resor, orgUnitId: unit.maltidsservice }, picture)).toEqual(
      refused('goalNotAllocatedToUnit', { goalId: goal.resor, orgUnitId: unit.maltidsservice })
    );
  });

  it('refuses other departments’ heads, readers and closed units', () => {
    const target = { goalId: goal.avfall, orgUnitId: unit.maltidsservice };
    expect(canRegisterActivity(fastighetHead, target, picture)).toEqual(refused('outsideScope', {}));
    expect(canRegisterActivity(reader, target, picture)).toEqual(refused('outsideScope', {}));
    expect(canRegisterActivity(regionalStaff, { goalId: goal.resor, orgUnitId: unit.tryckeriet }, picture)).toEqual(
      refused('unitClosed', { orgUnitId: unit.tryckeriet })
    );
  });
});

describe('canEditActivity', () => {
  it('lets the responsible person edit, even without heading the unit', () => {
    const delegated: YearPicture = {
      ...picture,
      activities: picture.activities.map((activity) => (activity.id === 1 ? { ...activity, responsible: demoReader } : activity))
    };
    expect(canEditActivity(reader, 1, delegated)).toEqual(ok);
    expect(canEditActivity(reader, 2, delegated)).toEqual(refused('outsideScope', {}));
    expect(canEditActivity(reader, 77, delegated)).toEqual(refused('activityNotFound', { activityId: 77 }));
  });
});

describe('canHighlightActivity', () => {
  it('lets the unit head, the heads above and the regional staff lift an activity into the report', () => {
    expect(canHighlightActivity(maltidHead, unit.maltidsservice, picture)).toEqual(ok);
    expect(canHighlightActivity(regionserviceHead, unit.maltidsservice, picture)).toEqual(ok);
    expect(canHighlightActivity(regiondirektor, unit.maltidsservice, picture)).toEqual(ok);
    expect(canHighlightActivity(regionalStaff, unit.maltidsservice, picture)).toEqual(ok);
  });

  it('refuses another department’s head and the responsible person who heads nothing', () => {
    expect(canHighlightActivity(fastighetHead, unit.maltidsservice, picture)).toEqual(refused('outsideScope', {}));
    const delegated: YearPicture = {
      ...picture,
      activities: picture.activities.map((activity) => (activity.id === 1 ? { ...activity, responsible: demoReader } : activity))
    };
    expect(canEditActivity(reader, 1, delegated)).toEqual(ok);
    expect(canHighlightActivity(reader, unit.maltidsservice, delegated)).toEqual(refused('outsideScope', {}));
    expect(canHighlightActivity(regionalStaff, 77, picture)).toEqual(refused('orgUnitNotFound', { orgUnitId: 77 }));
  });
});

describe('canMoveActivities', () => {
  it('lets the department head move unit activities up to the department', () => {
    expect(canMoveActivities(regionserviceHead, 1113, 113, picture)).toEqual(ok);
  });

  it('refuses a unit head moving them above their unit, and the same allocation', () => {
    expect(canMoveActivities(maltidHead, 1113, 113, picture)).toEqual(refused('outsideScope', {}));
    expect(canMoveActivities(regionserviceHead, 113, 113, picture)).toEqual(refused('sameAllocation', { allocationId: 113 }));
    expect(canMoveActivities(regionserviceHead, 1113, 9, picture)).toEqual(refused('allocationNotFound', { allocationId: 9 }));
  });
});

describe('canRecordFollowUp', () => {
  const open = currentFollowUpPeriod(demoToday);

  it('opens helår 2023 on the demo day', () => {
    expect(open).toEqual({ year: 2023, kind: 'helar' });
  });

  it('allows the open period and keeps the earlier one read-only', () => {
    expect(canRecordFollowUp(maltidHead, { activityId: 1, period: open }, picture, open)).toEqual(ok);
    expect(canRecordFollowUp(maltidHead, { activityId: 1, period: { year: 2023, kind: 'delar' } }, picture, open)).toEqual(
      refused('periodClosed', { periodKey: '2023-delar' })
    );
  });

  it('refuses a period not yet open and a period of another year', () => {
    const delar = { year: 2023, kind: 'delar' } as const;
    expect(canRecordFollowUp(maltidHead, { activityId: 1, period: open }, picture, delar)).toEqual(
      refused('periodNotOpen', { periodKey: '2023-helar' })
    );
    expect(canRecordFollowUp(maltidHead, { activityId: 1, period: { year: 2024, kind: 'delar' } }, picture, open)).toEqual(
      refused('periodOutsideGoalYear', { periodKey: '2024-delar', year: 2023 })
    );
  });

  it('refuses readers', () => {
    expect(canRecordFollowUp(reader, { activityId: 1, period: open }, picture, open)).toEqual(refused('outsideScope', {}));
  });

  it('keeps a period the staff closed for the staff alone, and gives it back to the head once reopened', () => {
    const by = regionalStaff.person;
    const closed = { period: open, events: [{ id: 1, kind: 'closed' as const, by, at: '2024-01-20T10:00:00Z' }] };
    expect(canRecordFollowUp(maltidHead, { activityId: 1, period: open }, picture, open, closed)).toEqual(refused('periodLocked', { periodKey: '2023-helar' }));
    expect(canRecordFollowUp(regionalStaff, { activityId: 1, period: open }, picture, open, closed)).toEqual(ok);
    const reopened = { ...closed, events: [...closed.events, { id: 2, kind: 'reopened' as const, by, at: '2024-01-21T10:00:00Z' }] };
    expect(canRecordFollowUp(maltidHead, { activityId: 1, period: open }, picture, open, reopened)).toEqual(ok);
  });
});

describe('goals and organisation', () => {
  it('are kept by the regional staff only', () => {
    expect(canEditGoals(regionalStaff)).toEqual(ok);
    expect(canEditOrganisation(regionalStaff)).toEqual(ok);
    expect(canEditGoals(regiondirektor)).toEqual(refused('outsideScope', {}));
    expect(canEditOrganisation(regionserviceHead)).toEqual(refused('outsideScope', {}));
  });
});

describe('refusalCodes', () => {
  it('lists each code once', () => {
    expect(new Set(refusalCodes).size).toBe(refusalCodes.length);
    expect(refusalCodes).toEqual(expect.arrayContaining(['outsideScope', 'allocationHasActivities', 'tooLong']));
  });
});
