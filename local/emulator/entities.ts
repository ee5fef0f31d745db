/**
 * REST shapes of the web, lists, fields, users, groups, role definitions and role assignments, and
 * $select/$expand/$filter/$orderby/$top over collections of them.
 */
import { FieldDef, GroupDef, RoleDefinitionDef, UserDef } from './model';
import { invalidQuery, notSupported } from './errors';
import { fieldODataType, fieldProps, keyOf } from './fields';
import { Entity, EntitySet, Val, collection, complex, entity } from './format';
import { ListState, Store } from './store';
import { FilterExpr, parseFilter } from './odata/filter';
import { Mask } from './permissions';
import { compareKeys } from './odata/items';

/** An entity and the navigation properties it can expand. */
export interface RichEntity {
  e: Entity;
  /** Properties SharePoint does not return unless selected. */
  hidden?: Set<string>;
  nav?: Record<string, () => Val>;
}

export interface EntityQuery { select?: string | null; expand?: string | null; filter?: string | null; orderby?: string | null; top?: string | null }

export function masksOut(m: Mask): Val {
  return complex('SP.BasePermissions', { High: String(m.high), Low: String(m.low) });
}

export function webEntity(store: Store, siteUrl: string, apiBase: string): RichEntity {
  const w = store.data.web;
  const last = store.allLists().map((l) => l.def.lastItemModified).sort().pop() ?? w.created;
  return {
    e: entity('SP.Web', `${apiBase}/Web`, 'Web', {
      AllowRssFeeds: false, Configuration: 0, Created: w.created, CustomMasterUrl: `${store.sitePath}/_catalogs/masterpage/seattle.master`,
      Description: w.description, Id: w.id, IsMultilingual: false, Language: w.language, LastItemModifiedDate: last,
      MasterUrl: `${store.sitePath}/_catalogs/masterpage/seattle.master`, ServerRelativeUrl: store.sitePath, Title: w.title,
      UIVersion: 15, Url: siteUrl, WebTemplate: 'STS', HasUniqueRoleAssignments: true
    }),
    hidden: new Set(['HasUniqueRoleAssignments']),
    nav: {
      AssociatedOwnerGroup: () => groupEntity(store, store.groupById(w.ownerGroupId), apiBase).e,
      AssociatedMemberGroup: () => groupEntity(store, store.groupById(w.memberGroupId), apiBase).e,
      AssociatedVisitorGroup: () => groupEntity(store, store.groupById(w.visitorGroupId), apiBase).e
    }
  };
}

export function listEntity(store: Store, l: ListState, apiBase: string): RichEntity {
  const d = l.def;
  const url = store.listUrl(l);
  return {
    e: entity('SP.List', `${apiBase}/Web/Lists(guid'${d.id}')`, `Web/Lists(guid'${d.id}')`, {
      AllowContentTypes: false, BaseTemplate: d.baseTemplate, BaseType: 0, ContentTypesEnabled: false, Created: d.created,
      DefaultViewUrl: `${url}/AllItems.aspx`, Description: d.description, EnableAttachments: (d.extra.EnableAttachments as boolean) ?? true,
      EnableFolderCreation: (d.extra.EnableFolderCreation as boolean) ?? false, EnableVersioning: (d.extra.EnableVersioning as boolean) ?? true,
      EntityTypeName: `${d.entityName}List`, Hidden: d.hidden, Id: d.id, ItemCount: d.items.length,
      LastItemModifiedDate: d.lastItemModified, ListItemEntityTypeFullName: l.itemEntityType, NoCrawl: (d.extra.NoCrawl as boolean) ?? false,
      ParentWebUrl: store.sitePath, Title: d.title, HasUniqueRoleAssignments: d.hasUniqueRoleAssignments
    }, `"${d.version}"`),
    hidden: new Set(['HasUniqueRoleAssignments']),
    nav: {
      RootFolder: () => rootFolderEntity(store, l, apiBase)
    }
  };
}

export function rootFolderEntity(store: Store, l: ListState, apiBase: string): Entity {
  const url = store.listUrl(l);
  return entity('SP.Folder', `${apiBase}/Web/Lists(guid'${l.def.id}')/RootFolder`, `Web/Lists(guid'${l.def.id}')/RootFolder`, {
    Exists: true, ItemCount: l.def.items.length, Name: l.def.urlName, ServerRelativeUrl: url,
    UniqueId: l.def.id, WelcomePage: ''
  });
}

export function fieldEntity(l: ListState, f: FieldDef, apiBase: string): RichEntity {
  const props = fieldProps(f) as Record<string, Val>;
  if (Array.isArray(props.Choices)) props.Choices = collection('Collection(Edm.String)', props.Choices as string[]);
  return {
    e: entity(fieldODataType(f), `${apiBase}/Web/Lists(guid'${l.def.id}')/Fields(guid'${f.id}')`,
      `Web/Lists(guid'${l.def.id}')/Fields(guid'${f.id}')`, props)
  };
}

