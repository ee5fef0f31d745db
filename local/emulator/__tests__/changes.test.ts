// The change log as SharePoint serves it: a list's CurrentChangeToken, and getChanges between two
// tokens with the item changes (adds, updates, deletes) in the order they happened.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startTestEmulator, TestEmulator } from '../testing';
import { loadDataFile } from '../persistence';

const itemChanges = { Item: true, Add: true, Update: true, DeleteObject: true };

interface ChangeItem { ChangeType: number; ItemId: number; ChangeToken: { StringValue: string }; Time: string; ListId: string; UniqueId: string }

async function tokenOf(sp: SPFI, title: string): Promise<string> {
  const list = await sp.web.lists.getByTitle(title).select('CurrentChangeToken')();
  return (list as unknown as { CurrentChangeToken: { StringValue: string } }).CurrentChangeToken.StringValue;
}

async function changesSince(sp: SPFI, title: string, start: string, more: Record<string, unknown> = {}): Promise<ChangeItem[]> {
  return await sp.web.lists.getByTitle(title).getChanges({ ...itemChanges, ChangeTokenStart: { StringValue: start }, ...more }) as ChangeItem[];
}

describe('the change log', () => {
  let emulator: TestEmulator;
  let sp: SPFI;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-emulator-changes-'));
    file = join(dir, 'sharepoint.json');
    emulator = await startTestEmulator({ dataFile: file });
    sp = emulator.sp();
    await sp.web.lists.add('Notes');
    await sp.web.lists.add('Other');
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the list, a time and a change number in the CurrentChangeToken, only when selected', async () => {
    const list = await sp.web.lists.getByTitle('Notes')() as unknown as Record<string, unknown>;
    expect(list.CurrentChangeToken).toBeUndefined();
    const token = await tokenOf(sp, 'Notes');
    const id = (await sp.web.lists.getByTitle('Notes').select('Id')()).Id;
    expect(token).toMatch(new RegExp(`^1;3;${id};\\d{18};\\d+$`));
  });

  it('answers the adds, updates and deletes after a token, oldest first, each with its own token', async () => {
    const notes = sp.web.lists.getByTitle('Notes');
    const start = await tokenOf(sp, 'Notes');
    const a = await notes.items.add({ Title: 'a' });
    const b = await notes.items.add({ Title: 'b' });
    await notes.items.getById(a.Id).update({ Title: 'a2' });
    await notes.items.getById(b.Id).delete();
    const changes = await changesSince(sp, 'Notes', start);
    expect(changes.map((change) => [change.ChangeType, change.ItemId])).toEqual([[1, a.Id], [1, b.Id], [2, a.Id], [3, b.Id]]);
    expect(changes[0].UniqueId).toBe(a.GUID);
    expect(changes[3].UniqueId).toBe(b.GUID);
    expect(new Date(changes[2].Time).getTime()).toBeGreaterThanOrEqual(new Date(changes[0].Time).getTime());
    // The last change's token is the list's current one: nothing after it.
    expect(changes[3].ChangeToken.StringValue).toBe(await tokenOf(sp, 'Notes'));
    expect(await changesSince(sp, 'Notes', await tokenOf(sp, 'Notes'))).toEqual([]);
    // From one change's token up to another's: the ones between, the end included.
    const between = await changesSince(sp, 'Notes', changes[0].ChangeToken.StringValue, { ChangeTokenEnd: changes[2].ChangeToken });
    expect(between.map((change) => change.ChangeType)).toEqual([1, 2]);
  });

  it('answers only the kinds of change asked for, and none without Item', async () => {
    const notes = sp.web.lists.getByTitle('Notes');
    const start = await tokenOf(sp, 'Notes');
    const c = await notes.items.add({ Title: 'c' });
    await notes.items.getById(c.Id).update({ Title: 'c2' });
    await notes.items.getById(c.Id).delete();
    const deletes = await notes.getChanges({ Item: true, DeleteObject: true, ChangeTokenStart: { StringValue: start } }) as ChangeItem[];
    expect(deletes.map((change) => [change.ChangeType, change.ItemId])).toEqual([[3, c.Id]]);
    expect(await notes.getChanges({ Add: true, Update: true, ChangeTokenStart: { StringValue: start } })).toEqual([]);
    const limited = await notes.getChanges({ ...itemChanges, FetchLimit: 2, ChangeTokenStart: { StringValue: start } } as never) as ChangeItem[];
    expect(limited.map((change) => change.ChangeType)).toEqual([1, 2]);
  });

  it('refuses a token of another list, a token that is not one, and a token from before the log starts', async () => {
    const other = await tokenOf(sp, 'Other');
    const refusal = (request: Promise<unknown>) => request.then(() => 'answered', (error: { status?: number; message: string }) => `${error.status}: ${error.message}`);
    expect(await refusal(changesSince(sp, 'Notes', other))).toMatch(/^500: .*different object/);
    expect(await refusal(changesSince(sp, 'Notes', 'not a token'))).toMatch(/^400: .*not valid/);

    const notes = emulator.store.listByTitle('Notes');
    if (!notes) throw new Error('no list');
    const before = await tokenOf(sp, 'Notes');
    // A bulk setup tells nobody about its items: the log starts again after it.
    emulator.store.bulkAddItems(notes, [{ Title: 'bulk' }]);
    expect(await refusal(changesSince(sp, 'Notes', before)))
      .toMatch(/^500: .*The changeToken refers to a time before the start of the current change log\./);
    expect(await changesSince(sp, 'Notes', await tokenOf(sp, 'Notes'))).toEqual([]);
  });

  it('keeps the log as the journal keeps the items: a replay after kill -9 has the same log', async () => {
    const notes = sp.web.lists.getByTitle('Notes');
    const start = await tokenOf(sp, 'Notes');
    const d = await notes.items.add({ Title: 'd' });
    await notes.items.getById(d.Id).update({ Title: 'd2' });
    await notes.items.getById(d.Id).delete();
    await sp.web.lists.getByTitle('Other').update({ Description: 'a site change between item changes' });
    await notes.items.add({ Title: 'e' });
    // What a restart after kill -9 would load now: the last snapshot with the journal replayed.
    const loaded = loadDataFile(file);
    const replayed = loaded?.data.lists.find((list) => list.title === 'Notes')?.changeLog;
    expect(replayed).toEqual(emulator.store.listByTitle('Notes')?.def.changeLog);
    expect((await changesSince(sp, 'Notes', start)).map((change) => change.ChangeType)).toEqual([1, 2, 3, 1]);
  });
});
