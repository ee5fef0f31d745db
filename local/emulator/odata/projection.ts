/** $select/$expand on list items: which properties an item answers with, expanded lookups and people, and the item entity. */
import { createHash } from 'node:crypto';
import { FieldDef, FieldValue, ItemRecord, ListView, ValueTargets } from '../model';
import { invalidQuery, notSupported, projectionWithoutExpand, unknownSelectField } from '../errors';
import { UNMODELLED_ITEM_PROPERTIES, restBaseName, restName } from '../fields';
import { Entity, Val, collection, entity } from '../format';
import { valueOf } from '../itemValues';
import { etagOf } from '../etags';
import { dirOf, leafOf } from '../store/folders';

export function itemEditLink(list: ListView, id: number): string {
  return `Web/Lists(guid'${list.def.id}')/Items(${id})`;
}

export function splitList(text: string | undefined | null): string[] {
  if (!text) return [];
  return text.split(',').map((part) => part.trim()).filter(Boolean);
}

// ------------------------------------------------------------------ value shaping

function outValue(field: FieldDef, value: FieldValue): Val {
  if (Array.isArray(value)) {
    if (field.kind === 'MultiChoice') return collection('Collection(Edm.String)', value as string[]);
    return collection('Collection(Edm.Int32)', value as number[]);
  }
  if (field.multi && value === null) {
    return collection(field.kind === 'MultiChoice' ? 'Collection(Edm.String)' : 'Collection(Edm.Int32)', []);
  }
  if (field.kind === 'MultiChoice' && value === null) return collection('Collection(Edm.String)', []);
  return value;
}

function stringIdValue(field: FieldDef, value: FieldValue): Val {
  if (Array.isArray(value)) return collection('Collection(Edm.String)', (value as number[]).map(String));
  if (field.multi) return collection('Collection(Edm.String)', []);
  return value === null ? null : String(value);
}

/**
 * The properties of a person (User field) that `$select=Owner/<x>` may name, by lower-case name:
 * answered under the user information list's own spelling (`EMail`), whatever case was asked.
 */
export const USER_PROJECTIONS = new Map(['Id', 'Title', 'Name', 'EMail', 'UserName', 'FirstName', 'LastName', 'JobTitle',
  'Department', 'SipAddress', 'Office', 'MobilePhone', 'WorkPhone', 'Picture', 'IsSiteAdmin', 'ImnName'].map((name) => [name.toLowerCase(), name]));

/** A person value expanded: a user, or a group where the field allows groups; null when neither exists. */
export function personEntity(targets: ValueTargets, id: number, properties: string[]): Entity | null {
  const user = targets.userById(id);
  const group = user ? undefined : targets.groupById(id);
  if (!user && !group) return null;
  const title = user ? user.title : group?.title ?? '';
  const email = user ? user.email : '';
  const [firstName, ...lastNames] = title.split(' ');
  const props: Record<string, Val> = {};
  for (const asked of properties) {
    const property = USER_PROJECTIONS.get(asked.toLowerCase()) ?? asked;
    switch (property) {
      case 'Id': props[property] = id; break;
      case 'Title': case 'ImnName': props[property] = title; break;
      case 'Name': props[property] = user ? user.loginName : title; break;
      case 'EMail': props[property] = email; break;
      case 'UserName': props[property] = email || null; break;
      case 'FirstName': props[property] = firstName ?? null; break;
      case 'LastName': props[property] = lastNames.join(' ') || null; break;
      case 'SipAddress': props[property] = email || null; break;
      case 'IsSiteAdmin': props[property] = user ? user.isSiteAdmin : false; break;
      default: props[property] = null;
    }
  }
  return { ...entity('SP.Data.UserInfoItem', userInfoItemGuid(id), `Web/SiteUserInfoList/Items(${id})`, props), inline: true };
}

/**
 * SharePoint's odata.id of a person is the GUID of their item in the hidden user information list;
 * the emulator has no such list, so the GUID is derived from the principal id (stable across restarts).
 */
