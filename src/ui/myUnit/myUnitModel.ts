// What Min enhet shows for an actor: the org units they can choose between (their unit; their
// department and its units; everything for the regional staff and readers) and whom to ask. No
// rule is decided here: what may be changed is asked of the domain rules where it is shown.
import { compareSwedish } from '../../domain/collation';
import type { FollowUpPeriod, Goal, OrgUnit, Person, YearPicture } from '../../domain/model';
import { orgUnitsById } from '../../domain/organisation';
import { periodKey } from '../../domain/period';
import type { Actor } from '../../domain/rules/actor';

/** unitHead: heads units only; departmentHead: heads a department; wide: regional staff or the förvaltning's head. */
export type Audience = 'unitHead' | 'departmentHead' | 'wide' | 'reader';

export interface IUnitChoice {
  unit: OrgUnit;
  /** The department the unit lies in (itself for a department). */
  department: OrgUnit | undefined;
}

export interface IUnitScope {
  audience: Audience;
  /** Department first, then its units; departments by name. */
  choices: IUnitChoice[];
  /** What the view opens on; undefined for a reader with nothing of their own. */
  defaultUnitId: number | undefined;
}

function byName(a: OrgUnit, b: OrgUnit): number {
  return compareSwedish(a.name, b.name) || a.id - b.id;
}

/** A department and its units: open ones, and closed ones that hold something (history). */
function departmentChoices(department: OrgUnit, picture: YearPicture): IUnitChoice[] {
  const holds = new Set(picture.allocations.map((allocation) => allocation.orgUnitId));
  const units = picture.orgUnits
    .filter((unit) => unit.parentId === department.id && unit.level === 'enhet' && (!unit.closed || holds.has(unit.id)))
    .sort((a, b) => Number(a.closed === true) - Number(b.closed === true) || byName(a, b));
  return [{ unit: department, department }, ...units.map((unit) => ({ unit, department }))];
}

export function unitScope(actor: Actor, picture: YearPicture): IUnitScope {
  const byId = orgUnitsById(picture.orgUnits);
  const headed = actor.headOfOrgUnitIds.map((id) => byId.get(id)).filter((unit): unit is OrgUnit => unit !== undefined);
  const departments = picture.orgUnits.filter((unit) => unit.level === 'avdelning' && !unit.closed).sort(byName);
  const all = (): IUnitChoice[] => departments.flatMap((department) => departmentChoices(department, picture));
  const firstHeaded = headed.find((unit) => unit.level !== 'forvaltning')?.id;

  if (actor.isRegionalStaff || headed.some((unit) => unit.level === 'forvaltning')) {
    const choices = all();
    return { audience: 'wide', choices, defaultUnitId: firstHeaded ?? choices[0]?.unit.id };
  }
  const headedDepartments = headed.filter((unit) => unit.level === 'avdelning').sort(byName);
  const headedUnits = headed.filter((unit) => unit.level === 'enhet').sort(byName);
  if (headedDepartments.length > 0) {
    const choices = headedDepartments.flatMap((department) => departmentChoices(department, picture));
    const shown = new Set(choices.map((choice) => choice.unit.id));
    for (const unit of headedUnits) {
      if (!shown.has(unit.id)) choices.push({ unit, department: unit.parentId === undefined ? undefined : byId.get(unit.parentId) });
    }
    return { audience: 'departmentHead', choices, defaultUnitId: headedDepartments[0].id };
  }
  if (headedUnits.length > 0) {
    const choices = headedUnits.map((unit) => ({ unit, department: unit.parentId === undefined ? undefined : byId.get(unit.parentId) }));
    return { audience: 'unitHead', choices, defaultUnitId: headedUnits[0].id };
  }
  // A reader: everything to read; opens where they are responsible for an activity, if anywhere.
  const login = actor.person.login.toLowerCase();
  const own = picture.activities.find((activity) => activity.responsible?.login.toLowerCase() === login);
  const ownUnitId = own === undefined ? undefined : picture.allocations.find((allocation) => allocation.id === own.allocationId)?.orgUnitId;
  return { audience: 'reader', choices: all(), defaultUnitId: ownUnitId };
}

/** Who allocates goals to this org unit: the head of the level above (for a department, the förvaltning's). */
export function allocatorOf(unit: OrgUnit, picture: YearPicture): { parent: OrgUnit | undefined; head: Person | undefined } {
  const parent = picture.orgUnits.find((candidate) => candidate.id === unit.parentId);
  return { parent, head: parent?.head };
}

/** The head to ask about an org unit: its own, else the nearest above. */
export function headToAsk(unit: OrgUnit, picture: YearPicture): Person | undefined {
  const byId = orgUnitsById(picture.orgUnits);
  const seen = new Set<number>();
  let current: OrgUnit | undefined = unit;
  while (current !== undefined && !seen.has(current.id)) {
    if (current.head !== undefined && !current.closed) return current.head;
    seen.add(current.id);
    current = current.parentId === undefined ? undefined : byId.get(current.parentId);
  }
  return undefined;
}

/** The year's goals, by code; retired ones left out. */
export function yearGoals(picture: YearPicture): Goal[] {
  return picture.goals
    .filter((goal) => goal.year === picture.year && !goal.retired)
    .sort((a, b) => compareSwedish(a.code, b.code) || compareSwedish(a.title, b.title));
}

/** A Teams chat with one person, the message typed in for them to send. */
export function teamsChatLink(login: string, message: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(login)}&message=${encodeURIComponent(message)}`;
}

// Drafts are stored per user and year, so a shared computer or another year never shows them.

export type ActivityTarget =
  | { kind: 'new'; goalId: number; orgUnitId: number }
  /** goalId and orgUnitId say where the activity was, so a draft can be saved as new if it is removed. */
  | { kind: 'edit'; activityId: number; goalId?: number; orgUnitId?: number };

export function draftPrefix(login: string, year: number): string {
  return `myUnit|${login.toLowerCase()}|${year}|`;
}

export function activityDraftKey(prefix: string, target: ActivityTarget): string {
  return target.kind === 'new'
    ? `${prefix}activity|new|${target.orgUnitId}|${target.goalId}`
    : `${prefix}activity|${target.activityId}`;
}

export function followUpDraftKey(prefix: string, activityId: number, period: FollowUpPeriod): string {
  return `${prefix}followUp|${activityId}|${periodKey(period)}`;
}

/** Where an editor was opened from, so its confirmation appears there, beside where focus returns. */
export type ConfirmPlace =
  | { kind: 'nextSteps' }
  | { kind: 'goal'; goalId: number }
  | { kind: 'activity'; activityId: number }
  /** Opened from the drafts banner, which is gone once the draft is saved. */
  | { kind: 'top' };

export function samePlace(a: ConfirmPlace, b: ConfirmPlace): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'goal' && b.kind === 'goal') return a.goalId === b.goalId;
  if (a.kind === 'activity' && b.kind === 'activity') return a.activityId === b.activityId;
  return true;
}
