// The summary tests' in-memory repository with writes: ETags per item, clientKey-idempotent adds,
// conflicts on a stale ETag, one follow-up per activity and period, and scripted answers (or a
// held gate) to drive the UI through every outcome.
import type { CurrentUser, Draft, IMiljoRepository } from '../../../../ports';
import { listOrder, type ListKey } from '../../../../data/schema';
import type { WriteOutcome } from '../../../../ports';
import type { ItemVersions, LoadedYear } from '../../../../ports';
import { samePeriod } from '../../../../domain/period';
import type { Activity, FollowUp, YearPicture } from '../../../../domain/model';
import { MemoryRepository } from '../../../summary/__tests__/support/memoryRepository';

type Scripted = WriteOutcome<unknown> | Error;

export class WritableRepository extends MemoryRepository {
  public picture: YearPicture;
  public user: CurrentUser;
  /** Every write asked for, e.g. "addActivity Titel key=…". */
  public readonly writes: string[] = [];
  /** Answers given instead of writing, in order (an Error is thrown). */
  public readonly scripted: Scripted[] = [];
  /** While set, writes wait for it (to see the optimistic state). */
  public gate: Promise<void> | undefined;
  private readonly versions = new Map<string, number>();
  private readonly clientKeys = new Map<string, number>();
  private nextId = 5000;

  public constructor(picture: YearPicture, user: CurrentUser) {
    super([picture]);
    this.picture = picture;
    this.user = user;
    // The base class declares its write methods as fields that refuse; replace them with writing ones.
    const writes: Pick<IMiljoRepository, 'addActivity' | 'updateActivity' | 'addFollowUp' | 'updateFollowUp'> = {
      addActivity: (activity, year, clientKey) => this.addActivityNow(activity, year, clientKey),
      updateActivity: (activity, etag) => this.updateActivityNow(activity, etag),
      addFollowUp: (followUp) => this.addFollowUpNow(followUp),
      updateFollowUp: (followUp, etag) => this.updateFollowUpNow(followUp, etag)
    };
    Object.assign(this, writes);
  }

  public currentUser(): Promise<CurrentUser> {
    return Promise.resolve(this.user);
  }

  public loadYear(year: number): Promise<LoadedYear> {
    this.calls.push(`loadYear ${year}`);
    const etags = Object.fromEntries(listOrder.map((key) => [key, new Map<number, string>()])) as ItemVersions;
    for (const key of ['activities', 'followUps'] as const) {
      for (const item of this.picture[key]) etags[key].set(item.id, this.etag(key, item.id));
    }
    return Promise.resolve({ picture: this.picture, etags });
  }

  /** Someone else changes an activity (a new version, so the view's ETag is stale). */
  public changeActivityElsewhere(activity: Activity): void {
    this.picture = { ...this.picture, activities: this.picture.activities.map((candidate) => (candidate.id === activity.id ? activity : candidate)) };
    this.bump('activities', activity.id);
  }

  public removeActivityElsewhere(activityId: number): void {
    this.picture = { ...this.picture, activities: this.picture.activities.filter((candidate) => candidate.id !== activityId) };
  }

  public addFollowUpElsewhere(followUp: FollowUp): void {
    this.picture = { ...this.picture, followUps: [...this.picture.followUps, followUp] };
    this.bump('followUps', followUp.id);
  }

  private etag(list: ListKey, id: number): string {
    return `"${list}-${id}-${this.versions.get(`${list}:${id}`) ?? 1}"`;
  }

  private bump(list: ListKey, id: number): string {
    this.versions.set(`${list}:${id}`, (this.versions.get(`${list}:${id}`) ?? 1) + 1);
    return this.etag(list, id);
  }

  private async answer<T>(name: string, write: () => WriteOutcome<T>): Promise<WriteOutcome<T>> {
    this.writes.push(name);
    if (this.gate !== undefined) await this.gate;
    const scripted = this.scripted.shift();
    if (scripted instanceof Error) throw scripted;
    if (scripted !== undefined) return scripted as WriteOutcome<T>;
    return write();
  }

  private addActivityNow(activity: Draft<Activity>, _year: number, clientKey: string): Promise<WriteOutcome<Activity>> {
    return this.answer<Activity>(`addActivity ${activity.title} key=${clientKey}`, () => {
      const known = this.clientKeys.get(clientKey);
      const existing = this.picture.activities.find((candidate) => candidate.id === known);
      if (existing !== undefined) return { kind: 'saved', value: existing, etag: this.etag('activities', existing.id) };
      const saved: Activity = { ...activity, id: this.nextId++ };
      this.clientKeys.set(clientKey, saved.id);
      this.picture = { ...this.picture, activities: [...this.picture.activities, saved] };
      return { kind: 'saved', value: saved, etag: this.etag('activities', saved.id) };
    });
  }

  private updateActivityNow(activity: Activity, etag: string): Promise<WriteOutcome<Activity>> {
    return this.answer<Activity>(`updateActivity ${activity.id} ${activity.title}`, () => {
      const current = this.picture.activities.find((candidate) => candidate.id === activity.id);
      if (current === undefined) return { kind: 'gone' };
      if (etag !== this.etag('activities', activity.id)) return { kind: 'conflict', current, etag: this.etag('activities', activity.id) };
      this.picture = { ...this.picture, activities: this.picture.activities.map((candidate) => (candidate.id === activity.id ? activity : candidate)) };
      return { kind: 'saved', value: activity, etag: this.bump('activities', activity.id) };
    });
  }

  private addFollowUpNow(followUp: Draft<FollowUp>): Promise<WriteOutcome<FollowUp>> {
    return this.answer<FollowUp>(`addFollowUp ${followUp.activityId} ${followUp.period.year}-${followUp.period.kind}`, () => {
      const existing = this.picture.followUps.find((candidate) => candidate.activityId === followUp.activityId && samePeriod(candidate.period, followUp.period));
      if (existing !== undefined) return { kind: 'conflict', current: existing, etag: this.etag('followUps', existing.id) };
      const saved: FollowUp = { ...followUp, id: this.nextId++ };
      this.picture = { ...this.picture, followUps: [...this.picture.followUps, saved] };
      return { kind: 'saved', value: saved, etag: this.etag('followUps', saved.id) };
    });
  }

  private updateFollowUpNow(followUp: FollowUp, etag: string): Promise<WriteOutcome<FollowUp>> {
    return this.answer<FollowUp>(`updateFollowUp ${followUp.id}`, () => {
      const current = this.picture.followUps.find((candidate) => candidate.id === followUp.id);
      if (current === undefined) return { kind: 'gone' };
      if (etag !== this.etag('followUps', followUp.id)) return { kind: 'conflict', current, etag: this.etag('followUps', followUp.id) };
      this.picture = { ...this.picture, followUps: this.picture.followUps.map((candidate) => (candidate.id === followUp.id ? followUp : candidate)) };
      return { kind: 'saved', value: followUp, etag: this.bump('followUps', followUp.id) };
    });
  }
}
