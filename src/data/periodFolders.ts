// Closed periods SharePoint holds: each place's folder in the follow-up list (places.ts) has a
// folder per period (`avd-3/2026-delar`) that the period's follow-ups go in, a unit's in the unit's
// folder inside it (`avd-3/2026-delar/enh-12`, unitFolders.ts). While the period is open the period
// folder inherits its place's permissions (the place groups write there) and each unit folder adds
// its head. Closing breaks the inheritance of every place's period folder and clears the scopes
// below it (the unit folders then inherit the lock), copying what it had and then turning the place
// groups' Contribute into Read, so only the regional staff (Full Control on the list, which breaking
// takes) and site owners write there; reopening resets the inheritance, and the unit folders are
// secured again (places.ts). A period folder missing at a close is made and locked then, so nothing
// can be added to the period later.
//
// Scopes: a closed period holds one unique scope per place: the large region (51 places) closing
// both periods of ten years holds 1,020, beside the 51 place folders.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/security/item';
import type { FollowUpPeriod } from '../domain/model';
import { roleDefinitionIds } from './roles';
import type { ListKey } from './schema';
import { listUrl } from './yearReader';

/** The lists with a folder per period in each place: follow-ups and readiness marks (places.ts names them too). */
export const periodListKeys = ['followUps', 'readiness'] as const satisfies readonly ListKey[];
export type PeriodListKey = typeof periodListKeys[number];

/** The folder a period's follow-ups go in, inside their place's folder. */
export const periodFolderName = (period: FollowUpPeriod): string => `${period.year}-${period.kind}`;

/** Place folders are named `forv-<id>` and `avd-<id>` (places.ts); anything else in the root folder is not a place. */
const isPlaceFolder = (name: string): boolean => /^(forv|avd)-\d+$/i.test(name);

/** A period's folder inside a place's folder of the follow-up list. */
export const isPeriodFolderName = (name: string): boolean => /^\d{4}-(delar|helar)$/i.test(name);

interface FolderInfo { Name: string; ListItemAllFields: { Id: number; HasUniqueRoleAssignments: boolean } }

/** A folder made in `parentUrl` of `key`; one that is there already is found by the next read, so its refusal is no error. */
export async function createFolder(sp: SPFI, webUrl: string, key: ListKey, parentUrl: string, name: string): Promise<number | undefined> {
  const list = sp.web.getList(listUrl(webUrl, key));
  const rows = await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: name }], parentUrl, false, '', { leafName: name, objectType: 1 });
  const failed = rows.find((row) => row.HasException);
  if (failed) {
    if (/already exists/i.test(failed.ErrorMessage ?? '')) return undefined;
    throw Object.assign(new Error(`Cannot create the folder ${name}: ${failed.ErrorMessage}`), { status: 400 });
  }
  return Number(rows.find((row) => row.FieldName === 'Id')?.FieldValue);
}

/** The period's folder in one place's folder, made when missing. */
async function periodFolder(sp: SPFI, webUrl: string, key: PeriodListKey, placeUrl: string, name: string, changes: LockChanges): Promise<FolderInfo['ListItemAllFields']> {
  const read = async (): Promise<FolderInfo['ListItemAllFields'] | undefined> => {
    const folders: FolderInfo[] = await sp.web.getFolderByServerRelativePath(placeUrl).folders.expand('ListItemAllFields')();
    return folders.find((folder) => folder.Name.toLowerCase() === name.toLowerCase())?.ListItemAllFields;
  };
  const found = await read();
  if (found) return found;
  const id = await createFolder(sp, webUrl, key, placeUrl, name);
  if (id !== undefined) {
    changes.createdFolders++;
    return { Id: id, HasUniqueRoleAssignments: false };
  }
  const again = await read();
  if (!again) throw new Error(`The folder ${placeUrl}/${name} is neither there nor can it be made.`);
  return again;
}

/** The place folders of the follow-up list, by server-relative URL. */
async function placeFolderUrls(sp: SPFI, webUrl: string, key: PeriodListKey): Promise<string[]> {
  const root = listUrl(webUrl, key);
  const folders: Array<{ Name: string }> = await sp.web.getList(root).rootFolder.folders.select('Name')();
  return folders.filter((folder) => isPlaceFolder(folder.Name)).map((folder) => `${root}/${folder.Name}`);
}

export interface LockChanges {
  /** Period folders made by this close or reopen. */
  createdFolders: number;
  /** Period folders whose inheritance this call broke (a close) or reset (a reopen). */
  changedFolders: number;
}

/**
 * Every place's folder of the period read-only for all but the regional staff and site owners.
 * `staffGroupId` keeps its Full Control. A folder locked by an earlier try is left as it is, so a
 * stopped close is finished by closing again.
 */
