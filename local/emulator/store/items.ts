/** List items: write bodies checked and converted, unique values and references enforced, versions and indexes kept. */
import { randomUUID } from 'node:crypto';
import { FieldDef, FieldValue, ItemRecord, UserDef } from '../model';
import { SpError, itemNotFound, notSupported, unknownProperty, unresolvedType } from '../errors';
import { isAnnotation } from '../format';
import { SYSTEM_FIELDS, restName } from '../fields';
import { coerceValue, defaultFor, keyOf } from '../fieldValues';
import { checkEtag } from '../etags';
import { Change, ChangeListeners, EVERYTHING_CHANGED } from './changes';
import { ListState } from './listState';
import { Lists } from './lists';
import { Principals } from './principals';
import { SiteState, nowIso, siteTimeZoneOf } from './siteState';
import { StoreOptions } from './options';
import { SiteTimeZone } from '../timeZones';
import { folderPath, foldersChanged } from './folders';

/** Where an add puts its item: a folder path in the list ('' the root), and a folder's own name. */
export interface ItemPlace { dir: string; folderName?: string }

function invalidReference(code: string, message: string): SpError {
  return new SpError(400, `-2146232832, Microsoft.SharePoint.${code}`, message);
}

export class Items {
  constructor(
    private readonly state: SiteState,
    private readonly changes: ChangeListeners,
    private readonly principals: Principals,
    private readonly lists: Lists,
    private readonly options: StoreOptions
  ) {}

  private timeZone(): SiteTimeZone { return siteTimeZoneOf(this.state, this.options); }

  item(list: ListState, id: number): ItemRecord {
    const item = list.byId.get(id);
    if (!item) throw itemNotFound();
    return item;
  }

  addItem(list: ListState, body: Record<string, unknown>, user: UserDef, place?: ItemPlace): ItemRecord {
    const values = this.valuesFromBody(list, body);
    for (const field of list.def.fields) {
      if (field.builtIn || values.has(field)) continue;
      const defaultValue = defaultFor(field, this.timeZone());
      if (defaultValue !== null && !(Array.isArray(defaultValue) && defaultValue.length === 0)) values.set(field, defaultValue);
    }
    this.checkUnique(list, values);
    const now = nowIso(this.options.now);
    const item: ItemRecord = {
      id: list.def.nextItemId++, version: 1, guid: randomUUID(), created: now, modified: now,
      authorId: user.id, editorId: user.id, values: {}
    };
    for (const [field, value] of values) item.values[field.internalName] = value;
    if (place?.dir) item.dir = place.dir;
    if (place?.folderName !== undefined) {
      item.fsObjType = 1;
      item.leaf = place.folderName;
      item.values.Title ??= place.folderName;
      foldersChanged(list);
    }
    list.def.items.push(item);
    list.byId.set(item.id, item);
    list.indexItem(item);
    list.def.lastItemModified = now;
    list.writeVersion++;
    this.changes.notify(this.itemChange(list, item));
    return item;
  }

  updateItem(list: ListState, item: ItemRecord, body: Record<string, unknown>, user: UserDef, ifMatch?: string): ItemRecord {
    checkEtag(ifMatch, item.version);
    const values = this.valuesFromBody(list, body);
    this.checkUnique(list, values, item);
    list.unindexItem(item);
    for (const [field, value] of values) item.values[field.internalName] = value;
    item.version++;
    item.modified = nowIso(this.options.now);
    item.editorId = user.id;
    list.indexItem(item);
    list.def.lastItemModified = item.modified;
    list.writeVersion++;
    this.changes.notify(this.itemChange(list, item));
    return item;
  }

