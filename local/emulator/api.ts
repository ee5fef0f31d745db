/**
 * The `_api` surface: parses SharePoint REST paths (segments with arguments, aliases), resolves
 * them to resources, checks digest and permissions, and executes GET / POST / MERGE / DELETE.
 * Synchronous over the store, so `$batch` parts run strictly in order.
 */
import { FieldDef, GroupDef, RoleDefinitionDef, UserDef } from './model';
import {
  SpError, accessDenied, fieldNotFound, fileNotFound, invalidDigest, invalidJson, invalidQuery, listNotFound,
  listNotFoundById, methodNotAllowed, notSupported, principalNotFound
} from './errors';
import { normalizeGuid, parseFieldBody, parseSchemaXml } from './fields';
import {
  Complex, Entity, EntitySet, Format, Val, contentTypeFor, errorFormatFromAccept, errorPayload, formatFromAccept,
  serialize
} from './format';
import { ListState, Store, etagOf } from './store';
import { Perm, hasPerm, isEmpty } from './permissions';
import { itemEntity, planProjection, queryItems } from './odata/items';
import {
  EntityQuery, fieldEntity, groupEntity, listEntity, masksOut, queryEntities, roleAssignmentEntity, roleDefEntity,
  rootFolderEntity, shapeEntity, userEntity, webEntity
} from './entities';
import { issueDigest, validDigest } from './digest';

export interface ApiOptions {
  store: Store;
  digestTimeoutSeconds: number;
  fieldNameFromDisplayName: boolean;
}

export interface ApiRequest {
  /** Effective method: GET, POST, MERGE, PATCH, PUT, DELETE (X-HTTP-Method already folded in). */
  method: string;
  url: URL;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
  user: UserDef;
  inBatch: boolean;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 409: 'Conflict', 412: 'Precondition Failed',
  429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 503: 'Service Unavailable'
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown';
}

// ------------------------------------------------------------------ path parsing

type Arg = string | number | boolean | null | { guid: string };

interface Seg {
  name: string;
  lname: string;
  /** null when the segment has no parentheses. */
  args: Arg[] | null;
  named: Record<string, Arg>;
}

function splitOutside(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'") {
      if (quoted && s[i + 1] === "'") { cur += "''"; i++; continue; }
      quoted = !quoted;
    } else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    if (c === sep && !quoted && depth === 0) { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  if (quoted || depth !== 0) throw invalidQuery(`The path '${s}' is not valid.`);
  out.push(cur);
  return out;
}

function parseLiteral(raw: string, params: URLSearchParams, depth = 0): Arg {
  const s = raw.trim();
  if (s.startsWith('@')) {
    const v = params.get(s);
    if (v === null || depth > 0) throw invalidQuery(`The parameter alias '${s}' has no value.`);
    return parseLiteral(v, params, depth + 1);
  }
  let m = /^'((?:[^']|'')*)'$/.exec(s);
  if (m) return m[1].replace(/''/g, "'");
  m = /^guid'([^']*)'$/i.exec(s);
  if (m) return { guid: normalizeGuid(m[1]) };
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^(true|false)$/i.test(s)) return s.toLowerCase() === 'true';
  if (s.toLowerCase() === 'null') return null;
  throw invalidQuery(`The value '${s}' is not a valid argument.`);
}

function parseSegments(path: string, params: URLSearchParams): Seg[] {
  const segs: Seg[] = [];
  for (const raw of splitOutside(path, '/')) {
    if (raw === '') continue;
    const open = raw.indexOf('(');
    if (open < 0) { segs.push({ name: raw, lname: raw.toLowerCase(), args: null, named: {} }); continue; }
    if (!raw.endsWith(')')) throw invalidQuery(`The segment '${raw}' is not valid.`);
    const name = raw.slice(0, open);
    const inner = raw.slice(open + 1, -1);
    const args: Arg[] = [];
    const named: Record<string, Arg> = {};
    if (inner.trim() !== '') {
      for (const part of splitOutside(inner, ',')) {
        const nm = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(part);
        if (nm) named[nm[1].toLowerCase()] = parseLiteral(nm[2], params);
        else args.push(parseLiteral(part, params));
      }
    }
    segs.push({ name, lname: name.toLowerCase(), args, named });
  }
  return segs;
}

function argString(seg: Seg, i = 0): string {
  const a = seg.args?.[i];
  if (typeof a === 'string') return a;
  if (a && typeof a === 'object') return a.guid;
  if (typeof a === 'number') return String(a);
  throw invalidQuery(`${seg.name} needs a string argument.`);
}

function argNumber(seg: Seg, i = 0): number {
  const a = seg.args?.[i];
  const n = typeof a === 'number' ? a : typeof a === 'string' && /^\d+$/.test(a) ? Number(a) : NaN;
  if (!Number.isFinite(n)) throw invalidQuery(`${seg.name} needs a number argument.`);
  return n;
}

