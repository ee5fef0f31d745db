// Places SharePoint guards: a folder per place (the förvaltning, `forv-<id>`, and each department,
// `avd-<id>`) in the allocation, activity and follow-up lists, each with permissions of its own:
// what the list gives (the regional staff have Full Control, everyone else reads) plus Contribute
// for the place's own group ("Miljömål avdelning <id>", "Miljömål förvaltning <id>"), whose only
// member is its head. An allocation goes in the folder of the place that allocates (a unit's in its
// department's, so only the department's head and the staff write it; unit heads read it). An
// activity and its follow-ups go where they are worked at: a department's in its place folder, a
// unit's in the unit's own folder inside it (unitFolders.ts: `avd-3/enh-12`, for follow-ups inside
// the period's folder, `avd-3/2026-delar/enh-12`), which the unit's head writes as a user and the
// groups of the places above write too. A head change is a change of a group's members (a place's)
// or of one folder's assignment (a unit's), both the regional staff's to make: they own the groups
// and have Full Control on the lists; only a new place's group takes a site owner.
//
// Scopes: one per place and list (51 in the large region), plus one per open unit in Aktiviteter
// and one per open unit and open period in Uppföljningar (closed periods clear theirs).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/security/item';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import type { OrgLevel } from '../domain/model';
import type { FollowUpPeriod } from '../domain/model';
import { isForbidden, isNotFound } from './errors';
import { loginFromClaims } from './people';
import { forvaltningStaffGroupTitle, RoleGroup, roleDefinitionIds, roleGroupTitles } from './roles';
import type { ListKey } from './schema';
import { createFolder, ensurePeriodFolder, isPeriodFolderName, periodFolderName, periodListKeys, type PeriodListKey } from './periodFolders';
import { keepUnitFolders, noUnitFolderChanges, subFolders, UnitFolderChanges, unitFolderName } from './unitFolders';
import { listUrl } from './yearReader';

export const guardedLists = ['allocations', 'activities', 'followUps', 'readiness'] as const satisfies readonly ListKey[];
export type GuardedList = typeof guardedLists[number];
const isPeriodList = (list: GuardedList): list is PeriodListKey => (periodListKeys as readonly GuardedList[]).includes(list);

const isPlace = (unit: PlacedUnit): boolean => unit.level !== 'enhet';
export const placeFolderName = (unit: PlacedUnit): string => `${unit.level === 'forvaltning' ? 'forv' : 'avd'}-${unit.id}`;
export const placeGroupTitle = (unit: PlacedUnit): string => `Miljömål ${unit.level === 'forvaltning' ? 'förvaltning' : 'avdelning'} ${unit.id}`;


/** What placing needs of an org unit. */
export interface PlacedUnit {
  id: number;
  level: OrgLevel;
  parentId?: number;
  headLogin?: string;
  /** The head's site user id: a unit's folders give it Contribute. */
  headId?: number;
  closed?: boolean;
}

/** The place an org unit is or belongs to: itself when a förvaltning or department, else the nearest above. */
export function placeOf(unitId: number, byId: ReadonlyMap<number, PlacedUnit>): PlacedUnit | undefined {
  const seen = new Set<number>();
  let unit = byId.get(unitId);
  while (unit && !seen.has(unit.id)) {
    if (isPlace(unit)) return unit;
    seen.add(unit.id);
    unit = unit.parentId === undefined ? undefined : byId.get(unit.parentId);
  }
  return undefined;
}

/** The places above a place, nearest first. */
function placesAbove(place: PlacedUnit, byId: ReadonlyMap<number, PlacedUnit>): PlacedUnit[] {
  const above: PlacedUnit[] = [];
  let parent = place.parentId === undefined ? undefined : placeOf(place.parentId, byId);
  while (parent && !above.includes(parent) && parent !== place) {
    above.push(parent);
    parent = parent.parentId === undefined ? undefined : placeOf(parent.parentId, byId);
  }
  return above;
}

/** The unit (enhet) whose own folders hold the work about `orgUnitId`, when it has a place above it. */
export function unitOf(orgUnitId: number, byId: ReadonlyMap<number, PlacedUnit>): PlacedUnit | undefined {
  const unit = byId.get(orgUnitId);
  return unit && !isPlace(unit) && placeOf(unit.id, byId) ? unit : undefined;
}

