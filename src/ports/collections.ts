// The product's collections by neutral names: the port never says "list", a field or a URL.
// Where SharePoint keeps each one is the data layer's business.
import type { IFailed } from './outcomes';

export type Collection = 'goals' | 'orgUnits' | 'allocations' | 'activities' | 'followUps' | 'indicators' | 'indicatorValues';

/** Every collection kept: the year's, and the fastställda reports, sent reminders, periods' settings and readiness marks, which no year's read brings. */
export type StoredCollection = Collection | 'reports' | 'reminders' | 'periods' | 'readiness';

/** Item versions (ETags) by collection and id: writes send back the version they read. */
export type ItemVersions = Record<Collection, Map<number, string>>;

/** Where a collection lives, in the words SharePoint shows a site owner (title and address). */
export interface CollectionPlace {
  collection: StoredCollection;
  title: string;
  url: string;
}

export interface ListsStatus {
  missing: CollectionPlace[];
  /** Lists that exist but lack fields or indexes of the current schema. */
  outdated: CollectionPlace[];
}

export interface ProvisioningChanges {
  createdLists: StoredCollection[];
  /** `list.field` of every field added (new lists and upgrades alike). */
  addedFields: string[];
  /** `list.field` of every existing field that got the index it lacked. */
  indexedFields: string[];
  /** `list.field` of every lookup that older lists had made without Restrict and now restricts deletes. */
  restrictedFields: string[];
}

export type ProvisioningResult =
  | { kind: 'done'; changes: ProvisioningChanges }
  /** SharePoint refused: the user needs Manage Lists (or Manage Permissions) on the site; site owners have both. */
  | { kind: 'forbidden'; missingPermission: 'manageLists' | 'managePermissions'; changes: ProvisioningChanges }
  /** Anything else (busy, unreachable): what was done before it stays done; running it again goes on. */
  | (IFailed & { changes: ProvisioningChanges });
