/**
 * Permissions: role definitions, role assignments on the web and on lists (with their member and
 * bindings), breaking and resetting inheritance, and effective permissions.
 */
import { ItemRecord, RoleDefinitionDef } from '../model';
import { SpError, methodNotAllowed, notSupported, principalNotFound, roleDefinitionNotFound } from '../errors';
import { Perm } from '../permissions';
import { Segment, argNumber, argString, namedNumber } from '../path';
import { Entity } from '../format';
import { ListState } from '../store';
import { masksOut, roleAssignmentEntity, roleDefinitionEntity } from '../entities';
import { RichEntity, queryEntities, shapeEntity } from '../odata/entityQuery';
import { RequestContext } from './context';
import { securingItem } from '../store/folders';
import { HandlerTable, Resource, SegmentTable, action, withoutArguments } from './resource';

function roleDefinitionResource(roleDefinition: RoleDefinitionDef | undefined): Resource {
  if (!roleDefinition) throw roleDefinitionNotFound();
  return { kind: 'roledef', roleDefinition };
}

/** The caller's own permissions, on the web, a list or (as the list's) an item. */
const ownPermissions = (context: RequestContext, list?: ListState, item?: ItemRecord): Resource =>
  ({ kind: 'perms', list, item, user: context.user, name: 'EffectiveBasePermissions' });

/** Another user's permissions: `getusereffectivepermissions(@user)`. */
function userPermissions(context: RequestContext, segment: Segment, list?: ListState): Resource {
  const user = context.store.userByLogin(argString(segment));
  if (!user) throw principalNotFound('User');
  return { kind: 'perms', list, user, name: 'GetUserEffectivePermissions' };
}

const ANCESTOR = 'FirstUniqueAncestorSecurableObject';

/**
 * `FirstUniqueAncestorSecurableObject`: the nearest securable up item → folder(s) → list → web
 * whose role assignments are its own, answered as that object itself (its own type and properties).
 * The root web always has its own.
 */
function firstUniqueAncestor(context: RequestContext, list?: ListState, id?: number): Resource {
  if (list && id !== undefined) {
    const item = context.store.item(list, id);
    context.need(Perm.ViewListItems, list, item);
    const securing = securingItem(list, item);
    if (securing) return { kind: 'item', list, id: securing.id, readOnlyVia: ANCESTOR };
  }
  if (list?.def.hasUniqueRoleAssignments) return { kind: 'list', list, readOnlyVia: ANCESTOR };
  return { kind: 'web', readOnlyVia: ANCESTOR };
}

const roleAssignments = (segment: Segment, list?: ListState, item?: ItemRecord): Resource =>
  segment.args ? { kind: 'roleassignment', list, item, principalId: argNumber(segment) } : { kind: 'roleassignments', list, item };

/** `clearsubscopes` clears the scopes below a folder; an item has none. */
function changeItemInheritance(list: ListState, id: number, name: 'breakroleinheritance' | 'resetroleinheritance', segment: Segment): Resource {
  return action(name, (context) => {
    const item = context.store.item(list, id);
    context.need(Perm.ManagePermissions, list, item);
    if (name === 'breakroleinheritance') {
      context.store.breakItemInheritance(list, item, segment.named.copyroleassignments === true, context.user, segment.named.clearsubscopes === true);
      return context.reply.voidResult('BreakRoleInheritance');
    }
    context.store.resetItemInheritance(list, item);
    return context.reply.voidResult('ResetRoleInheritance');
  });
}

function changeInheritance(list: ListState, name: 'breakroleinheritance' | 'resetroleinheritance', segment: Segment): Resource {
  return action(name, (context) => {
    context.need(Perm.ManagePermissions, list);
    if (name === 'breakroleinheritance') {
      context.store.breakInheritance(list, segment.named.copyroleassignments === true, context.user, segment.named.clearsubscopes === true);
      return context.reply.voidResult('BreakRoleInheritance');
    }
    context.store.resetInheritance(list);
    return context.reply.voidResult('ResetRoleInheritance');
  });
}