/**
 * The folder an item of `list` about `orgUnitId` goes in, by path; undefined is the root folder.
 * An allocation is the allocating place's (the target's parent); work is the place's it is done at,
 * a unit's in the unit's folder there (for a follow-up, inside `period`'s folder).
 */
export function folderFor(list: GuardedList, orgUnitId: number, byId: ReadonlyMap<number, PlacedUnit>, period?: FollowUpPeriod): string | undefined {
  const unit = byId.get(orgUnitId);
  if (!unit) return undefined;
  const from = list === 'allocations' ? unit.parentId : unit.id;
  const place = from === undefined ? undefined : placeOf(from, byId);
  if (place === undefined) return undefined;
  if (list === 'allocations') return placeFolderName(place);
  const own = unitOf(orgUnitId, byId);
  const inPlace = isPeriodList(list) && period ? `${placeFolderName(place)}/${periodFolderName(period)}` : placeFolderName(place);
  return own ? `${inPlace}/${unitFolderName(own.id)}` : inPlace;
}

/** Who should be in a place's group: its head only (a lower-case login); nobody when it is closed. */
export function placeMembers(place: PlacedUnit): Set<string> {
  return new Set(place.closed || !place.headLogin ? [] : [place.headLogin.toLowerCase()]);
}

/** The open units whose folders a place's folders hold. */
function unitsIn(place: PlacedUnit, units: readonly PlacedUnit[], byId: ReadonlyMap<number, PlacedUnit>): PlacedUnit[] {
  return units.filter((unit) => !unit.closed && !isPlace(unit) && placeOf(unit.id, byId) === place);
}

/** The groups that write in a place's folder of `list`: its own, and for work the places' above. */
export function folderWriters(list: GuardedList, place: PlacedUnit, byId: ReadonlyMap<number, PlacedUnit>): PlacedUnit[] {
  return list === 'allocations' ? [place] : [place, ...placesAbove(place, byId)];
}

/** The org units as placing reads them: the whole list (it is read whole for a year too). */
export async function readPlacedUnits(sp: SPFI, webUrl: string): Promise<PlacedUnit[]> {
  /* eslint-disable-next-line @typescript-eslint/no-explicit-any -- list items are untyped JSON */
  const items: any[] = await sp.web.getList(listUrl(webUrl, 'orgUnits')).items
    .select('Id', 'OrgLevel', 'ParentUnitId', 'Closed', 'Head/Id', 'Head/Name').expand('Head').top(5000)();
  return items.map((item) => ({
    id: item.Id, level: item.OrgLevel, parentId: item.ParentUnitId ?? undefined, closed: item.Closed === true,
    headLogin: item.Head?.Name ? loginFromClaims(item.Head.Name) : undefined, headId: item.Head?.Id ?? undefined
  }));
}

export interface PlacesChanges {
  createdGroups: number[];
  addedMembers: number;
  removedMembers: number;
  createdFolders: string[];
  securedFolders: string[];
  /** Lists where the heads' groups went from Contribute to Read on the list itself. */
  narrowedLists: GuardedList[];
  units: UnitFolderChanges;
}

export const noPlacesChanges = (): PlacesChanges =>
  ({ createdGroups: [], addedMembers: 0, removedMembers: 0, createdFolders: [], securedFolders: [], narrowedLists: [], units: noUnitFolderChanges() });

interface FolderInfo { Name: string; ListItemAllFields: { Id: number; HasUniqueRoleAssignments: boolean } }

async function ensurePlaceGroup(sp: SPFI, place: PlacedUnit, existing: Map<string, number>, ownerId: number,
  changes: PlacesChanges, staff = false): Promise<number> {
  const title = staff ? forvaltningStaffGroupTitle(place.id) : placeGroupTitle(place);
  const found = existing.get(title.toLowerCase());
  if (found !== undefined) return found;
  const description = staff ? 'Förvaltningens stab: fördelar miljömål till dess avdelningar. Skapad av webbdelen Miljömål.' : 'Chefen här. Skapad av webbdelen Miljömål.';
  const created = await sp.web.siteGroups.add({ Title: title, Description: description });
  // The regional staff's group owns it: their organisation edits keep its members in step.
  await sp.web.siteGroups.getById(created.Id).setUserAsOwner(ownerId);
  existing.set(title.toLowerCase(), created.Id);
  if (!staff) changes.createdGroups.push(place.id);
  return created.Id;
}

