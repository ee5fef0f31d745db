import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestEmulator } from '../testing';
import { startEmulator } from '../server';
import { registerSeed, unregisterSeed } from '../seeds';
import { spForUser } from '../testing';
import { loadDataFile } from '../persistence';

describe('persistence, reset and seeding', () => {
  let dir: string;

  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sp-emulator-')); });
  afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

  it('survives a restart: lists, fields, items, ETags, users, groups and permissions', async () => {
    const file = join(dir, 'data', 'sharepoint.json');
    const a = await startTestEmulator({ dataFile: file });
    await a.addPeople('eva@contoso.onmicrosoft.com');
    const sp = a.sp();
    await sp.web.lists.add('Goals');
    const goals = sp.web.getList('/sites/miljo/Lists/Goals');
    await goals.fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Code" StaticName="Code" DisplayName="Kod" Indexed="TRUE" EnforceUniqueValues="TRUE" />', Options: 8 });
    const first = await goals.items.add({ Title: 'Klimat', Code: 'K1' });
    await goals.items.getById(first.Id).update({ Title: 'Klimat 2' });
    await sp.web.lists.getByTitle('Goals').update({ Title: 'Mål' });
    const g = await sp.web.siteGroups.add({ Title: 'Editors' });
    await sp.web.siteGroups.getByName('Editors').users.add('eva@contoso.onmicrosoft.com');
    await goals.breakRoleInheritance(false);
    await goals.roleAssignments.add(g.Id, 1073741827);
    await a.close();
    expect(readdirSync(join(dir, 'data'))).toEqual(['sharepoint.json', 'sharepoint.json.journal']); // no temp file left behind
    expect(JSON.parse(readFileSync(file, 'utf8')).schema).toBe(1);

    const b = await startTestEmulator({ dataFile: file });
    try {
      const goals2 = b.sp().web.getList('/sites/miljo/Lists/Goals');
      const item = await goals2.items.getById(first.Id)();
      expect(item).toMatchObject({ Title: 'Klimat 2', Code: 'K1', 'odata.etag': '"2"' });
      expect((await goals2.select('Title')()).Title).toBe('Mål');
      await expect(goals2.items.add({ Title: 'dup', Code: 'K1' })).rejects.toMatchObject({ status: 400 });
      expect((await goals2.items.add({ Title: 'next', Code: 'K2' })).Id).toBe(first.Id + 1);
      await b.sp('eva@contoso.onmicrosoft.com').web.getList('/sites/miljo/Lists/Goals').items.add({ Title: 'by eva', Code: 'E1' });
      await expect(b.sp('someone@contoso.onmicrosoft.com').web.getList('/sites/miljo/Lists/Goals').items()).rejects.toMatchObject({ status: 403 });
    } finally {
      await b.close();
    }
  });

  it('has every acknowledged write on disk before the answer, and refuses a corrupt data file', async () => {
    const file = join(dir, 'journal.json');
    const emu = await startEmulator({ port: 0, dataFile: file });
    try {
      await spForUser(emu.url).web.lists.add('Later');
      const item = await spForUser(emu.url).web.lists.getByTitle('Later').items.add({ Title: 'first' });
      const onDisk = loadDataFile(file)?.data;
      expect(onDisk?.lists.map((list) => [list.title, list.items.map((stored) => stored.values.Title), list.nextItemId])).toEqual([['Later', ['first'], item.Id + 1]]);
    } finally {
      await emu.close();
    }
    expect(readdirSync(dir).filter((name) => name.startsWith('journal.json'))).toEqual(['journal.json', 'journal.json.journal']);
    expect(readFileSync(`${file}.journal`, 'utf8')).toBe('');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schema":1,');
    await expect(startEmulator({ port: 0, dataFile: bad })).rejects.toThrow(/not valid JSON/);
  });

  it('keeps nothing in memory mode; /_emulator/reset empties the store', async () => {
    const emu = await startTestEmulator();
    try {
      await emu.sp().web.lists.add('Temp');
      expect((await emu.admin('reset', { method: 'POST' })).status).toBe(200);
      expect(await emu.sp().web.lists()).toEqual([]);
      expect((await emu.sp().web.currentUser()).IsSiteAdmin).toBe(true);
    } finally {
      await emu.close();
    }
  });

  it('runs registered seeders; an unknown seeder is a clear error', async () => {
    registerSeed('unit', async (siteUrl) => {
      await spForUser(siteUrl).web.lists.add('Seeded');
    });
    try {
      const emu = await startTestEmulator({ seed: 'unit' });
      try {
        expect((await emu.sp().web.lists.select('Title')()).map((l: { Title: string }) => l.Title)).toEqual(['Seeded']);
        await emu.admin('reset', { method: 'POST' });
        const ok = await emu.admin('seed', { method: 'POST', body: '{"name":"unit"}' });
        expect(ok.status).toBe(200);
        expect((await emu.sp().web.lists()).length).toBe(1);
        const missing = await emu.admin('seed', { method: 'POST', body: '{"name":"nosuch"}' });
        expect(missing.status).toBe(404);
        expect(((await missing.json()) as { error: string }).error).toMatch(/No seeder named 'nosuch' is registered \(known: unit/);
      } finally {
        await emu.close();
      }
    } finally {
      unregisterSeed('unit');
    }
    await expect(startTestEmulator({ seed: 'nosuch' })).rejects.toThrow(/No seeder named 'nosuch'/);
  });

  it('lets tests name users for display', async () => {
    const emu = await startTestEmulator();
    try {
      await emu.admin('users', { method: 'POST', body: JSON.stringify({ login: 'a.b@contoso.onmicrosoft.com', title: 'Åsa Björk' }) });
      expect((await emu.sp('a.b@contoso.onmicrosoft.com').web.currentUser()).Title).toBe('Åsa Björk');
    } finally {
      await emu.close();
    }
  });
});
