import {
  canAllocate,
  canRegisterActivity,
  demoActivities,
  demoAllocations,
  demoFollowUps,
  demoGoals,
  demoOrgUnits,
  demoPeople,
  demoRegion2023,
  demoRegionalStaffLogins,
  deriveActor,
  validateActivityInput,
  validateFollowUpInput,
  validateGoalInput,
  validateOrgUnitInput,
  type YearPicture
} from '../index';

const actorFor = (login: string): ReturnType<typeof deriveActor> => {
  const person = demoPeople.find((candidate) => candidate.login === login) ?? { login, name: login };
  return deriveActor(person, demoOrgUnits, demoRegionalStaffLogins.includes(login));
};

describe('the demo data obeys the rules it demonstrates', () => {
  it('could have been entered allocation by allocation by the people recorded', () => {
    let picture: YearPicture = { ...demoRegion2023, allocations: [], activities: [], followUps: [] };
    for (const allocation of demoAllocations) {
      const target = { goalId: allocation.goalId, orgUnitId: allocation.orgUnitId };
      expect([allocation.id, canAllocate(actorFor(allocation.allocatedBy.login), target, picture)]).toEqual([allocation.id, { ok: true }]);
      picture = { ...picture, allocations: [...picture.allocations, allocation] };
    }
  });

  it('has every activity registrable by its responsible person, and valid', () => {
    for (const activity of demoActivities) {
      const allocation = demoAllocations.find((candidate) => candidate.id === activity.allocationId);
      const target = { goalId: allocation?.goalId ?? 0, orgUnitId: allocation?.orgUnitId ?? 0 };
      expect(canRegisterActivity(actorFor(activity.responsible?.login ?? ''), target, demoRegion2023)).toEqual({ ok: true });
      expect(validateActivityInput(activity)).toEqual({ ok: true });
    }
  });

  it('has valid goals, org units and follow-ups', () => {
    for (const goal of demoGoals) expect(validateGoalInput(goal, demoGoals)).toEqual({ ok: true });
    for (const unit of demoOrgUnits) expect(validateOrgUnitInput(unit, demoOrgUnits)).toEqual({ ok: true });
    for (const followUp of demoFollowUps) expect(validateFollowUpInput(followUp)).toEqual({ ok: true });
  });

  it('has unique ids and logins', () => {
    const unique = (values: readonly (number | string)[]): boolean => new Set(values).size === values.length;
    expect(unique(demoOrgUnits.map((unit) => unit.id))).toBe(true);
    expect(unique(demoAllocations.map((allocation) => allocation.id))).toBe(true);
    expect(unique(demoActivities.map((activity) => activity.id))).toBe(true);
    expect(unique(demoPeople.map((person) => person.login))).toBe(true);
  });

  it('offers a person for every role a workbench needs', () => {
    expect(demoPeople.map((person) => person.name)).toEqual(
      expect.arrayContaining(['Kristina Norén', 'Margareta Almqvist', 'Helena Bergqvist', 'Anders Lindqvist', 'Maja Engström', 'David Sundqvist'])
    );
  });
});
