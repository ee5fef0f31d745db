// The person fields' search and resolution through the product's repository, against the emulator's
// tenant directory (people search answers from it; ensureUser refuses anyone not in it).
import { connectToEmulator, Connected } from '../../../test/support/emulator';
import { ReadError } from '../../ports';

let connected: Connected;
beforeAll(async () => {
  connected = await connectToEmulator();
  await connected.emulator.addPeople({ login: 'karin.lind@region.example', title: 'Karin Lind', email: 'karin.lind@region.example' });
});
afterAll(async () => { await connected.emulator.close(); });

describe('people search and resolution on SharePoint', () => {
  it('finds a directory person by a word of the name, with the sign-in name and e-mail', async () => {
    const found = await connected.repository().searchPeople('kar');
    expect(found).toContainEqual({ login: 'karin.lind@region.example', name: 'Karin Lind', email: 'karin.lind@region.example' });
    expect(await connected.repository().searchPeople('zzqx')).toEqual([]);
  });

  it('resolves a directory person with ensureUser, who is then a site user', async () => {
    const outcome = await connected.repository().resolvePerson(' karin.lind@region.example ');
    expect(outcome).toEqual({ kind: 'found', person: { login: 'karin.lind@region.example', name: 'Karin Lind', email: 'karin.lind@region.example' } });
    const users = await connected.sp().web.siteUsers.select('LoginName')();
    expect(users.map((user: { LoginName: string }) => user.LoginName)).toContain('i:0#.f|membership|karin.lind@region.example');
  });

  it('says notFound for someone SharePoint cannot find, and never rejects', async () => {
    expect(await connected.repository().resolvePerson('ingen.alls@region.example')).toEqual({ kind: 'notFound', login: 'ingen.alls@region.example' });
  });

  it('fails a search with a ReadError and a resolution with an outcome when SharePoint is gone', async () => {
    const gone = await connectToEmulator();
    const repository = gone.repository();
    await gone.emulator.close();
    await expect(repository.searchPeople('kar')).rejects.toBeInstanceOf(ReadError);
    expect(await repository.resolvePerson('karin.lind@region.example')).toMatchObject({ kind: 'failed', cause: 'unreachable' });
  });
});
