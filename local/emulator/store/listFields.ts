/** A list's fields: added (with SharePoint's internal-name rules), changed (indexes, uniqueness) and deleted. */
import { randomUUID } from 'node:crypto';
import { FieldDef, IndexKey } from '../model';
import { SpError, fieldNotFound, invalidQuery, notSupported } from '../errors';
import { encodeInternalName } from '../fields';
import { NewFieldSpec, applyFieldProps } from '../fieldSpecs';
import { itemKeys } from '../itemValues';
import { ChangeListeners, EVERYTHING_CHANGED } from './changes';
import { ListState } from './listState';
import { Lists } from './lists';

export const MAX_INDEXES = 20;

/** Built-in fields take only these in a MERGE. */
const BUILT_IN_UPDATABLE = ['__metadata', 'Title', 'Indexed', 'Required', 'EnforceUniqueValues', 'Description', 'Hidden'];

/** A field change SharePoint refuses (400). */
function refused(message: string): SpError {
  return new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', message);
}

function duplicateName(name: string): SpError {
  return new SpError(500, '-2130575245, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`);
}

/**
 * SharePoint's captured answer to a new field with EnforceUniqueValues and no index: 500, this message.
 * The code is SPException's own HRESULT (no capture shows it); a MERGE gets the same *(unconfirmed)*.
 */
const uniqueNeedsIndex = (): SpError =>
  new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'This field must be indexed to enforce unique values.');

export class ListFields {
  constructor(private readonly changes: ChangeListeners, private readonly lists: Lists) {}

  /** Adds a field; internal name from the hint (Name / AddFieldInternalNameHint) or from the display name. */
  addField(list: ListState, spec: NewFieldSpec, useNameHint: boolean): FieldDef {
    const { def } = spec;
    const baseName = useNameHint ? spec.nameHint : encodeInternalName(spec.displayName);
    if (!baseName || baseName === '__proto__') throw invalidQuery(`The field name '${baseName}' is not valid.`);
    if (list.def.fields.some((field) => field.title.toLowerCase() === def.title.toLowerCase())) throw duplicateName(def.title);
    let name = baseName;
    if (useNameHint && list.field(name)) throw duplicateName(name);
    // a taken name (or one the built-ins reserve) gets a number, as SharePoint does
    for (let suffix = 0; list.field(name) || ['id', 'author', 'editor'].includes(name.toLowerCase()); suffix++) {
      name = `${baseName.slice(0, 31)}${suffix}`;
    }
    if (spec.lookupListRef) {
      const target = this.lists.listByUrl(spec.lookupListRef) ?? this.lists.listByTitle(spec.lookupListRef);
      if (!target) throw invalidQuery(`The lookup list '${spec.lookupListRef}' does not exist.`);
      def.lookupListId = target.def.id;
    }
    if (def.kind === 'Lookup') {
      const target = def.lookupListId ? this.lists.listById(def.lookupListId) : undefined;
      if (!target) throw invalidQuery(`The lookup list '${def.lookupListId ?? ''}' does not exist.`);
      if (!target.field(def.lookupField ?? 'Title')) throw fieldNotFound(def.lookupField ?? 'Title');
    }
    if (def.unique && !def.indexed) throw uniqueNeedsIndex();
    if (def.unique && (def.multi || def.kind === 'Note' || def.kind === 'MultiChoice' || def.kind === 'Boolean')) {
      throw refused('Unique values cannot be enforced on this field type.');
    }
    if (def.indexed) this.checkIndexable(list, def);
    if (list.def.fields.some((field) => field.id === def.id)) def.id = randomUUID();
    const added: FieldDef = { ...def, internalName: name, staticName: name };
    list.def.fields.push(added);
    list.rebuildFieldMaps();
    if (list.needsIndex(added)) list.buildIndex(added);
    // as in SharePoint, existing items are not given the default value: it applies to new items
    list.def.version++;
    this.changes.notify();
    return added;
  }

  updateField(list: ListState, field: FieldDef, body: Record<string, unknown>): void {
    if (field.builtIn && Object.keys(body).some((name) => !BUILT_IN_UPDATABLE.includes(name))) {
      throw notSupported('changing this property of a built-in field');
    }
    const next: FieldDef = { ...field };
    applyFieldProps(next, body);
    if (next.kind !== field.kind || next.lookupListId !== field.lookupListId) throw notSupported('changing a field\'s type or lookup list');
    const renamed = next.title.toLowerCase() !== field.title.toLowerCase();
    if (renamed && list.def.fields.some((other) => other !== field && other.title.toLowerCase() === next.title.toLowerCase())) {
      throw duplicateName(next.title);
    }
    if (next.unique && !next.indexed) throw uniqueNeedsIndex();
    // As at creation: SharePoint enforces a relationship only on an indexed lookup.
    if (next.deleteBehavior === 'Restrict' && !next.indexed) throw invalidQuery('The lookup field must be indexed to enforce a relationship.');
    if (next.indexed && !field.indexed) this.checkIndexable(list, next);
    if (next.unique && !field.unique) this.checkNoDuplicates(list, next);
    if (field.internalName === 'ID' && (next.indexed !== true)) throw notSupported('removing the index on ID');
    Object.assign(field, next);
    if (list.needsIndex(field) && !list.indexes.has(field.internalName)) list.buildIndex(field);
    if (!list.needsIndex(field)) list.indexes.delete(field.internalName);
    list.rebuildFieldMaps();
    list.def.version++;
    this.changes.notify();
  }

  deleteField(list: ListState, field: FieldDef): void {
    if (field.builtIn) throw refused('You cannot delete a built-in field.');
    list.def.fields = list.def.fields.filter((other) => other !== field);
    list.indexes.delete(field.internalName);
    for (const item of list.def.items) delete item.values[field.internalName];
    list.rebuildFieldMaps();
    list.def.version++;
    list.writeVersion++;
    list.sortCache.clear();
    // Every item lost the field's value: no smaller change says so.
    this.changes.notify(EVERYTHING_CHANGED);
  }

  private checkIndexable(list: ListState, def: Omit<FieldDef, 'internalName' | 'staticName'> | FieldDef): void {
    if (def.multi || def.kind === 'Note' || def.kind === 'MultiChoice') {
      throw refused(`The field '${def.title}' cannot be indexed.`);
    }
    const indexCount = list.def.fields.filter((field) => field.indexed && field.internalName !== 'ID' && field.id !== def.id).length;
    if (indexCount >= MAX_INDEXES) throw refused(`You cannot create more than ${MAX_INDEXES} indexes on a list.`);
  }

  /** Enforcing uniqueness on existing data: refused when duplicates exist. */
  private checkNoDuplicates(list: ListState, field: FieldDef): void {
    const seen = new Set<IndexKey>();
    for (const item of list.def.items) {
      for (const key of itemKeys(field, item)) {
        if (key === null) continue;
        if (seen.has(key)) {
          throw refused('This field contains duplicate values. Remove all duplicate values and try the operation again.');
        }
        seen.add(key);
      }
    }
  }
}