/** Members in step with the heads: added by sign-in name, removed by id. */
export async function syncMembers(sp: SPFI, groupId: number, wanted: ReadonlySet<string>, changes: PlacesChanges): Promise<void> {
  const group = sp.web.siteGroups.getById(groupId);
  const users: Array<{ Id: number; LoginName: string }> = await group.users.select('Id', 'LoginName')();
  const present = new Set(users.map((user) => loginFromClaims(user.LoginName).toLowerCase()));
  for (const login of wanted) {
    if (present.has(login)) continue;
    await group.users.add(login);
    changes.addedMembers++;
  }
  for (const user of users) {
    if (wanted.has(loginFromClaims(user.LoginName).toLowerCase())) continue;
    await group.users.removeById(user.Id);
    changes.removedMembers++;
  }
}

/** Heads read the guarded lists themselves: what they write, they write in their place's folder. */
async function narrowList(sp: SPFI, webUrl: string, key: GuardedList, headGroups: number[], changes: PlacesChanges): Promise<void> {
  const list = sp.web.getList(listUrl(webUrl, key));
  let narrowed = false;
  for (const groupId of headGroups) {
    const bindings: Array<{ Id: number }> = await list.roleAssignments.getById(groupId).bindings.select('Id')().catch(() => []);
    if (!bindings.some((binding) => binding.Id === roleDefinitionIds.contribute)) continue;
    await list.roleAssignments.add(groupId, roleDefinitionIds.read);
    await list.roleAssignments.remove(groupId, roleDefinitionIds.contribute);
    narrowed = true;
  }
  if (narrowed) changes.narrowedLists.push(key);
}

/** The places' folders in `key`: made, given permissions of their own, their writers' groups writing there. */
async function ensureFolders(sp: SPFI, webUrl: string, key: GuardedList, places: ReadonlyArray<{ name: string; writers: number[] }>,
  changes: PlacesChanges): Promise<void> {
  const root = listUrl(webUrl, key);
  const list = sp.web.getList(root);
  const folders: FolderInfo[] = await list.rootFolder.folders.expand('ListItemAllFields')();
  const byName = new Map(folders.map((folder) => [folder.Name.toLowerCase(), folder.ListItemAllFields]));
  for (const { name, writers } of places) {
    let folder = byName.get(name);
    if (!folder) {
      const rows = await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: name }], root, false, '', { leafName: name, objectType: 1 });
      const failed = rows.find((row) => row.HasException);
      if (failed) throw new Error(`Cannot create the folder ${name}: ${failed.ErrorMessage}`);
      folder = { Id: Number(rows.find((row) => row.FieldName === 'Id')?.FieldValue), HasUniqueRoleAssignments: false };
      changes.createdFolders.push(`${key}/${name}`);
    }
    const item = list.items.getById(folder.Id);
    let present: number[] = [];
    if (!folder.HasUniqueRoleAssignments) {
      // Copied: the list's assignments (the regional staff write, everyone else reads) hold here too.
      await item.breakRoleInheritance(true, false);
    } else {
      present = (await item.roleAssignments.select('PrincipalId')() as Array<{ PrincipalId: number }>).map((assignment) => assignment.PrincipalId);
    }
    const missing = writers.filter((groupId) => !present.includes(groupId));
    for (const groupId of missing) await item.roleAssignments.add(groupId, roleDefinitionIds.contribute);
    if (!folder.HasUniqueRoleAssignments || missing.length > 0) changes.securedFolders.push(`${key}/${name}`);
  }
}

export type PlacesResult = { kind: 'done'; changes: PlacesChanges } | { kind: 'forbidden'; changes: PlacesChanges };

export interface PlacesOptions {
  /** Periods whose folders each place should have, with their unit folders (an open period's). */
  openPeriods?: readonly FollowUpPeriod[];
  /** The units whose folders' assignments are read again (a head change); every unit when undefined. */
  checked?: readonly number[];
}

/**
 * The groups, members and folders of the places `touched` affects (a unit's own place, and the
 * place itself when it is one), in step with the Organisation list; every place when `touched` is
 * undefined. A second run writes nothing. Creating a group takes a site owner: for anyone else that
 * part is refused and left for "Skapa listor". A unit's folders take Manage Permissions on its
 * place's folders, which the regional staff have.
 */
