import { SPFI } from '@pnp/sp';
import { startTestEmulator, TestEmulator } from '../testing';

interface Item { Id: number; Title: string; [k: string]: unknown }

describe('list items through PnPjs', () => {
  let emu: TestEmulator;
  let sp: SPFI;
  let annaId: number;
  let goalIds: number[];

  beforeAll(async () => {
    emu = await startTestEmulator();
    sp = emu.sp();
    const goalsList = await sp.web.lists.add('Goals');
    const goals = sp.web.getList('/sites/miljo/Lists/Goals');
    await goals.fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="GoalCode" StaticName="GoalCode" DisplayName="Målkod" Indexed="TRUE" EnforceUniqueValues="TRUE" />', Options: 8 });
    await sp.web.lists.add('Activities');
    const acts = sp.web.getList('/sites/miljo/Lists/Activities');
    for (const SchemaXml of [
      `<Field Type="Lookup" Name="Goal" StaticName="Goal" DisplayName="Mål" List="{${goalsList.Id}}" ShowField="Title" Indexed="TRUE" />`,
      '<Field Type="User" Name="Owner" StaticName="Owner" DisplayName="Ansvarig" UserSelectionMode="PeopleOnly" />',
      '<Field Type="Number" Name="Progress" StaticName="Progress" DisplayName="Progress" />',
      '<Field Type="Boolean" Name="Done" StaticName="Done" DisplayName="Klar"><Default>0</Default></Field>',
      '<Field Type="DateTime" Name="DueDate" StaticName="DueDate" DisplayName="Förfallodatum" Format="DateOnly" />',
      '<Field Type="Choice" Name="Status" StaticName="Status" DisplayName="Status"><CHOICES><CHOICE>Planerad</CHOICE><CHOICE>Pågår</CHOICE></CHOICES><Default>Planerad</Default></Field>',
      '<Field Type="Note" Name="Details" StaticName="Details" DisplayName="Beskrivning" />'
    ]) await acts.fields.createFieldAsXml({ SchemaXml, Options: 8 });
    await emu.addPeople('anna.berg@contoso.onmicrosoft.com');
    annaId = (await sp.web.ensureUser('anna.berg@contoso.onmicrosoft.com')).Id;
    goalIds = [];
    for (const [t, c] of [['Klimat', 'K1'], ['Vatten', 'V1'], ["Barn's miljö", 'B1']]) {
      goalIds.push((await goals.items.add({ Title: t, GoalCode: c })).Id);
    }
    const rows = [
      { Title: 'Cykla', GoalId: goalIds[0], OwnerId: annaId, Progress: 10, DueDate: '2025-03-01T00:00:00Z', Done: false },
      { Title: 'Solceller', GoalId: goalIds[0], Progress: 60, DueDate: '2025-06-01T00:00:00Z', Done: true, Status: 'Pågår' },
      { Title: 'Rena sjöar', GoalId: goalIds[1], OwnerId: annaId, Progress: 30, DueDate: '2025-01-15T00:00:00Z', Details: 'Provtagning' },
      { Title: 'Skolgård', GoalId: goalIds[2], Progress: 90 },
      { Title: 'Ingen koppling', Progress: 0 }
    ];
    for (const r of rows) await acts.items.add(r);
  });
  afterAll(async () => { await emu.close(); });

  const acts = (): ReturnType<SPFI['web']['getList']> => sp.web.getList('/sites/miljo/Lists/Activities');

  it('adds an item and returns it with defaults, ETag and the list item type', async () => {
    const it = await acts().items.getById(1)();
    expect(it).toMatchObject({ Id: 1, ID: 1, Title: 'Cykla', GoalId: goalIds[0], OwnerId: annaId, OwnerStringId: String(annaId), Progress: 10, Done: false, Status: 'Planerad', 'odata.type': 'SP.Data.ActivitiesListItem', 'odata.etag': '"1"' });
    // A date-only value is Stockholm's midnight of that date, in UTC.
    expect(it.DueDate).toBe('2025-02-28T23:00:00Z');
    expect(it.AuthorId).toBe(6);
  });

  it('selects, filters, orders and tops', async () => {
    const r: Item[] = await acts().items.select('Id', 'Title', 'Progress').filter('Progress ge 30 and Progress lt 90').orderBy('Progress', false).top(10)();
    expect(r.map((x) => x.Title)).toEqual(['Solceller', 'Rena sjöar']);
    expect(Object.keys(r[0]).filter((k) => !k.startsWith('odata.'))).toEqual(['Id', 'Title', 'Progress']);
    const top2: Item[] = await acts().items.select('Id').orderBy('Title')();
    expect(top2.map((x) => x.Id)).toEqual([1, 5, 3, 4, 2]);
    expect((await acts().items.select('Id').top(2)()).length).toBe(2);
    const idForms = await acts().items.getById(3).select('Id', 'ID', 'Author/Title', 'EditorId').expand('Author')();
    expect(idForms).toMatchObject({ Id: 3, ID: 3, Author: { Title: 'Admin' }, EditorId: 6 });
  });

  it('supports the OData filter operators SharePoint accepts', async () => {
    const ids = async (filter: string): Promise<number[]> => ((await acts().items.select('Id').filter(filter)()) as Item[]).map((x) => x.Id);
    expect(await ids(`GoalId eq ${goalIds[0]}`)).toEqual([1, 2]);
    expect(await ids(`Goal/Id eq ${goalIds[0]}`)).toEqual([1, 2]);
    expect(await ids('GoalId eq null')).toEqual([5]);
    expect(await ids('OwnerId ne null')).toEqual([1, 3]);
    expect(await ids('Done eq 1')).toEqual([2]);
    expect(await ids('Done eq false')).toEqual([1, 3, 4, 5]);
    expect(await ids("DueDate lt datetime'2025-02-01T00:00:00Z'")).toEqual([3]);
    expect(await ids("DueDate ge '2025-02-28T23:00:00.000Z'")).toEqual([1, 2]);
    expect(await ids("substringof('sjö', Title)")).toEqual([3]);
    expect(await ids("startswith(Title, 'S')")).toEqual([2, 4]);
    expect(await ids("(Progress gt 50 or Title eq 'cykla') and not (Done eq 1)")).toEqual([1, 4]);
    expect(await ids("Status eq 'Pågår'")).toEqual([2]);
    expect(await ids("substringof('Provtagning', Details)")).toEqual([3]);
    const goals = sp.web.getList('/sites/miljo/Lists/Goals');
    expect(((await goals.items.select('Id').filter("Title eq 'Barn''s miljö'")()) as Item[]).map((x) => x.Id)).toEqual([goalIds[2]]);
    // PnPjs's fluent filter builder
    const fluent: Item[] = await acts().items.select('Id').filter((f) => f.number('Progress').greaterThan(50).and().text('Title').startsWith('S'))();
    expect(fluent.map((x) => x.Id)).toEqual([2, 4]);
    const byLookup: Item[] = await acts().items.select('Id').filter((f) => f.lookup('Goal').Id(goalIds[1]))();
    expect(byLookup.map((x) => x.Id)).toEqual([3]);
  });

  it('expands lookup and person fields with projections', async () => {
    const r: Item[] = await acts().items.select('Id', 'Title', 'Goal/Id', 'Goal/Title', 'Owner/Title', 'Owner/EMail', 'Owner/Id').expand('Goal', 'Owner').orderBy('ID')();
    expect(r[0]).toMatchObject({ Goal: { Id: goalIds[0], Title: 'Klimat' }, Owner: { Title: 'Anna Berg', EMail: 'anna.berg@contoso.onmicrosoft.com', Id: annaId } });
    expect(r[1].Owner).toBeNull();
    expect(r[4].Goal).toBeNull();
    const filtered: Item[] = await acts().items.select('Id', 'Goal/Title').expand('Goal').filter("Goal/Title eq 'Vatten'")();
    expect(filtered.map((x) => x.Id)).toEqual([3]);
  });

  it('refuses a projection without its $expand, an unknown field and an unknown property with 400', async () => {
    await expect(acts().items.select('Title', 'Goal/Title')()).rejects.toMatchObject({ status: 400 });
    await expect(acts().items.select('Title', 'Goal/Title')()).rejects.toThrow(/must contains Goal/);
    await expect(acts().items.select('Nope')()).rejects.toThrow(/The field or property 'Nope' does not exist/);
    await expect(acts().items.filter("Nope eq 'x'")()).rejects.toMatchObject({ status: 400 });
    await expect(acts().items.add({ Title: 'x', Nope: 1 })).rejects.toThrow(/The property 'Nope' does not exist on type 'SP.Data.ActivitiesListItem'/);
    await expect(acts().items.add({ Title: 'x', Goal: 1 })).rejects.toMatchObject({ status: 400 });
    await expect(acts().items.getById(999)()).rejects.toMatchObject({ status: 404 });
  });

  it('updates with ETags: a stale ETag gets 412, * always wins, MERGE answers the new ETag', async () => {
    const item = acts().items.getById(2);
    const before = await item();
    const u1 = await item.update({ Progress: 61 }, before['odata.etag']);
    expect(u1.etag).toBe('"2"');
    await expect(item.update({ Progress: 62 }, before['odata.etag'])).rejects.toMatchObject({ status: 412 });
    await expect(item.update({ Progress: 62 }, before['odata.etag'])).rejects.toThrow(`The request ETag value '\\"1\\"' does not match the object's ETag value '\\"2\\"'`);
    const u2 = await item.update({ Progress: 63 });
    expect(u2.etag).toBe('"3"');
    expect((await item.select('Progress')()).Progress).toBe(63);
    await expect(item.delete('"2"')).rejects.toMatchObject({ status: 412 });
  });

  it('deletes with a matching ETag', async () => {
    const added = await acts().items.add({ Title: 'Temporär' });
    await acts().items.getById(added.Id).delete(added['odata.etag']);
    await expect(acts().items.getById(added.Id)()).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a duplicate in a unique field, on add and on update', async () => {
    const goals = sp.web.getList('/sites/miljo/Lists/Goals');
    await expect(goals.items.add({ Title: 'Dubblett', GoalCode: 'k1' })).rejects.toThrow(/SPDuplicateValuesFoundException/);
    await expect(goals.items.add({ Title: 'Dubblett', GoalCode: 'k1' })).rejects.toMatchObject({ status: 400 });
    await expect(goals.items.getById(goalIds[1]).update({ GoalCode: 'K1' })).rejects.toMatchObject({ status: 400 });
    await goals.items.getById(goalIds[1]).update({ GoalCode: 'V1' }); // its own value is no duplicate
    const ok = await goals.items.add({ Title: 'Ny', GoalCode: 'N1' });
    await goals.items.getById(ok.Id).delete();
    await goals.items.add({ Title: 'Ny igen', GoalCode: 'N1' });
  });

  it('refuses lookups to missing items and people who are not users', async () => {
    await expect(acts().items.add({ Title: 'x', GoalId: 999 })).rejects.toMatchObject({ status: 400 });
    await expect(acts().items.add({ Title: 'x', OwnerId: 999 })).rejects.toThrow(/The user does not exist/);
  });

  it('pages with async iteration, following odata.nextLink', async () => {
    const seen: number[] = [];
    let pages = 0;
    for await (const page of acts().items.select('Id').top(2)) {
      pages++;
      seen.push(...(page as Item[]).map((x) => x.Id));
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const ordered: string[] = [];
    for await (const page of acts().items.select('Title').orderBy('Title', false).top(2)) ordered.push(...(page as Item[]).map((x) => x.Title));
    expect(ordered).toEqual(['Solceller', 'Skolgård', 'Rena sjöar', 'Ingen koppling', 'Cykla']);
  });
});