export function userEntity(store: Store, u: UserDef, apiBase: string): RichEntity {
  return {
    e: entity('SP.User', `${apiBase}/Web/GetUserById(${u.id})`, `Web/GetUserById(${u.id})`, {
      Id: u.id, IsHiddenInUI: false, LoginName: u.loginName, Title: u.title, PrincipalType: 1, Email: u.email,
      Expiration: '', IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false, IsSiteAdmin: u.isSiteAdmin,
      UserId: complex('SP.UserIdInfo', { NameId: u.id.toString(16).padStart(16, '0'), NameIdIssuer: 'urn:federation:microsoftonline' }),
      UserPrincipalName: u.email || null
    }),
    nav: {
      Groups: () => collection('', store.groupsOf(u).map((g) => groupEntity(store, g, apiBase).e))
    }
  };
}

export function groupEntity(store: Store, g: GroupDef | undefined, apiBase: string): RichEntity {
  if (!g) throw notSupported('a web without its associated groups');
  const owner = store.userById(g.ownerId) ?? store.groupById(g.ownerId);
  return {
    e: entity('SP.Group', `${apiBase}/Web/SiteGroups/GetById(${g.id})`, `Web/SiteGroups/GetById(${g.id})`, {
      Id: g.id, IsHiddenInUI: false, LoginName: g.title, Title: g.title, PrincipalType: 8,
      AllowMembersEditMembership: g.allowMembersEditMembership, AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false, Description: g.description,
      OnlyAllowMembersViewMembership: g.onlyAllowMembersViewMembership, OwnerTitle: owner ? owner.title : '',
      RequestToJoinLeaveEmailSetting: null
    }),
    nav: {
      Users: () => collection('', g.memberIds.map((id) => store.userById(id)).filter((u): u is UserDef => !!u)
        .map((u) => userEntity(store, u, apiBase).e)),
      Owner: () => {
        const u = store.userById(g.ownerId);
        if (u) return userEntity(store, u, apiBase).e;
        const og = store.groupById(g.ownerId);
        return og && og !== g ? groupEntity(store, og, apiBase).e : null;
      }
    }
  };
}

export function roleDefEntity(r: RoleDefinitionDef, apiBase: string): RichEntity {
  return {
    e: entity('SP.RoleDefinition', `${apiBase}/Web/RoleDefinitions(${r.id})`, `Web/RoleDefinitions(${r.id})`, {
      BasePermissions: masksOut({ high: r.high, low: r.low }), Description: r.description, Hidden: r.hidden, Id: r.id,
      Name: r.name, Order: r.order, RoleTypeKind: r.roleTypeKind
    })
  };
}

export function roleAssignmentEntity(store: Store, list: ListState | undefined, principalId: number, roleDefIds: number[], apiBase: string): RichEntity {
  const base = list ? `Web/Lists(guid'${list.def.id}')` : 'Web';
  return {
    e: entity('SP.RoleAssignment', `${apiBase}/${base}/RoleAssignments/GetByPrincipalId(${principalId})`,
      `${base}/RoleAssignments/GetByPrincipalId(${principalId})`, { PrincipalId: principalId }),
    nav: {
      Member: () => {
        const u = store.userById(principalId);
        if (u) return userEntity(store, u, apiBase).e;
        const g = store.groupById(principalId);
        return g ? groupEntity(store, g, apiBase).e : null;
      },
      RoleDefinitionBindings: () => collection('', roleDefIds.map((id) => store.roleDefinition(id))
        .filter((r): r is RoleDefinitionDef => !!r).map((r) => roleDefEntity(r, apiBase).e))
    }
  };
}

// ------------------------------------------------------------------ $select / $expand / $filter on entities

function findKey(obj: Record<string, unknown>, name: string): string | undefined {
  const l = name.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === l);
}

