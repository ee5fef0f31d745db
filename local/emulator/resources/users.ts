/**
 * Users and groups: `currentuser`, `siteusers`, `getuserbyid`, `ensureuser`, `sitegroups`, the
 * associated groups, a group's `users`, a user's `groups`, and who may change a group's members.
 */
import { GroupDef, UserDef, WebDef } from '../model';
import { accessDenied, invalidQuery, methodNotAllowed, principalNotFound } from '../errors';
import { Perm, hasPerm } from '../permissions';
import { Segment, argNumber, argString } from '../path';
import { groupEntity, userEntity } from '../entities';
import { queryEntities, shapeEntity } from '../odata/entityQuery';
import { RequestContext } from './context';
import { HandlerTable, Resolver, Resource, SegmentTable, action, unsupportedSegment, withoutArguments } from './resource';

/** Site permission managers, the group's owner (or a member of the owning group), and members where the group lets them. */
function canManageGroup(context: RequestContext, group: GroupDef): boolean {
  const { store, user } = context;
  if (hasPerm(store.effectiveMask(user), Perm.ManagePermissions)) return true;
  if (group.ownerId === user.id) return true;
  if (store.groupsOf(user).some((own) => own.id === group.ownerId)) return true;
  return group.allowMembersEditMembership && group.memberIds.includes(user.id);
}

function requireGroupManager(context: RequestContext, group: GroupDef): void {
  if (!canManageGroup(context, group)) throw accessDenied();
}

/** A user resource; under a group only its members are found. */
function userResource(user: UserDef | undefined, group?: GroupDef): Resource {
  if (!user || (group && !group.memberIds.includes(user.id))) throw principalNotFound('User');
  return { kind: 'user', user, group };
}

function groupResource(group: GroupDef | undefined): Resource {
  if (!group) throw principalNotFound('Group');
  return { kind: 'group', group };
}

const userByLoginArgument = (context: RequestContext, segment: Segment, group?: GroupDef): Resource =>
  userResource(context.store.userByLogin(argString(segment)), group);

/** From a group: leaves the group; from the site: leaves the site. */
function removeUser(context: RequestContext, user: UserDef, group?: GroupDef): void {
  if (group) {
    requireGroupManager(context, group);
    context.store.removeGroupMember(group, user.id);
  } else {
    context.need(Perm.ManagePermissions);
    context.store.removeUser(user);
  }
}

function ensureUser(segment: Segment): Resource {
  return action('ensureuser', (context) => {
    const body = context.body();
    const login = (segment.args && segment.args.length ? argString(segment) : undefined) ?? body.logonName;
    if (typeof login !== 'string' || !login) throw invalidQuery('logonName is required.');
    return context.reply.ok(userEntity(context.store, context.store.ensureUser(login), context.apiBase).entity);
  });
}

function removeUserBy(name: 'removebyid' | 'removebyloginname', segment: Segment, group?: GroupDef): Resource {
  return action(name, (context) => {
    const { store } = context;
    const user = name === 'removebyid' ? store.userById(argNumber(segment)) : store.userByLogin(argString(segment));
    if (!user) throw principalNotFound('User');
    removeUser(context, user, group);
    return context.reply.voidResult(name === 'removebyid' ? 'RemoveById' : 'RemoveByLoginName');
  });
}

function removeGroupBy(name: 'removebyid' | 'removebyloginname', segment: Segment): Resource {
  return action(`group${name}`, (context) => {
    const { store } = context;
    context.need(Perm.ManagePermissions);
    const group = name === 'removebyid' ? store.groupById(argNumber(segment)) : store.groupByName(argString(segment));
    if (!group) throw principalNotFound('Group');
    store.removeGroup(group);
    return context.reply.voidResult(name === 'removebyid' ? 'RemoveById' : 'RemoveByLoginName');
  });
}

function setUserAsOwner(group: GroupDef, segment: Segment): Resource {
  return action('setuserasowner', (context) => {
    requireGroupManager(context, group);
    const ownerId = argNumber(segment);
    if (!context.store.principalExists(ownerId)) throw principalNotFound('User');
    context.store.setGroupOwner(group, ownerId);
    return context.reply.voidResult('SetUserAsOwner');
  });
}

function associatedGroup(pick: (web: WebDef) => number): Resolver<'web'> {
  return (context) => groupResource(context.store.groupById(pick(context.store.data.web)));
}

/** The site's groups only: a user's `groups` collection has no children. */
function siteGroupsOnly(resolve: Resolver<'groups'>): Resolver<'groups'> {
  return (context, groups, segment) => {
    if (groups.user) throw unsupportedSegment(segment, groups);
    return resolve(context, groups, segment);
  };
}

