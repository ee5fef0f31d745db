import { SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { PermissionKind } from '@pnp/sp/security';
import { startTestEmulator, TestEmulator } from '../testing';

const VISITOR = 'vera.visitor@contoso.onmicrosoft.com';
const MEMBER = 'mats.member@contoso.onmicrosoft.com';
const EDITOR = 'eva.editor@contoso.onmicrosoft.com';
const OUTSIDER = 'olle.outsider@contoso.onmicrosoft.com';

describe('digest, users, groups and permissions', () => {
  let emu: TestEmulator;
  let sp: SPFI;

  beforeAll(async () => {
    emu = await startTestEmulator();
    await emu.addPeople(VISITOR, MEMBER, EDITOR, 'nils.nyman@contoso.onmicrosoft.com');
    sp = emu.sp();
    await sp.web.lists.add('Goals');
    await sp.web.lists.add('Reports');
    await sp.web.getList('/sites/miljo/Lists/Goals').items.add({ Title: 'Klimat' });
    await sp.web.getList('/sites/miljo/Lists/Reports').items.add({ Title: 'Q1' });
    await sp.web.associatedVisitorGroup.users.add(VISITOR);
    await sp.web.associatedMemberGroup.users.add(MEMBER);
  });
  afterAll(async () => { await emu.close(); });

  it('refuses a write without a valid digest with 403 and the security validation message', async () => {
    const raw = await emu.fetch("/_api/web/lists/getbytitle('Goals')/items", { method: 'POST', body: '{"Title":"x"}', digest: false });
    expect(raw.status).toBe(403);
    expect(await raw.json()).toEqual({
      'odata.error': {
        code: '-2130575251, Microsoft.SharePoint.SPException',
        message: { lang: 'en-US', value: "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again." }
      }
    });
    const bogus = emu.sp().using(InjectHeaders({ 'X-RequestDigest': '0xBOGUS,01 Jan 2020 00:00:00 -0000' }));
    await expect(bogus.web.getList('/sites/miljo/Lists/Goals').items.add({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
    // reads need no digest
    expect((await emu.fetch('/_api/web?$select=Title')).status).toBe(200);
  });

  it('knows the current user, ensures users and lists site users and groups', async () => {
    const me = await sp.web.currentUser();
    expect(me).toMatchObject({ IsSiteAdmin: true, LoginName: 'i:0#.f|membership|admin@contoso.onmicrosoft.com', PrincipalType: 1 });
    const ensured = await sp.web.ensureUser('Nils.Nyman@contoso.onmicrosoft.com');
    expect(ensured).toMatchObject({ Title: 'Nils Nyman', Email: 'nils.nyman@contoso.onmicrosoft.com', LoginName: 'i:0#.f|membership|nils.nyman@contoso.onmicrosoft.com' });
    expect((await sp.web.ensureUser('i:0#.f|membership|nils.nyman@contoso.onmicrosoft.com')).Id).toBe(ensured.Id);
    // Only the tenant's people become site users, as SharePoint refuses anyone else.
    const unknown = await emu.fetch('/_api/web/ensureuser', { method: 'POST', body: JSON.stringify({ logonName: 'nobody@contoso.onmicrosoft.com' }) });
    expect(unknown.status).toBe(500);
    expect(await unknown.json()).toEqual({ 'odata.error': { code: '-2146232832, Microsoft.SharePoint.SPException',
      message: { lang: 'en-US', value: 'The specified user nobody@contoso.onmicrosoft.com could not be found.' } } });
    await expect(sp.web.associatedMemberGroup.users.add('nobody@contoso.onmicrosoft.com')).rejects.toMatchObject({ status: 500 });
    expect((await sp.web.siteUsers()).map((user: { Email: string }) => user.Email)).not.toContain('nobody@contoso.onmicrosoft.com');
    expect((await sp.web.siteUsers.getById(ensured.Id)()).Title).toBe('Nils Nyman');
    expect((await sp.web.siteUsers.getByLoginName(ensured.LoginName)()).Id).toBe(ensured.Id);
    expect((await sp.web.siteUsers.getByEmail('nils.nyman@contoso.onmicrosoft.com')()).Id).toBe(ensured.Id);
    const groups = await sp.web.siteGroups.select('Title', 'Id')();
    expect(groups.map((g: { Title: string }) => g.Title)).toEqual(['Miljö Owners', 'Miljö Visitors', 'Miljö Members']);
    const members = await sp.web.siteGroups.getByName('Miljö Members').users();
    expect(members.map((u: { Email: string }) => u.Email)).toEqual([MEMBER]);
    const asVisitor = await emu.sp(VISITOR).web.currentUser.groups();
    expect(asVisitor.map((g: { Title: string }) => g.Title)).toEqual(['Miljö Visitors']);
    const defs = await sp.web.roleDefinitions.select('Name', 'Id', 'BasePermissions')();
    expect(defs.find((d: { Name: string }) => d.Name === 'Edit')).toMatchObject({ Id: 1073741830, BasePermissions: { High: '432', Low: '1011030767' } });
    expect((await sp.web.roleDefinitions.getByType(2)()).Name).toBe('Read');
  });

  it('lets visitors read but not write (403 Access denied), members write, outsiders nothing', async () => {
    const visitor = emu.sp(VISITOR).web.getList('/sites/miljo/Lists/Goals');
    expect((await visitor.items.select('Title')()).length).toBe(1);
    const denied = await visitor.items.add({ Title: 'no' }).catch((e: unknown) => e) as { status: number; message: string };
    expect(denied.status).toBe(403);
    expect(denied.message).toContain('-2147024891, System.UnauthorizedAccessException');
    expect(denied.message).toContain('Access denied.');
    const member = emu.sp(MEMBER).web.getList('/sites/miljo/Lists/Goals');
    const added = await member.items.add({ Title: 'by member' });
    expect(added.AuthorId).toBe((await emu.sp(MEMBER).web.currentUser()).Id);
    await member.items.getById(added.Id).update({ Title: 'edited' });
    await member.items.getById(added.Id).delete();
    await expect(emu.sp(MEMBER).web.lists.add('NotAllowed')).resolves.toBeDefined(); // Edit includes Manage Lists
    const outsider = emu.sp(OUTSIDER);
    expect((await outsider.web.currentUser()).IsSiteAdmin).toBe(false);
    await expect(outsider.web.getList('/sites/miljo/Lists/Goals').items()).rejects.toMatchObject({ status: 403 });
    await expect(emu.sp(VISITOR).web.siteGroups.add({ Title: 'Hackers' })).rejects.toMatchObject({ status: 403 });
  });

  it('answers effective permissions as {High, Low} and PnPjs permission checks', async () => {
    const goalsAsVisitor = emu.sp(VISITOR).web.getList('/sites/miljo/Lists/Goals');
    expect(await goalsAsVisitor.getCurrentUserEffectivePermissions()).toMatchObject({ High: '176', Low: '138612833' });
    expect(await goalsAsVisitor.currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await goalsAsVisitor.currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    const goals = sp.web.getList('/sites/miljo/Lists/Goals');
    expect(await goals.userHasPermissions(`i:0#.f|membership|${MEMBER}`, PermissionKind.EditListItems)).toBe(true);
    expect(await goals.userHasPermissions(`i:0#.f|membership|${VISITOR}`, PermissionKind.EditListItems)).toBe(false);
    expect(await goals.getCurrentUserEffectivePermissions()).toMatchObject({ High: '2147483647', Low: '4294967295' });
    await expect(emu.sp(VISITOR).web.getList('/sites/miljo/Lists/Goals').getUserEffectivePermissions(`i:0#.f|membership|${MEMBER}`)).rejects.toMatchObject({ status: 403 });
  });

  it('gives a group permissions on one list: new group, members, broken inheritance, role assignment', async () => {
    const created = await sp.web.siteGroups.add({ Title: 'Report Editors', Description: 'May edit reports' });
    await sp.web.siteGroups.getByName('Report Editors').users.add(EDITOR);
    const contribute = await sp.web.roleDefinitions.getByName('Contribute')();
    const reports = sp.web.getList('/sites/miljo/Lists/Reports');
    await reports.breakRoleInheritance(false);
    await reports.roleAssignments.add(created.Id, contribute.Id);
    const info: { HasUniqueRoleAssignments?: boolean } = await reports.select('HasUniqueRoleAssignments')();
    expect(info.HasUniqueRoleAssignments).toBe(true);
    const assignments = (await reports.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as Array<{ Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> }>;
    expect(assignments.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((b) => b.Name)]))
      .toEqual([['Admin', ['Full Control']], ['Report Editors', ['Contribute']]]);
    // the editor (no web group) can write Reports, and reach the web with limited access, but not Goals
    const editor = emu.sp(EDITOR);
    await editor.web.getList('/sites/miljo/Lists/Reports').items.add({ Title: 'Q2' });
    await expect(editor.web.getList('/sites/miljo/Lists/Goals').items()).rejects.toMatchObject({ status: 403 });
    expect(await editor.web.getList('/sites/miljo/Lists/Reports').currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    // members lost access to Reports when inheritance broke without copying
    await expect(emu.sp(MEMBER).web.getList('/sites/miljo/Lists/Reports').items()).rejects.toMatchObject({ status: 403 });
    // copying keeps the web's assignments
    await reports.resetRoleInheritance();
    await reports.breakRoleInheritance(true);
    expect((await emu.sp(MEMBER).web.getList('/sites/miljo/Lists/Reports').items()).length).toBe(2);
    await reports.roleAssignments.remove(5, 1073741830);
    await expect(emu.sp(MEMBER).web.getList('/sites/miljo/Lists/Reports').items.add({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
    // membership changes take effect at once
    await sp.web.siteGroups.getByName('Report Editors').users.removeByLoginName(`i:0#.f|membership|${EDITOR}`);
    await reports.roleAssignments.add(created.Id, contribute.Id);
    await expect(editor.web.getList('/sites/miljo/Lists/Reports').items()).rejects.toMatchObject({ status: 403 });
  });
});