function namedNumber(seg: Seg, name: string): number {
  const a = seg.named[name];
  const n = typeof a === 'number' ? a : Number(a);
  if (!Number.isFinite(n)) throw invalidQuery(`${seg.name} needs ${name}.`);
  return n;
}

// ------------------------------------------------------------------ resources

type Res =
  | { k: 'root' }
  | { k: 'web' }
  | { k: 'contextinfo' }
  | { k: 'lists' }
  | { k: 'list'; list: ListState }
  | { k: 'rootfolder'; list: ListState }
  | { k: 'items'; list: ListState }
  | { k: 'item'; list: ListState; id: number }
  | { k: 'fields'; list: ListState }
  | { k: 'field'; list: ListState; field: FieldDef }
  | { k: 'users'; group?: GroupDef }
  | { k: 'user'; user: UserDef; group?: GroupDef; current?: boolean }
  | { k: 'groups'; user?: UserDef }
  | { k: 'group'; group: GroupDef }
  | { k: 'roledefs' }
  | { k: 'roledef'; rd: RoleDefinitionDef }
  | { k: 'roleassignments'; list?: ListState }
  | { k: 'roleassignment'; list?: ListState; principalId: number }
  | { k: 'member'; list?: ListState; principalId: number }
  | { k: 'bindings'; list?: ListState; principalId: number }
  | { k: 'perms'; list?: ListState; user: UserDef; name: string }
  | { k: 'action'; name: string; on: Res; seg: Seg };

function describe(r: Res): string {
  switch (r.k) {
    case 'root': return '_api';
    case 'list': return 'SP.List';
    case 'item': return 'SP.ListItem';
    case 'field': return 'SP.Field';
    case 'user': return 'SP.User';
    case 'group': return 'SP.Group';
    default: return r.k;
  }
}

class Api {
  private readonly store: Store;
  private readonly fmt: Format;
  private readonly siteUrl: string;
  private readonly apiBase: string;
  private readonly params: URLSearchParams;

  constructor(private readonly opts: ApiOptions, private readonly req: ApiRequest) {
    this.store = opts.store;
    this.fmt = formatFromAccept(req.headers.accept);
    this.siteUrl = `${req.url.origin}${this.store.sitePath}`;
    this.apiBase = `${this.siteUrl}/_api`;
    this.params = req.url.searchParams;
  }

  run(): ApiResponse {
    const sitePath = this.store.sitePath.toLowerCase();
    let pathname: string;
    try { pathname = decodeURIComponent(this.req.url.pathname); } catch { throw invalidQuery('The URL is not valid.'); }
    if (!pathname.toLowerCase().startsWith(`${sitePath}/_api`)) throw notSupported(`the path '${pathname}'`);
    const rest = pathname.slice(sitePath.length + '/_api'.length);
    const segs = parseSegments(rest, this.params);
    let res: Res = { k: 'root' };
    for (let i = 0; i < segs.length; i++) {
      if (res.k === 'action') throw notSupported(`the path segment '${segs[i].name}' after ${res.name}`);
      res = this.step(res, segs[i]);
    }
    this.checkQueryOptions(res);
    const m = this.req.method;
    if (m !== 'GET' && !(res.k === 'contextinfo') && !this.req.inBatch) {
      if (!validDigest(this.req.headers['x-requestdigest'], this.opts.digestTimeoutSeconds)) throw invalidDigest();
    }
    if (res.k !== 'contextinfo' && !(res.k === 'user' && res.current)) this.requireWebAccess();
    return this.execute(res, m);
  }

  private checkQueryOptions(res: Res): void {
    for (const k of this.params.keys()) {
      if (!k.startsWith('$')) continue;
      const lk = k.toLowerCase();
      if (['$select', '$expand', '$filter', '$orderby', '$top'].includes(lk)) continue;
      if ((lk === '$skiptoken' || lk === '$skip') && res.k === 'items') continue;
      throw notSupported(`the query option '${k}'${res.k === 'items' ? '' : ` on ${describe(res)}`}`);
    }
  }

  private q(name: string): string | null {
    for (const [k, v] of this.params) if (k.toLowerCase() === name) return v;
    return null;
  }

  private entityQuery(): EntityQuery {
    return { select: this.q('$select'), expand: this.q('$expand'), filter: this.q('$filter'), orderby: this.q('$orderby'), top: this.q('$top') };
  }

  // -------------------------------------------------------------- resolution

  private listByArg(seg: Seg): ListState {
    const a = seg.args?.[0];
    const id = typeof a === 'string' ? a : a && typeof a === 'object' ? a.guid : undefined;
    const l = id ? this.store.listById(id) : undefined;
    if (!l) throw listNotFoundById();
    return l;
  }

