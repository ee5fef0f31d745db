// The summary tests' in-memory repository, taught to write: items carry versions (ETags), a stale
// ETag is a conflict with the current item, a missing item is gone, and a test can force the next
// outcome of a write (failed, forbidden, …) or hold writes to look at the optimistic state.

import type { CurrentUser, Draft } from '../../../../ports';
import { listOrder, type ListKey } from '../../../../data/schema';
import type { RemoveOutcome, WriteOutcome } from '../../../../ports';
import type { IFailed, ItemVersions, LoadedYear } from '../../../../ports';
import type { Activity, Allocation, Goal, OrgUnit, Person, YearPicture } from '../../../../domain/model';
import { sameLogin } from '../../../../domain/organisation';
import { MemoryRepository } from '../../../summary/__tests__/support/memoryRepository';

type WriteMethod =
  | 'addAllocation' | 'updateAllocation' | 'removeAllocation' | 'updateActivity'
  | 'addGoal' | 'updateGoal' | 'addOrgUnit' | 'updateOrgUnit';

/** A forced answer: a failure, a refusal, or gone. */
type Forced = IFailed | { kind: 'forbidden' } | { kind: 'gone' };

interface Stored<T> {
  item: T;
  version: number;
}

const actionOf: Record<WriteMethod, 'allocate' | 'removeAllocation' | 'editActivity' | 'editGoals' | 'editOrganisation'> = {
  addAllocation: 'allocate',
  updateAllocation: 'allocate',
  removeAllocation: 'removeAllocation',
  updateActivity: 'editActivity',
  addGoal: 'editGoals',
  updateGoal: 'editGoals',
  addOrgUnit: 'editOrganisation',
  updateOrgUnit: 'editOrganisation'
};

export class EditingRepository extends MemoryRepository {
  public user: CurrentUser;
  /** Every write, in order: "addAllocation 232:111". */
  public readonly writes: string[] = [];
  /** While set, every write waits for it. */
  public writeGate: Promise<void> | undefined;
  private readonly forced = new Map<WriteMethod, Forced[]>();
  private readonly goals = new Map<number, Stored<Goal>>();
  private readonly orgUnits = new Map<number, Stored<OrgUnit>>();
  private readonly allocations = new Map<number, Stored<Allocation & { year: number }>>();
  private readonly activities = new Map<number, Stored<Activity & { year: number }>>();
  private readonly followUps: YearPicture['followUps'][number][] = [];
  private nextId = 10000;

  public constructor(pictures: readonly YearPicture[], person: Person, isRegionalStaff = false) {
    super(pictures);
    // The summary's repository declares its writes as stubs taking nothing; these take the real arguments.
    Object.assign(this, {
      addAllocation: this.writeAddAllocation,
      updateAllocation: this.writeUpdateAllocation,
      removeAllocation: this.writeRemoveAllocation,
      updateActivity: this.writeUpdateActivity,
      addGoal: this.writeAddGoal,
      updateGoal: this.writeUpdateGoal,
      addOrgUnit: this.writeAddOrgUnit,
      updateOrgUnit: this.writeUpdateOrgUnit
    });
    this.user = { person, groups: [], isRegionalStaff, isSiteAdmin: false };
    for (const picture of pictures) {
      for (const goal of picture.goals) this.goals.set(goal.id, { item: goal, version: 1 });
      for (const unit of picture.orgUnits) this.orgUnits.set(unit.id, { item: unit, version: 1 });
      for (const allocation of picture.allocations) this.allocations.set(allocation.id, { item: { ...allocation, year: picture.year }, version: 1 });
      for (const activity of picture.activities) this.activities.set(activity.id, { item: { ...activity, year: picture.year }, version: 1 });
      this.followUps.push(...picture.followUps);
    }
  }

  /** The next call of `method` answers this instead of writing. */
  public force(method: WriteMethod, answer: Forced): void {
    this.forced.set(method, [...(this.forced.get(method) ?? []), answer]);
  }

