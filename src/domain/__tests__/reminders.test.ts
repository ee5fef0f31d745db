import {
  computeCoverageSummary,
  demoDepartmentIds,
  demoFollowUpPeriod,
  demoRegion2023,
  recipientsOf,
  remindersFor,
  type Gap,
  type YearPicture
} from '../index';

const gapKey = (gap: Gap): string => JSON.stringify(gap);
const regionservice = demoDepartmentIds.regionservice;

describe('who is reminded of what', () => {
  const summary = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod);

  it('gives each department head every gap of their department except the goals the staff allocate, each gap once', () => {
    const reminders = remindersFor(summary, demoRegion2023.orgUnits, { kind: 'departmentHeads' });
    const reminded = reminders.flatMap((reminder) => reminder.gaps.map(gapKey));
    expect(reminded.sort()).toEqual(summary.gaps.filter((gap) => gap.code !== 'departmentMissingGoals').map(gapKey).sort());
    for (const reminder of reminders) {
      expect(reminder.orgUnitId).toBe(reminder.departmentId);
      expect(reminder.gaps.every((gap) => gap.departmentId === reminder.departmentId)).toBe(true);
      expect(reminder.head).toEqual(demoRegion2023.orgUnits.find((unit) => unit.id === reminder.departmentId)?.head);
    }
    // In the summary's department order.
    const order = summary.departments.map((department) => department.departmentId);
    const positions = reminders.map((reminder) => order.indexOf(reminder.departmentId));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives a department head\'s unit heads their own activities and follow-ups, never the department\'s samråd', () => {
    const reminders = remindersFor(summary, demoRegion2023.orgUnits, { kind: 'unitHeads', departmentId: regionservice });
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) {
      expect(reminder.departmentId).toBe(regionservice);
      expect(reminder.orgUnitId).not.toBe(regionservice);
      expect(reminder.head).toEqual(demoRegion2023.orgUnits.find((unit) => unit.id === reminder.orgUnitId)?.head);
      expect(reminder.gaps.every((gap) => (gap.code === 'allocationWithoutActivities' || gap.code === 'activityWithoutFollowUp')
        && gap.orgUnitId === reminder.orgUnitId)).toBe(true);
    }
    const expected = summary.gaps.filter((gap) => gap.departmentId === regionservice && 'orgUnitId' in gap && gap.orgUnitId !== regionservice
      && gap.code !== 'allocationWithoutAgreement');
    expect(reminders.flatMap((reminder) => reminder.gaps).map(gapKey).sort()).toEqual(expected.map(gapKey).sort());
    // Another department's head reminds nobody of Regionservice's units.
    expect(remindersFor(summary, demoRegion2023.orgUnits, { kind: 'unitHeads', departmentId: demoDepartmentIds.ekonomi })
      .some((reminder) => reminder.departmentId === regionservice)).toBe(false);
  });

  it('reminds nobody of what is done: once every activity is followed up, those reminders are gone', () => {
    const missing = summary.gaps.filter((gap): gap is Extract<Gap, { code: 'activityWithoutFollowUp' }> => gap.code === 'activityWithoutFollowUp');
    expect(missing.length).toBeGreaterThan(0);
    const done: YearPicture = {
      ...demoRegion2023,
      followUps: [...demoRegion2023.followUps, ...missing.map((gap, index) => ({
        id: 9000 + index, activityId: gap.activityId, period: demoFollowUpPeriod, grade: 'genomford' as const, comment: ''
      }))]
    };
    const after = computeCoverageSummary(done, demoFollowUpPeriod);
    for (const audience of [{ kind: 'departmentHeads' as const }, { kind: 'unitHeads' as const, departmentId: regionservice }]) {
      const gaps = remindersFor(after, done.orgUnits, audience).flatMap((reminder) => reminder.gaps);
      expect(gaps.some((gap) => gap.code === 'activityWithoutFollowUp')).toBe(false);
    }
  });

  it('writes to each head once, and to nobody for a unit without a head', () => {
    const units = demoRegion2023.orgUnits.map((unit) => (unit.id === regionservice ? { ...unit, head: undefined } : unit));
    const sharedHead = demoRegion2023.orgUnits.find((unit) => unit.id === demoDepartmentIds.ekonomi)?.head;
    const twice = units.map((unit) => (unit.id === demoDepartmentIds.digitalisering ? { ...unit, head: sharedHead } : unit));
    const reminders = remindersFor(summary, twice, { kind: 'departmentHeads' });
    expect(reminders.find((reminder) => reminder.orgUnitId === regionservice)?.head).toBeUndefined();
    const people = recipientsOf(reminders);
    expect(people.map((person) => person.login.toLowerCase())).toEqual(Array.from(new Set(people.map((person) => person.login.toLowerCase()))));
    expect(people.some((person) => person.login === sharedHead?.login)).toBe(reminders.some((reminder) => reminder.head?.login === sharedHead?.login));
  });
});

describe('reminders and klarmarkering', () => {
  const summary = computeCoverageSummary(demoRegion2023, demoFollowUpPeriod);
  const someone = { login: 'avdchef@region.example', name: 'Avdelningschefen' };
  const audience = { kind: 'unitHeads' as const, departmentId: regionservice };

  it('never reminds a unit or department marked ready, and reminds a unit whose mark was sent back, with the words', () => {
    const before = remindersFor(summary, demoRegion2023.orgUnits, audience);
    const [first, second] = before;
    expect(first).toBeDefined();
    const gapless = demoRegion2023.orgUnits.find((unit) => unit.parentId === regionservice && !unit.closed
      && !before.some((reminder) => reminder.orgUnitId === unit.id))!.id;
    const readiness = new Map([
      [first.orgUnitId, { state: 'ready' as const, by: someone, at: '2023-09-01T10:00:00Z', comment: '' }],
      // A unit with nothing missing: reminded only because its mark came back.
      [gapless, { state: 'sentBack' as const, by: someone, at: '2023-09-02T10:00:00Z', comment: 'Skriv varför M3 väntar.' }]
    ]);
    const after = remindersFor(summary, demoRegion2023.orgUnits, audience, readiness);
    expect(after.map((reminder) => reminder.orgUnitId)).not.toContain(first.orgUnitId);
    if (second !== undefined) expect(after.map((reminder) => reminder.orgUnitId)).toContain(second.orgUnitId);
    expect(after.find((reminder) => reminder.orgUnitId === gapless)?.sentBack).toEqual({ by: someone, comment: 'Skriv varför M3 väntar.' });
    expect(remindersFor(summary, demoRegion2023.orgUnits, { kind: 'departmentHeads' }).map((reminder) => reminder.orgUnitId)).toContain(regionservice);
    const departments = remindersFor(summary, demoRegion2023.orgUnits, { kind: 'departmentHeads' },
      new Map([[regionservice, { state: 'ready' as const, by: someone, at: '2023-09-01T10:00:00Z', comment: '' }]]));
    expect(departments.map((reminder) => reminder.orgUnitId)).not.toContain(regionservice);
  });
});