/** Applies $select and $expand to one entity. Unknown properties are a 501 (not modelled), never silently dropped. */
export function shapeEntity(r: RichEntity, q: EntityQuery): Entity {
  const expands = (q.expand ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const nav = r.nav ?? {};
  const expanded = new Map<string, Val>();
  for (const x of expands) {
    if (x.includes('/')) throw notSupported(`nested $expand ('${x}') on ${r.e.type}`);
    const k = findKey(nav, x);
    if (!k) throw notSupported(`$expand=${x} on ${r.e.type}`);
    expanded.set(k, nav[k]());
  }
  const selects = (q.select ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const props: Record<string, Val> = {};
  if (selects.length === 0 || selects.includes('*')) {
    for (const [k, v] of Object.entries(r.e.props)) if (!r.hidden?.has(k) || selects.includes('*')) props[k] = v;
    for (const [k, v] of expanded) props[k] = v;
  }
  for (const s of selects) {
    if (s === '*') continue;
    const [base, sub] = s.split('/');
    const navKey = findKey(nav, base);
    if (navKey) {
      if (!expanded.has(navKey)) {
        if (sub) throw invalidQuery(`The query to field '${s}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${base}.`);
        throw notSupported(`selecting the navigation property '${base}' of ${r.e.type} without $expand`);
      }
      const v = expanded.get(navKey) ?? null;
      props[navKey] = sub ? projectNav(v, sub, props[navKey]) : v;
      continue;
    }
    if (sub) throw notSupported(`the projection '${s}' on ${r.e.type}`);
    const k = findKey(r.e.props, base);
    if (!k) throw notSupported(`the property '${base}' of ${r.e.type}`);
    props[k] = r.e.props[k];
  }
  return { ...r.e, props };
}

function projectNav(v: Val, sub: string, previous: Val | undefined): Val {
  const pick = (e: Entity, prev: Entity | undefined): Entity => {
    const k = findKey(e.props, sub);
    if (!k) throw notSupported(`the property '${sub}' of ${e.type}`);
    return { ...e, props: { ...(prev ? prev.props : {}), [k]: e.props[k] } };
  };
  if (v === null || typeof v !== 'object') return v;
  if (!Array.isArray(v) && v.kind === 'entity') {
    return pick(v, previous && typeof previous === 'object' && !Array.isArray(previous) && previous.kind === 'entity' ? previous : undefined);
  }
  if (!Array.isArray(v) && v.kind === 'coll') {
    const prevItems = previous && typeof previous === 'object' && !Array.isArray(previous) && previous.kind === 'coll' ? previous.items : [];
    return collection(v.type, v.items.map((x, i) => (x && typeof x === 'object' && !Array.isArray(x) && x.kind === 'entity'
      ? pick(x, prevItems[i] as Entity | undefined) : x)));
  }
  return v;
}

function plainKey(v: Val): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.toLowerCase();
  throw notSupported('filtering on a structured property');
}

function evalEntityFilter(e: FilterExpr, props: Record<string, Val>): boolean {
  switch (e.t) {
    case 'and': return evalEntityFilter(e.a, props) && evalEntityFilter(e.b, props);
    case 'or': return evalEntityFilter(e.a, props) || evalEntityFilter(e.b, props);
    case 'not': return !evalEntityFilter(e.e, props);
    case 'substringof': case 'startswith': {
      if (e.field.path.length !== 1) throw notSupported(`the filter path '${e.field.path.join('/')}'`);
      const k = findKey(props, e.field.path[0]);
      if (!k) throw notSupported(`filtering on '${e.field.path[0]}'`);
      const v = String(props[k] ?? '').toLowerCase();
      return e.t === 'substringof' ? v.includes(e.value.toLowerCase()) : v.startsWith(e.value.toLowerCase());
    }
    case 'cmp': {
      if (e.field.path.length !== 1) throw notSupported(`the filter path '${e.field.path.join('/')}'`);
      const k = findKey(props, e.field.path[0]);
      if (!k) throw notSupported(`filtering on '${e.field.path[0]}'`);
      const a = plainKey(props[k]);
      const lit = e.value;
      const b = lit.kind === 'null' ? null : lit.kind === 'bool' ? (lit.v ? 1 : 0) : lit.kind === 'datetime' ? keyOf('DateTime', lit.v)
        : typeof lit.v === 'string' ? lit.v.toLowerCase() : lit.v;
      if (e.op === 'eq') return a === b;
      if (e.op === 'ne') return a !== b;
      if (a === null || b === null) return false;
      const c = compareKeys(a, b);
      return e.op === 'gt' ? c > 0 : e.op === 'ge' ? c >= 0 : e.op === 'lt' ? c < 0 : c <= 0;
    }
  }
}

export function queryEntities(rs: RichEntity[], q: EntityQuery, metadata: string): EntitySet {
  let rows = rs;
  if (q.filter) {
    const fx = parseFilter(q.filter);
    rows = rows.filter((r) => evalEntityFilter(fx, r.e.props));
  }
  if (q.orderby) {
    const terms = q.orderby.split(',').map((s) => s.trim()).filter(Boolean).map((t) => {
      const [name, dir] = t.split(/\s+/);
      return { name, desc: (dir ?? '').toLowerCase() === 'desc' };
    });
    rows = [...rows].sort((a, b) => {
      for (const t of terms) {
        const ka = findKey(a.e.props, t.name);
        if (!ka) throw notSupported(`ordering by '${t.name}'`);
        const c = compareKeys(plainKey(a.e.props[ka]), plainKey(b.e.props[findKey(b.e.props, t.name) ?? ka]));
        if (c !== 0) return t.desc ? -c : c;
      }
      return 0;
    });
  }
  if (q.top) {
    if (!/^\d+$/.test(q.top)) throw invalidQuery(`The $top value '${q.top}' is not valid.`);
    rows = rows.slice(0, Number(q.top));
  }
  return { kind: 'set', metadata, items: rows.map((r) => shapeEntity(r, q)) };
}