function changeRoleAssignment(list: ListState | undefined, item: ItemRecord | undefined, name: 'addroleassignment' | 'removeroleassignment', segment: Segment): Resource {
  return action(name, (context) => {
    context.need(Perm.ManagePermissions, list, item);
    const principalId = namedNumber(segment, 'principalid');
    const roleDefId = namedNumber(segment, 'roledefid');
    if (name === 'addroleassignment') context.store.addRoleAssignment(list, principalId, roleDefId, item);
    else context.store.removeRoleAssignment(list, principalId, roleDefId, item);
    return context.reply.voidResult(name === 'addroleassignment' ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
  });
}

export const securitySegments: SegmentTable = {
  web: {
    roledefinitions: (context, web, segment) =>
      segment.args ? roleDefinitionResource(context.store.roleDefinition(argNumber(segment))) : { kind: 'roledefs' },
    roleassignments: (context, web, segment) => roleAssignments(segment),
    effectivebasepermissions: (context) => ownPermissions(context),
    getusereffectivepermissions: (context, web, segment) => userPermissions(context, segment),
    firstuniqueancestorsecurableobject: withoutArguments((context) => firstUniqueAncestor(context))
  },
  list: {
    roleassignments: (context, { list }, segment) => roleAssignments(segment, list),
    effectivebasepermissions: (context, { list }) => ownPermissions(context, list),
    getusereffectivepermissions: (context, { list }, segment) => userPermissions(context, segment, list),
    breakroleinheritance: (context, { list }, segment) => changeInheritance(list, 'breakroleinheritance', segment),
    resetroleinheritance: (context, { list }, segment) => changeInheritance(list, 'resetroleinheritance', segment),
    firstuniqueancestorsecurableobject: withoutArguments((context, { list }) => {
      context.need(Perm.ViewListItems, list);
      return firstUniqueAncestor(context, list);
    })
  },
  item: {
    effectivebasepermissions: (context, { list, id }) => ownPermissions(context, list, context.store.item(list, id)),
    roleassignments: (context, { list, id }, segment) => roleAssignments(segment, list, context.store.item(list, id)),
    breakroleinheritance: (context, { list, id }, segment) => changeItemInheritance(list, id, 'breakroleinheritance', segment),
    resetroleinheritance: (context, { list, id }, segment) => changeItemInheritance(list, id, 'resetroleinheritance', segment),
    firstuniqueancestorsecurableobject: withoutArguments((context, { list, id }) => firstUniqueAncestor(context, list, id))
  },
  roledefs: {
    getbyid: (context, roledefs, segment) => roleDefinitionResource(context.store.roleDefinition(argNumber(segment))),
    getbyname: (context, roledefs, segment) => {
      const name = argString(segment).toLowerCase();
      return roleDefinitionResource(context.store.data.roleDefinitions.find((definition) => definition.name.toLowerCase() === name));
    },
    getbytype: (context, roledefs, segment) => {
      const roleTypeKind = argNumber(segment);
      return roleDefinitionResource(context.store.data.roleDefinitions.find((definition) => definition.roleTypeKind === roleTypeKind));
    }
  },
  roleassignments: {
    getbyprincipalid: (context, { list, item }, segment) => ({ kind: 'roleassignment', list, item, principalId: argNumber(segment) }),
    addroleassignment: (context, { list, item }, segment) => changeRoleAssignment(list, item, 'addroleassignment', segment),
    removeroleassignment: (context, { list, item }, segment) => changeRoleAssignment(list, item, 'removeroleassignment', segment)
  },
  roleassignment: {
    member: (context, { list, item, principalId }) => ({ kind: 'member', list, item, principalId }),
    roledefinitionbindings: (context, { list, item, principalId }) => ({ kind: 'bindings', list, item, principalId })
  }
};

/** One principal's assignment where the list (or the web) takes its permissions from. */
function assignmentOf(context: RequestContext, list: ListState | undefined, principalId: number, item?: ItemRecord): RichEntity {
  context.need(Perm.ManagePermissions, list, item);
  const assignment = context.store.assignmentsOf(list, item).find((candidate) => candidate.principalId === principalId);
  if (!assignment) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + principalId + '.');
  return roleAssignmentEntity(context.store, list, assignment.principalId, assignment.roleDefIds, context.apiBase, item?.hasUniqueRoleAssignments ? item : undefined);
}

