/**
 * What a path resolves to, segment by segment, and the tables resources register: a resolver per
 * child segment name (by parent kind) and a handler per kind. An action (a POST method such as
 * `recycle` or `ensureuser`) carries its own invocation.
 */
import { FieldDef, GroupDef, ItemRecord, RoleDefinitionDef, UserDef } from '../model';
import { SpError, notSupported } from '../errors';
import { ApiResponse } from '../exchange';
import { Segment } from '../path';
import type { ListState } from '../store';
import type { RequestContext } from './context';

export type Resource =
  | { kind: 'root' }
  /** `readOnlyVia`: reached through a navigation property that answers GET only (FirstUniqueAncestorSecurableObject). */
  | { kind: 'web'; readOnlyVia?: string }
  | { kind: 'contextinfo' }
  | { kind: 'regionalsettings' }
  | { kind: 'timezone' }
  | { kind: 'lists' }
  | { kind: 'list'; list: ListState; readOnlyVia?: string }
  | { kind: 'rootfolder'; list: ListState }
  /** `path` is the folder's place in the list ('' or absent: the root folder). */
  | { kind: 'folder'; list: ListState; path: string }
  | { kind: 'folders'; list: ListState; path?: string }
  | { kind: 'items'; list: ListState }
  | { kind: 'item'; list: ListState; id: number; readOnlyVia?: string }
  | { kind: 'fields'; list: ListState }
  | { kind: 'field'; list: ListState; field: FieldDef }
  | { kind: 'users'; group?: GroupDef }
  | { kind: 'user'; user: UserDef; group?: GroupDef; current?: boolean }
  | { kind: 'groups'; user?: UserDef }
  | { kind: 'group'; group: GroupDef }
  | { kind: 'roledefs' }
  | { kind: 'roledef'; roleDefinition: RoleDefinitionDef }
  | { kind: 'roleassignments'; list?: ListState; item?: ItemRecord }
  | { kind: 'roleassignment'; list?: ListState; item?: ItemRecord; principalId: number }
  | { kind: 'member'; list?: ListState; item?: ItemRecord; principalId: number }
  | { kind: 'bindings'; list?: ListState; item?: ItemRecord; principalId: number }
  | { kind: 'perms'; list?: ListState; item?: ItemRecord; user: UserDef; name: string }
  | { kind: 'storageentity'; key: string }
  | { kind: 'action'; name: string; invoke: (context: RequestContext) => ApiResponse };

export type ResourceKind = Resource['kind'];
export type ResourceOf<K extends ResourceKind> = Extract<Resource, { kind: K }>;

/** The resource a child segment names under its parent. */
export type Resolver<K extends ResourceKind> = (context: RequestContext, parent: ResourceOf<K>, segment: Segment) => Resource;

/** Answers a request on a resolved resource (method, body, query options from the context). */
export type Handler<K extends ResourceKind> = (context: RequestContext, resource: ResourceOf<K>) => ApiResponse;

/** Child segment names (lower case) under each parent kind. */
export type SegmentTable = { [K in ResourceKind]?: Record<string, Resolver<K>> };

/** Handlers for the kinds a resource module owns ('action' runs itself). */
export type HandlerTable = { [K in Exclude<ResourceKind, 'action'>]?: Handler<K> };

export function describe(resource: Resource): string {
  switch (resource.kind) {
    case 'root': return '_api';
    case 'list': return 'SP.List';
    case 'item': return 'SP.ListItem';
    case 'field': return 'SP.Field';
    case 'user': return 'SP.User';
    case 'group': return 'SP.Group';
    default: return resource.kind;
  }
}

export function unsupportedSegment(segment: Segment, parent: Resource): SpError {
  return notSupported(`the path segment '${segment.name}${segment.args ? '(...)' : ''}' on ${describe(parent)}`);
}

/** A child named without arguments (`web`, not `web(1)`); with arguments it is not supported. */
export function withoutArguments<K extends ResourceKind>(resolve: Resolver<K>): Resolver<K> {
  return (context, parent, segment) => {
    if (segment.args) throw unsupportedSegment(segment, parent);
    return resolve(context, parent, segment);
  };
}

/** A POST-only method on `on`; `name` is what a wrong method's 405 names. */
export function action(name: string, invoke: (context: RequestContext) => ApiResponse): Resource {
  return { kind: 'action', name, invoke };
}
