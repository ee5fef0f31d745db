// Folders in a list, as SharePoint keeps them: created with AddValidateUpdateItemUsingPath or
// RootFolder/Folders/AddUsingPath, items added into them, their path in FileRef/FileDirRef, the
// items endpoint answering across every folder, permissions flowing down from a folder that broke
// inheritance, folders in folders (listed with getFolderByServerRelativePath), inheritance reset,
// items moved between folders, and the limit on unique scopes per list.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { startTestEmulator, TestEmulator } from '../testing';

const STAFF = 'sara.staff@contoso.onmicrosoft.com';
const HEAD = 'henrik.head@contoso.onmicrosoft.com';
const OTHER = 'olle.other@contoso.onmicrosoft.com';
const READ = 1073741826;
const CONTRIBUTE = 1073741827;
const url = '/sites/miljo/Lists/Notes';

describe('folders in a list', () => {
  let emu: TestEmulator;
  let sp: SPFI;
  let headGroup: number;
  let everyone: number;

  beforeAll(async () => {
    emu = await startTestEmulator();
    await emu.addPeople(STAFF, HEAD, OTHER);
    sp = emu.sp();
    await sp.web.lists.add('Notes');
    await sp.web.getList(url).fields.addNumber('Size');
    headGroup = (await sp.web.siteGroups.add({ Title: 'Unit A heads' })).Id;
    everyone = (await sp.web.siteGroups.add({ Title: 'Everyone here' })).Id;
    await sp.web.siteGroups.getById(headGroup).users.add(HEAD);
    for (const login of [STAFF, HEAD, OTHER]) await sp.web.siteGroups.getById(everyone).users.add(login);
    const list = sp.web.getList(url);
    await list.breakRoleInheritance(false, true);
    await list.roleAssignments.add(everyone, READ);
  });
  afterAll(async () => { await emu.close(); });

  async function addFolder(name: string, parent = url): Promise<number> {
    const rows = await sp.web.getList(url).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: name }], parent, false, '', { leafName: name, objectType: 1 });
    expect(rows.every((row) => !row.HasException)).toBe(true);
    return Number(rows.find((row) => row.FieldName === 'Id')?.FieldValue);
  }

  it('creates a folder, adds an item into it and answers both with their paths, recursively from the items endpoint', async () => {
    const folderId = await addFolder('unit-a');
    const rows = await sp.web.getList(url).addValidateUpdateItemUsingPath(
      [{ FieldName: 'Title', FieldValue: 'in A' }, { FieldName: 'Size', FieldValue: '3' }], `${url}/unit-a`);
    const itemId = Number(rows.find((row) => row.FieldName === 'Id')?.FieldValue);
    const root = await sp.web.getList(url).items.add({ Title: 'at the root' });
    const items = await sp.web.getList(url).items.select('Id', 'Title', 'FileSystemObjectType', 'FileRef', 'FileDirRef', 'FileLeafRef', 'ContentTypeId').orderBy('Id')();
    expect(items.map(({ Id, FileSystemObjectType, FileRef, FileDirRef, FileLeafRef }) => ({ Id, FileSystemObjectType, FileRef, FileDirRef, FileLeafRef }))).toEqual([
      { Id: folderId, FileSystemObjectType: 1, FileRef: `${url}/unit-a`, FileDirRef: url, FileLeafRef: 'unit-a' },
      { Id: itemId, FileSystemObjectType: 0, FileRef: `${url}/unit-a/${itemId}_.000`, FileDirRef: `${url}/unit-a`, FileLeafRef: `${itemId}_.000` },
      { Id: root.Id, FileSystemObjectType: 0, FileRef: `${url}/${root.Id}_.000`, FileDirRef: url, FileLeafRef: `${root.Id}_.000` }
    ]);
    expect(items[0].ContentTypeId).toMatch(/^0x0120/);
    expect(items[1].ContentTypeId).toMatch(/^0x0100/);
    expect(await sp.web.getList(url).items.getById(itemId).select('Size')()).toMatchObject({ Size: 3 });
  });

  it('creates folders with RootFolder/Folders/AddUsingPath too, and refuses a second folder of the same name', async () => {
    const added = await sp.web.getList(url).rootFolder.folders.addUsingPath(`${url}/unit-b`);
    expect(added).toMatchObject({ Name: 'unit-b', ServerRelativeUrl: `${url}/unit-b` });
    await expect(sp.web.getList(url).rootFolder.folders.addUsingPath(`${url}/unit-b`)).rejects.toMatchObject({ status: 500 });
    const folders: Array<{ Name: string; ItemCount: number; ListItemAllFields: { HasUniqueRoleAssignments: boolean } }> = await sp.web.getList(url).rootFolder.folders.expand('ListItemAllFields')();
    expect(folders.map((folder) => [folder.Name, folder.ItemCount, folder.ListItemAllFields.HasUniqueRoleAssignments])).toEqual([['unit-a', 1, false], ['unit-b', 0, false]]);
    const rows = await sp.web.getList(url).addValidateUpdateItemUsingPath([], url, false, '', { leafName: 'unit-b', objectType: 1 });
    expect(rows.some((row) => row.HasException)).toBe(true);
  });

  it('reads people, dates and yes/no from their form texts, in the site’s time zone', async () => {
    const list = sp.web.getList(url);
    await list.fields.addUser('Owner', { SelectionMode: 0 });
    await list.fields.addDateTime('Due', { DisplayFormat: 0 });
    await list.fields.addBoolean('Done');
    const rows = await list.addValidateUpdateItemUsingPath([
      { FieldName: 'Title', FieldValue: 'typed' }, { FieldName: 'Owner', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${HEAD}` }]) },
      { FieldName: 'Due', FieldValue: '2026-03-14 00:00:00' }, { FieldName: 'Done', FieldValue: '1' }], url);
    const id = Number(rows.find((row) => row.FieldName === 'Id')?.FieldValue);
    const item = await list.items.getById(id).select('OwnerId', 'Due', 'Done')();
    const head = await emu.sp(HEAD).web.currentUser.select('Id')();
    // Stockholm's midnight, in UTC.
    expect(item).toMatchObject({ OwnerId: head.Id, Due: '2026-03-13T23:00:00Z', Done: true });
    const unknown = await list.addValidateUpdateItemUsingPath([{ FieldName: 'Owner', FieldValue: JSON.stringify([{ Key: 'i:0#.f|membership|nobody@x' }]) }], url);
    expect(unknown.some((row) => row.HasException)).toBe(true);
  });

  it('refuses an item in a folder that does not exist', async () => {
    await expect(sp.web.getList(url).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x' }], `${url}/nowhere`))
      .rejects.toMatchObject({ status: 404 });
  });

  it('answers a duplicate in a unique column in the rows and adds nothing', async () => {
    await sp.web.getList(url).fields.addText('Key', { EnforceUniqueValues: true, Indexed: true });
    const first = await sp.web.getList(url).addValidateUpdateItemUsingPath([{ FieldName: 'Key', FieldValue: 'k1' }], `${url}/unit-a`);
    expect(first.some((row) => row.HasException)).toBe(false);
    const before = (await sp.web.getList(url).items.select('Id')()).length;
    const twin = await sp.web.getList(url).addValidateUpdateItemUsingPath([{ FieldName: 'Key', FieldValue: 'k1' }], `${url}/unit-a`);
    expect(twin.find((row) => row.FieldName === 'Key')).toMatchObject({ HasException: true });
    expect((await sp.web.getList(url).items.select('Id')()).length).toBe(before);
  });

  it('lets a folder with permissions of its own decide for everything in it, and hides it from those it leaves out', async () => {
    const folderId = await addFolder('unit-c');
    const folder = sp.web.getList(url).items.getById(folderId);
    await folder.breakRoleInheritance(true, true);
    await folder.roleAssignments.add(headGroup, CONTRIBUTE);
    // The head may add and edit in the folder, not at the root; others only read there.
    const head = emu.sp(HEAD).web.getList(url);
    const rows = await head.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'by the head' }], `${url}/unit-c`);
    const id = Number(rows.find((row) => row.FieldName === 'Id')?.FieldValue);
    await head.items.getById(id).update({ Title: 'changed by the head' });
    await expect(head.items.add({ Title: 'at the root' })).rejects.toMatchObject({ status: 403 });
    await expect(head.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x' }], `${url}/unit-a`)).rejects.toMatchObject({ status: 403 });
    const other = emu.sp(OTHER).web.getList(url);
    expect(await other.items.getById(id).select('Title')()).toMatchObject({ Title: 'changed by the head' });
    await expect(other.items.getById(id).update({ Title: 'by someone else' })).rejects.toMatchObject({ status: 403 });
    await expect(other.items.getById(id).delete()).rejects.toMatchObject({ status: 403 });
    await expect(other.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x' }], `${url}/unit-c`)).rejects.toMatchObject({ status: 403 });
    // Copying took the list's assignments: everyone still reads. Without them, the folder's items hide.
    await folder.roleAssignments.remove(everyone, READ);
    const seen = await other.items.select('Id')();
    expect(seen.map((item) => item.Id)).not.toContain(id);
    expect(seen.map((item) => item.Id)).not.toContain(folderId);
    await expect(other.items.getById(id)()).rejects.toMatchObject({ status: 403 });
    await folder.roleAssignments.add(everyone, READ);
  });

  it('lets an item in such a folder break inheritance again: its own assignments then decide alone', async () => {
    const [inC] = await sp.web.getList(url).items.filter("Title eq 'changed by the head'").select('Id')();
    const item = sp.web.getList(url).items.getById(inC.Id);
    await item.breakRoleInheritance(true, true);
    expect((await item.roleAssignments.select('PrincipalId')()).map((assignment) => assignment.PrincipalId)).toContain(headGroup);
    await item.roleAssignments.remove(headGroup, CONTRIBUTE);
    await item.roleAssignments.add(headGroup, READ);
    await expect(emu.sp(HEAD).web.getList(url).items.getById(inC.Id).update({ Title: 'locked?' })).rejects.toMatchObject({ status: 403 });
  });

  /** As PnPjs's moveByPath and PnP Core's MoveTo post it, without PnPjs first reading the file. */
  function moveFile(from: string, to: string, user?: string): Promise<Response> {
    const origin = new URL(emu.url).origin;
    return emu.fetch('/_api/SP.MoveCopyUtil.MoveFileByPath(overwrite=@a1)?@a1=false', {
      method: 'POST', user,
      body: JSON.stringify({ srcPath: { DecodedUrl: origin + from }, destPath: { DecodedUrl: origin + to }, options: { KeepBoth: false, ShouldBypassSharedLocks: true, RetainEditorAndModifiedOnMove: true } })
    });
  }

  it('moves an item to another folder, where that folder’s permissions then decide', async () => {
    const rows = await sp.web.getList(url).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'moving' }], `${url}/unit-a`);
    const id = Number(rows.find((row) => row.FieldName === 'Id')?.FieldValue);
    await expect(emu.sp(HEAD).web.getList(url).items.getById(id).update({ Title: 'before' })).rejects.toMatchObject({ status: 403 });
    expect((await moveFile(`${url}/unit-a/${id}_.000`, `${url}/unit-c/${id}_.000`)).status).toBe(200);
    expect(await sp.web.getList(url).items.getById(id).select('FileDirRef')()).toMatchObject({ FileDirRef: `${url}/unit-c` });
    await emu.sp(HEAD).web.getList(url).items.getById(id).update({ Title: 'after' });
    // Moving out of the head's folder takes AddListItems where it goes.
    expect((await moveFile(`${url}/unit-c/${id}_.000`, `${url}/unit-a/${id}_.000`, HEAD)).status).toBe(403);
    expect((await moveFile(`${url}/unit-a/${id}_.000`, `${url}/unit-a/${id}_.000`)).status).toBe(404);
  });

  it('keeps folders in folders: lists a folder’s folders with their items, locks one by breaking and turning Contribute to Read, and resets it', async () => {
    const outer = await addFolder('unit-d');
    const outerItem = sp.web.getList(url).items.getById(outer);
    await outerItem.breakRoleInheritance(true, false);
    await outerItem.roleAssignments.add(headGroup, CONTRIBUTE);
    // A head who may add in the outer folder may make a folder in it, which inherits.
    const rows = await emu.sp(HEAD).web.getList(url).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: '2026-delar' }], `${url}/unit-d`, false, '',
      { leafName: '2026-delar', objectType: 1 });
    const inner = Number(rows.find((row) => row.FieldName === 'Id')?.FieldValue);
    type Listed = Array<{ Name: string; ListItemAllFields: { Id: number; HasUniqueRoleAssignments: boolean } }>;
    const listed: Listed = await sp.web.getFolderByServerRelativePath(`${url}/unit-d`).folders.expand('ListItemAllFields')();
    expect(listed.map((folder) => ({ Name: folder.Name, ListItemAllFields: folder.ListItemAllFields }))).toEqual([
      { Name: '2026-delar', ListItemAllFields: expect.objectContaining({ Id: inner, HasUniqueRoleAssignments: false }) }
    ]);
    expect((await sp.web.getFolderByServerRelativePath(url).folders()).map((folder: { Name: string }) => folder.Name)).toContain('unit-d');
    await expect(sp.web.getFolderByServerRelativePath(`${url}/no-such`).folders()).rejects.toMatchObject({ status: 404 });
    const added = await emu.sp(HEAD).web.getList(url).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'in the period' }], `${url}/unit-d/2026-delar`);
    const id = Number(added.find((row) => row.FieldName === 'Id')?.FieldValue);
    expect(await sp.web.getList(url).items.getById(id).select('FileDirRef')()).toMatchObject({ FileDirRef: `${url}/unit-d/2026-delar` });
    // Breaking with copying takes the outer folder's assignments (the head's group's Contribute with them).
    const innerItem = sp.web.getList(url).items.getById(inner);
    await expect(emu.sp(HEAD).web.getList(url).items.getById(inner).breakRoleInheritance(true, false)).rejects.toMatchObject({ status: 403 });
    await innerItem.breakRoleInheritance(true, false);
    const copied = await innerItem.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')();
    expect(copied).toEqual(expect.arrayContaining([expect.objectContaining({ PrincipalId: headGroup, RoleDefinitionBindings: [expect.objectContaining({ Id: CONTRIBUTE })] })]));
    await innerItem.roleAssignments.add(headGroup, READ);
    await innerItem.roleAssignments.remove(headGroup, CONTRIBUTE);
    await expect(emu.sp(HEAD).web.getList(url).items.getById(id).update({ Title: 'after the lock' })).rejects.toMatchObject({ status: 403 });
    await expect(emu.sp(HEAD).web.getList(url).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x' }], `${url}/unit-d/2026-delar`)).rejects.toMatchObject({ status: 403 });
    expect(await emu.sp(HEAD).web.getList(url).items.getById(id).select('Title')()).toMatchObject({ Title: 'in the period' });
    // Resetting takes Manage Permissions on the folder, and the outer folder decides again.
    await expect(emu.sp(HEAD).web.getList(url).items.getById(inner).resetRoleInheritance()).rejects.toMatchObject({ status: 403 });
    await innerItem.resetRoleInheritance();
    const after: Listed = await sp.web.getFolderByServerRelativePath(`${url}/unit-d`).folders.expand('ListItemAllFields')();
    expect(after[0].ListItemAllFields.HasUniqueRoleAssignments).toBe(false);
    await emu.sp(HEAD).web.getList(url).items.getById(id).update({ Title: 'after the reset' });
  });

  it('counts unique scopes per list and refuses breaking inheritance past the limit', async () => {
    const { store } = emu;
    const list = store.listByUrl(url)!;
    const unique = list.def.items.filter((item) => item.hasUniqueRoleAssignments).length;
    (store.options as { uniqueScopesPerList?: number }).uniqueScopesPerList = unique;
    const added = await sp.web.getList(url).items.add({ Title: 'one scope too many' });
    await expect(sp.web.getList(url).items.getById(added.Id).breakRoleInheritance(true)).rejects.toMatchObject({ status: 400 });
    delete (store.options as { uniqueScopesPerList?: number }).uniqueScopesPerList;
    await sp.web.getList(url).items.getById(added.Id).breakRoleInheritance(true);
  });
});