export async function lockPeriodFolders(sp: SPFI, webUrl: string, period: FollowUpPeriod, staffGroupId: number,
  changes: LockChanges = { createdFolders: 0, changedFolders: 0 }): Promise<LockChanges> {
  for (const key of periodListKeys) await lockIn(sp, webUrl, key, period, staffGroupId, changes);
  return changes;
}

async function lockIn(sp: SPFI, webUrl: string, key: PeriodListKey, period: FollowUpPeriod, staffGroupId: number, changes: LockChanges): Promise<void> {
  const list = sp.web.getList(listUrl(webUrl, key));
  const name = periodFolderName(period);
  for (const placeUrl of await placeFolderUrls(sp, webUrl, key)) {
    const folder = await periodFolder(sp, webUrl, key, placeUrl, name, changes);
    if (folder.HasUniqueRoleAssignments) continue;
    const item = list.items.getById(folder.Id);
    // The unit folders inside inherit the lock: one scope per place and closed period.
    await item.breakRoleInheritance(true, true);
    const assignments: Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Id: number }> }> =
      await item.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')();
    for (const assignment of assignments) {
      if (assignment.PrincipalId === staffGroupId) continue;
      if (!assignment.RoleDefinitionBindings.some((binding) => binding.Id === roleDefinitionIds.contribute)) continue;
      // Read first: a stop between the two leaves a reader, never someone with no access at all.
      await item.roleAssignments.add(assignment.PrincipalId, roleDefinitionIds.read);
      await item.roleAssignments.remove(assignment.PrincipalId, roleDefinitionIds.contribute);
    }
    changes.changedFolders++;
  }
}

/** Every place's folder of the period inheriting its place's permissions again. */
export async function unlockPeriodFolders(sp: SPFI, webUrl: string, period: FollowUpPeriod): Promise<LockChanges> {
  const changes: LockChanges = { createdFolders: 0, changedFolders: 0 };
  for (const key of periodListKeys) await unlockIn(sp, webUrl, key, period, changes);
  return changes;
}

async function unlockIn(sp: SPFI, webUrl: string, key: PeriodListKey, period: FollowUpPeriod, changes: LockChanges): Promise<void> {
  const list = sp.web.getList(listUrl(webUrl, key));
  const name = periodFolderName(period);
  for (const placeUrl of await placeFolderUrls(sp, webUrl, key)) {
    const folders: FolderInfo[] = await sp.web.getFolderByServerRelativePath(placeUrl).folders.expand('ListItemAllFields')();
    const folder = folders.find((candidate) => candidate.Name.toLowerCase() === name.toLowerCase())?.ListItemAllFields;
    if (!folder?.HasUniqueRoleAssignments) continue;
    await list.items.getById(folder.Id).resetRoleInheritance();
    changes.changedFolders++;
  }
}

/** The period's folder in a place's folder, made when missing (a follow-up's add, an item's move). */
export async function ensurePeriodFolder(sp: SPFI, webUrl: string, key: PeriodListKey, placeUrl: string, period: FollowUpPeriod): Promise<void> {
  await createFolder(sp, webUrl, key, placeUrl, periodFolderName(period));
}

const holdsFullControl = async (bindings: () => Promise<Array<{ Id: number }>>): Promise<boolean> =>
  (await bindings().catch(() => [] as Array<{ Id: number }>)).some((binding) => binding.Id === roleDefinitionIds.fullControl);

/**
 * The regional staff's Full Control on the allocation, activity and follow-up lists and their place
 * folders: closing a period breaks inheritance, and so does securing a unit's folders (unitFolders.ts),
 * which takes Manage Permissions. Lists secured before gave them Contribute; a site made since has it
 * from the start. Answers how many lists and places were raised; a second run writes nothing.
 */
export async function staffManagePlaces(sp: SPFI, webUrl: string, staffGroupId: number): Promise<number> {
  let raised = 0;
  for (const key of ['allocations', 'activities', 'followUps', 'readiness'] as const) {
    const list = sp.web.getList(listUrl(webUrl, key));
    const { HasUniqueRoleAssignments: unique } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    if (unique && !await holdsFullControl(() => list.roleAssignments.getById(staffGroupId).bindings.select('Id')())) {
      await list.roleAssignments.add(staffGroupId, roleDefinitionIds.fullControl);
      raised++;
    }
    const folders: FolderInfo[] = await list.rootFolder.folders.expand('ListItemAllFields')();
    for (const folder of folders) {
      if (!isPlaceFolder(folder.Name) || !folder.ListItemAllFields.HasUniqueRoleAssignments) continue;
      const item = list.items.getById(folder.ListItemAllFields.Id);
      if (await holdsFullControl(() => item.roleAssignments.getById(staffGroupId).bindings.select('Id')())) continue;
      await item.roleAssignments.add(staffGroupId, roleDefinitionIds.fullControl);
      raised++;
    }
  }
  return raised;
}
