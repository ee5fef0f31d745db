// Creates the lists and fields of schema.ts, and upgrades older lists in place: idempotent, so a
// second run reads and writes nothing. Roles (groups and list permissions) are in roles.ts.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { isForbidden, isNotFound } from './errors';
import { addFieldOptions, fieldSchemaXml } from './fieldXml';
import type { FieldDefinition } from './listFields';
import { ListDefinition, ListKey, listOrder, lists } from './schema';
import { listUrl } from './yearReader';
import type { CollectionPlace, ListsStatus, ProvisioningChanges, ProvisioningResult } from '../ports';

export type { ListsStatus, ProvisioningChanges, ProvisioningResult };

interface FieldInfo {
  InternalName: string;
  Indexed: boolean;
}

async function findList(sp: SPFI, webUrl: string, key: ListKey): Promise<string | undefined> {
  try {
    const info = await sp.web.getList(listUrl(webUrl, key)).select('Id')();
    return info.Id as string;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** SP.RelationshipDeleteBehaviorType: 0 None, 1 Cascade, 2 Restrict. */
const restrict = 2;

/**
 * The lookups of the schema that restrict deletes but were made before they did (a site provisioned
 * earlier). Read one by one: `RelationshipDeleteBehavior` is a property of SP.FieldLookup only, so a
 * `$select` of it over all the list's fields could be refused.
 */
async function unrestricted(sp: SPFI, webUrl: string, key: ListKey, definition: ListDefinition, existing: Map<string, FieldInfo>): Promise<FieldDefinition[]> {
  const candidates = createdFields(definition).filter((field) => field.restrictDelete && existing.has(field.internalName));
  const found: FieldDefinition[] = [];
  for (const field of candidates) {
    const info = await sp.web.getList(listUrl(webUrl, key)).fields.getByInternalNameOrTitle(field.internalName)() as { RelationshipDeleteBehavior?: number };
    if (info.RelationshipDeleteBehavior !== restrict) found.push(field);
  }
  return found;
}

async function readFields(sp: SPFI, webUrl: string, key: ListKey): Promise<Map<string, FieldInfo>> {
  const fields: FieldInfo[] = await sp.web.getList(listUrl(webUrl, key)).fields.select('InternalName', 'Indexed')();
  return new Map(fields.map((field) => [field.InternalName, field]));
}

/** The fields provisioning creates: SharePoint's own columns are there already. */
function createdFields(definition: ListDefinition): FieldDefinition[] {
  return definition.fields.filter((field) => !field.builtIn);
}

function fieldsToChange(definition: ListDefinition, existing: Map<string, FieldInfo>) {
  const created = createdFields(definition);
  return {
    missing: created.filter((field) => !existing.has(field.internalName)),
    unindexed: created.filter((field) =>
      (field.indexed || field.unique) && existing.has(field.internalName) && !existing.get(field.internalName)!.Indexed)
  };
}

function placeOf(key: ListKey): CollectionPlace {
  return { collection: key, title: lists[key].title, url: lists[key].url };
}

/** What "Skapa listor" would do, without doing it: the web part asks this first. */
export async function checkLists(sp: SPFI, webUrl: string): Promise<ListsStatus> {
  const status: ListsStatus = { missing: [], outdated: [] };
  for (const key of listOrder) {
    if (!(await findList(sp, webUrl, key))) {
      (lists[key].since === undefined ? status.missing : status.outdated).push(placeOf(key));
      continue;
    }
    const existing = await readFields(sp, webUrl, key);
    const { missing, unindexed } = fieldsToChange(lists[key], existing);
    if (missing.length + unindexed.length + (await unrestricted(sp, webUrl, key, lists[key], existing)).length > 0) status.outdated.push(placeOf(key));
  }
  return status;
}

async function createList(sp: SPFI, definition: ListDefinition): Promise<string> {
  // The URL comes from the title at creation: create with the ASCII name, then show the Swedish one.
  const asciiName = definition.url.slice(definition.url.lastIndexOf('/') + 1);
  const created = await sp.web.lists.add(asciiName, definition.description, 100, false);
  const list = sp.web.lists.getById(created.Id);
  await list.update({ Title: definition.title });
  const title = definition.fields.find((field) => field.builtIn && field.internalName === 'Title');
  if (title) await list.fields.getByInternalNameOrTitle('Title').update({ Title: title.displayName });
  return created.Id;
}

/** `definitions` is the current schema; tests pass an older one to check upgrades. `changes` fills as it goes, also when it throws. */
export async function provisionLists(sp: SPFI, webUrl: string,
  definitions: Readonly<Record<ListKey, ListDefinition>> = lists,
  changes: ProvisioningChanges = { createdLists: [], addedFields: [], indexedFields: [], restrictedFields: [] }): Promise<ProvisioningResult> {
  const listIds = new Map<ListKey, string>();
  try {
    for (const key of listOrder) {
      const definition = definitions[key];
      let id = await findList(sp, webUrl, key);
      if (!id) {
        id = await createList(sp, definition);
        changes.createdLists.push(key);
      }
      listIds.set(key, id);
      const list = sp.web.lists.getById(id);
      const existing = await readFields(sp, webUrl, key);
      const { missing, unindexed } = fieldsToChange(definition, existing);
      for (const field of missing) {
        const target = field.lookupList ? listIds.get(field.lookupList) : undefined;
        await list.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, target), Options: addFieldOptions });
        changes.addedFields.push(`${key}.${field.internalName}`);
      }
      for (const field of unindexed) {
        await list.fields.getByInternalNameOrTitle(field.internalName).update({ Indexed: true });
        changes.indexedFields.push(`${key}.${field.internalName}`);
      }
      // The property is SP.FieldLookup's, so the type is named (as Microsoft's answer to pnpjs#1187
      // does); SharePoint enforces a relationship only on an indexed lookup, so the index comes along.
      for (const field of await unrestricted(sp, webUrl, key, definition, existing)) {
        await list.fields.getByInternalNameOrTitle(field.internalName)
          .update({ '@odata.type': '#SP.FieldLookup', Indexed: true, RelationshipDeleteBehavior: restrict } as never);
        changes.restrictedFields.push(`${key}.${field.internalName}`);
      }
    }
  } catch (error) {
    if (isForbidden(error)) return { kind: 'forbidden', missingPermission: 'manageLists', changes };
    throw error;
  }
  return { kind: 'done', changes };
}
