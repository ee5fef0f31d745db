// Klarmarkering as Stratsys does it: each unit marks its part of a period ready, its department
// sees who is ready, may send a unit's mark back, and marks itself ready. Marks, take-backs and
// send-backs are events, never overwritten (who and when are SharePoint's Author and Created), so
// the state is the last event's, whatever order the events were read in.

import type { FollowUpPeriod, IsoDate, IsoDateTime, Person } from '../model';
import { samePeriod } from '../period';

export type ReadinessEventKind = 'ready' | 'takenBack' | 'sentBack';

export interface ReadinessEvent {
  id: number;
  period: FollowUpPeriod;
  /** The unit or department whose part this is. */
  orgUnitId: number;
  kind: ReadinessEventKind;
  /**
   * A unit's mark: why some activities are not followed up. A department's mark: its sentence for
   * the report. A send-back: what to fix. Empty where nothing was said.
   */
  comment: string;
  by: Person;
  at: IsoDateTime;
}

/** What a write records: the period, the part, the kind and the comment; who and when are SharePoint's. */
export type ReadinessDraft = Pick<ReadinessEvent, 'period' | 'orgUnitId' | 'kind' | 'comment'>;

export type Readiness =
  | { state: 'notReady' }
  | { state: 'ready'; by: Person; at: IsoDateTime; comment: string }
  | { state: 'sentBack'; by: Person; at: IsoDateTime; comment: string };

const notReady: Readiness = { state: 'notReady' };

/** By moment, then by id: two events in one second keep the order they were recorded in. */
export function compareReadinessEvents(a: ReadinessEvent, b: ReadinessEvent): number {
  const byTime = Date.parse(a.at) - Date.parse(b.at);
  return byTime !== 0 && !Number.isNaN(byTime) ? byTime : a.id - b.id;
}

/** The events of one part and period, oldest first. */
export function eventsOf(events: readonly ReadinessEvent[], orgUnitId: number, period: FollowUpPeriod): ReadinessEvent[] {
  return events.filter((event) => event.orgUnitId === orgUnitId && samePeriod(event.period, period)).sort(compareReadinessEvents);
}

/** The state after the last event: a take-back leaves the part not ready, a send-back sent back. */
export function readinessOf(events: readonly ReadinessEvent[], orgUnitId: number, period: FollowUpPeriod): Readiness {
  const own = eventsOf(events, orgUnitId, period);
  const last = own[own.length - 1];
  if (last === undefined || last.kind === 'takenBack') return notReady;
  return { state: last.kind, by: last.by, at: last.at, comment: last.comment };
}

/** Each part's state, by org unit id, for one period: one pass over the events. */
export function readinessByUnit(events: readonly ReadinessEvent[], period: FollowUpPeriod): ReadonlyMap<number, Readiness> {
  const last = new Map<number, ReadinessEvent>();
  for (const event of events) {
    if (!samePeriod(event.period, period)) continue;
    const before = last.get(event.orgUnitId);
    if (before === undefined || compareReadinessEvents(event, before) > 0) last.set(event.orgUnitId, event);
  }
  const states = new Map<number, Readiness>();
  for (const [id, event] of last) {
    states.set(id, event.kind === 'takenBack' ? notReady : { state: event.kind, by: event.by, at: event.at, comment: event.comment });
  }
  return states;
}

export const readinessIn = (states: ReadonlyMap<number, Readiness>, orgUnitId: number): Readiness => states.get(orgUnitId) ?? notReady;

/** How a part stands against the period's deadline, as the roll-up and the summary show it. */
export type ReadinessStatus = 'ready' | 'readyLate' | 'notReady' | 'late' | 'sentBack';

export function readinessStatus(readiness: Readiness, deadline: IsoDate, today: IsoDate): ReadinessStatus {
  if (readiness.state === 'ready') return readiness.at.slice(0, 10) > deadline ? 'readyLate' : 'ready';
  if (readiness.state === 'sentBack') return 'sentBack';
  return today > deadline ? 'late' : 'notReady';
}

export const isReady = (readiness: Readiness): boolean => readiness.state === 'ready';
