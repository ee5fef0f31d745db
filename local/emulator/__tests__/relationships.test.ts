// Lookups that enforce their relationship (RelationshipDeleteBehavior="Restrict"): SharePoint keeps
// a target item while anything looks up to it, so a dependent item is never left without it.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import { startTestEmulator, TestEmulator } from '../testing';

describe('a lookup with RelationshipDeleteBehavior Restrict', () => {
  let emu: TestEmulator;
  let sp: SPFI;
  let allocationsId: string;

  beforeEach(async () => {
    emu = await startTestEmulator();
    sp = emu.sp();
    await sp.web.lists.add('Allocations');
    await sp.web.lists.add('Activities');
    allocationsId = (await sp.web.getList('/sites/miljo/Lists/Allocations').select('Id')() as { Id: string }).Id;
    await sp.web.getList('/sites/miljo/Lists/Activities').fields.createFieldAsXml({
      SchemaXml: `<Field Type="Lookup" Name="Allocation" StaticName="Allocation" DisplayName="Fördelning" Indexed="TRUE" List="{${allocationsId}}" ShowField="Title" RelationshipDeleteBehavior="Restrict" />`,
      Options: 8
    });
  });
  afterEach(async () => { await emu.close(); });

  const allocations = (): ReturnType<SPFI['web']['getList']> => sp.web.getList('/sites/miljo/Lists/Allocations');
  const activities = (): ReturnType<SPFI['web']['getList']> => sp.web.getList('/sites/miljo/Lists/Activities');

  it('refuses to delete an item another list looks up to, and keeps both', async () => {
    const allocation = await allocations().items.add({ Title: 'M1 till Regionservice' });
    await activities().items.add({ Title: 'Cykelpool', AllocationId: allocation.Id });
    await expect(allocations().items.getById(allocation.Id).delete()).rejects.toMatchObject({
      status: 500, message: expect.stringMatching(/item in the .{0,2}Activities.{0,2} list is related to an item in the .{0,2}Allocations/)
    });
    expect(await allocations().items.select('Id')()).toHaveLength(1);
  });

  it('deletes it once nothing looks up to it any more', async () => {
    const allocation = await allocations().items.add({ Title: 'M1 till Regionservice' });
    const activity = await activities().items.add({ Title: 'Cykelpool', AllocationId: allocation.Id });
    await activities().items.getById(activity.Id).delete();
    await allocations().items.getById(allocation.Id).delete();
    expect(await allocations().items.select('Id')()).toHaveLength(0);
  });

  it('refuses a lookup to an item that is gone, so nothing is added to it after the delete', async () => {
    const allocation = await allocations().items.add({ Title: 'M1 till Regionservice' });
    await allocations().items.getById(allocation.Id).delete();
    await expect(activities().items.add({ Title: 'Cykelpool', AllocationId: allocation.Id })).rejects.toMatchObject({ status: 400 });
  });

  it('says so in the field: RelationshipDeleteBehavior 2 and in the schema XML', async () => {
    const field = await activities().fields.getByInternalNameOrTitle('Allocation').select('RelationshipDeleteBehavior', 'SchemaXml')() as
      { RelationshipDeleteBehavior: number; SchemaXml: string };
    expect(field.RelationshipDeleteBehavior).toBe(2);
    expect(field.SchemaXml).toContain('RelationshipDeleteBehavior="Restrict"');
  });

  it('needs an indexed lookup, and answers 501 for Cascade, which it does not model', async () => {
    const unindexed = `<Field Type="Lookup" Name="Other" DisplayName="Other" List="{${allocationsId}}" ShowField="Title" RelationshipDeleteBehavior="Restrict" />`;
    await expect(activities().fields.createFieldAsXml({ SchemaXml: unindexed, Options: 8 })).rejects.toMatchObject({ status: 400 });
    const cascade = `<Field Type="Lookup" Name="Third" DisplayName="Third" Indexed="TRUE" List="{${allocationsId}}" ShowField="Title" RelationshipDeleteBehavior="Cascade" />`;
    await expect(activities().fields.createFieldAsXml({ SchemaXml: cascade, Options: 8 })).rejects.toMatchObject({ status: 501 });
  });
});
