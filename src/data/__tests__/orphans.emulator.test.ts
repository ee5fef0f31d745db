// Adding an activity and removing its allocation, from two browsers at once: whatever the order,
// no activity is ever left without its allocation, and each side hears what happened.
import { computeCoverageSummary } from '../../domain';
import { connectToEmulator, Connected } from '../../../test/support/emulator';
import { withOnePicture } from '../../../test/support/onePicture';

let connected: Connected;
afterEach(async () => { await connected.emulator.close(); });

async function oneAllocation(): Promise<{ allocationId: number; etag: string }> {
  connected = await connectToEmulator();
  const { allocationId } = await withOnePicture(connected);
  const { etags } = await connected.repository().loadYear(2024);
  return { allocationId, etag: etags.allocations.get(allocationId)! };
}

const activity = (allocationId: number, title: string) => ({ allocationId, title, description: '', status: 'planerad' as const });

async function orphans(): Promise<number> {
  const { picture } = await connected.repository().loadYear(2024);
  const allocations = new Set(picture.allocations.map((allocation) => allocation.id));
  return picture.activities.filter((candidate) => !allocations.has(candidate.allocationId)).length;
}

describe('an activity added while its allocation is removed', () => {
  it('keeps the allocation when the activity came first, and tells the remover it changed', async () => {
    const { allocationId, etag } = await oneAllocation();
    const unitHead = connected.repository();
    const departmentHead = connected.repository();
    expect((await unitHead.addActivity(activity(allocationId, 'Cykelpool'), 2024, 'k1')).kind).toBe('saved');
    // The department head's page was loaded before the activity: the web part's own check passed.
    expect(await departmentHead.removeAllocation(allocationId, etag)).toEqual({ kind: 'conflict' });
    const { picture } = await connected.repository().loadYear(2024);
    expect(picture.allocations.map((allocation) => allocation.id)).toEqual([allocationId]);
    expect(picture.activities).toHaveLength(1);
  });

  it('adds nothing when the removal came first, and tells the unit head it is gone', async () => {
    const { allocationId, etag } = await oneAllocation();
    expect(await connected.repository().removeAllocation(allocationId, etag)).toEqual({ kind: 'removed' });
    expect(await connected.repository().addActivity(activity(allocationId, 'Cykelpool'), 2024, 'k1')).toEqual({ kind: 'gone' });
    expect((await connected.repository().loadYear(2024)).picture.activities).toHaveLength(0);
  });

  it('leaves no orphan however the two race, and the summary counts every activity it shows', async () => {
    for (let round = 0; round < 6; round++) {
      const { allocationId, etag } = await oneAllocation();
      const unitHead = connected.repository();
      const departmentHead = connected.repository();
      const [added, removed] = await Promise.all([
        unitHead.addActivity(activity(allocationId, `Aktivitet ${round}`), 2024, `k-${round}`),
        departmentHead.removeAllocation(allocationId, etag)
      ]);
      expect(await orphans()).toBe(0);
      // Exactly one of them won, and each was told which.
      expect([added.kind, removed.kind].sort()).toEqual(added.kind === 'saved' ? ['conflict', 'saved'] : ['gone', 'removed']);
      const { picture } = await connected.repository().loadYear(2024);
      const summary = computeCoverageSummary(picture, { year: 2024, kind: 'delar' });
      expect(summary.totals.activities).toBe(picture.activities.length);
      await connected.emulator.close();
    }
    connected = await connectToEmulator();
  });
});
