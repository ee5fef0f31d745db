// Adding an item into a folder: SharePoint's AddValidateUpdateItemUsingPath, the one add that
// names the folder, and so the one whose permission check is the folder's (places.ts). It takes
// each field as the text a form would send; what fails comes back in its rows, not as an HTTP
// error, so a failed row is turned into one here. A folder that is not there (a site whose places
// are not made yet) means the list's root folder, as before places existed.
import type { IList, IListItemFormUpdateValue } from '@pnp/sp/lists';
import '@pnp/sp/items';
import { isNotFound } from './errors';
import type { Added, Draft, Item } from './listFields';
import type { UserIdOf } from './people';
import { ListDefinition, ListKey, ListModels, lists } from './schema';

export interface FormValue { FieldName: string; FieldValue: string }

/** A place an add goes to: the folder's server-relative URL and the item as form texts. */
export interface FolderPlace {
  folderUrl: string;
  formValues: FormValue[];
  /** Makes the folder when it is missing (a period's folder inside its place's): the add is tried once more after it. */
  ensureFolder?: () => Promise<void>;
}

function formText(type: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (type) {
    case 'Boolean': return value === true ? '1' : '0';
    case 'User': return value === '' ? '' : JSON.stringify([{ Key: value }]);
    default: return String(value);
  }
}

/**
 * The form texts of an add: each written field as a form sends it, people by sign-in name (the
 * caller resolved them first, so someone unknown is refused beside the field), dates as the day.
 */
export async function addedFormValues<K extends ListKey>(key: K, value: Draft<ListModels[K]>, added: Added): Promise<FormValue[]> {
  const definition: ListDefinition<ListModels[K]> = lists[key];
  const byLogin = (async (login: string | undefined) => login ?? null) as unknown as UserIdOf;
  const values: FormValue[] = [];
  for (const field of definition.fields) {
    if (!field.model.write && !field.model.onAdd) continue;
    // What only an add sets wins, as in the add's JSON body (itemBodies.ts).
    const written = field.model.onAdd ? field.model.onAdd(added) : await field.model.write!(value, byLogin);
    values.push({ FieldName: field.internalName, FieldValue: formText(field.type, written) });
  }
  return values;
}

function refusal(row: IListItemFormUpdateValue): Error {
  // As SharePoint's HTTP answer to the same add would say it: a lookup target gone, a duplicate key…
  return Object.assign(new Error(row.ErrorMessage ?? 'The item was not added.'), { status: 400 });
}

/** The added item's id and ETag (a new item is version 1). */
export async function addInFolder(list: IList, place: FolderPlace, rootBody: () => Promise<Item>): Promise<Item> {
  let rows: IListItemFormUpdateValue[];
  try {
    rows = await list.addValidateUpdateItemUsingPath(place.formValues, place.folderUrl);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    // A period's folder not made yet is made (in its place's folder, whose permissions it then
    // has); a place not made yet means the root folder, as before places existed.
    const made = place.ensureFolder ? await place.ensureFolder().then(() => true, (cause: unknown) => {
      if (isNotFound(cause)) return false;
      throw cause;
    }) : false;
    if (!made) return list.items.add(await rootBody());
    return addInFolder(list, { folderUrl: place.folderUrl, formValues: place.formValues }, rootBody);
  }
  const failed = rows.find((row) => row.HasException);
  if (failed) throw refusal(failed);
  const id = Number(rows.find((row) => row.FieldName === 'Id')?.FieldValue);
  return { Id: id, 'odata.etag': '"1"' };
}
