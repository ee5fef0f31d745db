import type { Activity, Allocation, FollowUp, Goal, OrgUnit, Person } from '../domain/model';
import type { ListsStatus, ProvisioningResult } from './provisioning';
import type { RemoveOutcome, WriteOutcome } from './writeOutcome';
import type { LoadedYear } from './yearReader';

export type Draft<T extends { id: number }> = Omit<T, 'id'>;

export interface CurrentUser {
  person: Person;
  /** Titles of the SharePoint groups the user is in. */
  groups: string[];
  /** In the regional staff's group ("Miljömål regionstab"): keeps goals and organisation, allocates to departments. */
  isRegionalStaff: boolean;
  isSiteAdmin: boolean;
}

/** Everything the UI may ask of SharePoint. The UI gets an instance; it never builds one. */
export interface IMiljoRepository {
  checkLists(): Promise<ListsStatus>;
  provision(): Promise<ProvisioningResult>;
  currentUser(): Promise<CurrentUser>;
  /** May the user create and change lists on the site ("Skapa listor")? Site owners may. */
  canManageLists(): Promise<boolean>;
  loadYear(year: number): Promise<LoadedYear>;
  /** Years that have goals, newest first. */
  years(): Promise<number[]>;

  addGoal(goal: Draft<Goal>): Promise<WriteOutcome<Goal>>;
  updateGoal(goal: Goal, etag: string): Promise<WriteOutcome<Goal>>;
  /** Org units with exactly this name (any characters: quotes, &, #, åäö, emoji). */
  orgUnitsNamed(name: string): Promise<OrgUnit[]>;
  addOrgUnit(unit: Draft<OrgUnit>): Promise<WriteOutcome<OrgUnit>>;
  updateOrgUnit(unit: OrgUnit, etag: string): Promise<WriteOutcome<OrgUnit>>;

  /** Idempotent: an allocation that already exists (a retried create, or a colleague) is returned. */
  addAllocation(allocation: Draft<Allocation>, year: number): Promise<WriteOutcome<Allocation>>;
  updateAllocation(allocation: Allocation, etag: string): Promise<WriteOutcome<Allocation>>;
  removeAllocation(allocationId: number, etag: string): Promise<RemoveOutcome>;

  /** `clientKey` is made once per draft: a retried create finds its first item instead of adding a twin. */
  addActivity(activity: Draft<Activity>, year: number, clientKey: string): Promise<WriteOutcome<Activity>>;
  updateActivity(activity: Activity, etag: string): Promise<WriteOutcome<Activity>>;
  removeActivity(activityId: number, etag: string): Promise<RemoveOutcome>;

  /** A follow-up of an activity for a period; one per activity and period (a second is a conflict). */
  addFollowUp(followUp: Draft<FollowUp>): Promise<WriteOutcome<FollowUp>>;
  updateFollowUp(followUp: FollowUp, etag: string): Promise<WriteOutcome<FollowUp>>;
}