export const securityHandlers = {
  roledefs: (context) => {
    if (context.verb !== 'GET') throw notSupported(`${context.method} on role definitions (custom permission levels)`);
    const definitions = context.store.data.roleDefinitions.map((definition) => roleDefinitionEntity(definition, context.apiBase));
    return context.reply.ok(queryEntities(definitions, context.entityQuery(), 'SP.ApiData.RoleDefinitions'));
  },
  roledef: (context, { roleDefinition }) => {
    if (context.verb !== 'GET') throw notSupported(`${context.method} on a role definition`);
    return context.reply.ok(shapeEntity(roleDefinitionEntity(roleDefinition, context.apiBase), context.entityQuery()));
  },
  roleassignments: (context, { list, item }) => {
    if (context.verb !== 'GET') throw methodNotAllowed(context.method, 'SP.RoleAssignmentCollection');
    context.need(Perm.ManagePermissions, list, item);
    // inherited assignments are the list's or the web's, and say so in their URLs
    const ownItem = item?.hasUniqueRoleAssignments ? item : undefined;
    const owner = ownItem || list?.def.hasUniqueRoleAssignments ? list : undefined;
    const assignments = context.store.assignmentsOf(list, item)
      .map((assignment) => roleAssignmentEntity(context.store, owner, assignment.principalId, assignment.roleDefIds, context.apiBase, ownItem));
    return context.reply.ok(queryEntities(assignments, context.entityQuery(), 'SP.ApiData.RoleAssignments'));
  },
  roleassignment: (context, { list, item, principalId }) => {
    const assignment = assignmentOf(context, list, principalId, item);
    switch (context.verb) {
      case 'GET': return context.reply.ok(shapeEntity(assignment, context.entityQuery()));
      case 'DELETE':
        context.store.removeRoleAssignment(list, principalId, undefined, item);
        return context.reply.empty(200);
      default: throw methodNotAllowed(context.method, 'SP.RoleAssignment');
    }
  },
  member: (context, { list, item, principalId }) => {
    const assignment = assignmentOf(context, list, principalId, item);
    if (context.verb !== 'GET') throw methodNotAllowed(context.method, 'member');
    return context.reply.ok(assignment.navigation?.Member?.() ?? null);
  },
  bindings: (context, { list, item, principalId }) => {
    const assignment = assignmentOf(context, list, principalId, item);
    if (context.verb !== 'GET') throw methodNotAllowed(context.method, 'bindings');
    const bindings = assignment.navigation?.RoleDefinitionBindings?.() ?? null;
    const definitions = bindings && typeof bindings === 'object' && !Array.isArray(bindings) && bindings.kind === 'coll' ? bindings.items as Entity[] : [];
    return context.reply.ok(queryEntities(definitions.map((entity) => ({ entity })), context.entityQuery(), 'SP.ApiData.RoleDefinitions'));
  },
  perms: (context, { list, item, user, name }) => {
    if (context.verb !== 'GET') throw methodNotAllowed(context.method, name);
    // anyone may ask for their own permissions; asking for someone else's takes ManagePermissions
    if (user !== context.user) context.need(Perm.ManagePermissions, list, item);
    return context.reply.namedResult(name, masksOut(context.store.effectiveMask(user, list, item)));
  }
} satisfies HandlerTable;