  /** A colleague's change, behind the view's back: a new version of the item. */
  public changeBehind(list: 'allocations' | 'activities' | 'goals' | 'orgUnits', id: number, change: (item: never) => object): void {
    const store = this.store(list) as Map<number, Stored<object>>;
    const stored = store.get(id);
    if (stored === undefined) throw new Error(`no ${list} ${id}`);
    store.set(id, { item: change(stored.item as never), version: stored.version + 1 });
  }

  public removeBehind(list: 'allocations' | 'activities' | 'goals' | 'orgUnits', id: number): void {
    this.store(list).delete(id);
  }

  public addAllocationBehind(allocation: Omit<Allocation, 'id'>, year: number): Allocation {
    const saved = { ...allocation, id: this.newId() };
    this.allocations.set(saved.id, { item: { ...saved, year }, version: 1 });
    return saved;
  }

  /** What is stored now, for a year. */
  public stored(year: number): YearPicture {
    const ofYear = <T extends { year: number }>(map: Map<number, Stored<T>>): Array<Omit<T, 'year'>> =>
      [...map.values()].filter((stored) => stored.item.year === year).map(({ item }) => withoutYear(item));
    return {
      year,
      goals: [...this.goals.values()].map((stored) => stored.item).filter((goal) => goal.year === year),
      orgUnits: [...this.orgUnits.values()].map((stored) => stored.item),
      allocations: ofYear(this.allocations) as Allocation[],
      activities: ofYear(this.activities) as Activity[],
      followUps: this.followUps.filter((followUp) => followUp.period.year === year)
    };
  }

  public currentUser(): Promise<CurrentUser> {
    return Promise.resolve(this.user);
  }

  public years(): Promise<number[]> {
    return Promise.resolve(Array.from(new Set([...this.goals.values()].map((stored) => stored.item.year))).sort((a, b) => b - a));
  }

  public async loadYear(year: number): Promise<LoadedYear> {
    this.calls.push(`loadYear ${year}`);
    const picture = this.stored(year);
    const etags = Object.fromEntries(listOrder.map((key) => [key, new Map<number, string>()])) as ItemVersions;
    const lists: Array<[ListKey, Map<number, Stored<{ id: number }>>]> = [
      ['goals', this.goals], ['orgUnits', this.orgUnits], ['allocations', this.allocations], ['activities', this.activities]
    ];
    for (const [key, store] of lists) for (const [id, stored] of store) etags[key].set(id, etagFor(stored.version));
    return { picture, etags };
  }

  private readonly writeAddAllocation = (draft: Draft<Allocation>, year: number): Promise<WriteOutcome<Allocation>> =>
    this.write('addAllocation', `${draft.goalId}:${draft.orgUnitId}`, () => {
      const existing = [...this.allocations.values()].find(
        (stored) => stored.item.goalId === draft.goalId && stored.item.orgUnitId === draft.orgUnitId);
      // As SharePoint's unique AllocationKey: the first one stands.
      if (existing !== undefined) return { kind: 'saved', value: withoutYear(existing.item), etag: etagFor(existing.version) };
      const saved = { ...draft, id: this.newId() };
      this.allocations.set(saved.id, { item: { ...saved, year }, version: 1 });
      return { kind: 'saved', value: saved, etag: etagFor(1) };
    });

  private readonly writeUpdateAllocation = (allocation: Allocation, etag: string): Promise<WriteOutcome<Allocation>> =>
    this.write('updateAllocation', String(allocation.id), () => this.updateIn(this.allocations, allocation, etag));

  private readonly writeRemoveAllocation = (allocationId: number, etag: string): Promise<RemoveOutcome> =>
    this.write('removeAllocation', String(allocationId), (): RemoveOutcome => {
      const stored = this.allocations.get(allocationId);
      if (stored === undefined) return { kind: 'gone' };
      if (etagFor(stored.version) !== etag) return { kind: 'conflict' };
      this.allocations.delete(allocationId);
      return { kind: 'removed' };
    });

