// A small in-memory IMiljoRepository for the view tests: it serves year pictures, can pretend lists
// are missing or outdated, fail reads, or hold them (to show the loading state), and records calls.

import { ReadError } from '../../../../ports';
import type { CollectionPlace, CurrentUser, IMiljoRepository, ListsStatus, ProvisioningResult } from '../../../../ports';
import { listOrder, lists, type ListKey } from '../../../../data/schema';
import type { RemoveOutcome, WriteOutcome } from '../../../../ports';
import type { ItemVersions, LoadedYear } from '../../../../ports';
import type { OrgUnit, YearPicture } from '../../../../domain/model';

const notInTheseTests = (): Promise<never> => Promise.reject(new Error('writes are not part of the summary tests'));

/** Where SharePoint keeps these collections, as the real repository reports them. */
export function placesOf(keys: readonly ListKey[]): CollectionPlace[] {
  return keys.map((key) => ({ collection: key, title: lists[key].title, url: lists[key].url }));
}

function emptyPicture(year: number, orgUnits: YearPicture['orgUnits']): YearPicture {
  return { year, goals: [], orgUnits, allocations: [], activities: [], followUps: [] };
}

export class MemoryRepository implements IMiljoRepository {
  public readonly calls: string[] = [];
  public missingLists: ListKey[] = [];
  public outdatedLists: ListKey[] = [];
  /** What provision() answers; `done` also creates the missing lists. */
  public provisionAnswer: ProvisioningResult['kind'] = 'done';
  /** How many of the next reads fail, and with what. */
  public failingReads = 0;
  public failure: unknown = new ReadError('busy', 'HTTP 503: Service Unavailable');
  /** What canManageLists() answers. */
  public managesLists = false;
  /** While set, every read waits for it. */
  public hold: Promise<void> | undefined;

  private readonly pictures: Map<number, YearPicture>;

  public constructor(pictures: readonly YearPicture[]) {
    this.pictures = new Map(pictures.map((picture) => [picture.year, picture]));
  }

  private async read<T>(name: string, answer: () => T): Promise<T> {
    this.calls.push(name);
    if (this.hold !== undefined) await this.hold;
    if (this.failingReads > 0) {
      this.failingReads -= 1;
      throw this.failure;
    }
    return answer();
  }

  public checkLists(): Promise<ListsStatus> {
    return this.read('checkLists', () => ({ missing: placesOf(this.missingLists), outdated: placesOf(this.outdatedLists) }));
  }

  public async provision(): Promise<ProvisioningResult> {
    this.calls.push('provision');
    const changes = { createdLists: this.provisionAnswer === 'done' ? [...this.missingLists] : [], addedFields: [], indexedFields: [] };
    if (this.provisionAnswer === 'forbidden') return { kind: 'forbidden', missingPermission: 'manageLists', changes };
    this.missingLists = [];
    this.outdatedLists = [];
    return { kind: 'done', changes };
  }

  public currentUser(): Promise<CurrentUser> {
    return this.read('currentUser', () => ({ person: { login: 'reader@region.example', name: 'Reader' }, groups: [], isRegionalStaff: false, isSiteAdmin: false }));
  }

  public async canManageLists(): Promise<boolean> {
    this.calls.push('canManageLists');
    return this.managesLists;
  }

  public years(): Promise<number[]> {
    return this.read('years', () =>
      [...this.pictures.values()].filter((picture) => picture.goals.length > 0).map((picture) => picture.year).sort((a, b) => b - a));
  }

  public loadYear(year: number): Promise<LoadedYear> {
    return this.read(`loadYear ${year}`, () => {
      // The organisation is read whole, whatever the year.
      const any = this.pictures.values().next().value as YearPicture | undefined;
      const picture = this.pictures.get(year) ?? emptyPicture(year, any?.orgUnits ?? []);
      const etags = Object.fromEntries(listOrder.map((key) => [key, new Map<number, string>()])) as ItemVersions;
      return { picture, etags };
    });
  }

  public addGoal = (): Promise<WriteOutcome<never>> => notInTheseTests();
  public updateGoal = (): Promise<WriteOutcome<never>> => notInTheseTests();
  public orgUnitsNamed = (name: string): Promise<OrgUnit[]> =>
    this.read('orgUnitsNamed', () => [...this.pictures.values()][0]?.orgUnits.filter((unit) => unit.name === name) ?? []);
  public addOrgUnit = (): Promise<WriteOutcome<never>> => notInTheseTests();
  public updateOrgUnit = (): Promise<WriteOutcome<never>> => notInTheseTests();
  public addAllocation = (): Promise<WriteOutcome<never>> => notInTheseTests();
  public updateAllocation = (): Promise<WriteOutcome<never>> => notInTheseTests();
  public removeAllocation = (): Promise<RemoveOutcome> => notInTheseTests();
  public addActivity = (): Promise<WriteOutcome<never>> => notInTheseTests();
  public updateActivity = (): Promise<WriteOutcome<never>> => notInTheseTests();
  public removeActivity = (): Promise<RemoveOutcome> => notInTheseTests();
  public addFollowUp = (): Promise<WriteOutcome<never>> => notInTheseTests();
  public updateFollowUp = (): Promise<WriteOutcome<never>> => notInTheseTests();
}
