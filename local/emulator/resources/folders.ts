/**
 * Folders in lists and items placed in them: `AddValidateUpdateItemUsingPath` (an item, or a folder
 * with UnderlyingObjectType 1, in the folder FolderPath names), `RootFolder/Folders/AddUsingPath`,
 * and `SP.MoveCopyUtil.MoveFileByPath`, which moves a list item (its file `<id>_.000`) to another
 * folder of its list, as PnP's clients move list items. Adding takes AddListItems on the folder the
 * item goes in, moving EditListItems on the item and AddListItems where it goes.
 */
import { SpError, fileNotFound, invalidQuery, methodNotAllowed, notSupported, resourceNotFound } from '../errors';
import { Perm, hasPerm } from '../permissions';
import { ItemRecord } from '../model';
import { ListState } from '../store';
import { bodyFromFormValues, formValuesOf } from '../formValues';
import { dirOf, folderByPath, folderPath, isFolder, leafOf, nameTaken, pathInList } from '../store/folders';
import { RequestContext } from './context';
import { HandlerTable, Resource, SegmentTable, action, withoutArguments } from './resource';

/** `{ DecodedUrl }` (SP.ResourcePath) or a bare string. */
function decodedUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { DecodedUrl?: unknown }).DecodedUrl === 'string') return (value as { DecodedUrl: string }).DecodedUrl;
  return undefined;
}

/** The folder a server-relative URL names in the list; the root folder is ''. */
function folderIn(context: RequestContext, list: ListState, url: string | undefined): string {
  if (url === undefined || url === '') return '';
  const path = pathInList(list, context.store.listUrl(list), url);
  if (path === undefined) throw fileNotFound();
  return path;
}

/** AddListItems where the item goes: on its folder (which may have permissions of its own) or the list. */
function needToAddIn(context: RequestContext, list: ListState, dir: string): void {
  context.need(Perm.AddListItems, list, dir === '' ? undefined : folderByPath(list, dir));
}

