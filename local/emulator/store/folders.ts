/**
 * Folders in a list, as SharePoint keeps them: a folder is an item of its own (FileSystemObjectType
 * 1, content type 0x0120…) with a name; every item and folder sits in a folder (FileDirRef), the
 * list's root folder when none. Permissions flow down the folders: an item that inherits is judged
 * by the nearest folder above it with permissions of its own, else by its list. Each item or folder
 * with permissions of its own is one unique scope of the list (SharePoint refuses breaking
 * inheritance past 50,000 per list; Microsoft recommends staying under 5,000).
 */
import { ItemRecord, ListView } from '../model';
import { SpError } from '../errors';

export const FOLDER_CONTENT_TYPE_ID = '0x012000B7A1C25D3F4E49E6A2C8F1D0E5B4A3C2';

/** SharePoint Online's limit of items and folders with unique permissions in one list. */
export const UNIQUE_SCOPES_PER_LIST = 50000;

export const isFolder = (item: ItemRecord): boolean => item.fsObjType === 1;

/** Where an item sits, relative to the list's root folder: '' is the root. */
export const dirOf = (item: ItemRecord): string => item.dir ?? '';

/** An item's name in its folder: a folder's own name, an item's `<id>_.000` as SharePoint names it. */
export const leafOf = (item: ItemRecord): string => item.leaf ?? `${item.id}_.000`;

/** A folder's path relative to the list's root folder. */
export function folderPath(folder: ItemRecord): string {
  const dir = dirOf(folder);
  return dir ? `${dir}/${leafOf(folder)}` : leafOf(folder);
}

/** Folder paths compare without case, as SharePoint's URLs do. */
const keyOfPath = (path: string): string => path.toLowerCase();

/**
 * Folders by path, built on first use and dropped when a folder is added, moved or deleted
 * (`foldersChanged`): item writes leave it, so a hundred thousand moves do not rebuild it each time.
 */
const folderIndexes = new WeakMap<ListView, Map<string, ItemRecord>>();

function folderIndex(list: ListView): Map<string, ItemRecord> {
  const cached = folderIndexes.get(list);
  if (cached) return cached;
  const byPath = new Map<string, ItemRecord>();
  for (const item of list.def.items) if (isFolder(item)) byPath.set(keyOfPath(folderPath(item)), item);
  folderIndexes.set(list, byPath);
  return byPath;
}

export function foldersChanged(list: ListView): void {
  folderIndexes.delete(list);
}

export function folderByPath(list: ListView, path: string): ItemRecord | undefined {
  return path === '' ? undefined : folderIndex(list).get(keyOfPath(path));
}

/** The item or folder whose own permissions decide for `item`; undefined when the list's do. */
export function securingItem(list: ListView, item: ItemRecord): ItemRecord | undefined {
  if (item.hasUniqueRoleAssignments) return item;
  let dir = dirOf(item);
  while (dir !== '') {
    const folder = folderByPath(list, dir);
    if (!folder) return undefined;
    if (folder.hasUniqueRoleAssignments) return folder;
    dir = dirOf(folder);
  }
  return undefined;
}

/** The scope above `item`: what it inherits from (a folder with permissions of its own), or the list. */
export function parentScope(list: ListView, item: ItemRecord): ItemRecord | undefined {
  const dir = dirOf(item);
  const parent = dir === '' ? undefined : folderByPath(list, dir);
  return parent ? securingItem(list, parent) : undefined;
}

export function uniqueScopeCount(list: ListView): number {
  let count = 0;
  for (const item of list.def.items) if (item.hasUniqueRoleAssignments) count++;
  return count;
}

export function tooManyUniqueScopes(): SpError {
  return new SpError(400, '-2147024809, System.ArgumentException',
    'You cannot break inheritance for this item because there are too many items with unique permissions in this list.');
}

export function nameTaken(path: string): SpError {
  return new SpError(500, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${path} already exists.`);
}

/**
 * A server-relative folder URL as a path in the list ('' the root folder); undefined when it names
 * no folder of the list. `listUrl` is the list's server-relative URL.
 */
export function pathInList(list: ListView, listUrl: string, serverRelativeUrl: string): string | undefined {
  let url = serverRelativeUrl.replace(/\/+$/, '');
  try { url = new URL(url).pathname; } catch { /* already server-relative */ }
  const lowerUrl = url.toLowerCase();
  const lowerList = listUrl.toLowerCase();
  if (lowerUrl === lowerList) return '';
  if (!lowerUrl.startsWith(`${lowerList}/`)) return undefined;
  const path = url.slice(listUrl.length + 1);
  return folderByPath(list, path) ? folderPath(folderByPath(list, path)!) : undefined;
}

/** Items and folders directly or further down in `path`. */
export function itemsUnder(list: ListView, path: string): ItemRecord[] {
  const prefix = keyOfPath(`${path}/`);
  return list.def.items.filter((item) => {
    const dir = keyOfPath(dirOf(item));
    return dir === keyOfPath(path) || `${dir}/`.startsWith(prefix);
  });
}