  /**
   * `ValidateUpdateListItem`: all values or none. Created, Modified, Author and Editor take what was
   * sent; a Modified before Created becomes now, as SharePoint's update does. The version moves on
   * even with `bNewDocumentUpdate` (whether SharePoint's ETag does is unconfirmed; moving is stricter).
   */
  formUpdateItem(list: ListState, item: ItemRecord, entries: ReadonlyArray<{ field: FieldDef; value: FieldValue }>, user: UserDef): ItemRecord {
    const values = new Map<FieldDef, FieldValue>();
    const system: Partial<Record<'Created' | 'Modified' | 'Author' | 'Editor', FieldValue>> = {};
    for (const { field, value } of entries) {
      if (SYSTEM_FIELDS.has(field.internalName)) {
        if (value === null) throw notSupported(`clearing ${field.internalName}`);
        system[field.internalName as keyof typeof system] = value;
        continue;
      }
      this.checkReferences(field, value);
      values.set(field, value);
    }
    for (const person of [system.Author, system.Editor]) {
      if (person !== undefined) this.checkReferences(list.field('Author')!, person);
    }
    this.checkUnique(list, values, item);
    list.unindexItem(item);
    for (const [field, value] of values) item.values[field.internalName] = value;
    item.version++;
    if (system.Created !== undefined) item.created = String(system.Created);
    item.modified = system.Modified !== undefined ? String(system.Modified) : nowIso(this.options.now);
    if (Date.parse(item.modified) < Date.parse(item.created)) item.modified = nowIso(this.options.now);
    if (system.Author !== undefined) item.authorId = system.Author as number;
    item.editorId = system.Editor !== undefined ? (system.Editor as number) : user.id;
    list.indexItem(item);
    list.def.lastItemModified = nowIso(this.options.now);
    list.writeVersion++;
    this.changes.notify(this.itemChange(list, item));
    return item;
  }

  /** Into another folder of the list; the mover becomes its editor unless asked to keep the last one. */
  moveItem(list: ListState, item: ItemRecord, dir: string, user: UserDef, keepEditor: boolean): void {
    if (dir) item.dir = dir; else delete item.dir;
    if (item.fsObjType === 1) foldersChanged(list);
    if (!keepEditor) { item.editorId = user.id; item.modified = nowIso(this.options.now); }
    item.version++;
    list.def.lastItemModified = nowIso(this.options.now);
    list.writeVersion++;
    this.changes.notify(this.itemChange(list, item));
  }

