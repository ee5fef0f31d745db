// Roles as SharePoint groups, and list permissions that hold the domain's rules as far as
// SharePoint can: only the regional staff edit goals and the organisation; a department head edits
// the allocations in their department's folder; heads and unit heads edit activities and follow-ups
// in their own place's or unit's folder (places.ts, unitFolders.ts: on the lists themselves they
// read); only the regional staff edit indicators and their values; everyone else reads.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { isForbidden, isNotFound } from './errors';
import { ListKey, listOrder } from './schema';
import { listUrl } from './yearReader';

export type RoleGroup = 'regionalStaff' | 'departmentHeads' | 'unitHeads';

export const roleGroupTitles: Readonly<Record<RoleGroup, string>> = {
  regionalStaff: 'Miljömål regionstab',
  departmentHeads: 'Miljömål avdelningschefer',
  unitHeads: 'Miljömål enhetschefer'
};

/**
 * A förvaltning's own staff ("Miljömål förvaltningsstab <id>"): they allocate to its departments, as
 * its head does, and nowhere else. Its members are the regional staff's to choose (they own it); no
 * head change touches it, unlike the place's own group.
 */
export const forvaltningStaffGroupTitle = (forvaltningId: number): string => `Miljömål förvaltningsstab ${forvaltningId}`;
const staffGroupPattern = /^Miljömål förvaltningsstab (\d+)$/;

/** The förvaltningar whose staff groups are among these group titles. */
export function staffOfForvaltningIds(groupTitles: readonly string[]): number[] {
  return groupTitles.flatMap((title) => {
    const match = staffGroupPattern.exec(title);
    return match === null ? [] : [Number(match[1])];
  });
}

/** SharePoint Online's built-in role definitions (the same ids in every site). */
export const roleDefinitionIds = { fullControl: 1073741829, contribute: 1073741827, read: 1073741826 } as const;
type Level = keyof typeof roleDefinitionIds;

const { contribute, read, fullControl } = { contribute: 'contribute' as Level, read: 'read' as Level, fullControl: 'fullControl' as Level };

/** Per list, what each role group may do. Site owners keep full control, members and visitors read. */
export const listPermissions: Readonly<Record<ListKey, Record<RoleGroup, Level>>> = {
  goals: { regionalStaff: contribute, departmentHeads: read, unitHeads: read },
  orgUnits: { regionalStaff: contribute, departmentHeads: read, unitHeads: read },
  // Heads write these only in their place's or unit's folder, whose permissions are its own
  // (places.ts). Full Control for the staff: securing a unit's folders and closing a period break
  // folders' inheritance (unitFolders.ts, periodFolders.ts), which takes Manage Permissions, and no
  // built-in level short of Full Control gives it.
  allocations: { regionalStaff: fullControl, departmentHeads: read, unitHeads: read },
  activities: { regionalStaff: fullControl, departmentHeads: read, unitHeads: read },
  followUps: { regionalStaff: fullControl, departmentHeads: read, unitHeads: read },
  // Measured region-wide and followed up there: the regional staff keep them.
  indicators: { regionalStaff: contribute, departmentHeads: read, unitHeads: read },
  indicatorValues: { regionalStaff: contribute, departmentHeads: read, unitHeads: read },
  // Locking a report takes Manage Permissions, which no built-in level short of Full Control
  // gives. The lock holds against them all the same: a locked report gives them Read, and Full
  // Control on the list does not reach an item with permissions of its own.
  reports: { regionalStaff: fullControl, departmentHeads: read, unitHeads: read },
  // The staff remind department heads, a department head its unit heads.
  reminders: { regionalStaff: contribute, departmentHeads: contribute, unitHeads: read },
  // The staff set the dates and close periods; each close or reopen is locked once added, as a report is.
  periods: { regionalStaff: fullControl, departmentHeads: read, unitHeads: read },
  // Heads mark in their place's or unit's folder of each period, as they follow up (places.ts).
  readiness: { regionalStaff: fullControl, departmentHeads: read, unitHeads: read }
};

export type RolesResult = { kind: 'done'; createdGroups: RoleGroup[]; securedLists: ListKey[] }
  | { kind: 'forbidden'; missingPermission: 'managePermissions' };

async function ensureGroup(sp: SPFI, title: string): Promise<{ id: number; created: boolean }> {
  try {
    const group = await sp.web.siteGroups.getByName(title).select('Id')();
    return { id: group.Id, created: false };
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  const created = await sp.web.siteGroups.add({ Title: title, Description: 'Skapad av webbdelen Miljömål.' });
  return { id: created.Id, created: true };
}

/** Creates the role groups and gives each list its permissions. A second run changes nothing. */
export async function provisionRoles(sp: SPFI, webUrl: string): Promise<RolesResult> {
  try {
    const createdGroups: RoleGroup[] = [];
    const groupIds = {} as Record<RoleGroup, number>;
    for (const role of Object.keys(roleGroupTitles) as RoleGroup[]) {
      const { id, created } = await ensureGroup(sp, roleGroupTitles[role]);
      groupIds[role] = id;
      if (created) createdGroups.push(role);
    }
    const [owners, members, visitors] = await Promise.all([
      sp.web.associatedOwnerGroup.select('Id')(),
      sp.web.associatedMemberGroup.select('Id')(),
      sp.web.associatedVisitorGroup.select('Id')()
    ]);
    const securedLists: ListKey[] = [];
    for (const key of listOrder) {
      const list = sp.web.getList(listUrl(webUrl, key));
      const { HasUniqueRoleAssignments } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
      if (HasUniqueRoleAssignments) continue;
      // Not copied: members have Edit on the site, which must not reach these lists.
      await list.breakRoleInheritance(false, true);
      const assignments: Array<[number, Level]> = [
        [owners.Id, 'fullControl'], [members.Id, 'read'], [visitors.Id, 'read'],
        ...(Object.keys(groupIds) as RoleGroup[]).map((role): [number, Level] => [groupIds[role], listPermissions[key][role]])
      ];
      for (const [principalId, level] of assignments) {
        await list.roleAssignments.add(principalId, roleDefinitionIds[level]);
      }
      securedLists.push(key);
    }
    return { kind: 'done', createdGroups, securedLists };
  } catch (error) {
    if (isForbidden(error)) return { kind: 'forbidden', missingPermission: 'managePermissions' };
    throw error;
  }
}