export async function keepPlacesInStep(sp: SPFI, webUrl: string, touched?: readonly number[],
  changes: PlacesChanges = noPlacesChanges(), options: PlacesOptions = {}): Promise<PlacesResult> {
  try {
    // A site without the role groups has no places yet: one request says so.
    const siteGroups: Array<{ Id: number; Title: string }> = await sp.web.siteGroups.select('Id', 'Title')();
    const existing = new Map(siteGroups.map((group) => [group.Title.toLowerCase(), group.Id]));
    const roleGroupId = (role: RoleGroup): number | undefined => existing.get(roleGroupTitles[role].toLowerCase());
    const regionalStaff = roleGroupId('regionalStaff');
    if (regionalStaff === undefined) return { kind: 'done', changes };
    const units = await readPlacedUnits(sp, webUrl);
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    const affected = new Set<PlacedUnit>();
    for (const unit of touched === undefined ? units : touched.map((id) => byId.get(id)).filter((unit): unit is PlacedUnit => unit !== undefined)) {
      const place = placeOf(unit.id, byId);
      if (place) affected.add(place);
    }
    const groups = new Map<PlacedUnit, number>();
    const groupOf = async (place: PlacedUnit): Promise<number> => {
      const known = groups.get(place);
      if (known !== undefined) return known;
      const id = await ensurePlaceGroup(sp, place, existing, regionalStaff, changes);
      groups.set(place, id);
      return id;
    };
    for (const place of affected) await syncMembers(sp, await groupOf(place), placeMembers(place), changes);
    if (touched === undefined) {
      const headGroups = [roleGroupId('departmentHeads'), roleGroupId('unitHeads')].filter((id): id is number => id !== undefined);
      for (const key of guardedLists) await narrowList(sp, webUrl, key, headGroups, changes);
    }
    const writersOf = async (key: GuardedList, place: PlacedUnit): Promise<number[]> => {
      const writers: number[] = [];
      for (const writer of folderWriters(key, place, byId)) writers.push(await groupOf(writer));
      // A förvaltning's staff write its allocations to its departments (its place folder), nothing else.
      if (key === 'allocations' && place.level === 'forvaltning') writers.push(await ensurePlaceGroup(sp, place, existing, regionalStaff, changes, true));
      return writers;
    };
    for (const key of guardedLists) {
      const places: Array<{ name: string; writers: number[] }> = [];
      for (const place of affected) if (!place.closed) places.push({ name: placeFolderName(place), writers: await writersOf(key, place) });
      await ensureFolders(sp, webUrl, key, places, changes);
    }
    const checkedIds = options.checked === undefined ? undefined : new Set(options.checked);
    const unitOptions = { check: (id: number): boolean => checkedIds === undefined || checkedIds.has(id), groupIds: new Set(existing.values()) };
    for (const place of affected) {
      if (place.closed) continue;
      const wanted = unitsIn(place, units, byId).map((unit) => ({ unitId: unit.id, headId: unit.headId }));
      const activities = `${listUrl(webUrl, 'activities')}/${placeFolderName(place)}`;
      await keepUnitFolders(sp, webUrl, 'activities', activities, wanted, { ...unitOptions, writerGroups: await writersOf('activities', place) }, changes.units);
      // In Uppföljningar and Klarmarkeringar, a unit's folder in each open period's folder (a locked one is a closed period's).
      for (const key of periodListKeys) {
        const placeUrl = `${listUrl(webUrl, key)}/${placeFolderName(place)}`;
        for (const period of options.openPeriods ?? []) await ensurePeriodFolder(sp, webUrl, key, placeUrl, period);
        const writers = await writersOf(key, place);
        for (const folder of await subFolders(sp, placeUrl)) {
          if (!isPeriodFolderName(folder.Name) || folder.ListItemAllFields.HasUniqueRoleAssignments) continue;
          await keepUnitFolders(sp, webUrl, key, `${placeUrl}/${folder.Name}`, wanted, { ...unitOptions, writerGroups: writers }, changes.units);
        }
      }
    }
    return { kind: 'done', changes };
  } catch (error) {
    if (isForbidden(error)) return { kind: 'forbidden', changes };
    throw error;
  }
}

/** "Skapa listor": every place. */
export function provisionPlaces(sp: SPFI, webUrl: string, openPeriods: readonly FollowUpPeriod[], changes?: PlacesChanges): Promise<PlacesResult> {
  return keepPlacesInStep(sp, webUrl, undefined, changes, { openPeriods });
}

