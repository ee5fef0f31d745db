// A list field described once: the column provisioning creates (name, type, limits) and how the
// model holds it (its binding). Reads, write bodies and projections all follow from these.
import type { StoredCollection } from '../ports';
import type { UserIdOf } from './people';

export type FieldType = 'Text' | 'Note' | 'Number' | 'Boolean' | 'Choice' | 'DateTime' | 'Lookup' | 'User';

/** A list per collection of the port, under the same key. */
export type ListKey = StoredCollection;

export interface FieldDefinition {
  internalName: string;
  displayName: string;
  type: FieldType;
  required?: boolean;
  /** Single line of text: SharePoint allows at most 255. */
  maxLength?: number;
  indexed?: boolean;
  /** SharePoint enforces unique values only on an indexed column. */
  unique?: boolean;
  choices?: readonly string[];
  /** Lookup target. */
  lookupList?: ListKey;
  /**
   * Lookup: SharePoint refuses to delete a target item while items look up to it through this
   * column (RelationshipDeleteBehavior Restrict), so no item is ever left without its target.
   */
  restrictDelete?: true;
  /** DateTime shown as a date only. */
  dateOnly?: boolean;
  /** Added after the lists' first version: provisioning adds it to older lists on upgrade. */
  since?: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- list items are untyped JSON */
export type Item = Record<string, any>;

/** A value as it is written: an item has no id until it is added. */
export type Draft<M> = Omit<M, 'id'>;

/** What only an add sets: the year an item belongs to, and the client's retry key. */
export interface Added {
  /** Allocations, activities, indicators and values: their goal's year. Org units have none. */
  year?: number;
  clientKey?: string;
}

/** One model property in one column: how its stored value reads, and what a write stores. */
export interface Codec<V> {
  read(value: any): V;
  write(value: V, userIdOf: UserIdOf): unknown;
}

/**
 * How the model holds a column. A binding may read, write, or both; see the helpers below.
 * Methods, not function properties: a list of goals is then also a list of something.
 */
export interface Binding<M> {
  /** The model's part from the column's value (and the item, for a property over two columns). */
  read?(value: any, item: Item): Partial<Draft<M>>;
  /** What `read` does for a column that holds one property alone, set on the model in place: a large year maps 100,000 items. */
  readInto?(model: Partial<Draft<M>>, value: any): void;
  write?(value: Draft<M>, userIdOf: UserIdOf): unknown;
  /** Set once, when the item is added: never part of an update. */
  onAdd?(added: Added): unknown;
  /** Follows from other fields (keys, titles set to a key): written, never read back. */
  derived?: true;
  /** The model property a column holds alone, when it does: limits and tests find it by name. */
  property?: string;
}

export interface ListField<M> extends FieldDefinition {
  /** SharePoint's own column (Title, Modified, Editor): read and written, never created. */
  builtIn?: true;
  model: Binding<M>;
}

function part<M, K extends keyof Draft<M>>(key: K, value: Draft<M>[K]): Partial<Draft<M>> {
  const read: Partial<Draft<M>> = {};
  read[key] = value;
  return read;
}

export function property<M, K extends keyof Draft<M>>(key: K, codec: Codec<Draft<M>[K]>): Binding<M> {
  return {
    property: String(key),
    read: (value) => part<M, K>(key, codec.read(value)),
    readInto: (model, value) => { model[key] = codec.read(value); },
    write: (model, userIdOf) => codec.write(model[key], userIdOf)
  };
}

/** A column SharePoint keeps up to date itself. */
export function readOnly<M, K extends keyof Draft<M>>(key: K, codec: Codec<Draft<M>[K]>): Binding<M> {
  return { read: (value) => part<M, K>(key, codec.read(value)), readInto: (model, value) => { model[key] = codec.read(value); } };
}

export function derived<M>(write: (value: Draft<M>) => unknown): Binding<M> {
  return { write, derived: true };
}

export function onAdd<M>(write: (added: Added) => unknown): Binding<M> {
  return { onAdd: write };
}

/** The key an item holds the column's value under: lookups as `<Field>Id`, people expanded. */
export function readKey(field: FieldDefinition): string {
  return field.type === 'Lookup' ? `${field.internalName}Id` : field.internalName;
}

/** The key a write body sets: lookups and people as `<Field>Id`. */
export function writeKey(field: FieldDefinition): string {
  return field.type === 'Lookup' || field.type === 'User' ? `${field.internalName}Id` : field.internalName;
}