export const userSegments: SegmentTable = {
  web: {
    currentuser: (context) => ({ kind: 'user', user: context.user, current: true }),
    siteusers: (context, web, segment) => segment.args ? userByLoginArgument(context, segment) : { kind: 'users' },
    sitegroups: (context, web, segment) => segment.args ? groupResource(context.store.groupById(argNumber(segment))) : { kind: 'groups' },
    getuserbyid: (context, web, segment) => userResource(context.store.userById(argNumber(segment))),
    ensureuser: (context, web, segment) => ensureUser(segment),
    associatedownergroup: associatedGroup((web) => web.ownerGroupId),
    associatedmembergroup: associatedGroup((web) => web.memberGroupId),
    associatedvisitorgroup: associatedGroup((web) => web.visitorGroupId)
  },
  users: {
    getbyid: (context, { group }, segment) => userResource(context.store.userById(argNumber(segment)), group),
    getbyemail: (context, { group }, segment) => userResource(context.store.userByEmail(argString(segment)), group),
    getbyloginname: (context, { group }, segment) => userByLoginArgument(context, segment, group),
    removebyid: (context, { group }, segment) => removeUserBy('removebyid', segment, group),
    removebyloginname: (context, { group }, segment) => removeUserBy('removebyloginname', segment, group)
  },
  user: {
    groups: withoutArguments((context, { user }) => ({ kind: 'groups', user }))
  },
  groups: {
    getbyid: siteGroupsOnly((context, groups, segment) => groupResource(context.store.groupById(argNumber(segment)))),
    getbyname: siteGroupsOnly((context, groups, segment) => groupResource(context.store.groupByName(argString(segment)))),
    removebyid: siteGroupsOnly((context, groups, segment) => removeGroupBy('removebyid', segment)),
    removebyloginname: siteGroupsOnly((context, groups, segment) => removeGroupBy('removebyloginname', segment))
  },
  group: {
    users: (context, { group }, segment) => segment.args ? userByLoginArgument(context, segment, group) : { kind: 'users', group },
    setuserasowner: (context, { group }, segment) => setUserAsOwner(group, segment)
  }
};

export const userHandlers = {
  users: (context, { group }) => {
    const { store } = context;
    switch (context.verb) {
      case 'GET': {
        const members = group ? group.memberIds.map((id) => store.userById(id)).filter((user): user is UserDef => !!user) : store.data.users;
        return context.reply.ok(queryEntities(members.map((user) => userEntity(store, user, context.apiBase)), context.entityQuery(), 'SP.ApiData.Users'));
      }
      case 'POST': {
        const login = context.body().LoginName;
        if (typeof login !== 'string') throw invalidQuery('LoginName is required.');
        let user: UserDef;
        if (group) {
          requireGroupManager(context, group);
          user = store.addGroupMember(group, login);
        } else {
          context.need(Perm.ManagePermissions);
          user = store.ensureUser(login);
        }
        return context.reply.ok(userEntity(store, user, context.apiBase).entity, 201);
      }
      default: throw methodNotAllowed(context.method, 'SP.UserCollection');
    }
  },
  user: (context, { user, group }) => {
    switch (context.verb) {
      case 'GET': return context.reply.ok(shapeEntity(userEntity(context.store, user, context.apiBase), context.entityQuery()));
      case 'MERGE':
        context.need(Perm.ManagePermissions);
        context.store.updateUser(user, context.updateBody(['SP.User'], userEntity(context.store, user, context.apiBase).entity));
        return context.reply.empty(204);
      case 'DELETE':
        removeUser(context, user, group);
        return context.reply.empty(200);
      default: throw methodNotAllowed(context.method, 'SP.User');
    }
  },
  groups: (context, { user }) => {
    const { store } = context;
    if (context.verb === 'GET') {
      const groups = user ? store.groupsOf(user) : store.data.groups;
      return context.reply.ok(queryEntities(groups.map((group) => groupEntity(store, group, context.apiBase)), context.entityQuery(), 'SP.ApiData.Groups'));
    }
    if (context.verb === 'POST' && !user) {
      context.need(Perm.CreateGroups);
      const group = store.addGroup(context.body(), context.user);
      return context.reply.ok(groupEntity(store, group, context.apiBase).entity, 201);
    }
    throw methodNotAllowed(context.method, 'SP.GroupCollection');
  },
  group: (context, { group }) => {
    switch (context.verb) {
      case 'GET': return context.reply.ok(shapeEntity(groupEntity(context.store, group, context.apiBase), context.entityQuery()));
      case 'MERGE':
        requireGroupManager(context, group);
        context.store.applyGroupProps(group, context.updateBody(['SP.Group'], groupEntity(context.store, group, context.apiBase).entity));
        return context.reply.empty(204);
      case 'DELETE':
        context.need(Perm.ManagePermissions);
        context.store.removeGroup(group);
        return context.reply.empty(200);
      default: throw methodNotAllowed(context.method, 'SP.Group');
    }
  }
} satisfies HandlerTable;
