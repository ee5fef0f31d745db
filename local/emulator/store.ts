/**
 * The emulator's state: the web, users, groups, role definitions and assignments, lists with their
 * fields and items, per-field indexes and item versions (ETags). Every mutation goes through here;
 * listeners (persistence) are told after each one.
 */
import { randomUUID } from 'node:crypto';
import {
  FieldDef, FieldValue, GroupDef, ItemRecord, ListDef, RoleAssignmentDef, RoleDefinitionDef, StoreData, UserDef, WebDef
} from './model';
import {
  SpError, accessDenied, etagMismatch, fieldNotFound, invalidQuery, itemNotFound, notSupported, principalNotFound,
  unknownProperty
} from './errors';
import {
  IndexKey, NewFieldSpec, SYSTEM_FIELDS, applyFieldProps, builtInFields, coerceValue, defaultFor, encodeInternalName,
  keyOf, normalizeGuid, restBaseName, restName
} from './fields';
import { EMPTY_MASK, FULL_MASK, Mask, Perm, ROLE, defaultRoleDefinitions, hasPerm, isEmpty, orMask } from './permissions';

export const CONTENT_TYPE_ID = '0x0100A33D9AD9805788419BDAAC2CCB37509F';
export const LIST_VIEW_THRESHOLD = 5000;
export const MAX_INDEXES = 20;

export interface UniqueViolationSettings { status: number; code: string; message: string }

export interface StoreOptions {
  sitePath: string;
  webTitle: string;
  defaultUser: string;
  /** createfieldasxml without AddFieldInternalNameHint (8) names the field from DisplayName, as SharePoint does. */
  fieldNameFromDisplayName: boolean;
  uniqueViolation: UniqueViolationSettings;
}

export const DEFAULT_UNIQUE_VIOLATION: UniqueViolationSettings = {
  status: 400,
  code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  message: 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
};

export function normalizeLogin(login: string): string {
  const s = login.trim();
  if (s.includes('|')) return s;
  if (s.includes('@')) return `i:0#.f|membership|${s.toLowerCase()}`;
  return s;
}

function emailOf(login: string): string {
  const last = login.split('|').pop() ?? '';
  return last.includes('@') ? last : '';
}

