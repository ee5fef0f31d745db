// The port's promise: writes answer with an outcome whatever goes wrong (also before the request,
// while resolving a person), and reads reject only with a ReadError.
import { ReadError } from '../../ports';
import { provisionLists } from '../provisioning';
import { connectToEmulator, Connected } from '../../../test/support/emulator';

let connected: Connected;

describe('when SharePoint cannot be reached', () => {
  beforeEach(async () => {
    connected = await connectToEmulator();
    const result = await provisionLists(connected.sp(), connected.webUrl);
    if (result.kind !== 'done') throw new Error('provisioning failed');
  });

  it('every write is an outcome, also one that resolves a person first', async () => {
    const repository = connected.repository();
    await connected.emulator.close();
    const responsible = { login: 'someone.new@region.example', name: 'Someone New' };
    const outcomes = await Promise.all([
      repository.addActivity({ allocationId: 1, title: 'T', description: '', responsible, status: 'planerad' }, 2024, 'key-1'),
      repository.addOrgUnit({ name: 'Logistik', level: 'enhet', parentId: 1, head: responsible }, 'key-2'),
      repository.updateGoal({ id: 1, year: 2024, code: 'M1', title: 'Mål', description: '', indicator: '', measuredRegionWide: false }, '"1"'),
      repository.removeAllocation(1, '"1"'),
      repository.addIndicator({ goalId: 1, name: 'Utsläpp', unit: 'ton', direction: 'lower', baseline: { year: 2019, value: 10 },
        target: { year: 2030, value: 5 }, source: '', responsible }, 2024, 'key-2'),
      repository.updateIndicator({ id: 1, goalId: 1, name: 'Utsläpp', unit: 'ton', direction: 'lower', baseline: { year: 2019, value: 10 },
        target: { year: 2030, value: 5 }, source: '', responsible }, '"1"'),
      repository.addIndicatorValue({ indicatorId: 1, year: 2023, value: 8, comment: '', preliminary: false }, 2024),
      repository.updateIndicatorValue({ id: 1, indicatorId: 1, year: 2023, value: 8, comment: '', preliminary: false }, '"1"')
    ]);
    for (const outcome of outcomes) expect(outcome).toMatchObject({ kind: 'failed', cause: 'unreachable' });
    expect(await repository.provision()).toMatchObject({ kind: 'failed', cause: 'unreachable' });
  });

  it('a read rejects with the port\'s ReadError', async () => {
    const repository = connected.repository();
    await connected.emulator.close();
    await expect(repository.loadYear(2024)).rejects.toBeInstanceOf(ReadError);
    await expect(repository.years()).rejects.toMatchObject({ kind: 'unreachable' });
    await expect(repository.loadSummaryTexts(2024, { activityIds: [1], followUpIds: [1, 2] })).rejects.toMatchObject({ kind: 'unreachable' });
  });
});