  private readonly writeUpdateActivity = (activity: Activity, etag: string): Promise<WriteOutcome<Activity>> =>
    this.write('updateActivity', `${activity.id}→${activity.allocationId}`, () => this.updateIn(this.activities, activity, etag));

  private readonly writeAddGoal = (draft: Draft<Goal>): Promise<WriteOutcome<Goal>> =>
    this.write('addGoal', `${draft.year} ${draft.code}`, () => {
      const saved = { ...draft, id: this.newId() };
      this.goals.set(saved.id, { item: saved, version: 1 });
      return { kind: 'saved', value: saved, etag: etagFor(1) };
    });

  private readonly writeUpdateGoal = (goal: Goal, etag: string): Promise<WriteOutcome<Goal>> =>
    this.write('updateGoal', String(goal.id), () => this.updatePlain(this.goals, goal, etag));

  private readonly writeAddOrgUnit = (draft: Draft<OrgUnit>): Promise<WriteOutcome<OrgUnit>> =>
    this.write('addOrgUnit', draft.name, () => {
      const saved = { ...draft, id: this.newId() };
      this.orgUnits.set(saved.id, { item: saved, version: 1 });
      return { kind: 'saved', value: saved, etag: etagFor(1) };
    });

  private readonly writeUpdateOrgUnit = (unit: OrgUnit, etag: string): Promise<WriteOutcome<OrgUnit>> =>
    this.write('updateOrgUnit', String(unit.id), () => this.updatePlain(this.orgUnits, unit, etag));

  private store(list: 'allocations' | 'activities' | 'goals' | 'orgUnits'): Map<number, Stored<{ id: number }>> {
    switch (list) {
      case 'allocations': return this.allocations;
      case 'activities': return this.activities;
      case 'goals': return this.goals;
      case 'orgUnits': return this.orgUnits;
    }
  }

  private newId(): number {
    this.nextId += 1;
    return this.nextId;
  }

  private async write<T extends WriteOutcome<unknown> | RemoveOutcome>(method: WriteMethod, what: string, perform: () => T): Promise<T> {
    this.writes.push(`${method} ${what}`);
    if (this.writeGate !== undefined) await this.writeGate;
    const queue = this.forced.get(method) ?? [];
    const forced = queue.shift();
    if (forced !== undefined) {
      if (forced.kind === 'forbidden') return { kind: 'forbidden', action: actionOf[method] } as T;
      return forced as T;
    }
    return perform();
  }

  private updateIn<T extends { id: number }>(store: Map<number, Stored<T & { year: number }>>, item: T, etag: string): WriteOutcome<T> {
    const stored = store.get(item.id);
    if (stored === undefined) return { kind: 'gone' };
    if (etagFor(stored.version) !== etag) return { kind: 'conflict', current: withoutYear(stored.item) as unknown as T, etag: etagFor(stored.version) };
    const version = stored.version + 1;
    store.set(item.id, { item: { ...item, year: stored.item.year }, version });
    return { kind: 'saved', value: item, etag: etagFor(version) };
  }

  private updatePlain<T extends { id: number }>(store: Map<number, Stored<T>>, item: T, etag: string): WriteOutcome<T> {
    const stored = store.get(item.id);
    if (stored === undefined) return { kind: 'gone' };
    if (etagFor(stored.version) !== etag) return { kind: 'conflict', current: stored.item, etag: etagFor(stored.version) };
    const version = stored.version + 1;
    store.set(item.id, { item, version });
    return { kind: 'saved', value: item, etag: etagFor(version) };
  }
}

function etagFor(version: number): string {
  return `"${version}"`;
}

function withoutYear<T extends { year: number }>(item: T): Omit<T, 'year'> {
  const copy: Partial<T> = { ...item };
  delete copy.year;
  return copy as Omit<T, 'year'>;
}

export function isSameLogin(a: Person, b: Person): boolean {
  return sameLogin(a.login, b.login);
}
