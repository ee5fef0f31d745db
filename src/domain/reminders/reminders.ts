// Who to remind of what, from the summary's gaps: nobody is reminded of something already done,
// because a gap exists only while it is missing. The regional staff remind department heads of
// what their department lacks below the goals themselves (allocating those is the staff's own
// work); a department head reminds the heads of its units of their activities and follow-ups
// (agreeing on an allocation is the department head's own step, so it is not theirs to be told).

import type { FollowUpPeriodKind, IsoDateTime, OrgUnit, Person } from '../model';
import type { CoverageSummary } from '../summary/coverageTypes';
import type { Gap } from '../summary/gaps';
import { compareSwedish } from '../collation';
import type { Readiness } from '../readiness/readiness';

export type ReminderAudience =
  | { kind: 'departmentHeads' }
  | { kind: 'unitHeads'; departmentId: number };

/** One recipient's reminder: the unit they lead and what it lacks; `head` undefined when nobody leads it. */
export interface Reminder {
  orgUnitId: number;
  departmentId: number;
  head: Person | undefined;
  gaps: Gap[];
  /** The unit's klarmarkering was sent back: by whom, and what to fix. */
  sentBack?: { by: Person; comment: string };
}

function orgUnitOf(gap: Gap): number {
  return 'orgUnitId' in gap ? gap.orgUnitId : gap.departmentId;
}

function remindsDepartmentHead(gap: Gap): boolean {
  return gap.code !== 'departmentMissingGoals';
}

function remindsUnitHead(gap: Gap, departmentId: number): boolean {
  return gap.departmentId === departmentId && orgUnitOf(gap) !== departmentId
    && (gap.code === 'allocationWithoutActivities' || gap.code === 'activityWithoutFollowUp');
}

/**
 * In the summary's department order, then the units by name; each reminder's gaps keep the summary's
 * order. With the period's klarmarkeringar (`readiness`), a unit or department marked ready is never
 * reminded (its head said it is done), and a unit head whose mark was sent back is, with the
 * department head's words, also when nothing else is missing.
 */
export function remindersFor(summary: CoverageSummary, orgUnits: readonly OrgUnit[], audience: ReminderAudience,
  readiness: ReadonlyMap<number, Readiness> = new Map()): Reminder[] {
  const units = new Map(orgUnits.map((unit) => [unit.id, unit]));
  const byUnit = new Map<number, Reminder>();
  if (audience.kind === 'unitHeads') {
    for (const unit of orgUnits) {
      const state = readiness.get(unit.id);
      if (unit.parentId !== audience.departmentId || unit.closed || state?.state !== 'sentBack') continue;
      byUnit.set(unit.id, { orgUnitId: unit.id, departmentId: audience.departmentId, head: unit.head, gaps: [], sentBack: { by: state.by, comment: state.comment } });
    }
  }
  for (const gap of summary.gaps) {
    const wanted = audience.kind === 'departmentHeads' ? remindsDepartmentHead(gap) : remindsUnitHead(gap, audience.departmentId);
    if (!wanted) continue;
    const orgUnitId = audience.kind === 'departmentHeads' ? gap.departmentId : orgUnitOf(gap);
    if (readiness.get(orgUnitId)?.state === 'ready') continue;
    let reminder = byUnit.get(orgUnitId);
    if (reminder === undefined) {
      reminder = { orgUnitId, departmentId: gap.departmentId, head: units.get(orgUnitId)?.head, gaps: [] };
      byUnit.set(orgUnitId, reminder);
    }
    reminder.gaps.push(gap);
  }
  const departmentOrder = new Map(summary.departments.map((department, index) => [department.departmentId, index]));
  const name = (id: number): string => units.get(id)?.name ?? '';
  return Array.from(byUnit.values()).sort((a, b) =>
    (departmentOrder.get(a.departmentId) ?? 0) - (departmentOrder.get(b.departmentId) ?? 0)
    || compareSwedish(name(a.orgUnitId), name(b.orgUnitId)));
}

/** The people to write to: those reminders that have a head, each head once. */
export function recipientsOf(reminders: readonly Reminder[]): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  for (const reminder of reminders) {
    const head = reminder.head;
    if (head === undefined || seen.has(head.login.toLowerCase())) continue;
    seen.add(head.login.toLowerCase());
    people.push(head);
  }
  return people;
}

export type ReminderChannel = 'teams' | 'email';

/** A reminder as recorded when it was opened to send: who sent it and when are SharePoint's record. */
export interface SentReminder {
  id: number;
  year: number;
  periodKind: FollowUpPeriodKind;
  /** The units whose heads were reminded. */
  orgUnitIds: number[];
  /** Their heads' sign-in names. */
  recipients: string[];
  channel: ReminderChannel;
  sentBy: Person;
  sentAt: IsoDateTime;
}

/** The latest reminder of the period that reached the unit's head. */
export function lastReminderOf(orgUnitId: number, periodKind: FollowUpPeriodKind, sent: readonly SentReminder[]): SentReminder | undefined {
  let last: SentReminder | undefined;
  for (const reminder of sent) {
    if (reminder.periodKind !== periodKind || !reminder.orgUnitIds.includes(orgUnitId)) continue;
    if (last === undefined || Date.parse(reminder.sentAt) > Date.parse(last.sentAt)) last = reminder;
  }
  return last;
}
