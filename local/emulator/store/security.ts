/** Role definitions and assignments, inheritance on lists, and the effective permissions they give a user. */
import { ItemRecord, RoleAssignmentDef, RoleDefinitionDef, UserDef } from '../model';
import { SpError, accessDenied, principalNotFound, roleDefinitionNotFound } from '../errors';
import { EMPTY_MASK, FULL_MASK, Mask, Perm, ROLE, hasPerm, isEmpty, orMask } from '../permissions';
import { ChangeListeners } from './changes';
import { ListState } from './listState';
import { Principals } from './principals';
import { SiteState } from './siteState';
import { UNIQUE_SCOPES_PER_LIST, folderPath, isFolder, itemsUnder, parentScope, securingItem, tooManyUniqueScopes, uniqueScopeCount } from './folders';

function inheritsPermissions(): SpError {
  return new SpError(400, '-2146232832, Microsoft.SharePoint.SPException',
    'This operation is not allowed on an object that inherits permissions.');
}

export class Security {
  constructor(
    private readonly state: SiteState,
    private readonly changes: ChangeListeners,
    private readonly principals: Principals
  ) {}

  roleDefinition(id: number): RoleDefinitionDef | undefined {
    return this.state.data.roleDefinitions.find((definition) => definition.id === id);
  }

  /**
   * The user's effective permissions on the web, a list or an item: the nearest securable with
   * unique assignments decides alone, as in SharePoint (Full Control on a list gives nothing on an
   * item that broke inheritance and left the user out).
   */
  effectiveMask(user: UserDef, list?: ListState, item?: ItemRecord): Mask {
    if (user.isSiteAdmin) return FULL_MASK;
    const web = this.state.data.web;
    const scope = list && item ? securingItem(list, item) : undefined;
    if (scope) return this.maskFrom(scope.roleAssignments ?? [], user);
    if (list) return this.maskFrom(list.def.hasUniqueRoleAssignments ? list.def.roleAssignments : web.roleAssignments, user);
    const onWeb = this.maskFrom(web.roleAssignments, user);
    if (!isEmpty(onWeb)) return onWeb;
    // Limited Access: a user who can reach some list, folder or item through unique permissions can
    // open the web (SharePoint adds it up the chain implicitly when a folder is shared with a user).
    const reaches = (other: ListState): boolean => (other.def.hasUniqueRoleAssignments && !isEmpty(this.maskFrom(other.def.roleAssignments, user)))
      || other.def.items.some((item) => item.hasUniqueRoleAssignments === true && !isEmpty(this.maskFrom(item.roleAssignments ?? [], user)));
    for (const other of this.state.lists.values()) {
      if (reaches(other)) {
        const limitedAccess = this.roleDefinition(ROLE.LimitedAccess);
        return limitedAccess ? { high: limitedAccess.high, low: limitedAccess.low } : EMPTY_MASK;
      }
    }
    return EMPTY_MASK;
  }

  require(user: UserDef, permission: number, list?: ListState, item?: ItemRecord): void {
    if (!hasPerm(this.effectiveMask(user, list, item), permission)) throw accessDenied();
  }

  canView(user: UserDef, list: ListState): boolean {
    return hasPerm(this.effectiveMask(user, list), Perm.ViewListItems);
  }

  assignmentsOf(list?: ListState, item?: ItemRecord): RoleAssignmentDef[] {
    const web = this.state.data.web;
    const scope = list && item ? securingItem(list, item) : undefined;
    if (scope) return scope.roleAssignments ?? [];
    if (!list) return web.roleAssignments;
    return list.def.hasUniqueRoleAssignments ? list.def.roleAssignments : web.roleAssignments;
  }

  /**
   * Without copying, the caller keeps Full Control, as SharePoint does. `clearSubscopes` makes every
   * item and folder of the list inherit from it again (Microsoft's BreakRoleInheritance reference).
   */
  breakInheritance(list: ListState, copy: boolean, caller: UserDef, clearSubscopes = false): void {
    if (list.def.hasUniqueRoleAssignments) return;
    list.def.hasUniqueRoleAssignments = true;
    list.def.roleAssignments = copy
      ? this.state.data.web.roleAssignments.map((assignment) => ({ principalId: assignment.principalId, roleDefIds: [...assignment.roleDefIds] }))
      : [{ principalId: caller.id, roleDefIds: [ROLE.FullControl] }];
    if (clearSubscopes) this.clearScopes(list, list.def.items);
    this.changes.notify();
  }