  private userByLoginArg(seg: Seg, group?: GroupDef): Res {
    const login = argString(seg);
    const u = this.store.userByLogin(login);
    if (!u || (group && !group.memberIds.includes(u.id))) throw principalNotFound('User');
    return { k: 'user', user: u, group };
  }

  private step(r: Res, seg: Seg): Res {
    const n = seg.lname;
    const unsupported = (): SpError => notSupported(`the path segment '${seg.name}${seg.args ? '(...)' : ''}' on ${describe(r)}`);
    switch (r.k) {
      case 'root':
        if (n === 'web' && !seg.args) return { k: 'web' };
        if (n === 'contextinfo') return { k: 'contextinfo' };
        if (n === 'lists' && !seg.args) return { k: 'lists' };
        if (n === '$batch') throw invalidQuery('A $batch request cannot be nested.');
        throw unsupported();
      case 'web':
        switch (n) {
          case 'lists':
            return seg.args ? { k: 'list', list: this.listByArg(seg) } : { k: 'lists' };
          case 'getlist': {
            const l = this.store.listByUrl(argString(seg));
            if (!l) throw fileNotFound();
            return { k: 'list', list: l };
          }
          case 'currentuser': return { k: 'user', user: this.req.user, current: true };
          case 'siteusers':
            return seg.args ? this.userByLoginArg(seg) : { k: 'users' };
          case 'sitegroups':
            if (seg.args) {
              const g = this.store.groupById(argNumber(seg));
              if (!g) throw principalNotFound('Group');
              return { k: 'group', group: g };
            }
            return { k: 'groups' };
          case 'getuserbyid': {
            const u = this.store.userById(argNumber(seg));
            if (!u) throw principalNotFound('User');
            return { k: 'user', user: u };
          }
          case 'ensureuser': return { k: 'action', name: 'ensureuser', on: r, seg };
          case 'roledefinitions':
            if (seg.args) {
              const rd = this.store.roleDefinition(argNumber(seg));
              if (!rd) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Role definition cannot be found.');
              return { k: 'roledef', rd };
            }
            return { k: 'roledefs' };
          case 'roleassignments':
            return seg.args ? { k: 'roleassignment', principalId: argNumber(seg) } : { k: 'roleassignments' };
          case 'effectivebasepermissions': return { k: 'perms', user: this.req.user, name: 'EffectiveBasePermissions' };
          case 'getusereffectivepermissions': return { k: 'perms', user: this.perUser(seg), name: 'GetUserEffectivePermissions' };
          case 'associatedownergroup': case 'associatedmembergroup': case 'associatedvisitorgroup': {
            const w = this.store.data.web;
            const id = n === 'associatedownergroup' ? w.ownerGroupId : n === 'associatedmembergroup' ? w.memberGroupId : w.visitorGroupId;
            const g = this.store.groupById(id);
            if (!g) throw principalNotFound('Group');
            return { k: 'group', group: g };
          }
          default: throw unsupported();
        }
      case 'lists':
        if (n === 'getbytitle') {
          const title = argString(seg);
          const l = this.store.listByTitle(title);
          if (!l) throw listNotFound(title, this.siteUrl);
          return { k: 'list', list: l };
        }
        if (n === 'getbyid') return { k: 'list', list: this.listByArg(seg) };
        throw unsupported();
      case 'list':
        switch (n) {
          case 'items':
            if (seg.args) return { k: 'item', list: r.list, id: argNumber(seg) };
            return { k: 'items', list: r.list };
          case 'fields':
            if (seg.args) return { k: 'field', list: r.list, field: this.fieldById(r.list, argString(seg)) };
            return { k: 'fields', list: r.list };
          case 'rootfolder': return { k: 'rootfolder', list: r.list };
          case 'effectivebasepermissions': return { k: 'perms', list: r.list, user: this.req.user, name: 'EffectiveBasePermissions' };
          case 'getusereffectivepermissions': return { k: 'perms', list: r.list, user: this.perUser(seg), name: 'GetUserEffectivePermissions' };
          case 'roleassignments':
            return seg.args ? { k: 'roleassignment', list: r.list, principalId: argNumber(seg) } : { k: 'roleassignments', list: r.list };
          case 'breakroleinheritance': case 'resetroleinheritance': case 'recycle':
            return { k: 'action', name: n, on: r, seg };
          default: throw unsupported();
        }
      case 'items':
        if (n === 'getbyid') return { k: 'item', list: r.list, id: argNumber(seg) };
        throw unsupported();
      case 'item':
        if (n === 'recycle') return { k: 'action', name: 'recycle', on: r, seg };
        if (n === 'effectivebasepermissions') return { k: 'perms', list: r.list, user: this.req.user, name: 'EffectiveBasePermissions' };
        throw unsupported();
      case 'fields':
        switch (n) {
          case 'getbyid': return { k: 'field', list: r.list, field: this.fieldById(r.list, argString(seg)) };
          case 'getbytitle': {
            const t = argString(seg);
            const f = r.list.def.fields.find((x) => x.title.toLowerCase() === t.toLowerCase());
            if (!f) throw fieldNotFound(t);
            return { k: 'field', list: r.list, field: f };
          }
          case 'getbyinternalnameortitle': {
            const t = argString(seg);
            const f = r.list.def.fields.find((x) => x.internalName.toLowerCase() === t.toLowerCase())
              ?? r.list.def.fields.find((x) => x.title.toLowerCase() === t.toLowerCase());
            if (!f) throw fieldNotFound(t);
            return { k: 'field', list: r.list, field: f };
          }
          case 'createfieldasxml': case 'addfield': return { k: 'action', name: n, on: r, seg };
          default: throw unsupported();
        }
      case 'users':
        switch (n) {
          case 'getbyid': {
            const u = this.store.userById(argNumber(seg));
            if (!u || (r.group && !r.group.memberIds.includes(u.id))) throw principalNotFound('User');
            return { k: 'user', user: u, group: r.group };
          }
          case 'getbyemail': {
            const u = this.store.userByEmail(argString(seg));
            if (!u || (r.group && !r.group.memberIds.includes(u.id))) throw principalNotFound('User');
            return { k: 'user', user: u, group: r.group };
          }
          case 'getbyloginname': return this.userByLoginArg(seg, r.group);
          case 'removebyid': case 'removebyloginname': return { k: 'action', name: n, on: r, seg };
          default:
            throw unsupported();
        }
      case 'user':
        if (n === 'groups' && !seg.args) return { k: 'groups', user: r.user };
        throw unsupported();
      case 'groups':
        if (r.user) throw unsupported();
        switch (n) {
          case 'getbyid': {
            const g = this.store.groupById(argNumber(seg));
            if (!g) throw principalNotFound('Group');
            return { k: 'group', group: g };
          }
          case 'getbyname': {
            const g = this.store.groupByName(argString(seg));
            if (!g) throw principalNotFound('Group');
            return { k: 'group', group: g };
          }
          case 'removebyid': case 'removebyloginname': return { k: 'action', name: `group${n}`, on: r, seg };
          default: throw unsupported();
        }
      case 'group':
        if (n === 'users') return seg.args ? this.userByLoginArg(seg, r.group) : { k: 'users', group: r.group };
        if (n === 'setuserasowner') return { k: 'action', name: n, on: r, seg };
        throw unsupported();
      case 'roledefs': {
        let rd: RoleDefinitionDef | undefined;
        if (n === 'getbyid') rd = this.store.roleDefinition(argNumber(seg));
        else if (n === 'getbyname') rd = this.store.data.roleDefinitions.find((x) => x.name.toLowerCase() === argString(seg).toLowerCase());
        else if (n === 'getbytype') rd = this.store.data.roleDefinitions.find((x) => x.roleTypeKind === argNumber(seg));
        else throw unsupported();
        if (!rd) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Role definition cannot be found.');
        return { k: 'roledef', rd };
      }
      case 'roleassignments':
        if (n === 'getbyprincipalid') return { k: 'roleassignment', list: r.list, principalId: argNumber(seg) };
        if (n === 'addroleassignment' || n === 'removeroleassignment') return { k: 'action', name: n, on: r, seg };
        throw unsupported();
      case 'roleassignment':
        if (n === 'member') return { k: 'member', list: r.list, principalId: r.principalId };
        if (n === 'roledefinitionbindings') return { k: 'bindings', list: r.list, principalId: r.principalId };
        throw unsupported();
      default:
        throw unsupported();
    }
  }

