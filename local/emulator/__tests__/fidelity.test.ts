import { SPFI } from '@pnp/sp';
import { startTestEmulator, TestEmulator } from '../testing';

const NOMETA = 'application/json;odata=nometadata';
const MINIMAL = 'application/json';
const VERBOSE = 'application/json;odata=verbose';
const ANNA = 'anna.berg@contoso.onmicrosoft.com';

type Json = Record<string, unknown>;

describe('SharePoint fidelity where the emulator used to be kinder', () => {
  let emu: TestEmulator;
  let sp: SPFI;
  let annaId: number;

  beforeAll(async () => {
    emu = await startTestEmulator();
    sp = emu.sp();
    await sp.web.lists.add('Goals');
    await sp.web.lists.add('Activities');
    const goals = sp.web.getList('/sites/miljo/Lists/Goals');
    const acts = sp.web.getList('/sites/miljo/Lists/Activities');
    const goalsInfo: { Id: string } = await goals.select('Id')();
    for (const SchemaXml of [
      '<Field Type="User" Name="Responsible" StaticName="Responsible" DisplayName="Ansvarig" />',
      '<Field Type="UserMulti" Mult="TRUE" Name="Team" StaticName="Team" DisplayName="Team" />',
      `<Field Type="Lookup" Name="Goal" StaticName="Goal" DisplayName="Mål" List="{${goalsInfo.Id}}" ShowField="Title" />`,
      '<Field Type="Number" Name="Progress" StaticName="Progress" DisplayName="Progress" />'
    ]) await acts.fields.createFieldAsXml({ SchemaXml, Options: 8 });
    await emu.addPeople(ANNA);
    annaId = (await sp.web.ensureUser(ANNA)).Id;
    await goals.items.add({ Title: 'Klimat' });
    await acts.items.add({ Title: 'Cykla', ResponsibleId: annaId, TeamId: [annaId, 6], GoalId: 1 });
    await acts.items.add({ Title: 'Ingen', TeamId: [] });
  });
  afterAll(async () => { await emu.close(); });

  const get = async (path: string, accept: string): Promise<Json> => {
    const res = await emu.fetch(path, { headers: { Accept: accept } });
    expect(res.status).toBe(200);
    return await res.json() as Json;
  };

  describe('web?$expand=ParentWeb', () => {
    it('answers ParentWeb null on the root web in every format', async () => {
      expect(await get('/_api/web?$select=Title,ParentWeb&$expand=ParentWeb', NOMETA)).toEqual({ Title: 'Miljö', ParentWeb: null });
      const minimal = await get('/_api/web?$select=Title,ParentWeb/Id&$expand=ParentWeb', MINIMAL);
      expect(minimal).toMatchObject({ 'odata.type': 'SP.Web', Title: 'Miljö', ParentWeb: null });
      const verbose = await get('/_api/web?$expand=ParentWeb', VERBOSE);
      expect((verbose.d as Json).ParentWeb).toBeNull();
      expect((verbose.d as Json).Title).toBe('Miljö');
      expect(await sp.web.select('Title', 'ParentWeb/Id').expand('ParentWeb')()).toMatchObject({ ParentWeb: null });
    });
  });

  describe('list titles', () => {
    it('takes 255 characters and refuses 256, on create and on rename', async () => {
      const longest = 'L'.repeat(255);
      await sp.web.lists.add(longest);
      await expect(sp.web.lists.add('M'.repeat(256))).rejects.toMatchObject({ status: 400 });
      const res = await emu.fetch('/_api/web/lists', { method: 'POST', headers: { Accept: NOMETA }, body: JSON.stringify({ Title: 'N'.repeat(300) }) });
      expect(res.status).toBe(400);
      const body = await res.json() as { 'odata.error': { code: string; message: { value: string } } };
      expect(body['odata.error'].code).toBe('-2146232832, Microsoft.SharePoint.SPException');
      expect(body['odata.error'].message.value).toBe('The list title must be 255 characters or fewer.');
      const list = sp.web.lists.getByTitle(longest);
      await expect(list.update({ Title: `${longest}x` })).rejects.toMatchObject({ status: 400 });
      expect((await list.select('Title')()).Title).toBe(longest);
      await list.delete();
    });
  });

  describe('IF-MATCH on updates and deletes', () => {
    const merge = (path: string, body: Json, headers: Record<string, string> = {}): Promise<Response> =>
      emu.fetch(path, { method: 'POST', headers: { Accept: NOMETA, 'X-HTTP-Method': 'MERGE', ...headers }, body: JSON.stringify(body) });
    const remove = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
      emu.fetch(path, { method: 'POST', headers: { Accept: NOMETA, 'X-HTTP-Method': 'DELETE', ...headers } });
    const item = (id: number): string => `/_api/web/lists/getbytitle('Activities')/items(${id})`;

    it('refuses an item MERGE, PATCH or DELETE without IF-MATCH with 412 and SharePoint\'s message', async () => {
      const version = (await sp.web.lists.getByTitle('Activities').items.getById(2).select('Id')())['odata.etag'] as string;
      for (const res of [
        await merge(item(2), { Title: 'no header' }),
        await merge(item(2), { Title: 'blank header' }, { 'IF-MATCH': ' ' }),
        await emu.fetch(item(2), { method: 'PATCH', headers: { Accept: NOMETA }, body: '{"Title":"patch"}' }),
        await remove(item(2))
      ]) {
        expect(res.status).toBe(412);
        expect(await res.json()).toEqual({ 'odata.error': { code: '-1, Microsoft.SharePoint.Client.ClientServiceException', message: { lang: 'en-US', value: `The request ETag value '' does not match the object's ETag value '${version}'.` } } });
      }
      expect((await sp.web.lists.getByTitle('Activities').items.getById(2).select('Title')()).Title).toBe('Ingen');
    });

    it('refuses a list MERGE or DELETE without IF-MATCH, and takes `*` or the current ETag', async () => {
      await sp.web.lists.add('Temp');
      const path = "/_api/web/lists/getbytitle('Temp')";
      expect((await merge(path, { Description: 'x' })).status).toBe(412);
      expect((await remove(path)).status).toBe(412);
      expect((await merge(path, { Description: 'x' }, { 'IF-MATCH': '"1"' })).status).toBe(204);
      expect((await merge(path, { Description: 'y' }, { 'IF-MATCH': '"1"' })).status).toBe(412);
      expect((await remove(path, { 'IF-MATCH': '*' })).status).toBe(200);
    });

    it('refuses an item write without IF-MATCH inside a $batch too', async () => {
      const digest = await emu.digest();
      const b = 'batch_11111111-2222-3333-4444-555555555555';
      const c = 'changeset_66666666-7777-8888-9999-000000000000';
      const url = `${emu.url}${item(2)}`;
      const body = [
        `--${b}`, `Content-Type: multipart/mixed; boundary="${c}"`, '',
        `--${c}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
        `MERGE ${url} HTTP/1.1`, `Accept: ${NOMETA}`, 'Content-Type: application/json;charset=utf-8', '', '{"Title":"batched"}', '',
        `--${c}--`, '', `--${b}--`, ''
      ].join('\n');
      const res = await fetch(`${emu.url}/_api/$batch`, { method: 'POST', headers: { 'Content-Type': `multipart/mixed; boundary=${b}`, 'X-RequestDigest': digest }, body });
      expect(await res.text()).toMatch(/HTTP\/1\.1 412 /);
    });

    it('takes fields, users and groups without IF-MATCH, since PnPjs v4 sends none for them', async () => {
      const acts = sp.web.lists.getByTitle('Activities');
      await acts.fields.getByInternalNameOrTitle('Progress').update({ Description: 'Procent' });
      const group = await sp.web.siteGroups.add({ Title: 'Granskare' });
      await sp.web.siteGroups.getById(group.Id).update({ Description: 'Läser allt' });
      await sp.web.siteUsers.getById(annaId).update({ Title: 'Anna B.' });
      expect((await acts.fields.getByInternalNameOrTitle('Progress').select('Description')()).Description).toBe('Procent');
      expect((await sp.web.siteGroups.getById(group.Id).select('Description')()).Description).toBe('Läser allt');
      expect((await sp.web.siteUsers.getById(annaId).select('Title')()).Title).toBe('Anna B.');
      await sp.web.siteUsers.getById(annaId).update({ Title: 'Anna Berg' });
      await acts.fields.getByInternalNameOrTitle('Progress').update({ Description: '' });
      await sp.web.siteGroups.removeById(group.Id);
    });

    it('lets PnPjs update and delete items and lists as it sends them (`*` by default, or an ETag)', async () => {
      await sp.web.lists.add('Temp2');
      const list = sp.web.lists.getByTitle('Temp2');
      const added = await list.items.add({ Title: 'a' });
      expect(await list.items.getById(added.Id).update({ Title: 'b' })).toEqual({ etag: '"2"' });
      await expect(list.items.getById(added.Id).update({ Title: 'c' }, '"1"')).rejects.toMatchObject({ status: 412 });
      await list.items.getById(added.Id).delete('"2"');
      await list.update({ Description: 'd' });
      await list.delete();
    });
  });

  describe('OData annotations in update bodies', () => {
    const merge = (path: string, body: Json, headers: Record<string, string> = {}): Promise<Response> =>
      emu.fetch(path, { method: 'POST', headers: { Accept: NOMETA, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', ...headers }, body: JSON.stringify(body) });

    it('ignores odata.* keys and __metadata of the entity\'s own type on lists, fields, users and groups', async () => {
      const list = "/_api/web/lists/getbytitle('Goals')";
      const field = `${list}/fields/getbyinternalnameortitle('Title')`;
      const user = `/_api/web/siteusers/getbyid(${annaId})`;
      const group = '/_api/web/sitegroups/getbyid(5)';
      const read = async (path: string): Promise<Json> => get(path, MINIMAL);
      const roundTrips: Array<[string, Json]> = [
        [list, { ...(await read(`${list}?$select=Description`)), Description: 'Mål för året' }],
        [field, { ...(await read(`${field}?$select=Description`)), Description: 'Namnet' }],
        [user, { ...(await read(`${user}?$select=Title`)), Title: 'Anna Berg' }],
        [group, { ...(await read(`${group}?$select=Description`)), Description: 'Medlemmar' }]
      ];
      for (const [path, body] of roundTrips) {
        expect(Object.keys(body)).toEqual(expect.arrayContaining(['odata.type', 'odata.id', 'odata.editLink']));
        const res = await merge(path, { ...body, 'Foo@odata.navigationLinkUrl': 'x' });
        expect(res.status).toBe(204);
      }
      expect((await merge(list, { __metadata: { type: 'SP.List' }, Description: 'v' }, { 'Content-Type': VERBOSE })).status).toBe(204);
      expect((await merge(field, { __metadata: { type: 'SP.Field' }, Description: 'v' })).status).toBe(204);
      expect((await merge(field, { __metadata: { type: 'SP.FieldText' }, Description: 'v' })).status).toBe(204);
      expect((await merge(user, { __metadata: { type: 'SP.User' }, Title: 'Anna Berg' })).status).toBe(204);
      expect((await merge(group, { __metadata: { type: 'SP.Group' }, Description: 'v' })).status).toBe(204);
      expect((await get(`${list}?$select=Description`, NOMETA)).Description).toBe('v');
    });

    it('takes an entity read back whole with one change (what PnPjs\'s own suite does with the current user), but no changed read-only value', async () => {
      const user = sp.web.siteUsers.getById(annaId);
      await user.update({ ...(await user()), Title: 'Anna Ändrad' });
      expect((await user.select('Title')()).Title).toBe('Anna Ändrad');
      await user.update({ Title: 'Anna Berg' });
      await expect(user.update({ ...(await user()), Id: 99 })).rejects.toMatchObject({ status: 400 });
      const group = sp.web.siteGroups.getById(5);
      await group.update({ ...(await group()), Description: 'Alla' });
      expect((await group.select('Description')()).Description).toBe('Alla');
    });

    it('still refuses another type in __metadata and unknown properties', async () => {
      const res = await merge("/_api/web/lists/getbytitle('Goals')", { __metadata: { type: 'SP.Web' }, Description: 'x' });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain("A type named 'SP.Web' could not be resolved by the model.");
      const unknown = await merge('/_api/web/sitegroups/getbyid(5)', { Colour: 'red' });
      expect(unknown.status).toBe(400);
      expect(JSON.stringify(await unknown.json())).toContain("The property 'Colour' does not exist on type 'SP.Group'.");
    });
  });

  describe('expanded people and lookups', () => {
    const path = "/_api/web/lists/getbytitle('Activities')/items?$select=Title,Responsible/Title,Responsible/EMail,Team/Title,Team/Id,Goal/Title&$expand=Responsible,Team,Goal&$orderby=ID";

    it('in nometadata: only the selected properties, under SharePoint\'s spelling; multi-person as an array', async () => {
      const { value } = await get(path, NOMETA) as { value: Json[] };
      expect(value[0]).toEqual({
        Title: 'Cykla',
        Responsible: { Title: 'Anna Berg', EMail: ANNA },
        Team: [{ Title: 'Anna Berg', Id: annaId }, { Title: 'Admin', Id: 6 }],
        Goal: { Title: 'Klimat' }
      });
      expect(value[1]).toEqual({ Title: 'Ingen', Responsible: null, Team: [], Goal: null });
      const lower = await get("/_api/web/lists/getbytitle('Activities')/items(1)?$select=Responsible/email&$expand=Responsible", NOMETA);
      expect(lower).toEqual({ Responsible: { EMail: ANNA } });
    });

    it('in minimal metadata: SP.Data.UserInfoItem with a GUID odata.id and no etag or edit link, and a navigation link on the item', async () => {
      const { value } = await get(path, MINIMAL) as { value: Json[] };
      const first = value[0];
      const editLink = first['odata.editLink'] as string;
      expect(first['Responsible@odata.navigationLinkUrl']).toBe(`${editLink}/Responsible`);
      expect(first['Goal@odata.navigationLinkUrl']).toBe(`${editLink}/Goal`);
      const responsible = first.Responsible as Json;
      expect(Object.keys(responsible)).toEqual(['odata.type', 'odata.id', 'Title', 'EMail']);
      expect(responsible['odata.type']).toBe('SP.Data.UserInfoItem');
      expect(responsible['odata.id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const team = first.Team as Json[];
      expect(team.map((person) => person['odata.type'])).toEqual(['SP.Data.UserInfoItem', 'SP.Data.UserInfoItem']);
      expect(team[0]['odata.id']).toBe(responsible['odata.id']);
      expect(team[1]['odata.id']).not.toBe(responsible['odata.id']);
      expect(Object.keys(first.Goal as Json)).toEqual(['odata.type', 'odata.id', 'Title']);
      expect((first.Goal as Json)['odata.type']).toBe('SP.Data.GoalsListItem');
    });

    it('in verbose: __metadata with id and type only, multi-person as {results}', async () => {
      const d = (await get(path, VERBOSE)).d as { results: Json[] };
      const first = d.results[0];
      const responsible = first.Responsible as Json;
      expect(responsible.__metadata).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), type: 'SP.Data.UserInfoItem' });
      expect(responsible).toMatchObject({ Title: 'Anna Berg', EMail: ANNA });
      const team = first.Team as { results: Json[] };
      expect(team.results.map((person) => person.Title)).toEqual(['Anna Berg', 'Admin']);
      expect((team.results[0].__metadata as Json).type).toBe('SP.Data.UserInfoItem');
      expect((d.results[1].Team as Json)).toEqual({ results: [] });
      expect(Object.keys(first)).not.toContain('Responsible@odata.navigationLinkUrl');
    });

    it('filters on a person projection whatever its case', async () => {
      const { value } = await get("/_api/web/lists/getbytitle('Activities')/items?$select=Title&$expand=Responsible&$filter=Responsible/email eq 'anna.berg@contoso.onmicrosoft.com'", NOMETA) as { value: Json[] };
      expect(value.map((row) => row.Title)).toEqual(['Cykla']);
    });
  });
});
