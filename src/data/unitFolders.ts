// Units SharePoint guards inside their place (places.ts): a folder per unit, `enh-<id>`, in its
// place's folder of Aktiviteter (`avd-3/enh-12`) and in each open period's folder of Uppföljningar
// (`avd-3/2026-delar/enh-12`), with permissions of its own: what its parent gives (the list's, and
// Contribute for the groups of the places above) plus Contribute for the unit's head as a user.
// A direct assignment, not a group: a new unit or a head change then takes Manage Permissions on the
// folder (the regional staff have it), never a new group (which takes a site owner). A closed
// period's folder is locked with its unit folders cleared (periodFolders.ts), so a closed period
// still holds one scope per place.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/batching';
import '@pnp/sp/security';
import '@pnp/sp/security/item';
import { roleDefinitionIds } from './roles';
import type { ListKey } from './schema';
import { listUrl } from './yearReader';

export const unitFolderName = (unitId: number): string => `enh-${unitId}`;
const unitIdOfFolder = (name: string): number | undefined => {
  const match = /^enh-(\d+)$/i.exec(name);
  return match ? Number(match[1]) : undefined;
};

/** A unit whose folder a parent folder should hold: its head (a site user id) writes there, with the groups given. */
export interface UnitFolderWanted { unitId: number; headId?: number }

export interface UnitFolderChanges {
  createdFolders: number;
  securedFolders: number;
  /** Head assignments added or removed on folders already secured. */
  headsChanged: number;
  /** Folders of units gone from the place (moved or closed) inheriting again. */
  releasedFolders: number;
}

export const noUnitFolderChanges = (): UnitFolderChanges => ({ createdFolders: 0, securedFolders: 0, headsChanged: 0, releasedFolders: 0 });

interface SubFolder { Name: string; ListItemAllFields: { Id: number; HasUniqueRoleAssignments: boolean } }

const perBatch = 100;

/** Each input's call, a hundred to a $batch; the first refusal is thrown once its batch is done. */
async function eachBatched<I, T>(sp: SPFI, inputs: readonly I[], call: (batched: SPFI, input: I) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < inputs.length; start += perBatch) {
    const [batched, execute] = sp.batched();
    const sent = inputs.slice(start, start + perBatch).map((input) => call(batched, input));
    await execute();
    results.push(...await Promise.all(sent));
  }
  return results;
}

/** The subfolders of a folder, with their item ids and whether they have permissions of their own. */
export async function subFolders(sp: SPFI, folderUrl: string): Promise<SubFolder[]> {
  return sp.web.getFolderByServerRelativePath(folderUrl).folders.expand('ListItemAllFields')();
}

/**
 * The unit folders in `parentUrl` of `key` in step with `wanted` (every open unit of the place):
 * missing ones made, inheriting ones secured (copying the parent's, adding the head), folders of
 * units no longer wanted inheriting again. The assignments of folders already secured are read
 * only for the units in `check` (a head change, a full run): a unit's head is the only user there.
 * `groupIds` tells groups from users; `writerGroups` are the place groups that write in the parent.
 */
export async function keepUnitFolders(sp: SPFI, webUrl: string, key: ListKey, parentUrl: string, wanted: readonly UnitFolderWanted[],
  options: { check: (unitId: number) => boolean; groupIds: ReadonlySet<number>; writerGroups: readonly number[] }, changes: UnitFolderChanges): Promise<void> {
  const present = new Map<number, SubFolder['ListItemAllFields']>();
  const strays: number[] = [];
  const wantedIds = new Set(wanted.map((unit) => unit.unitId));
  for (const folder of await subFolders(sp, parentUrl)) {
    const unitId = unitIdOfFolder(folder.Name);
    if (unitId === undefined) continue;
    if (wantedIds.has(unitId)) present.set(unitId, folder.ListItemAllFields);
    else if (folder.ListItemAllFields.HasUniqueRoleAssignments) strays.push(folder.ListItemAllFields.Id);
  }
  const missing = wanted.filter((unit) => !present.has(unit.unitId));
  const made = await eachBatched(sp, missing, (batched, unit) => batched.web.getList(listUrl(webUrl, key))
    .addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: unitFolderName(unit.unitId) }], parentUrl, false, '', { leafName: unitFolderName(unit.unitId), objectType: 1 }));
  missing.forEach((unit, index) => {
    const failed = made[index].find((row) => row.HasException);
    if (failed) throw new Error(`Cannot create the folder ${unitFolderName(unit.unitId)}: ${failed.ErrorMessage}`);
    present.set(unit.unitId, { Id: Number(made[index].find((row) => row.FieldName === 'Id')?.FieldValue), HasUniqueRoleAssignments: false });
  });
  changes.createdFolders += missing.length;
  const inheriting = wanted.filter((unit) => !present.get(unit.unitId)!.HasUniqueRoleAssignments);
  // Copied: the parent's assignments (the list's, the place groups' Contribute) hold here too.
  await eachBatched(sp, inheriting, (batched, unit) => batched.web.getList(listUrl(webUrl, key)).items.getById(present.get(unit.unitId)!.Id).breakRoleInheritance(true, false));
  const additions: Array<{ folderId: number; principalId: number }> = [];
  for (const unit of inheriting) if (unit.headId !== undefined) additions.push({ folderId: present.get(unit.unitId)!.Id, principalId: unit.headId });
  changes.securedFolders += inheriting.length;
  const checked = wanted.filter((unit) => present.get(unit.unitId)!.HasUniqueRoleAssignments && options.check(unit.unitId));
  const assignments = await eachBatched(sp, checked, (batched, unit) =>
    batched.web.getList(listUrl(webUrl, key)).items.getById(present.get(unit.unitId)!.Id).roleAssignments.select('PrincipalId')() as Promise<Array<{ PrincipalId: number }>>);
  const removals: Array<{ folderId: number; principalId: number }> = [];
  checked.forEach((unit, index) => {
    const folderId = present.get(unit.unitId)!.Id;
    const principals = new Set(assignments[index].map((assignment) => assignment.PrincipalId));
    for (const groupId of options.writerGroups) if (!principals.has(groupId)) additions.push({ folderId, principalId: groupId });
    if (unit.headId !== undefined && !principals.has(unit.headId)) { additions.push({ folderId, principalId: unit.headId }); changes.headsChanged++; }
    for (const principalId of principals) {
      if (options.groupIds.has(principalId) || principalId === unit.headId) continue;
      removals.push({ folderId, principalId });
      changes.headsChanged++;
    }
  });
  await eachBatched(sp, additions, (batched, { folderId, principalId }) =>
    batched.web.getList(listUrl(webUrl, key)).items.getById(folderId).roleAssignments.add(principalId, roleDefinitionIds.contribute));
  // A former head loses every role there (they read through their role group on the list).
  await eachBatched(sp, removals, (batched, { folderId, principalId }) =>
    batched.web.getList(listUrl(webUrl, key)).items.getById(folderId).roleAssignments.remove(principalId, roleDefinitionIds.contribute));
  await eachBatched(sp, strays, (batched, folderId) => batched.web.getList(listUrl(webUrl, key)).items.getById(folderId).resetRoleInheritance());
  changes.releasedFolders += strays.length;
}