  private perUser(seg: Seg): UserDef {
    const u = this.store.userByLogin(argString(seg));
    if (!u) throw principalNotFound('User');
    return u;
  }

  private fieldById(l: ListState, id: string): FieldDef {
    const g = normalizeGuid(id);
    const f = l.def.fields.find((x) => x.id === g);
    if (!f) throw fieldNotFound(id);
    return f;
  }

  // -------------------------------------------------------------- permissions

  private requireWebAccess(): void {
    if (isEmpty(this.store.effectiveMask(this.req.user))) throw accessDenied();
  }

  private need(perm: number, list?: ListState): void {
    this.store.require(this.req.user, perm, list);
  }

  private canManageGroup(g: GroupDef): boolean {
    const u = this.req.user;
    if (hasPerm(this.store.effectiveMask(u), Perm.ManagePermissions)) return true;
    if (g.ownerId === u.id) return true;
    if (this.store.groupsOf(u).some((x) => x.id === g.ownerId)) return true;
    return g.allowMembersEditMembership && g.memberIds.includes(u.id);
  }

  // -------------------------------------------------------------- execution

  private body(): Record<string, unknown> {
    const b = this.req.body;
    if (!b || b.trim() === '') return {};
    try {
      const v = JSON.parse(b) as unknown;
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw invalidJson();
      return v as Record<string, unknown>;
    } catch (e) {
      if (e instanceof SpError) throw e;
      throw invalidJson();
    }
  }