function titleFromEmail(email: string, login: string): string {
  const local = (email || login).split('@')[0].split('|').pop() ?? login;
  return local.split(/[._-]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') || login;
}

/** Characters SharePoint strips from a list's URL name. */
function urlNameFromTitle(title: string): string {
  const s = title.replace(/[~"#%&*:<>?/\\{|}]/g, '').trim().replace(/^\.+|\.+$/g, '');
  return s || 'List';
}

function entityNameFrom(urlName: string): string {
  let out = '';
  for (const ch of urlName) {
    if (/[A-Za-z0-9]/.test(ch)) out += ch;
    else out += `_x${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}_`;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function nowIso(): string {
  return new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** A list with its runtime maps (item by id, field by name, indexes). */
export class ListState {
  readonly byId = new Map<number, ItemRecord>();
  readonly indexes = new Map<string, Map<IndexKey, Set<ItemRecord>>>();
  /** Bumped on every item write: caches (sorted orders) check it. */
  writeVersion = 0;
  readonly sortCache = new Map<string, { version: number; items: ItemRecord[] }>();
  private fieldsByLower = new Map<string, FieldDef>();
  private fieldsByRest = new Map<string, FieldDef>();

  constructor(public readonly def: ListDef) {
    for (const it of def.items) this.byId.set(it.id, it);
    this.rebuildFieldMaps();
    for (const f of def.fields) if (this.needsIndex(f)) this.buildIndex(f);
  }

  get itemEntityType(): string { return `SP.Data.${this.def.entityName}ListItem`; }
  get itemCount(): number { return this.def.items.length; }

  needsIndex(f: FieldDef): boolean {
    return (f.indexed || f.unique) && f.internalName !== 'ID';
  }

  rebuildFieldMaps(): void {
    this.fieldsByLower.clear();
    this.fieldsByRest.clear();
    for (const f of this.def.fields) {
      this.fieldsByLower.set(f.internalName.toLowerCase(), f);
      this.fieldsByRest.set(restName(f).toLowerCase(), f);
      this.fieldsByRest.set(restBaseName(f).toLowerCase(), f);
    }
    // Id and ID are both the item id
    const id = this.fieldsByLower.get('id');
    if (id) this.fieldsByRest.set('id', id);
  }

  /** A field by internal name (case-insensitive), as used in $filter paths and getByInternalNameOrTitle. */
  field(name: string): FieldDef | undefined {
    const lower = name.toLowerCase();
    if (lower.startsWith('odata_')) return this.fieldsByLower.get(lower.slice(6)) ?? this.fieldsByLower.get(lower);
    return this.fieldsByLower.get(lower);
  }

  /** A field by its REST property name (GoalId, Title, OData__X). */
  fieldByRestName(name: string): FieldDef | undefined {
    return this.fieldsByRest.get(name.toLowerCase());
  }

  buildIndex(f: FieldDef): void {
    const idx = new Map<IndexKey, Set<ItemRecord>>();
    this.indexes.set(f.internalName, idx);
    for (const it of this.def.items) this.indexAdd(idx, f, it);
  }

  private indexAdd(idx: Map<IndexKey, Set<ItemRecord>>, f: FieldDef, it: ItemRecord): void {
    for (const k of itemKeys(f, it)) {
      let set = idx.get(k);
      if (!set) { set = new Set(); idx.set(k, set); }
      set.add(it);
    }
  }

  private indexRemove(idx: Map<IndexKey, Set<ItemRecord>>, f: FieldDef, it: ItemRecord): void {
    for (const k of itemKeys(f, it)) {
      const set = idx.get(k);
      if (set) { set.delete(it); if (set.size === 0) idx.delete(k); }
    }
  }

  unindexItem(it: ItemRecord): void {
    for (const [name, idx] of this.indexes) {
      const f = this.field(name);
      if (f) this.indexRemove(idx, f, it);
    }
  }

  indexItem(it: ItemRecord): void {
    for (const [name, idx] of this.indexes) {
      const f = this.field(name);
      if (f) this.indexAdd(idx, f, it);
    }
  }
}

/** The stored value of a field on an item (system fields from the record). */
export function valueOf(f: FieldDef, it: ItemRecord): FieldValue {
  switch (f.internalName) {
    case 'ID': return it.id;
    case 'Created': return it.created;
    case 'Modified': return it.modified;
    case 'Author': return it.authorId;
    case 'Editor': return it.editorId;
    case 'Attachments': return false;
    case 'GUID': return it.guid;
    case 'ContentTypeId': return CONTENT_TYPE_ID;
    case '_UIVersionString': return `${it.version}.0`;
    default: {
      const v = it.values[f.internalName];
      return v === undefined ? null : v;
    }
  }
}

export function itemKeys(f: FieldDef, it: ItemRecord): IndexKey[] {
  const v = valueOf(f, it);
  if (Array.isArray(v)) return v.length === 0 ? [null] : (v as Array<string | number>).map((x) => keyOf(f.kind, x));
  return [keyOf(f.kind, v)];
}

export function etagOf(it: ItemRecord): string {
  return `"${it.version}"`;
}

function sameEtag(sent: string, version: number): boolean {
  const s = sent.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  const v = s.includes(',') ? s.split(',').pop() ?? s : s;
  return v === String(version);
}

export function checkEtag(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') return;
  if (!sameEtag(ifMatch, version)) throw etagMismatch(ifMatch, `"${version}"`);
}

export class Store {
  data!: StoreData;
  private lists = new Map<string, ListState>();
  private listeners: Array<() => void> = [];

  constructor(public readonly options: StoreOptions, data?: StoreData) {
    if (data) this.load(data);
    else this.reset();
  }

  // ---------------------------------------------------------------- lifecycle

  onChange(fn: () => void): void { this.listeners.push(fn); }

  changed(): void { for (const fn of this.listeners) fn(); }

  reset(): void {
    const web: WebDef = {
      id: randomUUID(), title: this.options.webTitle, description: '', created: nowIso(), language: 1053,
      ownerGroupId: 3, visitorGroupId: 4, memberGroupId: 5,
      roleAssignments: [
        { principalId: 3, roleDefIds: [ROLE.FullControl] },
        { principalId: 4, roleDefIds: [ROLE.Read] },
        { principalId: 5, roleDefIds: [ROLE.Edit] }
      ]
    };
    const adminLogin = normalizeLogin(this.options.defaultUser);
    const adminEmail = emailOf(adminLogin);
    const admin: UserDef = { id: 6, loginName: adminLogin, title: titleFromEmail(adminEmail, adminLogin), email: adminEmail, isSiteAdmin: true };
    const group = (id: number, suffix: string, members: number[]): GroupDef => ({
      id, title: `${this.options.webTitle} ${suffix}`, description: '', ownerId: 3, memberIds: members,
      allowMembersEditMembership: false, onlyAllowMembersViewMembership: false
    });
    this.data = {
      schema: 1, web, nextPrincipalId: 7, users: [admin],
      groups: [group(3, 'Owners', [admin.id]), group(4, 'Visitors', []), group(5, 'Members', [])],
      roleDefinitions: defaultRoleDefinitions(), lists: []
    };
    this.lists.clear();
    this.changed();
  }

  load(data: StoreData): void {
    if (data.schema !== 1) throw new Error(`Unknown store schema ${String(data.schema)}`);
    this.data = data;
    this.lists.clear();
    for (const l of data.lists) this.lists.set(l.id, new ListState(l));
  }

  toJSON(): StoreData { return this.data; }

  get sitePath(): string { return this.options.sitePath; }

  // ---------------------------------------------------------------- users and groups

  userByLogin(login: string): UserDef | undefined {
    const norm = normalizeLogin(login).toLowerCase();
    return this.data.users.find((u) => u.loginName.toLowerCase() === norm);
  }

  userById(id: number): UserDef | undefined {
    return this.data.users.find((u) => u.id === id);
  }

  userByEmail(email: string): UserDef | undefined {
    const e = email.toLowerCase();
    return this.data.users.find((u) => u.email.toLowerCase() === e);
  }

  /** A user by login, created on first sight (SharePoint adds users to the site on first visit / ensureUser). */
  ensureUser(login: string, details: { title?: string; email?: string } = {}): UserDef {
    const norm = normalizeLogin(login);
    if (!norm.includes('@') && !norm.includes('|')) {
      throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
    }
    let u = this.userByLogin(norm);
    if (!u) {
      const email = details.email ?? emailOf(norm);
      u = { id: this.data.nextPrincipalId++, loginName: norm, title: details.title ?? titleFromEmail(email, norm), email, isSiteAdmin: false };
      this.data.users.push(u);
      this.changed();
    } else if (details.title || details.email) {
      if (details.title) u.title = details.title;
      if (details.email) u.email = details.email;
      this.changed();
    }
    return u;
  }

  updateUser(u: UserDef, props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) {
      if (k === '__metadata') continue;
      if (k === 'Title') u.title = String(v);
      else if (k === 'Email') u.email = String(v);
      else if (k === 'IsSiteAdmin') u.isSiteAdmin = Boolean(v);
      else throw unknownProperty(k, 'SP.User');
    }
    this.changed();
  }

  removeUser(u: UserDef): void {
    this.data.users = this.data.users.filter((x) => x !== u);
    for (const g of this.data.groups) g.memberIds = g.memberIds.filter((id) => id !== u.id);
    this.removePrincipalAssignments(u.id);
    this.changed();
  }

  groupById(id: number): GroupDef | undefined { return this.data.groups.find((g) => g.id === id); }

  groupByName(name: string): GroupDef | undefined {
    const n = name.toLowerCase();
    return this.data.groups.find((g) => g.title.toLowerCase() === n);
  }

  addGroup(props: Record<string, unknown>, owner: UserDef): GroupDef {
    const title = props.Title;
    if (typeof title !== 'string' || !title.trim()) throw invalidQuery('The group needs a Title.');
    if (this.groupByName(title) || this.userByLogin(title)) {
      throw new SpError(500, '-2130575293, Microsoft.SharePoint.SPException', 'The specified name is already in use.');
    }
    const g: GroupDef = {
      id: this.data.nextPrincipalId++, title, description: '', ownerId: owner.id, memberIds: [],
      allowMembersEditMembership: false, onlyAllowMembersViewMembership: true
    };
    this.applyGroupProps(g, props);
    this.data.groups.push(g);
    this.changed();
    return g;
  }

  applyGroupProps(g: GroupDef, props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) {
      switch (k) {
        case '__metadata': break;
        case 'Title': g.title = String(v); break;
        case 'Description': g.description = String(v ?? ''); break;
        case 'AllowMembersEditMembership': g.allowMembersEditMembership = Boolean(v); break;
        case 'OnlyAllowMembersViewMembership': g.onlyAllowMembersViewMembership = Boolean(v); break;
        case 'AllowRequestToJoinLeave': case 'AutoAcceptRequestToJoinLeave': case 'RequestToJoinLeaveEmailSetting': break;
        default: throw unknownProperty(k, 'SP.Group');
      }
    }
    this.changed();
  }

  removeGroup(g: GroupDef): void {
    this.data.groups = this.data.groups.filter((x) => x !== g);
    this.removePrincipalAssignments(g.id);
    this.changed();
  }

  addGroupMember(g: GroupDef, login: string): UserDef {
    const u = this.ensureUser(login);
    if (!g.memberIds.includes(u.id)) g.memberIds.push(u.id);
    this.changed();
    return u;
  }

  removeGroupMember(g: GroupDef, userId: number): void {
    if (!g.memberIds.includes(userId)) throw principalNotFound('User');
    g.memberIds = g.memberIds.filter((id) => id !== userId);
    this.changed();
  }

  groupsOf(u: UserDef): GroupDef[] {
    return this.data.groups.filter((g) => g.memberIds.includes(u.id));
  }

  principalExists(id: number): boolean {
    return !!this.userById(id) || !!this.groupById(id);
  }

  private removePrincipalAssignments(id: number): void {
    this.data.web.roleAssignments = this.data.web.roleAssignments.filter((a) => a.principalId !== id);
    for (const l of this.data.lists) l.roleAssignments = l.roleAssignments.filter((a) => a.principalId !== id);
  }

  // ---------------------------------------------------------------- permissions

  roleDefinition(id: number): RoleDefinitionDef | undefined {
    return this.data.roleDefinitions.find((r) => r.id === id);
  }

  private maskFrom(assignments: RoleAssignmentDef[], u: UserDef): Mask {
    const principals = new Set<number>([u.id, ...this.groupsOf(u).map((g) => g.id)]);
    let m = EMPTY_MASK;
    for (const a of assignments) {
      if (!principals.has(a.principalId)) continue;
      for (const rid of a.roleDefIds) {
        const r = this.roleDefinition(rid);
        if (r) m = orMask(m, { high: r.high, low: r.low });
      }
    }
    return m;
  }

  /** The user's effective permissions on the web, or on a list (its own assignments when inheritance is broken). */
  effectiveMask(u: UserDef, list?: ListState): Mask {
    if (u.isSiteAdmin) return FULL_MASK;
    if (list) {
      return this.maskFrom(list.def.hasUniqueRoleAssignments ? list.def.roleAssignments : this.data.web.roleAssignments, u);
    }
    const web = this.maskFrom(this.data.web.roleAssignments, u);
    if (!isEmpty(web)) return web;
    // Limited Access: a user who can reach some list through unique permissions can open the web.
    for (const l of this.lists.values()) {
      if (l.def.hasUniqueRoleAssignments && !isEmpty(this.maskFrom(l.def.roleAssignments, u))) {
        const la = this.roleDefinition(ROLE.LimitedAccess);
        return la ? { high: la.high, low: la.low } : EMPTY_MASK;
      }
    }
    return EMPTY_MASK;
  }

  require(u: UserDef, perm: number, list?: ListState): void {
    if (!hasPerm(this.effectiveMask(u, list), perm)) throw accessDenied();
  }

  assignmentsOf(list?: ListState): RoleAssignmentDef[] {
    if (!list) return this.data.web.roleAssignments;
    return list.def.hasUniqueRoleAssignments ? list.def.roleAssignments : this.data.web.roleAssignments;
  }

  breakInheritance(list: ListState, copy: boolean, caller: UserDef): void {
    if (list.def.hasUniqueRoleAssignments) return;
    list.def.hasUniqueRoleAssignments = true;
    list.def.roleAssignments = copy
      ? this.data.web.roleAssignments.map((a) => ({ principalId: a.principalId, roleDefIds: [...a.roleDefIds] }))
      : [{ principalId: caller.id, roleDefIds: [ROLE.FullControl] }];
    this.changed();
  }

  resetInheritance(list: ListState): void {
    list.def.hasUniqueRoleAssignments = false;
    list.def.roleAssignments = [];
    this.changed();
  }

  addRoleAssignment(list: ListState | undefined, principalId: number, roleDefId: number): void {
    if (!this.principalExists(principalId)) throw principalNotFound('User');
    if (!this.roleDefinition(roleDefId)) {
      throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Role definition cannot be found.');
    }
    if (list && !list.def.hasUniqueRoleAssignments) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException',
        'This operation is not allowed on an object that inherits permissions.');
    }
    const arr = list ? list.def.roleAssignments : this.data.web.roleAssignments;
    let a = arr.find((x) => x.principalId === principalId);
    if (!a) { a = { principalId, roleDefIds: [] }; arr.push(a); }
    if (!a.roleDefIds.includes(roleDefId)) a.roleDefIds.push(roleDefId);
    this.changed();
  }

  removeRoleAssignment(list: ListState | undefined, principalId: number, roleDefId?: number): void {
    if (list && !list.def.hasUniqueRoleAssignments) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException',
        'This operation is not allowed on an object that inherits permissions.');
    }
    const owner = list ? list.def : this.data.web;
    owner.roleAssignments = owner.roleAssignments
      .map((a) => a.principalId !== principalId ? a : { ...a, roleDefIds: roleDefId === undefined ? [] : a.roleDefIds.filter((r) => r !== roleDefId) })
      .filter((a) => a.roleDefIds.length > 0);
    this.changed();
  }

  // ---------------------------------------------------------------- lists

  allLists(): ListState[] { return [...this.lists.values()]; }

  listById(id: string): ListState | undefined { return this.lists.get(normalizeGuid(id)); }

  listByTitle(title: string): ListState | undefined {
    const t = title.toLowerCase();
    for (const l of this.lists.values()) if (l.def.title.toLowerCase() === t) return l;
    return undefined;
  }

  listUrl(l: ListState): string { return `${this.sitePath}/Lists/${l.def.urlName}`; }

  /** getList('/sites/miljo/Lists/Goals'), also absolute or site-relative. */
  listByUrl(url: string): ListState | undefined {
    let path = url.trim();
    try { if (/^https?:\/\//i.test(path)) path = new URL(path).pathname; } catch { /* keep as is */ }
    path = decodeURIComponent(path).replace(/\/+$/, '');
    if (!path.startsWith('/')) path = `${this.sitePath}/${path}`;
    const p = path.toLowerCase();
    for (const l of this.lists.values()) {
      const u = this.listUrl(l).toLowerCase();
      if (p === u || p.startsWith(`${u}/allitems.aspx`) || p.startsWith(`${u}/`)) return l;
    }
    return undefined;
  }

  addList(body: Record<string, unknown>): ListState {
    const title = body.Title;
    if (typeof title !== 'string' || !title.trim()) throw invalidQuery('The list needs a Title.');
    const template = body.BaseTemplate === undefined ? 100 : Number(body.BaseTemplate);
    if (template !== 100) throw notSupported(`lists with BaseTemplate ${String(body.BaseTemplate)} (only 100, custom list)`);
    if (this.listByTitle(title)) {
      throw new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
        'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
    }
    for (const k of Object.keys(body)) {
      if (!['__metadata', 'Title', 'Description', 'BaseTemplate', 'AllowContentTypes', 'ContentTypesEnabled', 'Hidden',
        'EnableVersioning', 'OnQuickLaunch', 'EnableAttachments', 'EnableFolderCreation', 'NoCrawl', 'EnableMinorVersions',
        'MajorVersionLimit', 'ForceCheckout', 'EnableModeration', 'DisableGridEditing'].includes(k)) {
        throw notSupported(`the list property '${k}' when creating a list`);
      }
    }
    let urlName = urlNameFromTitle(title);
    const taken = new Set(this.allLists().map((l) => l.def.urlName.toLowerCase()));
    if (taken.has(urlName.toLowerCase())) {
      let n = 1;
      while (taken.has(`${urlName}${n}`.toLowerCase())) n++;
      urlName = `${urlName}${n}`;
    }
    const now = nowIso();
    const def: ListDef = {
      id: randomUUID(), title, description: typeof body.Description === 'string' ? body.Description : '', baseTemplate: 100,
      urlName, entityName: entityNameFrom(urlName), created: now, lastItemModified: now, hidden: body.Hidden === true,
      version: 1, nextItemId: 1, fields: builtInFields(), items: [], hasUniqueRoleAssignments: false, roleAssignments: [],
      extra: {}
    };
    for (const k of ['EnableVersioning', 'OnQuickLaunch', 'EnableAttachments', 'EnableFolderCreation', 'NoCrawl',
      'EnableMinorVersions', 'MajorVersionLimit', 'ForceCheckout', 'EnableModeration', 'DisableGridEditing']) {
      if (k in body) def.extra[k] = body[k];
    }
    this.data.lists.push(def);
    const state = new ListState(def);
    this.lists.set(def.id, state);
    this.changed();
    return state;
  }

  updateList(l: ListState, body: Record<string, unknown>, ifMatch?: string): void {
    checkEtag(ifMatch, l.def.version);
    for (const [k, v] of Object.entries(body)) {
      switch (k) {
        case '__metadata': break;
        case 'Title': {
          const t = String(v);
          const other = this.listByTitle(t);
          if (other && other !== l) {
            throw new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
              'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
          }
          l.def.title = t;
          break;
        }
        case 'Description': l.def.description = String(v ?? ''); break;
        case 'Hidden': l.def.hidden = Boolean(v); break;
        case 'EnableVersioning': case 'OnQuickLaunch': case 'EnableAttachments': case 'EnableFolderCreation':
        case 'NoCrawl': case 'EnableMinorVersions': case 'MajorVersionLimit': case 'ForceCheckout':
        case 'EnableModeration': case 'DisableGridEditing': case 'ContentTypesEnabled':
          l.def.extra[k] = v;
          break;
        default:
          throw unknownProperty(k, 'SP.List');
      }
    }
    l.def.version++;
    this.changed();
  }

  deleteList(l: ListState, ifMatch?: string): void {
    checkEtag(ifMatch, l.def.version);
    this.lists.delete(l.def.id);
    this.data.lists = this.data.lists.filter((d) => d !== l.def);
    this.changed();
  }

  // ---------------------------------------------------------------- fields

  /** Adds a field; internal name from the hint (Name / AddFieldInternalNameHint) or from the display name. */
  addField(l: ListState, spec: NewFieldSpec, useNameHint: boolean): FieldDef {
    const { def } = spec;
    const base = useNameHint ? spec.nameHint : encodeInternalName(spec.displayName);
    if (!base || base === '__proto__') throw invalidQuery(`The field name '${base}' is not valid.`);
    if (l.def.fields.some((f) => f.title.toLowerCase() === def.title.toLowerCase())) {
      throw new SpError(500, '-2130575245, Microsoft.SharePoint.SPException', `A duplicate field name "${def.title}" was found.`);
    }
    let name = base;
    if (useNameHint && l.field(name)) {
      throw new SpError(500, '-2130575245, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`);
    }
    for (let n = 0; l.field(name) || ['id', 'author', 'editor'].includes(name.toLowerCase()); n++) name = `${base.slice(0, 31)}${n}`;
    if (spec.lookupListRef) {
      const target = this.listByUrl(spec.lookupListRef) ?? this.listByTitle(spec.lookupListRef);
      if (!target) throw invalidQuery(`The lookup list '${spec.lookupListRef}' does not exist.`);
      def.lookupListId = target.def.id;
    }
    if (def.kind === 'Lookup') {
      const target = def.lookupListId ? this.listById(def.lookupListId) : undefined;
      if (!target) throw invalidQuery(`The lookup list '${def.lookupListId ?? ''}' does not exist.`);
      if (!target.field(def.lookupField ?? 'Title')) throw fieldNotFound(def.lookupField ?? 'Title');
    }
    if (def.unique && !def.indexed) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException',
        'This field must be indexed to enforce unique values.');
    }
    if (def.unique && (def.multi || def.kind === 'Note' || def.kind === 'MultiChoice' || def.kind === 'Boolean')) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Unique values cannot be enforced on this field type.');
    }
    if (def.indexed) this.checkIndexable(l, def);
    if (l.def.fields.some((f) => f.id === def.id)) def.id = randomUUID();
    const f: FieldDef = { ...def, internalName: name, staticName: name };
    l.def.fields.push(f);
    l.rebuildFieldMaps();
    if (l.needsIndex(f)) l.buildIndex(f);
    // as in SharePoint, existing items are not given the default value: it applies to new items
    l.def.version++;
    this.changed();
    return f;
  }

  private checkIndexable(l: ListState, def: Omit<FieldDef, 'internalName' | 'staticName'> | FieldDef): void {
    if (def.multi || def.kind === 'Note' || def.kind === 'MultiChoice') {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `The field '${def.title}' cannot be indexed.`);
    }
    const count = l.def.fields.filter((f) => f.indexed && f.internalName !== 'ID' && f.id !== def.id).length;
    if (count >= MAX_INDEXES) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException',
        `You cannot create more than ${MAX_INDEXES} indexes on a list.`);
    }
  }

  updateField(l: ListState, f: FieldDef, body: Record<string, unknown>): void {
    if (f.builtIn && Object.keys(body).some((k) => !['__metadata', 'Title', 'Indexed', 'Required', 'EnforceUniqueValues', 'Description', 'Hidden'].includes(k))) {
      throw notSupported('changing this property of a built-in field');
    }
    const next: FieldDef = { ...f };
    applyFieldProps(next, body);
    if (next.kind !== f.kind || next.lookupListId !== f.lookupListId) throw notSupported('changing a field\'s type or lookup list');
    if (next.title.toLowerCase() !== f.title.toLowerCase() && l.def.fields.some((x) => x !== f && x.title.toLowerCase() === next.title.toLowerCase())) {
      throw new SpError(500, '-2130575245, Microsoft.SharePoint.SPException', `A duplicate field name "${next.title}" was found.`);
    }
    if (next.unique && !next.indexed) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This field must be indexed to enforce unique values.');
    }
    if (next.indexed && !f.indexed) this.checkIndexable(l, next);
    if (next.unique && !f.unique) {
      // enforcing uniqueness on existing data: refused when duplicates exist
      const seen = new Set<IndexKey>();
      for (const it of l.def.items) {
        for (const k of itemKeys(next, it)) {
          if (k === null) continue;
          if (seen.has(k)) {
            throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException',
              'This field contains duplicate values. Remove all duplicate values and try the operation again.');
          }
          seen.add(k);
        }
      }
    }
    if (f.internalName === 'ID' && (next.indexed !== true)) throw notSupported('removing the index on ID');
    Object.assign(f, next);
    if (l.needsIndex(f) && !l.indexes.has(f.internalName)) l.buildIndex(f);
    if (!l.needsIndex(f)) l.indexes.delete(f.internalName);
    l.rebuildFieldMaps();
    l.def.version++;
    this.changed();
  }

  deleteField(l: ListState, f: FieldDef): void {
    if (f.builtIn) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete a built-in field.');
    }
    l.def.fields = l.def.fields.filter((x) => x !== f);
    l.indexes.delete(f.internalName);
    for (const it of l.def.items) delete it.values[f.internalName];
    l.rebuildFieldMaps();
    l.def.version++;
    l.writeVersion++;
    l.sortCache.clear();
    this.changed();
  }

  // ---------------------------------------------------------------- items

  /** Converts a write body to stored values; unknown properties are refused as SharePoint does. */
  private valuesFromBody(l: ListState, body: Record<string, unknown>): Map<FieldDef, FieldValue> {
    const out = new Map<FieldDef, FieldValue>();
    const type = l.itemEntityType;
    for (const [k, raw] of Object.entries(body)) {
      if (k === '__metadata') {
        const t = (raw as Record<string, unknown> | null)?.type;
        if (t !== undefined && t !== type) {
          throw invalidQuery(`A type named '${String(t)}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
        }
        continue;
      }
      if (k.startsWith('odata.') || k.includes('@odata.')) continue;
      let f = l.fieldByRestName(k);
      let stringId = false;
      if (!f && /StringId$/.test(k)) {
        const base = l.field(k.replace(/StringId$/, '').replace(/^OData_/, ''));
        if (base && base.kind === 'User') { f = base; stringId = true; }
      }
      if (!f) throw unknownProperty(k, type);
      // A lookup written as `Goal` (not `GoalId`) does not exist on the entity.
      if ((f.kind === 'Lookup' || f.kind === 'User') && !stringId && k.toLowerCase() !== restName(f).toLowerCase()) {
        throw unknownProperty(k, type);
      }
      if (f.internalName === 'ID' || k === 'Id') throw notSupported(`setting the item property '${k}'`);
      if (SYSTEM_FIELDS.has(f.internalName) || f.readOnly) throw notSupported(`setting the read-only item property '${k}'`);
      const v = coerceValue(f, stringId && typeof raw === 'string' ? raw : raw);
      this.checkReferences(f, v);
      out.set(f, v);
    }
    return out;
  }

  private checkReferences(f: FieldDef, v: FieldValue): void {
    if (v === null) return;
    const ids = Array.isArray(v) ? (v as number[]) : [v as number];
    if (f.kind === 'User') {
      for (const id of ids) {
        const ok = this.userById(id) || (f.selectionMode !== 0 && this.groupById(id));
        if (!ok) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
      }
    } else if (f.kind === 'Lookup') {
      const target = f.lookupListId ? this.listById(f.lookupListId) : undefined;
      for (const id of ids) {
        if (!target || !target.byId.has(id)) {
          throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPInvalidLookupValuesException',
            'Invalid lookup value. A lookup field contains invalid data. Please check the value and try again.');
        }
      }
    }
  }

  private checkUnique(l: ListState, values: Map<FieldDef, FieldValue>, self?: ItemRecord): void {
    for (const [f, v] of values) {
      if (!f.unique || v === null) continue;
      const idx = l.indexes.get(f.internalName);
      const set = idx?.get(keyOf(f.kind, v));
      if (set && [...set].some((it) => it !== self)) {
        const u = this.options.uniqueViolation;
        throw new SpError(u.status, u.code, u.message);
      }
    }
  }

  addItem(l: ListState, body: Record<string, unknown>, user: UserDef): ItemRecord {
    const values = this.valuesFromBody(l, body);
    for (const f of l.def.fields) {
      if (f.builtIn || values.has(f)) continue;
      const dv = defaultFor(f);
      if (dv !== null && !(Array.isArray(dv) && dv.length === 0)) values.set(f, dv);
    }
    this.checkUnique(l, values);
    const now = nowIso();
    const it: ItemRecord = {
      id: l.def.nextItemId++, version: 1, guid: randomUUID(), created: now, modified: now,
      authorId: user.id, editorId: user.id, values: {}
    };
    for (const [f, v] of values) it.values[f.internalName] = v;
    l.def.items.push(it);
    l.byId.set(it.id, it);
    l.indexItem(it);
    l.def.lastItemModified = now;
    l.writeVersion++;
    this.changed();
    return it;
  }

  item(l: ListState, id: number): ItemRecord {
    const it = l.byId.get(id);
    if (!it) throw itemNotFound();
    return it;
  }

  updateItem(l: ListState, it: ItemRecord, body: Record<string, unknown>, user: UserDef, ifMatch?: string): ItemRecord {
    checkEtag(ifMatch, it.version);
    const values = this.valuesFromBody(l, body);
    this.checkUnique(l, values, it);
    l.unindexItem(it);
    for (const [f, v] of values) it.values[f.internalName] = v;
    it.version++;
    it.modified = nowIso();
    it.editorId = user.id;
    l.indexItem(it);
    l.def.lastItemModified = it.modified;
    l.writeVersion++;
    this.changed();
    return it;
  }

  deleteItem(l: ListState, it: ItemRecord, ifMatch?: string): void {
    checkEtag(ifMatch, it.version);
    l.unindexItem(it);
    l.byId.delete(it.id);
    const arr = l.def.items;
    // items are kept in id order: binary search
    let lo = 0, hi = arr.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid].id === it.id) { arr.splice(mid, 1); break; }
      if (arr[mid].id < it.id) lo = mid + 1; else hi = mid - 1;
    }
    l.def.lastItemModified = nowIso();
    l.writeVersion++;
    this.changed();
  }

  /**
   * Fast setup path for tests and measurements: adds many items without REST round trips (values are
   * still checked and indexed). Returns the number added.
   */
  bulkAddItems(l: ListState, rows: Array<Record<string, unknown>>, user?: UserDef): number {
    const u = user ?? this.data.users[0];
    const listeners = this.listeners;
    this.listeners = [];
    try {
      for (const r of rows) this.addItem(l, r, u);
    } finally {
      this.listeners = listeners;
    }
    this.changed();
    return rows.length;
  }

  /** Permission helpers used by handlers. */
  canView(u: UserDef, l: ListState): boolean {
    return hasPerm(this.effectiveMask(u, l), Perm.ViewListItems);
  }
}