/** The unit and the units above it, up to its department: what placing one item needs. */
async function unitChain(sp: SPFI, webUrl: string, orgUnitId: number): Promise<Map<number, PlacedUnit>> {
  const units = sp.web.getList(listUrl(webUrl, 'orgUnits')).items;
  const byId = new Map<number, PlacedUnit>();
  let id: number | undefined = orgUnitId;
  // The tree is three levels deep: a place is at most two steps up; a broken tree stops somewhere.
  for (let step = 0; id !== undefined && step < 3 && !byId.has(id); step++) {
    const item: { Id: number; OrgLevel: OrgLevel; ParentUnitId?: number | null } = await units.getById(id).select('Id', 'OrgLevel', 'ParentUnitId')();
    byId.set(item.Id, { id: item.Id, level: item.OrgLevel, parentId: item.ParentUnitId ?? undefined });
    id = item.OrgLevel !== 'enhet' && step > 0 ? undefined : item.ParentUnitId ?? undefined;
  }
  return byId;
}

/** The server-relative URL of the folder an item of `key` about `orgUnitId` goes in; undefined: the root folder. */
export async function folderUrlFor(sp: SPFI, webUrl: string, key: GuardedList, orgUnitId: number, period?: FollowUpPeriod): Promise<string | undefined> {
  const name = folderFor(key, orgUnitId, await unitChain(sp, webUrl, orgUnitId), period);
  return name === undefined ? undefined : `${listUrl(webUrl, key)}/${name}`;
}

/** A folder to add in, and how to make it when it is missing (a unit's folder not made yet). */
export interface AddFolder { url: string; ensure?: () => Promise<void> }

/** The place's unit folders in step, when the caller may change permissions; nothing otherwise. */
async function securePlace(sp: SPFI, webUrl: string, placeFolder: string): Promise<void> {
  const placeId = Number(/-(\d+)$/.exec(placeFolder)?.[1]);
  if (Number.isNaN(placeId)) return;
  await keepPlacesInStep(sp, webUrl, [placeId], undefined, { checked: [] }).catch(() => undefined);
}

/** Made in its parent folder, when that is there; one that is there already is no error. */
const ensureIn = (sp: SPFI, webUrl: string, key: GuardedList, url: string) => async (): Promise<void> => {
  const cut = url.lastIndexOf('/');
  await createFolder(sp, webUrl, key, url.slice(0, cut), url.slice(cut + 1));
};

/** An activity goes where its allocation's unit works (its unit's folder in its place's). */
export async function activityFolder(sp: SPFI, webUrl: string, allocationId: number): Promise<AddFolder | undefined> {
  const allocation: { OrgUnitId: number } = await sp.web.getList(listUrl(webUrl, 'allocations')).items.getById(allocationId).select('OrgUnitId')();
  const url = await folderUrlFor(sp, webUrl, 'activities', allocation.OrgUnitId);
  if (url === undefined) return undefined;
  // Only a unit's folder is made here: a place not made yet means the root folder, as before places.
  const inUnit = url.slice(listUrl(webUrl, 'activities').length + 1).includes('/');
  const place = url.slice(listUrl(webUrl, 'activities').length + 1).split('/')[0];
  return { url, ensure: inUnit ? async () => {
    await securePlace(sp, webUrl, place);
    await ensureIn(sp, webUrl, 'activities', url)();
  } : undefined };
}

/**
 * A follow-up goes in its period's folder inside its activity's place's folder, and in its
 * activity's unit's folder there (`avd-3/enh-12` → `avd-3/2026-delar/enh-12`); the period's
 * folder is made first when missing.
 */
export async function followUpFolder(sp: SPFI, webUrl: string, activityId: number, period: FollowUpPeriod): Promise<AddFolder | undefined> {
  const activities = listUrl(webUrl, 'activities');
  const activity: { FileDirRef: string } = await sp.web.getList(activities).items.getById(activityId).select('FileDirRef')();
  const [place, unit] = activity.FileDirRef.slice(activities.length + 1).split('/');
  if (!place) return undefined;
  const placeUrl = `${listUrl(webUrl, 'followUps')}/${place}`;
  const periodUrl = `${placeUrl}/${periodFolderName(period)}`;
  const url = unit ? `${periodUrl}/${unit}` : periodUrl;
  return { url, ensure: async () => {
    await ensurePeriodFolder(sp, webUrl, 'followUps', placeUrl, period);
    // Its units' folders secured when the caller may (the staff, a site owner); a head's add of a
    // department's follow-up goes on, and a unit's is refused until they do.
    await securePlace(sp, webUrl, place);
    if (unit) await ensureIn(sp, webUrl, 'followUps', url)();
  } };
}