  private ok(value: Entity | EntitySet | Complex | Val, status = 200, headers: Record<string, string> = {}): ApiResponse {
    return {
      status,
      headers: { 'Content-Type': contentTypeFor(this.fmt), ...headers },
      body: JSON.stringify(serialize(value, this.fmt, this.apiBase))
    };
  }

  private empty(status: 200 | 204, headers: Record<string, string> = {}): ApiResponse {
    return { status, headers, body: '' };
  }

  /** A method returning void: JSON light `{"odata.null":true}`, verbose `{"d":{"Name":null}}`. */
  private voidResult(name: string): ApiResponse {
    const body = this.fmt === 'verbose' ? { d: { [name]: null } } : { 'odata.null': true };
    return { status: 200, headers: { 'Content-Type': contentTypeFor(this.fmt) }, body: JSON.stringify(body) };
  }

  /** A method returning a primitive (Edm.Guid ...). */
  private primitiveResult(name: string, type: string, value: string): ApiResponse {
    const body = this.fmt === 'verbose' ? { d: { [name]: value } }
      : this.fmt === 'minimal' ? { 'odata.metadata': `${this.apiBase}/$metadata#${type}`, value } : { value };
    return { status: 200, headers: { 'Content-Type': contentTypeFor(this.fmt) }, body: JSON.stringify(body) };
  }

