import '@pnp/sp/profiles';
import type { IPeoplePickerEntity } from '@pnp/sp/profiles';
import { startTestEmulator, TestEmulator } from '../testing';

type PickerEntity = IPeoplePickerEntity;

describe('the tenant directory and people search', () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator();
    await emu.addPeople({ login: 'anna.berg@contoso.onmicrosoft.com', title: 'Anna Berg' }, { login: 'anders.ek@contoso.onmicrosoft.com', title: 'Anders Ek' },
      { login: 'bo.ek@contoso.onmicrosoft.com', title: 'Bo Ek' });
  });
  afterAll(async () => { await emu.close(); });

  it('answers clientPeoplePickerSearchUser from the directory in SharePoint\'s shape', async () => {
    const found: PickerEntity[] = await emu.sp().profiles.clientPeoplePickerSearchUser({
      AllowEmailAddresses: true, AllowMultipleEntities: false, MaximumEntitySuggestions: 25, QueryString: 'an', PrincipalType: 1
    });
    expect(found.map((entity) => entity.DisplayText)).toEqual(['Anders Ek', 'Anna Berg']);
    expect(found[1]).toMatchObject({
      Key: 'i:0#.f|membership|anna.berg@contoso.onmicrosoft.com', IsResolved: true, EntityType: 'User', Description: 'anna.berg@contoso.onmicrosoft.com',
      ProviderName: 'Tenant', MultipleMatches: [], EntityData: { Email: 'anna.berg@contoso.onmicrosoft.com', IsAltSecIdPresent: 'False', Department: '' }
    });
    expect(Object.values(found[1].EntityData).every((value) => typeof value === 'string')).toBe(true);
    // Not yet site users: searching finds the tenant's people, it adds nobody to the site.
    expect((await emu.sp().web.siteUsers()).length).toBe(1);
  });

  it('answers a JSON string inside the JSON answer, in every format', async () => {
    const ask = (accept: string): Promise<Response> => emu.fetch('/_api/SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerSearchUser', {
      method: 'POST', headers: { Accept: accept }, body: JSON.stringify({ queryParams: { QueryString: 'ek', MaximumEntitySuggestions: 1 } })
    });
    const light = await (await ask('application/json;odata=nometadata')).json();
    expect(typeof light.value).toBe('string');
    expect(JSON.parse(light.value)).toHaveLength(1);
    const verbose = await (await ask('application/json;odata=verbose')).json();
    expect(typeof verbose.d.ClientPeoplePickerSearchUser).toBe('string');
    const none = await (await emu.fetch('/_api/sp.ui.applicationpages.clientpeoplepickerwebserviceinterface.clientpeoplepickersearchuser', {
      method: 'POST', body: JSON.stringify({ queryParams: { QueryString: 'zz' } })
    })).json();
    expect(none.value).toBe('[]');
  });

  it('resolves one person, and finds the site\'s groups when asked for them', async () => {
    const resolved: PickerEntity = await emu.sp().profiles.clientPeoplePickerResolveUser({ QueryString: 'bo.ek@contoso.onmicrosoft.com', MaximumEntitySuggestions: 1 });
    expect(resolved).toMatchObject({ Key: 'i:0#.f|membership|bo.ek@contoso.onmicrosoft.com', IsResolved: true });
    const groups: PickerEntity[] = await emu.sp().profiles.clientPeoplePickerSearchUser({ QueryString: 'miljö', PrincipalType: 8, MaximumEntitySuggestions: 10 });
    expect(groups.map((group) => [group.EntityType, group.DisplayText])).toEqual([['SPGroup', 'Miljö Owners'], ['SPGroup', 'Miljö Visitors'], ['SPGroup', 'Miljö Members']]);
  });

  it('makes site users of the directory\'s people only, and keeps the directory over a reset', async () => {
    expect((await emu.sp().web.ensureUser('anna.berg@contoso.onmicrosoft.com')).Title).toBe('Anna Berg');
    await expect(emu.sp().web.ensureUser('stranger@contoso.onmicrosoft.com')).rejects.toMatchObject({ status: 500 });
    expect((await emu.admin('reset', { method: 'POST' })).status).toBe(200);
    const people = await (await emu.admin('directory')).json() as Array<{ loginName: string }>;
    expect(people.map((person) => person.loginName)).toContain('i:0#.f|membership|bo.ek@contoso.onmicrosoft.com');
    expect((await emu.sp().web.associatedMemberGroup.users.add('bo.ek@contoso.onmicrosoft.com'))).toBeDefined();
  });
});
