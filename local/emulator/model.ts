/** The emulator's data model: what the store keeps and persists. */

export type FieldKind =
  | 'Counter' | 'Text' | 'Note' | 'Number' | 'Currency' | 'Boolean' | 'Choice' | 'MultiChoice'
  | 'DateTime' | 'Lookup' | 'User' | 'Guid' | 'ContentTypeId' | 'Computed' | 'Attachments' | 'Integer';

/** A stored field value. Multi-valued lookups/users hold number[], multi-choice string[]. */
export type FieldValue = string | number | boolean | null | number[] | string[];

/** The key a value has in an index and in comparisons (`keyOf` in fields.ts). */
export type IndexKey = string | number | null;

export interface FieldDef {
  id: string;
  internalName: string;
  staticName: string;
  title: string;
  kind: FieldKind;
  required: boolean;
  indexed: boolean;
  unique: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** Built-in fields (ID, Title, Created, Author...) as opposed to fields the product created. */
  builtIn: boolean;
  description: string;
  group: string;
  maxLength?: number;
  choices?: string[];
  fillInChoice?: boolean;
  defaultValue?: string | null;
  /** Lookup/User: target list id (User: the user information list, not modelled as a list). */
  lookupListId?: string;
  lookupField?: string;
  /** Lookup: Restrict refuses deleting a target item that items of this list look up to. */
  deleteBehavior?: 'Restrict';
  multi?: boolean;
  /** User fields: 0 PeopleOnly, 1 PeopleAndGroups. */
  selectionMode?: number;
  min?: number;
  max?: number;
  decimals?: number;
  dateOnly?: boolean;
  richText?: boolean;
  numberOfLines?: number;
  schemaXml?: string;
}

export interface ItemRecord {
  id: number;
  version: number;
  guid: string;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
  /** Values of Title and custom fields, keyed by internal name. */
  values: Record<string, FieldValue>;
  /** Set once the item's inheritance is broken: from then on only its own assignments count. */
  hasUniqueRoleAssignments?: boolean;
  roleAssignments?: RoleAssignmentDef[];
  /** 1 for a folder (FileSystemObjectType); absent for an item. */
  fsObjType?: 1;
  /** A folder's name (its FileLeafRef); an item's is `<id>_.000`. */
  leaf?: string;
  /** The folder the item or folder sits in, relative to the list's root folder ('' or absent: the root). */
  dir?: string;
}

export interface RoleAssignmentDef {
  principalId: number;
  roleDefIds: number[];
}

export interface ListDef {
  id: string;
  title: string;
  description: string;
  baseTemplate: number;
  /** The URL segment under Lists/ (derived from the title at creation, never changed). */
  urlName: string;
  /** Entity name part, e.g. "Goals" for SP.Data.GoalsListItem. */
  entityName: string;
  created: string;
  lastItemModified: string;
  hidden: boolean;
  version: number;
  nextItemId: number;
  fields: FieldDef[];
  items: ItemRecord[];
  hasUniqueRoleAssignments: boolean;
  roleAssignments: RoleAssignmentDef[];
  extra: Record<string, unknown>;
  /** Its items' change log (store/changeLog.ts); absent in data files from before it was kept. */
  changeLog?: ChangeLogDef;
}

export interface UserDef {
  id: number;
  loginName: string;
  title: string;
  email: string;
  isSiteAdmin: boolean;
}

/** Someone in the tenant's directory (not yet a site user, perhaps). */
export interface DirectoryPerson {
  loginName: string;
  title: string;
  email: string;
  /** The Entra ID object id people search answers. */
  objectId: string;
}

export interface GroupDef {
  id: number;
  title: string;
  description: string;
  ownerId: number;
  memberIds: number[];
  allowMembersEditMembership: boolean;
  onlyAllowMembersViewMembership: boolean;
}

export interface RoleDefinitionDef {
  id: number;
  name: string;
  description: string;
  order: number;
  roleTypeKind: number;
  high: number;
  low: number;
  hidden: boolean;
}

export interface WebDef {
  id: string;
  title: string;
  description: string;
  created: string;
  language: number;
  /** SharePoint's time zone id (regional settings); absent in data files from before it was kept. */
  timeZoneId?: number;
  ownerGroupId: number;
  memberGroupId: number;
  visitorGroupId: number;
  roleAssignments: RoleAssignmentDef[];
}

export interface StoreData {
  schema: 1;
  /** The last journal line a snapshot includes (persistence.ts). */
  journalSequence?: number;
  web: WebDef;
  nextPrincipalId: number;
  users: UserDef[];
  /** The tenant's people; absent in data files from before it was kept (then the site users). */
  directory?: DirectoryPerson[];
  groups: GroupDef[];
  roleDefinitions: RoleDefinitionDef[];
  lists: ListDef[];
}

/**
 * A list as queries read it: the stored definition plus the runtime maps the store keeps beside it
 * (the store's ListState). Queries take this, not the store, so they never reach into its state.
 */
export interface ListView {
  readonly def: ListDef;
  readonly byId: Map<number, ItemRecord>;
  /** Per indexed field (internal name): items by index key. */
  readonly indexes: Map<string, Map<IndexKey, Set<ItemRecord>>>;
  /** Bumped on every item write: caches (sorted orders) check it. */
  readonly writeVersion: number;
  readonly sortCache: Map<string, { version: number; items: ItemRecord[] }>;
  readonly itemEntityType: string;
  readonly itemCount: number;
  field(name: string): FieldDef | undefined;
  fieldByRestName(name: string): FieldDef | undefined;
}

/** What item queries look up beyond the list itself: the people and lookup items values point to. */
export interface ValueTargets {
  /** The site's server-relative path: item paths (FileRef) start with it. */
  readonly sitePath: string;
  userById(id: number): UserDef | undefined;
  groupById(id: number): GroupDef | undefined;
  listById(id: string): ListView | undefined;
}

/** A tenant property (an app catalog storage entity), which `web/GetStorageEntity` answers (resources/tenant.ts). */
export interface TenantProperty {
  Value: string;
  Description?: string;
  Comment?: string;
}

// A list's change log (store/changeLog.ts keeps it): here because the list's definition carries it.
/** SharePoint's ChangeType: Add, Update, DeleteObject (the only ones items get here). */
export const ChangeType = { Add: 1, Update: 2, DeleteObject: 3 } as const;
export type ChangeType = (typeof ChangeType)[keyof typeof ChangeType];

/** [change number, type, item id, time (ISO), item's UniqueId]. Tuples: the snapshot holds thousands. */
export type LoggedChange = [number, ChangeType, number, string, string];

export interface ChangeLogDef {
  /** The change number a token must be at least: every change after it is still in `entries`. */
  start: number;
  /** The last change number given. */
  last: number;
  /** The highest item id logged as added: a later id is an add, any other an update. */
  highestId: number;
  /** The time of the last change, or of the log's start. */
  lastTime: string;
  entries: LoggedChange[];
}