  private clearScopes(list: ListState, items: ItemRecord[]): void {
    for (const item of items) if (item.hasUniqueRoleAssignments) this.resetItemInheritance(list, item);
  }

  /**
   * An item's or a folder's inheritance: copying takes what it had from the folder above it, its
   * list or the web; without copying the caller keeps Full Control, as SharePoint does.
   */
  breakItemInheritance(list: ListState, item: ItemRecord, copy: boolean, caller: UserDef, scopeLimit = UNIQUE_SCOPES_PER_LIST, clearSubscopes = false): void {
    if (item.hasUniqueRoleAssignments) return;
    // a folder's clearSubscopes: what lies below it inherits from it again
    if (clearSubscopes && isFolder(item)) this.clearScopes(list, itemsUnder(list, folderPath(item)));
    if (uniqueScopeCount(list) >= scopeLimit) throw tooManyUniqueScopes();
    const inherited = parentScope(list, item);
    item.hasUniqueRoleAssignments = true;
    item.roleAssignments = copy
      ? (inherited ? inherited.roleAssignments ?? [] : this.assignmentsOf(list)).map((assignment) => ({ principalId: assignment.principalId, roleDefIds: [...assignment.roleDefIds] }))
      : [{ principalId: caller.id, roleDefIds: [ROLE.FullControl] }];
    this.notifyItem(list, item);
  }

  resetItemInheritance(list: ListState, item: ItemRecord): void {
    delete item.hasUniqueRoleAssignments;
    delete item.roleAssignments;
    this.notifyItem(list, item);
  }

  resetInheritance(list: ListState): void {
    list.def.hasUniqueRoleAssignments = false;
    list.def.roleAssignments = [];
    this.changes.notify();
  }

  addRoleAssignment(list: ListState | undefined, principalId: number, roleDefId: number, item?: ItemRecord): void {
    if (!this.principals.principalExists(principalId)) throw principalNotFound('User');
    if (!this.roleDefinition(roleDefId)) throw roleDefinitionNotFound();
    const securable = this.ownAssignments(list, item);
    let assignment = securable.roleAssignments.find((existing) => existing.principalId === principalId);
    if (!assignment) { assignment = { principalId, roleDefIds: [] }; securable.roleAssignments.push(assignment); }
    if (!assignment.roleDefIds.includes(roleDefId)) assignment.roleDefIds.push(roleDefId);
    this.notifyScope(list, item);
  }

  /** Without a role definition, every role of the principal goes. */
  removeRoleAssignment(list: ListState | undefined, principalId: number, roleDefId?: number, item?: ItemRecord): void {
    const securable = this.ownAssignments(list, item);
    securable.roleAssignments = securable.roleAssignments
      .map((assignment) => assignment.principalId !== principalId ? assignment : {
        ...assignment,
        roleDefIds: roleDefId === undefined ? [] : assignment.roleDefIds.filter((id) => id !== roleDefId)
      })
      .filter((assignment) => assignment.roleDefIds.length > 0);
    this.notifyScope(list, item);
  }

  /** The securable whose own assignments change; one that inherits has none to change. */
  private ownAssignments(list: ListState | undefined, item: ItemRecord | undefined): { roleAssignments: RoleAssignmentDef[] } {
    if (item) {
      if (!item.hasUniqueRoleAssignments) throw inheritsPermissions();
      item.roleAssignments ??= [];
      return item as { roleAssignments: RoleAssignmentDef[] };
    }
    if (list && !list.def.hasUniqueRoleAssignments) throw inheritsPermissions();
    return list ? list.def : this.state.data.web;
  }

  private notifyScope(list: ListState | undefined, item: ItemRecord | undefined): void {
    if (list && item) this.notifyItem(list, item);
    else this.changes.notify();
  }

  /** An item's permissions live in its record, so the journal's item line carries them. */
  private notifyItem(list: ListState, item: ItemRecord): void {
    this.changes.notify({ kind: 'item', listId: list.def.id, item, nextItemId: list.def.nextItemId, lastItemModified: list.def.lastItemModified });
  }

  private maskFrom(assignments: RoleAssignmentDef[], user: UserDef): Mask {
    const principalIds = new Set<number>([user.id, ...this.principals.groupsOf(user).map((group) => group.id)]);
    let mask = EMPTY_MASK;
    for (const assignment of assignments) {
      if (!principalIds.has(assignment.principalId)) continue;
      for (const roleDefId of assignment.roleDefIds) {
        const definition = this.roleDefinition(roleDefId);
        if (definition) mask = orMask(mask, { high: definition.high, low: definition.low });
      }
    }
    return mask;
  }
}
