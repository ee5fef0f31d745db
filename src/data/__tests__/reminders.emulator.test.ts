// Sent reminders in SharePoint: the list's permissions let the staff and department heads record
// them, never a unit head; who sent one and when are SharePoint's record, whatever the client said.
import { demoMiljostrateg, demoOrgUnits } from '../../domain';
import { connectToEmulator, Connected, seedDemoInto } from '../../../test/support/emulator';

let connected: Connected;
beforeAll(async () => {
  connected = await connectToEmulator();
  await seedDemoInto(connected);
});
afterAll(async () => { await connected.emulator.close(); });

const departmentHead = demoOrgUnits.find((unit) => unit.name === 'Regionservice')!.head!;
const unitHead = demoOrgUnits.find((unit) => unit.name === 'Lokalvård')!.head!;
const lokalvard = (units: ReadonlyArray<{ id: number; name: string }>): number => units.find((unit) => unit.name === 'Lokalvård')!.id;

describe('reminders in SharePoint', () => {
  it('records a department head\'s reminder with SharePoint\'s who and when, once per key, and reads it back', async () => {
    const { picture } = await connected.repository(departmentHead.login).loadYear(2023);
    const unitId = lokalvard(picture.orgUnits);
    const reminder = { year: 2023, periodKind: 'delar' as const, orgUnitIds: [unitId], recipients: [unitHead.login], channel: 'teams' as const,
      sentBy: demoMiljostrateg };
    const saved = await connected.repository(departmentHead.login).recordReminder(reminder, 'reminder-key-1');
    expect(saved.kind).toBe('saved');
    // A retry with the same key finds the first.
    const again = await connected.repository(departmentHead.login).recordReminder(reminder, 'reminder-key-1');
    expect(again.kind === 'saved' && saved.kind === 'saved' && again.value.id === saved.value.id).toBe(true);

    const sent = await connected.repository(unitHead.login).remindersSent(2023);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ year: 2023, periodKind: 'delar', orgUnitIds: [unitId], recipients: [unitHead.login], channel: 'teams' });
    // The client claimed the strategist; SharePoint recorded who it was.
    expect(sent[0].sentBy.login).toBe(departmentHead.login);
    expect(Date.now() - Date.parse(sent[0].sentAt)).toBeLessThan(60_000);
    expect(await connected.repository(unitHead.login).remindersSent(2022)).toEqual([]);
  });

  it('is refused by SharePoint for a unit head', async () => {
    const outcome = await connected.repository(unitHead.login).recordReminder(
      { year: 2023, periodKind: 'delar', orgUnitIds: [1], recipients: [departmentHead.login], channel: 'email', sentBy: unitHead }, 'reminder-key-2');
    expect(outcome).toEqual({ kind: 'forbidden', action: 'remind' });
  });
});