function checkNameFree(list: ListState, dir: string, name: string): void {
  if (!name || /[\\/:*?"<>|#%]/.test(name) || name.startsWith('.') || name.endsWith('.')) {
    throw new SpError(400, '-2130575245, Microsoft.SharePoint.SPException', `The folder name '${name}' is not valid.`);
  }
  const path = dir ? `${dir}/${name}` : name;
  if (folderByPath(list, path)) throw nameTaken(path);
}

function formUpdateRows(context: RequestContext, rows: Array<Record<string, unknown>>): ReturnType<RequestContext['reply']['json']> {
  const { format } = context.reply;
  if (format === 'verbose') return context.reply.json({ d: { AddValidateUpdateItemUsingPath: { __metadata: { type: 'Collection(SP.ListItemFormUpdateValue)' }, results: rows } } });
  return context.reply.json(format === 'minimal'
    ? { 'odata.metadata': `${context.apiBase}/$metadata#Collection(SP.ListItemFormUpdateValue)`, value: rows }
    : { value: rows });
}

/**
 * A field that does not validate, or a duplicate in a unique column, is answered in the rows (200,
 * HasException) and nothing is added, as SharePoint answers a form; no permission or no such folder
 * is an HTTP error.
 */
function addValidateUpdate(list: ListState): Resource {
  return action('AddValidateUpdateItemUsingPath', (context) => {
    const body = context.body();
    const info = (body.listItemCreateInfo ?? {}) as Record<string, unknown>;
    const dir = folderIn(context, list, decodedUrl(info.FolderPath));
    const objectType = info.UnderlyingObjectType ?? 0;
    if (objectType !== 0 && objectType !== 1) throw notSupported(`UnderlyingObjectType ${String(objectType)} in a list`);
    const values = formValuesOf(body);
    needToAddIn(context, list, dir);
    const rows = values.map((value) => ({ ErrorCode: 0, ErrorMessage: null as string | null, FieldName: value.FieldName, FieldValue: value.FieldValue, HasException: false, ItemId: 0 }));
    let item: ItemRecord;
    try {
      const itemBody = bodyFromFormValues(list, values, context.store.timeZone(), (login) => context.store.ensureUser(login));
      const folderName = objectType === 1 ? decodedUrl(info.LeafName) ?? '' : undefined;
      if (folderName !== undefined) checkNameFree(list, dir, folderName);
      item = context.store.addItem(list, itemBody, context.user, { dir, folderName });
    } catch (error) {
      if (!(error instanceof SpError) || error.status >= 500 && !/already exists/.test(error.message)) throw error;
      const code = Number(error.code.split(',')[0]) || -1;
      const failed = rows.length > 0 ? rows : [{ ErrorCode: 0, ErrorMessage: null, FieldName: 'Title', FieldValue: null, HasException: false, ItemId: 0 }];
      return formUpdateRows(context, failed.map((row) => ({ ...row, ErrorCode: code, ErrorMessage: error.message, HasException: true })));
    }
    return formUpdateRows(context, [...rows.map((row) => ({ ...row, ItemId: item.id })),
      { ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(item.id), HasException: false, ItemId: item.id }]);
  });
}

function addFolderUsingPath(list: ListState, segment: { named: Record<string, unknown> }): Resource {
  return action('AddUsingPath', (context) => {
    const url = segment.named.decodedurl;
    if (typeof url !== 'string' || url === '') throw invalidQuery('AddUsingPath needs DecodedUrl.');
    const listUrl = context.store.listUrl(list);
    const relative = url.toLowerCase().startsWith(`${listUrl.toLowerCase()}/`) ? url.slice(listUrl.length + 1) : url.replace(/^\/+/, '');
    const cut = relative.lastIndexOf('/');
    const dir = cut < 0 ? '' : folderIn(context, list, `${listUrl}/${relative.slice(0, cut)}`);
    const name = relative.slice(cut + 1);
    needToAddIn(context, list, dir);
    checkNameFree(list, dir, name);
    const folder = context.store.addItem(list, {}, context.user, { dir, folderName: name });
    const serverRelativeUrl = `${listUrl}/${folderPath(folder)}`;
    return context.reply.json(context.reply.format === 'verbose'
      ? { d: { __metadata: { type: 'SP.Folder' }, Exists: true, ItemCount: 0, Name: name, ServerRelativeUrl: serverRelativeUrl, UniqueId: folder.guid } }
      : { Exists: true, ItemCount: 0, Name: name, ServerRelativeUrl: serverRelativeUrl, UniqueId: folder.guid });
  });
}

/** The list and item a file URL `<list>/<folders>/<id>_.000` names; folders are moved by MoveFolderByPath, not modelled. */
function listItemAt(context: RequestContext, url: string): { list: ListState; item: ItemRecord } {
  let path = url;
  try { path = decodeURIComponent(new URL(url).pathname); } catch { /* server-relative */ }
  const list = context.store.listByUrl(path);
  const match = /\/(\d+)_\.000$/.exec(path);
  const item = list && match ? list.byId.get(Number(match[1])) : undefined;
  if (!list || !item || isFolder(item)) throw fileNotFound();
  const expected = `${context.store.listUrl(list)}/${dirOf(item) ? `${dirOf(item)}/` : ''}${leafOf(item)}`;
  if (expected.toLowerCase() !== path.toLowerCase()) throw fileNotFound();
  return { list, item };
}

const moveFileByPath = action('MoveFileByPath', (context) => {
  const body = context.body();
  const source = listItemAt(context, decodedUrl(body.srcPath) ?? '');
  let destination = decodedUrl(body.destPath) ?? '';
  try { destination = decodeURIComponent(new URL(destination).pathname); } catch { /* server-relative */ }
  const { list, item } = source;
  if (!destination.toLowerCase().endsWith(`/${leafOf(item)}`.toLowerCase())) throw notSupported('renaming a list item while moving it');
  if (context.store.listByUrl(destination) !== list) throw notSupported('moving a list item to another list');
  const dir = folderIn(context, list, destination.slice(0, destination.length - leafOf(item).length - 1));
  context.need(Perm.EditListItems, list, item);
  needToAddIn(context, list, dir);
  const options = (body.options ?? {}) as Record<string, unknown>;
  context.store.moveItem(list, item, dir, context.user, options.RetainEditorAndModifiedOnMove === true);
  return context.reply.voidResult('MoveFileByPath');
});

/** `web/getFolderByServerRelativePath(decodedUrl=…)`: a list's root folder or a folder in it; only its `Folders` and `ListItemAllFields` are modelled. */
function folderAt(context: RequestContext, url: unknown): Resource {
  if (typeof url !== 'string' || url === '') throw invalidQuery('getFolderByServerRelativePath needs DecodedUrl.');
  let path = url;
  try { path = decodeURIComponent(new URL(url).pathname); } catch { /* server-relative */ }
  const list = context.store.listByUrl(path);
  if (!list) throw fileNotFound();
  return { kind: 'folder', list, path: folderIn(context, list, path) };
}

export const folderSegments: SegmentTable = {
  root: {
    'sp.movecopyutil.movefilebypath': () => moveFileByPath
  },
  list: {
    addvalidateupdateitemusingpath: (context, { list }) => addValidateUpdate(list)
  },
  web: {
    getfolderbyserverrelativepath: (context, web, segment) => folderAt(context, segment.named.decodedurl)
  },
  rootfolder: {
    folders: (context, { list }) => ({ kind: 'folders', list })
  },
  folder: {
    folders: (context, { list, path }) => ({ kind: 'folders', list, path }),
    listitemallfields: withoutArguments((context, { list, path }) => {
      const folder = folderByPath(list, path);
      if (!folder) throw notSupported('ListItemAllFields of a list\'s root folder');
      return { kind: 'item', list, id: folder.id };
    }),
    // SP.Folder is no securable object: its list item is (ListItemAllFields/FirstUniqueAncestorSecurableObject)
    firstuniqueancestorsecurableobject: (context, parent, segment) => { throw resourceNotFound(segment.name); }
  },
  folders: {
    addusingpath: (context, { list }, segment) => addFolderUsingPath(list, segment)
  }
};

/**
 * The folders in the root folder (or in the folder `path`): Name, ServerRelativeUrl, UniqueId, ItemCount, and with
 * `$expand=ListItemAllFields` the folder's item (Id, HasUniqueRoleAssignments). `$filter`,
 * `$orderby` and `$top` are not modelled here (501); the list's folders are few.
 */
function listFolders(context: RequestContext, list: ListState, path = ''): ReturnType<RequestContext['reply']['json']> {
  context.need(Perm.ViewListItems, list);
  const query = context.entityQuery();
  if (query.filter || query.orderby || query.top) throw notSupported('$filter, $orderby or $top on RootFolder/Folders');
  const expanded = (query.expand ?? '').split(',').map((name) => name.trim().toLowerCase()).includes('listitemallfields');
  const listUrl = context.store.listUrl(list);
  const visible = (item: ItemRecord): boolean => hasPerm(context.store.effectiveMask(context.user, list, item), Perm.ViewListItems);
  const rows = list.def.items.filter((item) => isFolder(item) && dirOf(item).toLowerCase() === path.toLowerCase() && visible(item)).map((folder) => ({
    Exists: true,
    ItemCount: list.def.items.filter((item) => dirOf(item).toLowerCase() === folderPath(folder).toLowerCase()).length,
    Name: leafOf(folder),
    ServerRelativeUrl: `${listUrl}/${folderPath(folder)}`,
    UniqueId: folder.guid,
    ...(expanded ? { ListItemAllFields: { Id: folder.id, ID: folder.id, HasUniqueRoleAssignments: folder.hasUniqueRoleAssignments === true } } : {})
  }));
  return context.reply.json(context.reply.format === 'verbose' ? { d: { results: rows } } : { value: rows });
}

export const folderHandlers = {
  folder: (context) => {
    throw notSupported(`${context.method} on a folder (only its Folders and ListItemAllFields are modelled)`);
  },
  folders: (context, { list, path }) => {
    if (context.verb !== 'GET') throw methodNotAllowed(context.method, 'SP.FolderCollection');
    return listFolders(context, list, path);
  }
} satisfies HandlerTable;
