// Item-level permissions: an item that breaks inheritance is judged by its own assignments alone,
// so Full Control on the list no longer reaches it. The product locks a fastställd report so.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { PermissionKind } from '@pnp/sp/security';
import { startTestEmulator, TestEmulator } from '../testing';

const STAFF = 'sara.staff@contoso.onmicrosoft.com';
const HEAD = 'henrik.head@contoso.onmicrosoft.com';
const READ = 1073741826;
const CONTRIBUTE = 1073741827;
const FULL_CONTROL = 1073741829;

describe('item-level role assignments', () => {
  let emu: TestEmulator;
  let sp: SPFI;
  let staffGroup: number;
  let headGroup: number;
  const url = '/sites/miljo/Lists/Reports';

  beforeAll(async () => {
    emu = await startTestEmulator();
    await emu.addPeople(STAFF, HEAD);
    sp = emu.sp();
    await sp.web.lists.add('Reports');
    staffGroup = (await sp.web.siteGroups.add({ Title: 'Staff' })).Id;
    headGroup = (await sp.web.siteGroups.add({ Title: 'Heads' })).Id;
    await sp.web.siteGroups.getById(staffGroup).users.add(STAFF);
    await sp.web.siteGroups.getById(headGroup).users.add(HEAD);
    const list = sp.web.getList(url);
    await list.breakRoleInheritance(false, true);
    await list.roleAssignments.add(staffGroup, FULL_CONTROL);
    await list.roleAssignments.add(headGroup, READ);
  });
  afterAll(async () => { await emu.close(); });

  async function lockedByStaff(title: string): Promise<number> {
    const staff = emu.sp(STAFF).web.getList(url);
    const added = await staff.items.add({ Title: title });
    const item = staff.items.getById(added.Id);
    await item.breakRoleInheritance(false, true);
    await item.roleAssignments.add(staffGroup, READ);
    await item.roleAssignments.add(headGroup, READ);
    // Breaking without copying gave the caller Full Control; taking it away is the last step.
    const me = await emu.sp(STAFF).web.currentUser.select('Id')();
    await item.roleAssignments.remove(me.Id, FULL_CONTROL);
    return added.Id;
  }

  it('lets the list’s Full Control break an item’s inheritance and leaves that item read-only to everyone it names', async () => {
    const id = await lockedByStaff('2023 delår');
    const staffItem = emu.sp(STAFF).web.getList(url).items.getById(id);
    expect(await staffItem.select('Title', 'HasUniqueRoleAssignments')()).toMatchObject({ Title: '2023 delår', HasUniqueRoleAssignments: true });
    const [inherits] = await emu.sp(STAFF).web.getList(url).items.filter(`Id ne ${id}`).select('HasUniqueRoleAssignments').top(1)();
    expect(inherits?.HasUniqueRoleAssignments ?? false).toBe(false);
    await expect(staffItem.update({ Title: 'ändrad' })).rejects.toMatchObject({ status: 403 });
    await expect(staffItem.delete()).rejects.toMatchObject({ status: 403 });
    await expect(staffItem.recycle()).rejects.toMatchObject({ status: 403 });
    // Read on the item gives no ManagePermissions: the lock cannot be undone by the one who set it.
    await expect(staffItem.roleAssignments.add(staffGroup, CONTRIBUTE)).rejects.toMatchObject({ status: 403 });
    await expect(staffItem.resetRoleInheritance()).rejects.toMatchObject({ status: 403 });
    await expect(emu.sp(HEAD).web.getList(url).items.getById(id).update({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
    // Other items still follow the list.
    const other = await emu.sp(STAFF).web.getList(url).items.add({ Title: 'utkast' });
    await emu.sp(STAFF).web.getList(url).items.getById(other.Id).update({ Title: 'utkast 2' });
  });

  it('answers the item’s own assignments and effective permissions, and the site admin can reset them', async () => {
    const id = await lockedByStaff('2023 helår');
    const item = sp.web.getList(url).items.getById(id);
    const assignments = await item.roleAssignments.select('PrincipalId')() as Array<{ PrincipalId: number }>;
    expect(assignments.map((assignment) => assignment.PrincipalId).sort()).toEqual([staffGroup, headGroup].sort());
    const staffItem = emu.sp(STAFF).web.getList(url).items.getById(id);
    const perms = await staffItem.effectiveBasePermissions();
    expect(emu.sp(STAFF).web.hasPermissions(perms, PermissionKind.ViewListItems)).toBe(true);
    expect(emu.sp(STAFF).web.hasPermissions(perms, PermissionKind.EditListItems)).toBe(false);
    await item.resetRoleInheritance();
    await staffItem.update({ Title: 'efter återställning' });
  });

  it('refuses role assignments on an item that inherits, and breaking needs ManagePermissions', async () => {
    const added = await sp.web.getList(url).items.add({ Title: 'ärver' });
    await expect(sp.web.getList(url).items.getById(added.Id).roleAssignments.add(headGroup, READ)).rejects.toMatchObject({ status: 400 });
    await expect(emu.sp(HEAD).web.getList(url).items.getById(added.Id).breakRoleInheritance(false, true)).rejects.toMatchObject({ status: 403 });
  });

  it('leaves an item out of a query for someone it gives nothing, and refuses reading it directly', async () => {
    const added = await emu.sp(STAFF).web.getList(url).items.add({ Title: 'bara regionstaben' });
    const item = emu.sp(STAFF).web.getList(url).items.getById(added.Id);
    await item.breakRoleInheritance(false, true);
    await item.roleAssignments.add(staffGroup, READ);
    const heads = await emu.sp(HEAD).web.getList(url).items.select('Id')() as Array<{ Id: number }>;
    expect(heads.map((found) => found.Id)).not.toContain(added.Id);
    expect(heads.length).toBeGreaterThan(0);
    await expect(emu.sp(HEAD).web.getList(url).items.getById(added.Id)()).rejects.toMatchObject({ status: 403 });
    const staff = await emu.sp(STAFF).web.getList(url).items.select('Id')() as Array<{ Id: number }>;
    expect(staff.map((found) => found.Id)).toContain(added.Id);
  });

  it('copies the list’s assignments when asked to', async () => {
    const added = await sp.web.getList(url).items.add({ Title: 'kopia' });
    const item = sp.web.getList(url).items.getById(added.Id);
    await item.breakRoleInheritance(true, false);
    const assignments = await item.roleAssignments.select('PrincipalId')() as Array<{ PrincipalId: number }>;
    const listAssignments = await sp.web.getList(url).roleAssignments.select('PrincipalId')() as Array<{ PrincipalId: number }>;
    expect(assignments.map((a) => a.PrincipalId).sort()).toEqual(listAssignments.map((a) => a.PrincipalId).sort());
  });
});

// FirstUniqueAncestorSecurableObject answers the object whose role assignments decide: the item or
// folder itself when it broke inheritance, else the nearest folder above that did, the list, the web.
describe('the first unique ancestor securable object', () => {
  let emu: TestEmulator;
  let sp: SPFI;
  const places = '/sites/miljo/Lists/Places';

  async function addIn(folder: string, title: string, objectType = 0): Promise<number> {
    const rows = await sp.web.getList(places).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: title }], folder, false, '',
      objectType === 1 ? { leafName: title, objectType } : undefined);
    return Number(rows.find((row) => row.FieldName === 'Id')?.FieldValue);
  }

  /** What the ancestor of `path` is, read raw in a format: its type and its address. */
  async function ancestorOf(path: string, accept = 'application/json;odata=minimalmetadata'): Promise<Record<string, unknown>> {
    const answer = await emu.fetch(`/_api/${path}/FirstUniqueAncestorSecurableObject`, { headers: { Accept: accept } });
    expect(answer.status).toBe(200);
    return await answer.json() as Record<string, unknown>;
  }

  beforeAll(async () => {
    emu = await startTestEmulator();
    sp = emu.sp();
    await sp.web.lists.add('Places');
    await sp.web.lists.add('Open');
  });
  afterAll(async () => { await emu.close(); });

  it('answers the web for the web and for a list that inherits, and the list once it breaks inheritance', async () => {
    const web = await ancestorOf('web');
    expect(web).toMatchObject({ 'odata.type': 'SP.Web', 'odata.id': `${emu.url}/_api/Web`, Title: 'Miljö' });
    expect(await sp.web.firstUniqueAncestorSecurableObject()).toMatchObject({ Title: 'Miljö', Url: emu.url });
    const open = await sp.web.getList('/sites/miljo/Lists/Open').firstUniqueAncestorSecurableObject();
    expect(open).toMatchObject({ Title: 'Miljö', Url: emu.url });
    const anItem = await sp.web.getList('/sites/miljo/Lists/Open').items.add({ Title: 'ärver från webben' });
    expect(await sp.web.getList('/sites/miljo/Lists/Open').items.getById(anItem.Id).firstUniqueAncestorSecurableObject()).toMatchObject({ Title: 'Miljö' });
    await sp.web.getList(places).breakRoleInheritance(true, false);
    const list = await sp.web.getList(places).firstUniqueAncestorSecurableObject();
    expect(list).toMatchObject({ Title: 'Places', BaseTemplate: 100 });
  });

  it('answers a folder with permissions of its own for itself, an item in it and a folder below; an item at the root answers the list', async () => {
    const unit = await addIn(places, 'unit-a', 1);
    const period = await addIn(`${places}/unit-a`, '2024', 1);
    const inUnit = await addIn(`${places}/unit-a/2024`, 'uppföljning');
    const atRoot = await addIn(places, 'vid roten');
    // before the folder breaks, everything answers the list
    expect(await sp.web.getList(places).items.getById(inUnit).firstUniqueAncestorSecurableObject()).toMatchObject({ Title: 'Places' });
    await sp.web.getList(places).items.getById(unit).breakRoleInheritance(true, false);
    const items = sp.web.getList(places).items;
    expect(await items.getById(unit).firstUniqueAncestorSecurableObject()).toMatchObject({ Id: unit, Title: 'unit-a', FileSystemObjectType: 1 });
    expect(await items.getById(period).firstUniqueAncestorSecurableObject()).toMatchObject({ Id: unit });
    expect(await items.getById(inUnit).firstUniqueAncestorSecurableObject()).toMatchObject({ Id: unit });
    expect(await items.getById(atRoot).firstUniqueAncestorSecurableObject()).toMatchObject({ Title: 'Places', BaseTemplate: 100 });
    // through the folder's path: its list item is the securable object (PnPjs's folder.getItem)
    const folderItem = await sp.web.getFolderByServerRelativePath(`${places}/unit-a/2024`).getItem();
    expect(await folderItem.firstUniqueAncestorSecurableObject()).toMatchObject({ Id: unit });
    const raw = await ancestorOf(`web/getFolderByServerRelativePath(decodedUrl='${places}/unit-a/2024')/ListItemAllFields`);
    expect(raw).toMatchObject({ 'odata.type': 'SP.Data.PlacesListItem', Id: unit });
    // an item that breaks again answers itself; reset, the folder again
    await items.getById(inUnit).breakRoleInheritance(true, false);
    expect(await items.getById(inUnit).firstUniqueAncestorSecurableObject()).toMatchObject({ Id: inUnit, Title: 'uppföljning' });
    await items.getById(inUnit).resetRoleInheritance();
    await items.getById(unit).resetRoleInheritance();
    expect(await items.getById(inUnit).firstUniqueAncestorSecurableObject()).toMatchObject({ Title: 'Places', BaseTemplate: 100 });
  });

  it('clears the scopes below when breaking with clearsubscopes: a folder’s items, or a list’s items and folders, inherit again', async () => {
    const unit = await addIn(places, 'unit-b', 1);
    const inUnit = await addIn(`${places}/unit-b`, 'egen behörighet');
    const items = sp.web.getList(places).items;
    await items.getById(inUnit).breakRoleInheritance(true, false);
    await items.getById(unit).breakRoleInheritance(true, true);
    expect(await items.getById(inUnit).select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: false });
    expect(await items.getById(inUnit).firstUniqueAncestorSecurableObject()).toMatchObject({ Id: unit });
    // the product secures a list so (roles.ts): what had permissions of its own in it loses them
    await sp.web.lists.add('Secured');
    const secured = sp.web.getList('/sites/miljo/Lists/Secured');
    const locked = await secured.items.add({ Title: 'låst' });
    await secured.items.getById(locked.Id).breakRoleInheritance(false, false);
    await secured.breakRoleInheritance(false, true);
    expect(await secured.items.getById(locked.Id).select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: false });
    expect(await secured.items.getById(locked.Id).firstUniqueAncestorSecurableObject()).toMatchObject({ Title: 'Secured' });
  });

  it('answers in verbose and nometadata as other entities, GET only, and a folder itself is no securable object', async () => {
    const verbose = await ancestorOf(`web/lists/getbytitle('Places')`, 'application/json;odata=verbose');
    expect(verbose).toMatchObject({ d: { __metadata: { type: 'SP.List' }, Title: 'Places' } });
    const bare = await ancestorOf(`web/lists/getbytitle('Open')`, 'application/json;odata=nometadata');
    expect(bare).toMatchObject({ Title: 'Miljö' });
    expect(bare).not.toHaveProperty('odata.type');
    const merge = await emu.fetch(`/_api/web/lists/getbytitle('Places')/FirstUniqueAncestorSecurableObject`,
      { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: '{"Title":"x"}' });
    expect(merge.status).toBe(405);
    expect((await sp.web.getList(places).select('Title')()).Title).toBe('Places');
    const folder = await emu.fetch(`/_api/web/getFolderByServerRelativePath(decodedUrl='${places}/unit-a')/FirstUniqueAncestorSecurableObject`);
    expect(folder.status).toBe(404);
    expect(await folder.json()).toEqual({ 'odata.error': { code: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
      message: { lang: 'en-US', value: 'Cannot find resource for the request FirstUniqueAncestorSecurableObject.' } } });
  });
});