/**
 * A readiness event goes where its part's follow-ups go: a unit's in its unit's folder of the
 * period's folder in its place (`avd-3/2026-delar/enh-12`), a department's in the period's folder of
 * its own place (`avd-3/2026-delar`); the period's folder is made first when missing.
 */
export async function readinessFolder(sp: SPFI, webUrl: string, orgUnitId: number, period: FollowUpPeriod): Promise<AddFolder | undefined> {
  const url = await folderUrlFor(sp, webUrl, 'readiness', orgUnitId, period);
  if (url === undefined) return undefined;
  const [place, periodName, unit] = url.slice(listUrl(webUrl, 'readiness').length + 1).split('/');
  const placeUrl = `${listUrl(webUrl, 'readiness')}/${place}`;
  // A site without places yet (no role groups) keeps its marks in the root folder, as its follow-ups.
  const placed = await subFolders(sp, placeUrl).then(() => true, (error: unknown) => { if (isNotFound(error)) return false; throw error; });
  if (!placed) return undefined;
  return { url, ensure: async () => {
    await createFolder(sp, webUrl, 'readiness', placeUrl, periodName);
    await securePlace(sp, webUrl, place);
    if (unit) await ensureIn(sp, webUrl, 'readiness', url)();
  } };
}

/** A place whose group's members differ from the heads the Organisation list names for it. */
export interface PlaceGroupMismatch {
  placeId: number;
  /** The group is not there at all: only a site owner can make it ("Skapa listor"). */
  groupMissing: boolean;
  /** Heads who should be members and are not (lower-case sign-in names). */
  missing: string[];
  /** Members who head nothing there. */
  extra: string[];
}

/**
 * Each place's group against the heads of the Organisation list (placeMembers): one request for the
 * groups, one for the organisation and one per place's group. Nothing when the site has no role groups.
 */
export async function placeGroupMismatches(sp: SPFI, webUrl: string): Promise<PlaceGroupMismatch[]> {
  const siteGroups: Array<{ Id: number; Title: string }> = await sp.web.siteGroups.select('Id', 'Title')();
  const existing = new Map(siteGroups.map((group) => [group.Title.toLowerCase(), group.Id]));
  if (!existing.has(roleGroupTitles.regionalStaff.toLowerCase())) return [];
  const units = await readPlacedUnits(sp, webUrl);
  const mismatches: PlaceGroupMismatch[] = [];
  for (const place of units.filter((unit) => isPlace(unit) && !unit.closed)) {
    const wanted = placeMembers(place);
    const groupId = existing.get(placeGroupTitle(place).toLowerCase());
    if (groupId === undefined) {
      if (wanted.size > 0) mismatches.push({ placeId: place.id, groupMissing: true, missing: [...wanted].sort(), extra: [] });
      continue;
    }
    const users: Array<{ LoginName: string }> = await sp.web.siteGroups.getById(groupId).users.select('LoginName')();
    const present = new Set(users.map((user) => loginFromClaims(user.LoginName).toLowerCase()));
    const missing = [...wanted].filter((login) => !present.has(login)).sort();
    const extra = [...present].filter((login) => !wanted.has(login)).sort();
    if (missing.length + extra.length > 0) mismatches.push({ placeId: place.id, groupMissing: false, missing, extra });
  }
  return mismatches;
}

/** Every existing place group's members in step with the heads (the regional staff own the groups); answers how many changed. */
export async function syncPlaceGroupMembers(sp: SPFI, webUrl: string): Promise<number> {
  const siteGroups: Array<{ Id: number; Title: string }> = await sp.web.siteGroups.select('Id', 'Title')();
  const existing = new Map(siteGroups.map((group) => [group.Title.toLowerCase(), group.Id]));
  const units = await readPlacedUnits(sp, webUrl);
  const changes = noPlacesChanges();
  for (const place of units.filter(isPlace)) {
    const groupId = existing.get(placeGroupTitle(place).toLowerCase());
    if (groupId !== undefined) await syncMembers(sp, groupId, placeMembers(place), changes);
  }
  return changes.addedMembers + changes.removedMembers;
}