  private execute(r: Res, m: string): ApiResponse {
    if (m === 'PUT') throw notSupported('PUT (use MERGE)');
    const isGet = m === 'GET';
    const isMerge = m === 'MERGE' || m === 'PATCH';
    const isDelete = m === 'DELETE';
    const isPost = m === 'POST';
    if (!isGet && !isMerge && !isDelete && !isPost) throw notSupported(`the HTTP method '${m}'`);
    const eq = this.entityQuery();
    const store = this.store;
    const user = this.req.user;
    const ifMatch = this.req.headers['if-match'];

    switch (r.k) {
      case 'contextinfo':
        if (!isPost) throw methodNotAllowed(m, 'SP.ContextWebInformation');
        return this.contextInfo();
      case 'web':
        if (!isGet) throw notSupported(`${m} on the web`);
        return this.ok(shapeEntity(webEntity(store, this.siteUrl, this.apiBase), eq));
      case 'lists':
        if (isGet) {
          const visible = store.allLists().filter((l) => store.canView(user, l) || hasPerm(store.effectiveMask(user), Perm.ManageLists));
          return this.ok(queryEntities(visible.map((l) => listEntity(store, l, this.apiBase)), eq, 'SP.ApiData.Lists'));
        }
        if (isPost) {
          this.need(Perm.ManageLists);
          const l = store.addList(this.body());
          return this.ok(listEntity(store, l, this.apiBase).e, 201);
        }
        throw methodNotAllowed(m, 'SP.ListCollection');
      case 'list': {
        const l = r.list;
        if (isGet) {
          this.need(Perm.ViewListItems, l);
          return this.ok(shapeEntity(listEntity(store, l, this.apiBase), eq), 200, { ETag: `"${l.def.version}"` });
        }
        if (isMerge) {
          this.need(Perm.ManageLists, l);
          store.updateList(l, this.body(), ifMatch);
          return this.empty(204, { ETag: `"${l.def.version}"` });
        }
        if (isDelete) {
          this.need(Perm.ManageLists, l);
          store.deleteList(l, ifMatch);
          return this.empty(200);
        }
        throw methodNotAllowed(m, 'SP.List');
      }
      case 'rootfolder':
        if (!isGet) throw notSupported(`${m} on RootFolder`);
        this.need(Perm.ViewListItems, r.list);
        return this.ok(shapeEntity({ e: rootFolderEntity(store, r.list, this.apiBase) }, eq));
      case 'items': {
        const l = r.list;
        if (isGet) {
          this.need(Perm.ViewListItems, l);
          const url = this.req.url;
          const next = (token: string): string => {
            const p = new URLSearchParams();
            for (const [k, v] of url.searchParams) if (k.toLowerCase() !== '$skiptoken' && k.toLowerCase() !== '$skip') p.append(k, v);
            p.set('$skiptoken', token);
            return `${url.origin}${url.pathname}?${p.toString()}`;
          };
          const set = queryItems(store, l, {
            select: eq.select, expand: eq.expand, filter: eq.filter, orderby: eq.orderby, top: eq.top, skiptoken: this.q('$skiptoken')
          }, next);
          return this.ok(set);
        }
        if (isPost) {
          this.need(Perm.AddListItems, l);
          const it = store.addItem(l, this.body(), user);
          return this.ok(itemEntity(l, it, planProjection(store, l, null, null)), 201, { ETag: etagOf(it) });
        }
        throw methodNotAllowed(m, 'SP.ListItemCollection');
      }
      case 'item': {
        const l = r.list;
        if (isGet) {
          this.need(Perm.ViewListItems, l);
          const it = store.item(l, r.id);
          return this.ok(itemEntity(l, it, planProjection(store, l, eq.select, eq.expand)), 200, { ETag: etagOf(it) });
        }
        if (isMerge) {
          this.need(Perm.EditListItems, l);
          const it = store.updateItem(l, store.item(l, r.id), this.body(), user, ifMatch);
          return this.empty(204, { ETag: etagOf(it) });
        }
        if (isDelete) {
          this.need(Perm.DeleteListItems, l);
          store.deleteItem(l, store.item(l, r.id), ifMatch);
          return this.empty(200);
        }
        throw methodNotAllowed(m, 'SP.ListItem');
      }
      case 'fields': {
        const l = r.list;
        if (isGet) {
          this.need(Perm.ViewListItems, l);
          return this.ok(queryEntities(l.def.fields.map((f) => fieldEntity(l, f, this.apiBase)), eq, 'SP.ApiData.Fields'));
        }
        if (isPost) {
          this.need(Perm.ManageLists, l);
          const f = store.addField(l, parseFieldBody(this.body()), false);
          return this.ok(fieldEntity(l, f, this.apiBase).e, 201);
        }
        throw methodNotAllowed(m, 'SP.FieldCollection');
      }
      case 'field': {
        const l = r.list;
        if (isGet) {
          this.need(Perm.ViewListItems, l);
          return this.ok(shapeEntity(fieldEntity(l, r.field, this.apiBase), eq));
        }
        if (isMerge) {
          this.need(Perm.ManageLists, l);
          store.updateField(l, r.field, this.body());
          return this.empty(204);
        }
        if (isDelete) {
          this.need(Perm.ManageLists, l);
          store.deleteField(l, r.field);
          return this.empty(200);
        }
        throw methodNotAllowed(m, 'SP.Field');
      }
      case 'users': {
        if (isGet) {
          const members = r.group ? r.group.memberIds.map((id) => store.userById(id)).filter((u): u is UserDef => !!u) : store.data.users;
          return this.ok(queryEntities(members.map((u) => userEntity(store, u, this.apiBase)), eq, 'SP.ApiData.Users'));
        }
        if (isPost) {
          const b = this.body();
          const login = b.LoginName;
          if (typeof login !== 'string') throw invalidQuery('LoginName is required.');
          if (r.group) {
            if (!this.canManageGroup(r.group)) throw accessDenied();
            const u = store.addGroupMember(r.group, login);
            return this.ok(userEntity(store, u, this.apiBase).e, 201);
          }
          this.need(Perm.ManagePermissions);
          const u = store.ensureUser(login);
          return this.ok(userEntity(store, u, this.apiBase).e, 201);
        }
        throw methodNotAllowed(m, 'SP.UserCollection');
      }
      case 'user': {
        if (isGet) return this.ok(shapeEntity(userEntity(store, r.user, this.apiBase), eq));
        if (isMerge) {
          this.need(Perm.ManagePermissions);
          store.updateUser(r.user, this.body());
          return this.empty(204);
        }
        if (isDelete) {
          if (r.group) {
            if (!this.canManageGroup(r.group)) throw accessDenied();
            store.removeGroupMember(r.group, r.user.id);
          } else {
            this.need(Perm.ManagePermissions);
            store.removeUser(r.user);
          }
          return this.empty(200);
        }
        throw methodNotAllowed(m, 'SP.User');
      }
      case 'groups': {
        if (isGet) {
          const gs = r.user ? store.groupsOf(r.user) : store.data.groups;
          return this.ok(queryEntities(gs.map((g) => groupEntity(store, g, this.apiBase)), eq, 'SP.ApiData.Groups'));
        }
        if (isPost && !r.user) {
          this.need(Perm.CreateGroups);
          const g = store.addGroup(this.body(), user);
          return this.ok(groupEntity(store, g, this.apiBase).e, 201);
        }
        throw methodNotAllowed(m, 'SP.GroupCollection');
      }
      case 'group': {
        if (isGet) return this.ok(shapeEntity(groupEntity(store, r.group, this.apiBase), eq));
        if (isMerge) {
          if (!this.canManageGroup(r.group)) throw accessDenied();
          store.applyGroupProps(r.group, this.body());
          return this.empty(204);
        }
        if (isDelete) {
          this.need(Perm.ManagePermissions);
          store.removeGroup(r.group);
          return this.empty(200);
        }
        throw methodNotAllowed(m, 'SP.Group');
      }
      case 'roledefs':
        if (isGet) return this.ok(queryEntities(store.data.roleDefinitions.map((x) => roleDefEntity(x, this.apiBase)), eq, 'SP.ApiData.RoleDefinitions'));
        throw notSupported(`${m} on role definitions (custom permission levels)`);
      case 'roledef':
        if (isGet) return this.ok(shapeEntity(roleDefEntity(r.rd, this.apiBase), eq));
        throw notSupported(`${m} on a role definition`);
      case 'roleassignments': {
        if (!isGet) throw methodNotAllowed(m, 'SP.RoleAssignmentCollection');
        this.need(Perm.ManagePermissions, r.list);
        const list = r.list;
        const ras = store.assignmentsOf(list).map((a) => roleAssignmentEntity(store, list?.def.hasUniqueRoleAssignments ? list : undefined, a.principalId, a.roleDefIds, this.apiBase));
        return this.ok(queryEntities(ras, eq, 'SP.ApiData.RoleAssignments'));
      }
      case 'roleassignment': case 'member': case 'bindings': {
        this.need(Perm.ManagePermissions, r.list);
        const a = store.assignmentsOf(r.list).find((x) => x.principalId === r.principalId);
        if (!a) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + r.principalId + '.');
        const rich = roleAssignmentEntity(store, r.list, a.principalId, a.roleDefIds, this.apiBase);
        if (r.k === 'roleassignment') {
          if (isGet) return this.ok(shapeEntity(rich, eq));
          if (isDelete) {
            store.removeRoleAssignment(r.list, r.principalId);
            return this.empty(200);
          }
          throw methodNotAllowed(m, 'SP.RoleAssignment');
        }
        if (!isGet) throw methodNotAllowed(m, r.k);
        const v = rich.nav?.[r.k === 'member' ? 'Member' : 'RoleDefinitionBindings']?.() ?? null;
        if (r.k === 'bindings') {
          const items = v && typeof v === 'object' && !Array.isArray(v) && v.kind === 'coll' ? v.items as Entity[] : [];
          return this.ok(queryEntities(items.map((e) => ({ e })), eq, 'SP.ApiData.RoleDefinitions'));
        }
        return this.ok(v);
      }
      case 'perms': {
        if (!isGet) throw methodNotAllowed(m, r.name);
        if (r.user !== user) this.need(Perm.ManagePermissions, r.list);
        const mask = store.effectiveMask(r.user, r.list);
        const c = masksOut(mask);
        if (this.fmt === 'verbose') {
          const inner = (serialize(c, 'verbose', this.apiBase) as { d: unknown }).d;
          return { status: 200, headers: { 'Content-Type': contentTypeFor('verbose') }, body: JSON.stringify({ d: { [r.name]: inner } }) };
        }
        return this.ok(c);
      }
      case 'action':
        if (!isPost) throw methodNotAllowed(m, r.name);
        return this.action(r.name, r.on, r.seg);
      case 'root':
        throw notSupported('the path _api');
    }
  }

  private contextInfo(): ApiResponse {
    const digest = issueDigest();
    const timeout = this.opts.digestTimeoutSeconds;
    const info = {
      FormDigestTimeoutSeconds: timeout, FormDigestValue: digest, LibraryVersion: '16.0.0.0', SiteFullUrl: this.siteUrl,
      WebFullUrl: this.siteUrl
    };
    const schema = ['14.0.0.0', '15.0.0.0'];
    let body: unknown;
    if (this.fmt === 'verbose') {
      body = { d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...info, SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: schema } } } };
    } else if (this.fmt === 'minimal') {
      body = { 'odata.metadata': `${this.apiBase}/$metadata#SP.ContextWebInformation`, ...info, SupportedSchemaVersions: schema };
    } else {
      body = { ...info, SupportedSchemaVersions: schema };
    }
    return { status: 200, headers: { 'Content-Type': contentTypeFor(this.fmt) }, body: JSON.stringify(body) };
  }

  private action(name: string, on: Res, seg: Seg): ApiResponse {
    const store = this.store;
    const user = this.req.user;
    switch (name) {
      case 'ensureuser': {
        const b = this.body();
        const login = (seg.args && seg.args.length ? argString(seg) : undefined) ?? b.logonName;
        if (typeof login !== 'string' || !login) throw invalidQuery('logonName is required.');
        const u = store.ensureUser(login);
        return this.ok(userEntity(store, u, this.apiBase).e);
      }
      case 'createfieldasxml': case 'addfield': {
        if (on.k !== 'fields') throw notSupported(name);
        this.need(Perm.ManageLists, on.list);
        const params = this.body().parameters as Record<string, unknown> | undefined;
        if (!params || typeof params !== 'object') throw invalidQuery('The body needs "parameters".');
        let f: FieldDef;
        if (name === 'createfieldasxml') {
          for (const k of Object.keys(params)) if (!['SchemaXml', 'Options', '__metadata'].includes(k)) throw notSupported(`the createfieldasxml parameter '${k}'`);
          const options = Number(params.Options ?? 0);
          const useHint = (options & 8) === 8 || !this.opts.fieldNameFromDisplayName;
          f = store.addField(on.list, parseSchemaXml(String(params.SchemaXml ?? '')), useHint);
        } else {
          f = store.addField(on.list, parseFieldBody(params), false);
        }
        return this.ok(fieldEntity(on.list, f, this.apiBase).e);
      }
      case 'breakroleinheritance': {
        if (on.k !== 'list') throw notSupported(name);
        this.need(Perm.ManagePermissions, on.list);
        store.breakInheritance(on.list, seg.named.copyroleassignments === true, user);
        return this.voidResult('BreakRoleInheritance');
      }
      case 'resetroleinheritance': {
        if (on.k !== 'list') throw notSupported(name);
        this.need(Perm.ManagePermissions, on.list);
        store.resetInheritance(on.list);
        return this.voidResult('ResetRoleInheritance');
      }
      case 'addroleassignment': case 'removeroleassignment': {
        if (on.k !== 'roleassignments') throw notSupported(name);
        this.need(Perm.ManagePermissions, on.list);
        const pid = namedNumber(seg, 'principalid');
        const rid = namedNumber(seg, 'roledefid');
        if (name === 'addroleassignment') store.addRoleAssignment(on.list, pid, rid);
        else store.removeRoleAssignment(on.list, pid, rid);
        return this.voidResult(name === 'addroleassignment' ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
      }
      case 'recycle': {
        if (on.k === 'item') {
          this.need(Perm.DeleteListItems, on.list);
          const it = store.item(on.list, on.id);
          store.deleteItem(on.list, it);
          return this.primitiveResult('Recycle', 'Edm.Guid', it.guid);
        }
        if (on.k === 'list') {
          this.need(Perm.ManageLists, on.list);
          store.deleteList(on.list);
          return this.primitiveResult('Recycle', 'Edm.Guid', on.list.def.id);
        }
        throw notSupported(name);
      }
      case 'removebyid': case 'removebyloginname': {
        if (on.k !== 'users') throw notSupported(name);
        const u = name === 'removebyid' ? store.userById(argNumber(seg)) : store.userByLogin(argString(seg));
        if (!u) throw principalNotFound('User');
        if (on.group) {
          if (!this.canManageGroup(on.group)) throw accessDenied();
          store.removeGroupMember(on.group, u.id);
        } else {
          this.need(Perm.ManagePermissions);
          store.removeUser(u);
        }
        return this.voidResult(name === 'removebyid' ? 'RemoveById' : 'RemoveByLoginName');
      }
      case 'groupremovebyid': case 'groupremovebyloginname': {
        this.need(Perm.ManagePermissions);
        const g = name === 'groupremovebyid' ? store.groupById(argNumber(seg)) : store.groupByName(argString(seg));
        if (!g) throw principalNotFound('Group');
        store.removeGroup(g);
        return this.voidResult(name === 'groupremovebyid' ? 'RemoveById' : 'RemoveByLoginName');
      }
      case 'setuserasowner': {
        if (on.k !== 'group') throw notSupported(name);
        if (!this.canManageGroup(on.group)) throw accessDenied();
        const id = argNumber(seg);
        if (!store.principalExists(id)) throw principalNotFound('User');
        on.group.ownerId = id;
        store.changed();
        return this.voidResult('SetUserAsOwner');
      }
      default:
        throw notSupported(`the method '${name}'`);
    }
  }
}

/** Runs one `_api` request (top-level or a $batch part) and answers it; errors become SharePoint error bodies. */
export function handleApi(opts: ApiOptions, req: ApiRequest): ApiResponse {
  try {
    return new Api(opts, req).run();
  } catch (e) {
    return errorResponse(e, req.headers.accept);
  }
}

export function errorResponse(e: unknown, accept: string | undefined): ApiResponse {
  const fmt = errorFormatFromAccept(accept);
  let err: SpError;
  if (e instanceof SpError) err = e;
  else {
    const msg = e instanceof Error ? `${e.message}` : String(e);
    process.stderr.write(`[sharepoint-emulator] internal error: ${e instanceof Error ? e.stack ?? msg : msg}\n`);
    err = new SpError(500, '-1, System.Exception', `SharePoint emulator internal error: ${msg}`);
  }
  return {
    status: err.status,
    headers: { 'Content-Type': contentTypeFor(fmt), ...err.headers },
    body: errorPayload(err, fmt)
  };
}
