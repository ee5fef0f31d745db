/**
 * The emulator's state behind one facade: the web, users, groups, role definitions and assignments,
 * lists with their fields and items, per-field indexes and item versions (ETags). Every mutation
 * goes through here; listeners (persistence) are told after each one. The work is done by the
 * parts in ./store/ (principals, security, lists, list fields, items), which share one SiteState.
 */
import { DirectoryPerson, FieldDef, FieldValue, GroupDef, ItemRecord, RoleAssignmentDef, RoleDefinitionDef, StoreData, UserDef } from './model';
import { NewFieldSpec } from './fieldSpecs';
import { Mask } from './permissions';
import { Change, ChangeListeners, EVERYTHING_CHANGED, SITE_CHANGE } from './store/changes';
import { logOf, recordChange } from './store/changeLog';
import { ListState } from './store/listState';
import { ListFields } from './store/listFields';
import { Lists } from './store/lists';
import { ItemPlace, Items } from './store/items';
import { Principals } from './store/principals';
import { Directory, PersonDetails } from './store/directory';
import { Security } from './store/security';
import { SiteState, emptySite, siteTimeZoneOf } from './store/siteState';
import { StoreOptions } from './store/options';
import { SiteTimeZone, siteTimeZoneById } from './timeZones';

export { ListState } from './store/listState';
export { DEFAULT_UNIQUE_VIOLATION } from './store/options';
export type { StoreOptions, UniqueViolationSettings } from './store/options';

export class Store {
  private readonly state: SiteState;
  private readonly changes = new ChangeListeners();
  private readonly directory: Directory;
  private readonly principals: Principals;
  private readonly security: Security;
  private readonly lists: Lists;
  private readonly fields: ListFields;
  private readonly items: Items;

  constructor(public readonly options: StoreOptions, data?: StoreData) {
    this.state = { data: data ?? emptySite(options), lists: new Map() };
    this.directory = new Directory(this.state, this.changes);
    this.principals = new Principals(this.state, this.changes, this.directory);
    this.security = new Security(this.state, this.changes, this.principals);
    this.lists = new Lists(this.state, this.changes, options.sitePath);
    this.fields = new ListFields(this.changes, this.lists);
    this.items = new Items(this.state, this.changes, this.principals, this.lists, options);
    // First of the listeners: persistence, told next, then finds the change already logged.
    this.changes.add((change) => recordChange((id) => this.lists.listById(id)?.def, () => this.state.data.lists, change));
    if (data) this.load(data);
  }

  // ---------------------------------------------------------------- lifecycle

  get data(): StoreData { return this.state.data; }

  get sitePath(): string { return this.options.sitePath; }

  onChange(listener: (change: Change) => void): void { this.changes.add(listener); }

  changed(change: Change = SITE_CHANGE): void { this.changes.notify(change); }

  /** The empty site; the tenant's directory stays. */
  reset(): void {
    const people = this.directory.all();
    this.state.data = emptySite(this.options);
    for (const person of people) if (!this.directory.find(person.loginName)) this.state.data.directory?.push(person);
    this.state.lists.clear();
    this.changed(EVERYTHING_CHANGED);
  }

  load(data: StoreData): void {
    if (data.schema !== 1) throw new Error(`Unknown store schema ${String(data.schema)}`);
    this.state.data = data;
    this.state.lists.clear();
    for (const def of data.lists) {
      logOf(def);
      this.state.lists.set(def.id, new ListState(def));
    }
  }

  toJSON(): StoreData { return this.state.data; }

  // ---------------------------------------------------------------- regional settings

  timeZone(): SiteTimeZone { return siteTimeZoneOf(this.state, this.options); }

  /** As a site owner changes it: stored dates keep their instants, so date-only values may show another day. */
  setTimeZone(id: number): void {
    siteTimeZoneById(id);
    this.state.data.web.timeZoneId = id;
    this.changed();
  }

  // ---------------------------------------------------------------- users and groups

  userByLogin(login: string): UserDef | undefined { return this.principals.userByLogin(login); }
  userById(id: number): UserDef | undefined { return this.principals.userById(id); }
  userByEmail(email: string): UserDef | undefined { return this.principals.userByEmail(email); }
  /** A caller, or someone a test names: in the directory and a site user from then on. */
  signIn(login: string, details: PersonDetails = {}): UserDef { return this.principals.signIn(login, details); }
  /** `ensureuser`: only someone the directory knows becomes a site user. */
  ensureUser(login: string): UserDef { return this.principals.ensureUser(login); }
  addPerson(login: string, details: PersonDetails = {}): DirectoryPerson { return this.directory.add(login, details); }
  people(): DirectoryPerson[] { return this.directory.all(); }
  findPerson(login: string): DirectoryPerson | undefined { return this.directory.find(login); }
  searchPeople(query: string, limit: number): DirectoryPerson[] { return this.directory.search(query, limit); }
  updateUser(user: UserDef, props: Record<string, unknown>): void { this.principals.updateUser(user, props); }
  removeUser(user: UserDef): void { this.principals.removeUser(user); }
  groupById(id: number): GroupDef | undefined { return this.principals.groupById(id); }
  groupByName(name: string): GroupDef | undefined { return this.principals.groupByName(name); }
  addGroup(props: Record<string, unknown>, owner: UserDef): GroupDef { return this.principals.addGroup(props, owner); }
  applyGroupProps(group: GroupDef, props: Record<string, unknown>): void { this.principals.applyGroupProps(group, props); }
  removeGroup(group: GroupDef): void { this.principals.removeGroup(group); }
  addGroupMember(group: GroupDef, login: string): UserDef { return this.principals.addGroupMember(group, login); }
  removeGroupMember(group: GroupDef, userId: number): void { this.principals.removeGroupMember(group, userId); }
  setGroupOwner(group: GroupDef, ownerId: number): void { this.principals.setGroupOwner(group, ownerId); }
  groupsOf(user: UserDef): GroupDef[] { return this.principals.groupsOf(user); }
  principalExists(id: number): boolean { return this.principals.principalExists(id); }

