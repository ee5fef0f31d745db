import { startTestEmulator, TestEmulator } from '../testing';

describe('the emulator’s clock', () => {
  let emu: TestEmulator;
  afterAll(async () => { await emu?.close(); });

  it('writes an item’s Created and Modified by the clock it was given (the demo runs on its own day)', async () => {
    emu = await startTestEmulator({ now: () => new Date('2023-10-16T09:30:00.400Z') });
    const sp = emu.sp();
    await sp.web.lists.add('Notes');
    const list = sp.web.getList('/sites/miljo/Lists/Notes');
    const { Id } = await list.items.add({ Title: 'Sparad' });
    await list.items.getById(Id).update({ Title: 'Ändrad' });
    const item = await list.items.getById(Id).select('Created', 'Modified')();
    expect([item.Created, item.Modified]).toEqual(['2023-10-16T09:30:00Z', '2023-10-16T09:30:00Z']);
  });
});
