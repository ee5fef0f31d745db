/**
 * The `_api` dispatcher: parses the path, resolves it segment by segment through the resources'
 * segment tables, checks query options, digest and web access, then runs the resource's handler.
 * Synchronous over the store, so `$batch` parts run strictly in order.
 */
import { accessDenied, invalidDigest, invalidQuery, methodNotAllowed, notSupported } from './errors';
import { ApiOptions, ApiRequest, ApiResponse, errorResponse } from './exchange';
import { validDigest } from './digest';
import { isEmpty } from './permissions';
import { parseSegments } from './path';
import { RequestContext } from './resources/context';
import { Handler, HandlerTable, Resolver, Resource, ResourceKind, SegmentTable, describe, unsupportedSegment } from './resources/resource';
import { webHandlers, webSegments } from './resources/web';
import { listHandlers, listSegments } from './resources/lists';
import { fieldHandlers, fieldSegments } from './resources/fields';
import { itemHandlers, itemSegments } from './resources/items';
import { userHandlers, userSegments } from './resources/users';
import { securityHandlers, securitySegments } from './resources/security';
import { tenantHandlers, tenantSegments } from './resources/tenant';
import { regionalHandlers, regionalSegments } from './resources/regional';
import { peopleSegments } from './resources/people';
import { changeSegments } from './resources/changes';
import { folderHandlers, folderSegments } from './resources/folders';

/** Child segments by parent kind, merged from every resource module; a name claimed twice is a bug. */
function mergeSegments(tables: SegmentTable[]): Map<ResourceKind, Map<string, Resolver<ResourceKind>>> {
  const merged = new Map<ResourceKind, Map<string, Resolver<ResourceKind>>>();
  for (const table of tables) {
    for (const [kind, resolvers] of Object.entries(table) as Array<[ResourceKind, Record<string, Resolver<ResourceKind>>]>) {
      const byName = merged.get(kind) ?? new Map<string, Resolver<ResourceKind>>();
      merged.set(kind, byName);
      for (const [name, resolver] of Object.entries(resolvers)) {
        if (byName.has(name)) throw new Error(`Two resources resolve the segment '${name}' under '${kind}'.`);
        byName.set(name, resolver);
      }
    }
  }
  return merged;
}

const SEGMENTS = mergeSegments([webSegments, listSegments, fieldSegments, itemSegments, userSegments, securitySegments, tenantSegments, regionalSegments, peopleSegments, changeSegments, folderSegments]);

const HANDLERS = {
  ...webHandlers, ...listHandlers, ...fieldHandlers, ...itemHandlers, ...userHandlers, ...securityHandlers, ...tenantHandlers, ...regionalHandlers, ...folderHandlers
} satisfies Required<HandlerTable>;

const QUERY_OPTIONS = ['$select', '$expand', '$filter', '$orderby', '$top'];

function resolve(context: RequestContext, path: string): Resource {
  let resource: Resource = { kind: 'root' };
  for (const segment of parseSegments(path, context.params)) {
    if (resource.kind === 'action') throw notSupported(`the path segment '${segment.name}' after ${resource.name}`);
    const resolver: Resolver<ResourceKind> | undefined = SEGMENTS.get(resource.kind)?.get(segment.lowerName);
    if (!resolver) throw unsupportedSegment(segment, resource);
    resource = resolver(context, resource, segment);
  }
  return resource;
}

/** Query options SharePoint has but the emulator does not are a 501, never ignored; items also page. */
function checkQueryOptions(context: RequestContext, resource: Resource): void {
  for (const key of context.params.keys()) {
    if (!key.startsWith('$')) continue;
    const lowerKey = key.toLowerCase();
    if (QUERY_OPTIONS.includes(lowerKey)) continue;
    if ((lowerKey === '$skiptoken' || lowerKey === '$skip') && resource.kind === 'items') continue;
    throw notSupported(`the query option '${key}'${resource.kind === 'items' ? '' : ` on ${describe(resource)}`}`);
  }
}

function execute(context: RequestContext, resource: Resource): ApiResponse {
  if (context.method === 'PUT') throw notSupported('PUT (use MERGE)');
  if (!context.verb) throw notSupported(`the HTTP method '${context.method}'`);
  if (resource.kind === 'action') {
    if (context.verb !== 'POST') throw methodNotAllowed(context.method, resource.name);
    return resource.invoke(context);
  }
  if ('readOnlyVia' in resource && resource.readOnlyVia && context.verb !== 'GET') throw methodNotAllowed(context.method, resource.readOnlyVia);
  return (HANDLERS[resource.kind] as Handler<typeof resource.kind>)(context, resource);
}

function run(options: ApiOptions, request: ApiRequest): ApiResponse {
  const context = new RequestContext(options, request);
  const sitePath = context.store.sitePath.toLowerCase();
  let pathname: string;
  try { pathname = decodeURIComponent(request.url.pathname); } catch { throw invalidQuery('The URL is not valid.'); }
  if (!pathname.toLowerCase().startsWith(`${sitePath}/_api`)) throw notSupported(`the path '${pathname}'`);
  const resource = resolve(context, pathname.slice(sitePath.length + '/_api'.length));
  checkQueryOptions(context, resource);
  // inside a $batch the outer POST carried the digest
  if (request.method !== 'GET' && resource.kind !== 'contextinfo' && !request.inBatch) {
    if (!validDigest(request.headers['x-requestdigest'], options.digestTimeoutSeconds)) throw invalidDigest();
  }
  // anyone may ask for a digest or who they are; everything else needs some permission on the web
  if (resource.kind !== 'contextinfo' && !(resource.kind === 'user' && resource.current)) {
    if (isEmpty(context.store.effectiveMask(context.user))) throw accessDenied();
  }
  return execute(context, resource);
}

/** Runs one `_api` request (top-level or a $batch part) and answers it; errors become SharePoint error bodies. */
export function handleApi(options: ApiOptions, request: ApiRequest): ApiResponse {
  try {
    return run(options, request);
  } catch (error) {
    return errorResponse(error, request.headers.accept);
  }
}