  // ---------------------------------------------------------------- permissions

  roleDefinition(id: number): RoleDefinitionDef | undefined { return this.security.roleDefinition(id); }
  effectiveMask(user: UserDef, list?: ListState, item?: ItemRecord): Mask { return this.security.effectiveMask(user, list, item); }
  require(user: UserDef, permission: number, list?: ListState, item?: ItemRecord): void { this.security.require(user, permission, list, item); }
  canView(user: UserDef, list: ListState): boolean { return this.security.canView(user, list); }
  assignmentsOf(list?: ListState, item?: ItemRecord): RoleAssignmentDef[] { return this.security.assignmentsOf(list, item); }
  breakInheritance(list: ListState, copy: boolean, caller: UserDef, clearSubscopes = false): void {
    this.security.breakInheritance(list, copy, caller, clearSubscopes);
  }
  resetInheritance(list: ListState): void { this.security.resetInheritance(list); }
  breakItemInheritance(list: ListState, item: ItemRecord, copy: boolean, caller: UserDef, clearSubscopes = false): void {
    this.security.breakItemInheritance(list, item, copy, caller, this.options.uniqueScopesPerList, clearSubscopes);
  }
  resetItemInheritance(list: ListState, item: ItemRecord): void { this.security.resetItemInheritance(list, item); }

  addRoleAssignment(list: ListState | undefined, principalId: number, roleDefId: number, item?: ItemRecord): void {
    this.security.addRoleAssignment(list, principalId, roleDefId, item);
  }

  removeRoleAssignment(list: ListState | undefined, principalId: number, roleDefId?: number, item?: ItemRecord): void {
    this.security.removeRoleAssignment(list, principalId, roleDefId, item);
  }

  // ---------------------------------------------------------------- lists and fields

  allLists(): ListState[] { return this.lists.allLists(); }
  listById(id: string): ListState | undefined { return this.lists.listById(id); }
  listByTitle(title: string): ListState | undefined { return this.lists.listByTitle(title); }
  listUrl(list: ListState): string { return this.lists.listUrl(list); }
  listByUrl(url: string): ListState | undefined { return this.lists.listByUrl(url); }
  addList(body: Record<string, unknown>): ListState { return this.lists.addList(body); }
  updateList(list: ListState, body: Record<string, unknown>, ifMatch?: string): void { this.lists.updateList(list, body, ifMatch); }
  deleteList(list: ListState, ifMatch?: string): void { this.lists.deleteList(list, ifMatch); }
  addField(list: ListState, spec: NewFieldSpec, useNameHint: boolean): FieldDef { return this.fields.addField(list, spec, useNameHint); }
  updateField(list: ListState, field: FieldDef, body: Record<string, unknown>): void { this.fields.updateField(list, field, body); }
  deleteField(list: ListState, field: FieldDef): void { this.fields.deleteField(list, field); }

  // ---------------------------------------------------------------- items

  item(list: ListState, id: number): ItemRecord { return this.items.item(list, id); }

  /** `place`: the folder it goes in, and a folder's own name when it is one (./store/folders). */
  addItem(list: ListState, body: Record<string, unknown>, user: UserDef, place?: ItemPlace): ItemRecord { return this.items.addItem(list, body, user, place); }

  moveItem(list: ListState, item: ItemRecord, dir: string, user: UserDef, keepEditor: boolean): void { this.items.moveItem(list, item, dir, user, keepEditor); }

  updateItem(list: ListState, item: ItemRecord, body: Record<string, unknown>, user: UserDef, ifMatch?: string): ItemRecord {
    return this.items.updateItem(list, item, body, user, ifMatch);
  }
  formUpdateItem(list: ListState, item: ItemRecord, entries: ReadonlyArray<{ field: FieldDef; value: FieldValue }>, user: UserDef): ItemRecord {
    return this.items.formUpdateItem(list, item, entries, user);
  }


  deleteItem(list: ListState, item: ItemRecord, ifMatch?: string): void { this.items.deleteItem(list, item, ifMatch); }

  /** Fast setup path for tests and measurements (see Items.bulkAddItems). */
  bulkAddItems(list: ListState, rows: Array<Record<string, unknown>>, user?: UserDef): number {
    return this.items.bulkAddItems(list, rows, user);
  }
}
