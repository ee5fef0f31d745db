/** A list with its runtime maps: items by id, fields by name, and one index per indexed or unique field. */
import { FieldDef, IndexKey, ItemRecord, ListDef, ListView } from '../model';
import { restBaseName, restName } from '../fields';
import { itemKeys } from '../itemValues';

type FieldIndex = Map<IndexKey, Set<ItemRecord>>;

export class ListState implements ListView {
  readonly byId = new Map<number, ItemRecord>();
  readonly indexes = new Map<string, FieldIndex>();
  writeVersion = 0;
  readonly sortCache = new Map<string, { version: number; items: ItemRecord[] }>();
  private fieldsByLowerName = new Map<string, FieldDef>();
  private fieldsByRestName = new Map<string, FieldDef>();

  constructor(public readonly def: ListDef) {
    for (const item of def.items) this.byId.set(item.id, item);
    this.rebuildFieldMaps();
    for (const field of def.fields) if (this.needsIndex(field)) this.buildIndex(field);
  }

  get itemEntityType(): string { return `SP.Data.${this.def.entityName}ListItem`; }
  get itemCount(): number { return this.def.items.length; }

  /** ID needs no index of its own: items are kept in id order and byId finds one. */
  needsIndex(field: FieldDef): boolean {
    return (field.indexed || field.unique) && field.internalName !== 'ID';
  }

  rebuildFieldMaps(): void {
    this.fieldsByLowerName.clear();
    this.fieldsByRestName.clear();
    for (const field of this.def.fields) {
      this.fieldsByLowerName.set(field.internalName.toLowerCase(), field);
      this.fieldsByRestName.set(restName(field).toLowerCase(), field);
      this.fieldsByRestName.set(restBaseName(field).toLowerCase(), field);
    }
    // Id and ID are both the item id
    const idField = this.fieldsByLowerName.get('id');
    if (idField) this.fieldsByRestName.set('id', idField);
  }

  /** A field by internal name (case-insensitive), as used in $filter paths and getByInternalNameOrTitle. */
  field(name: string): FieldDef | undefined {
    const lower = name.toLowerCase();
    if (lower.startsWith('odata_')) return this.fieldsByLowerName.get(lower.slice(6)) ?? this.fieldsByLowerName.get(lower);
    return this.fieldsByLowerName.get(lower);
  }

  /** A field by its REST property name (GoalId, Title, OData__X). */
  fieldByRestName(name: string): FieldDef | undefined {
    return this.fieldsByRestName.get(name.toLowerCase());
  }

  buildIndex(field: FieldDef): void {
    const index: FieldIndex = new Map();
    this.indexes.set(field.internalName, index);
    for (const item of this.def.items) this.addToIndex(index, field, item);
  }

  unindexItem(item: ItemRecord): void {
    for (const [name, index] of this.indexes) {
      const field = this.field(name);
      if (field) this.removeFromIndex(index, field, item);
    }
  }

  indexItem(item: ItemRecord): void {
    for (const [name, index] of this.indexes) {
      const field = this.field(name);
      if (field) this.addToIndex(index, field, item);
    }
  }

  private addToIndex(index: FieldIndex, field: FieldDef, item: ItemRecord): void {
    for (const key of itemKeys(field, item)) {
      let items = index.get(key);
      if (!items) { items = new Set(); index.set(key, items); }
      items.add(item);
    }
  }

  private removeFromIndex(index: FieldIndex, field: FieldDef, item: ItemRecord): void {
    for (const key of itemKeys(field, item)) {
      const items = index.get(key);
      if (items) { items.delete(item); if (items.size === 0) index.delete(key); }
    }
  }
}