  deleteItem(list: ListState, item: ItemRecord, ifMatch?: string): void {
    checkEtag(ifMatch, item.version);
    // SharePoint recycles a folder with everything in it; the emulator does not model that.
    if (item.fsObjType === 1 && list.def.items.some((other) => other.dir !== undefined && (other.dir === folderPath(item) || other.dir.startsWith(`${folderPath(item)}/`)))) {
      throw notSupported('deleting a folder that holds items');
    }
    this.checkNotRestricted(list, item);
    list.unindexItem(item);
    list.byId.delete(item.id);
    if (item.fsObjType === 1) foldersChanged(list);
    const items = list.def.items;
    // items are kept in id order: binary search
    let low = 0, high = items.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (items[middle].id === item.id) { items.splice(middle, 1); break; }
      if (items[middle].id < item.id) low = middle + 1; else high = middle - 1;
    }
    list.def.lastItemModified = nowIso(this.options.now);
    list.writeVersion++;
    this.changes.notify({ kind: 'itemRemoved', listId: list.def.id, itemId: item.id, lastItemModified: list.def.lastItemModified });
  }

  /** A lookup with RelationshipDeleteBehavior Restrict keeps its target items while anything looks up to them. */
  private checkNotRestricted(list: ListState, item: ItemRecord): void {
    for (const dependent of this.lists.allLists()) {
      for (const field of dependent.def.fields) {
        if (field.kind !== 'Lookup' || field.deleteBehavior !== 'Restrict' || field.lookupListId !== list.def.id) continue;
        const related = dependent.indexes.get(field.internalName)?.get(keyOf(field.kind, item.id));
        if (related !== undefined && related.size > 0) {
          throw new SpError(500, '-2130575163, Microsoft.SharePoint.SPException',
            `This item cannot be deleted because an item in the "${dependent.def.title}" list is related to an item in the "${list.def.title}" list.`);
        }
      }
    }
  }

  private itemChange(list: ListState, item: ItemRecord): Change {
    return { kind: 'item', listId: list.def.id, item, nextItemId: list.def.nextItemId, lastItemModified: list.def.lastItemModified };
  }

  /**
   * Fast setup path for tests and measurements: adds many items without REST round trips (values are
   * still checked and indexed). Returns the number added.
   */
  bulkAddItems(list: ListState, rows: Array<Record<string, unknown>>, user?: UserDef): number {
    const author = user ?? this.state.data.users[0];
    this.changes.quietly(() => {
      for (const row of rows) this.addItem(list, row, author);
    });
    this.changes.notify(EVERYTHING_CHANGED);
    return rows.length;
  }

  /** Converts a write body to stored values; unknown properties are refused as SharePoint does. */
  private valuesFromBody(list: ListState, body: Record<string, unknown>): Map<FieldDef, FieldValue> {
    const values = new Map<FieldDef, FieldValue>();
    const type = list.itemEntityType;
    for (const [property, raw] of Object.entries(body)) {
      if (property === '__metadata') {
        const sentType = (raw as Record<string, unknown> | null)?.type;
        if (sentType !== undefined && sentType !== type) throw unresolvedType(String(sentType));
        continue;
      }
      if (isAnnotation(property)) continue;
      let field = list.fieldByRestName(property);
      let stringId = false;
      if (!field && /StringId$/.test(property)) {
        const base = list.field(property.replace(/StringId$/, '').replace(/^OData_/, ''));
        if (base && base.kind === 'User') { field = base; stringId = true; }
      }
      if (!field) throw unknownProperty(property, type);
      // A lookup written as `Goal` (not `GoalId`) does not exist on the entity.
      if ((field.kind === 'Lookup' || field.kind === 'User') && !stringId && property.toLowerCase() !== restName(field).toLowerCase()) {
        throw unknownProperty(property, type);
      }
      if (field.internalName === 'ID' || property === 'Id') throw notSupported(`setting the item property '${property}'`);
      if (SYSTEM_FIELDS.has(field.internalName) || field.readOnly) throw notSupported(`setting the read-only item property '${property}'`);
      const value = coerceValue(field, raw, this.timeZone());
      this.checkReferences(field, value);
      values.set(field, value);
    }
    return values;
  }

  /** People values must be users (or groups when the field allows them); lookup values must exist. */
  private checkReferences(field: FieldDef, value: FieldValue): void {
    if (value === null) return;
    const ids = Array.isArray(value) ? (value as number[]) : [value as number];
    if (field.kind === 'User') {
      for (const id of ids) {
        const exists = this.principals.userById(id) || (field.selectionMode !== 0 && this.principals.groupById(id));
        if (!exists) throw invalidReference('SPException', 'The user does not exist or is not unique.');
      }
    } else if (field.kind === 'Lookup') {
      const target = field.lookupListId ? this.lists.listById(field.lookupListId) : undefined;
      for (const id of ids) {
        if (!target || !target.byId.has(id)) {
          throw invalidReference('SPInvalidLookupValuesException',
            'Invalid lookup value. A lookup field contains invalid data. Please check the value and try again.');
        }
      }
    }
  }

  private checkUnique(list: ListState, values: Map<FieldDef, FieldValue>, self?: ItemRecord): void {
    for (const [field, value] of values) {
      if (!field.unique || value === null) continue;
      const holders = list.indexes.get(field.internalName)?.get(keyOf(field.kind, value));
      if (holders && [...holders].some((holder) => holder !== self)) {
        const refusal = this.options.uniqueViolation;
        throw new SpError(refusal.status, refusal.code, refusal.message);
      }
    }
  }
}
