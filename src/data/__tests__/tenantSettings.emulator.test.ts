import { connectToEmulator, Connected } from '../../../test/support/emulator';
import { listsSiteSettingKey, readListsSiteSetting } from '../tenantSettings';

let connected: Connected;
beforeEach(async () => { connected = await connectToEmulator(); });
afterEach(async () => { await connected.emulator.close(); });

describe('the tenant-wide setting naming the lists\' site', () => {
  it('is undefined while no administrator has set it', async () => {
    expect(await readListsSiteSetting(connected.sp())).toBeUndefined();
  });

  it('is read from any site once set in the app catalog, trimmed', async () => {
    connected.emulator.tenantProperties.set(listsSiteSettingKey, { Value: ' https://contoso.sharepoint.com/sites/miljo ', Description: 'Miljömål' });
    expect(await readListsSiteSetting(connected.sp())).toBe('https://contoso.sharepoint.com/sites/miljo');
  });

  it('answers SharePoint\'s shapes: a null result when unset, SP.StorageEntity when set', async () => {
    const url = `${connected.emulator.url}/_api/web/GetStorageEntity('${listsSiteSettingKey}')`;
    const unset = await fetch(url, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(await unset.json()).toEqual({ 'odata.null': true });
    connected.emulator.tenantProperties.set(listsSiteSettingKey, { Value: 'https://x/sites/y' });
    const verbose = await fetch(url, { headers: { Accept: 'application/json;odata=verbose' } });
    expect(await verbose.json()).toMatchObject({ d: { GetStorageEntity: { Value: 'https://x/sites/y', Comment: null } } });
  });
});