export function userInfoItemGuid(id: number): string {
  const hex = createHash('sha1').update(`UserInfoItem:${id}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function lookupItemEntity(target: ListView | undefined, id: number, properties: string[]): Entity | null {
  const item = target?.byId.get(id);
  if (!target || !item) return null;
  const props: Record<string, Val> = {};
  for (const property of properties) {
    if (property.toLowerCase() === 'id') { props[property] = item.id; continue; }
    const field = target.field(property);
    if (!field) continue;
    props[property] = outValue(field, valueOf(field, item));
  }
  return { ...entity(target.itemEntityType, item.guid, itemEditLink(target, item.id), props), inline: true };
}

export function lookupTarget(targets: ValueTargets, field: FieldDef): ListView | undefined {
  return field.kind === 'Lookup' && field.lookupListId ? targets.listById(field.lookupListId) : undefined;
}

function expandValue(targets: ValueTargets, field: FieldDef, value: FieldValue, properties: string[]): Val {
  const expandOne = (id: number): Entity | null => field.kind === 'User'
    ? personEntity(targets, id, properties)
    : lookupItemEntity(lookupTarget(targets, field), id, properties);
  if (field.multi) {
    const ids = Array.isArray(value) ? (value as number[]) : [];
    return collection('', ids.map(expandOne).filter((expanded): expanded is Entity => expanded !== null));
  }
  return typeof value === 'number' ? expandOne(value) : null;
}

// ------------------------------------------------------------------ $select / $expand

type Getter = (item: ItemRecord) => Val;

export interface Projection {
  build(item: ItemRecord): Record<string, Val>;
  /** Internal names of the expanded lookups (a $filter on `Goal/Title` needs `Goal` among them). */
  expandNames: Set<string>;
  /** The answered properties that are expanded lookups or people (`Goal`, `Author`). */
  expandedProperties: string[];
}

/** Properties every item has that are no field. */
const SPECIAL: Record<string, Getter> = {
  FileSystemObjectType: (item) => item.fsObjType ?? 0,
  Id: (item) => item.id,
  ServerRedirectedEmbedUri: () => null,
  ServerRedirectedEmbedUrl: () => '',
  ComplianceAssetId: () => null
};

const SPECIAL_BY_LOWER_NAME = new Map(Object.keys(SPECIAL).map((name) => [name.toLowerCase(), name]));

const EXPAND_UNSUPPORTED = new Set(['attachmentfiles', 'contenttype', 'fieldvaluesastext', 'fieldvaluesashtml',
  'fieldvaluesforedit', 'file', 'folder', 'parentlist', 'roleassignments', 'versions', 'properties']);

/** The order SharePoint answers an item's built-ins in, after its own fields. */
const TRAILING_BUILT_INS = ['ID', 'Modified', 'Created', 'Author', 'Editor', '_UIVersionString', 'Attachments', 'GUID'];

const isReference = (field: FieldDef): boolean => field.kind === 'Lookup' || field.kind === 'User';

/** Without a projection, an expanded lookup answers its Id and show field (people: Id and Title). */
const defaultExpandProperties = (field: FieldDef): string[] => field.kind === 'User' ? ['Id', 'Title'] : ['Id', field.lookupField ?? 'Title'];

function parseExpand(list: ListView, expand: string | null | undefined): Map<string, FieldDef> {
  const expands = new Map<string, FieldDef>();
  for (const name of splitList(expand)) {
    if (name.includes('/')) throw notSupported(`nested $expand ('${name}')`);
    if (EXPAND_UNSUPPORTED.has(name.toLowerCase())) throw notSupported(`$expand=${name} on list items`);
    const field = list.field(name.replace(/^OData_/, '')) ?? list.field(name);
    if (!field) throw unknownSelectField(name);
    if (!isReference(field)) throw invalidQuery(`The field '${name}' is not a lookup field and cannot be expanded.`);
    expands.set(field.internalName, field);
  }
  return expands;
}

/** Collects the item's properties in answer order; the first getter for a name wins. */
class PropertyList {
  readonly getters: Array<[string, Getter]> = [];
  readonly names = new Set<string>();
  readonly expanded: string[] = [];

  add(name: string, getter: Getter): void {
    if (!this.names.has(name)) { this.names.add(name); this.getters.push([name, getter]); }
  }

  addField(field: FieldDef): void {
    if (isReference(field)) {
      this.addValue(field);
      if (field.kind === 'User' && !field.builtIn) this.addStringId(field);
    } else if (field.internalName === '_UIVersionString') {
      this.addVersionString();
    } else {
      this.addValue(field);
    }
  }

  addValue(field: FieldDef): void {
    this.add(restName(field), (item) => outValue(field, valueOf(field, item)));
  }

  addStringId(field: FieldDef): void {
    this.add(`${restBaseName(field)}StringId`, (item) => stringIdValue(field, valueOf(field, item)));
  }

  addVersionString(): void {
    this.add('OData__UIVersionString', (item) => `${item.version}.0`);
  }

  addExpanded(targets: ValueTargets, field: FieldDef, properties: string[]): void {
    const name = restBaseName(field);
    if (!this.names.has(name)) this.expanded.push(name);
    this.add(name, (item) => expandValue(targets, field, valueOf(field, item), properties));
  }

  /** No $select (or `*`): what SharePoint answers by default. */
  addAll(list: ListView): void {
    for (const name of ['FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl']) this.add(name, SPECIAL[name]);
    const contentTypeId = list.field('ContentTypeId');
    if (contentTypeId) this.addField(contentTypeId);
    const title = list.field('Title');
    if (title) this.addField(title);
    this.add('ComplianceAssetId', SPECIAL.ComplianceAssetId);
    for (const field of list.def.fields) if (!field.builtIn) this.addField(field);
    for (const name of TRAILING_BUILT_INS) {
      const field = list.field(name);
      if (field) this.addField(field);
    }
  }
}

/** FileRef, FileDirRef and FileLeafRef, when asked for by name (filtering and ordering on them stay unsupported). */
function itemPlaceGetter(targets: ValueTargets, list: ListView, selected: string): Getter | undefined {
  const root = `${targets.sitePath}/Lists/${list.def.urlName}`;
  const dirUrl = (item: ItemRecord): string => dirOf(item) ? `${root}/${dirOf(item)}` : root;
  switch (selected) {
    case 'FileRef': return (item) => `${dirUrl(item)}/${leafOf(item)}`;
    case 'FileDirRef': return dirUrl;
    case 'FileLeafRef': return leafOf;
    default: return undefined;
  }
}

export function planProjection(targets: ValueTargets, list: ListView, select: string | null | undefined, expand: string | null | undefined): Projection {
  const expands = parseExpand(list, expand);
  const properties = new PropertyList();
  /** `Goal/Title,Goal/Code`: one expanded property per lookup, with every projected sub-property. */
  const projections = new Map<string, string[]>();

  const selects = splitList(select);
  if (selects.length === 0) properties.addAll(list);
  for (const selected of selects) {
    if (selected === '*') { properties.addAll(list); continue; }
    const path = selected.split('/');
    if (path.length > 2) throw notSupported(`the projection '${selected}'`);
    if (path.length === 2) {
      const [base, sub] = path;
      const field = list.field(base);
      if (!field) throw unknownSelectField(base);
      if (!isReference(field)) throw unknownSelectField(selected);
      if (!expands.has(field.internalName)) throw projectionWithoutExpand(selected, base);
      if (field.kind === 'User') {
        if (!USER_PROJECTIONS.has(sub.toLowerCase())) throw notSupported(`the user projection '${selected}'`);
      } else {
        const targetField = sub.toLowerCase() === 'id' ? 'id' : lookupTarget(targets, field)?.field(sub);
        if (!targetField) throw unknownSelectField(sub);
        if (targetField !== 'id' && isReference(targetField)) throw notSupported(`projecting the lookup '${selected}'`);
      }
      let projected = projections.get(field.internalName);
      if (!projected) {
        projected = [];
        projections.set(field.internalName, projected);
        properties.addExpanded(targets, field, projected);
      }
      if (!projected.includes(sub)) projected.push(sub);
      continue;
    }
    // exact spellings first: `Id` (always there) and `ID` (the field) are different properties
    if (Object.hasOwn(SPECIAL, selected)) { properties.add(selected, SPECIAL[selected]); continue; }
    if (selected === 'ID') { const idField = list.field('ID'); if (idField) { properties.addField(idField); continue; } }
    if (selected.toLowerCase() === 'odata__uiversionstring') { properties.addVersionString(); continue; }
    const special = SPECIAL_BY_LOWER_NAME.get(selected.toLowerCase());
    if (special) { properties.add(special, SPECIAL[special]); continue; }
    // Only when asked for, as SharePoint answers it; filtering and ordering on it stay unsupported.
    if (selected.toLowerCase() === 'hasuniqueroleassignments') {
      properties.add('HasUniqueRoleAssignments', (item) => item.hasUniqueRoleAssignments === true);
      continue;
    }
    const placeGetter = itemPlaceGetter(targets, list, selected);
    if (placeGetter) { properties.add(selected, placeGetter); continue; }
    if (UNMODELLED_ITEM_PROPERTIES.has(selected)) throw notSupported(`the item property '${selected}'`);
    const byRestName = list.fieldByRestName(selected);
    if (byRestName && isReference(byRestName) && selected.toLowerCase() === restBaseName(byRestName).toLowerCase()) {
      // the lookup itself: only meaningful when expanded
      if (!expands.has(byRestName.internalName)) {
        throw notSupported(`selecting the lookup '${selected}' without $expand (select ${restName(byRestName)}, or ${selected}/Title with $expand=${selected})`);
      }
      properties.addExpanded(targets, byRestName, defaultExpandProperties(byRestName));
      continue;
    }
    if (byRestName) {
      if (isReference(byRestName)) properties.addValue(byRestName);
      else properties.addField(byRestName);
      continue;
    }
    if (/StringId$/i.test(selected)) {
      const field = list.field(selected.replace(/StringId$/i, ''));
      if (field && field.kind === 'User') { properties.addStringId(field); continue; }
    }
    throw unknownSelectField(selected);
  }
  // $expand without a projection of that field (and no explicit $select of it): Id and the show field
  for (const field of expands.values()) {
    if (projections.has(field.internalName) || properties.names.has(restBaseName(field))) continue;
    if (selects.length > 0 && !selects.includes('*')) continue;
    properties.addExpanded(targets, field, defaultExpandProperties(field));
  }
  return {
    expandNames: new Set(expands.keys()),
    expandedProperties: properties.expanded,
    build(item: ItemRecord): Record<string, Val> {
      const out: Record<string, Val> = {};
      for (const [name, getter] of properties.getters) out[name] = getter(item);
      return out;
    }
  };
}

export function itemEntity(list: ListView, item: ItemRecord, projection: Projection): Entity {
  const editLink = itemEditLink(list, item.id);
  const shaped = entity(list.itemEntityType, item.guid, editLink, projection.build(item), etagOf(item));
  if (projection.expandedProperties.length === 0) return shaped;
  return { ...shaped, links: Object.fromEntries(projection.expandedProperties.map((name) => [name, `${editLink}/${name}`])) };
}
