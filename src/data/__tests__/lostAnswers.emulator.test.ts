// Writes whose answer is lost after they landed (a 504 on the way back): PnPjs retries, or gives
// up, and the user must still see "saved" exactly when the item was saved, with no twin.
import { SharePointRepository } from '../SharePointRepository';
import { connectToEmulator, Connected } from '../../../test/support/emulator';
import { withOnePicture } from '../../../test/support/onePicture';
import { isItemCreate, isItemUpdate, loseAnswers, LostAnswers } from '../../../test/support/lostAnswers';

let connected: Connected;
let lost: LostAnswers | undefined;
afterEach(async () => {
  lost?.restore();
  lost = undefined;
  await connected.emulator.close();
});

async function provisioned(): Promise<{ allocationId: number; goalId: number; unitId: number }> {
  connected = await connectToEmulator();
  return withOnePicture(connected);
}

/** PnPjs that tries twice (its `retries` counts every try): when both answers are lost, the repository must look the key up itself. */
function tryingTwice(): SharePointRepository {
  return new SharePointRepository(connected.emulator.sp(undefined, { retries: 2, interval: 1 }), connected.webUrl);
}

describe('a create whose answer is lost', () => {
  it('adds an org unit once, retried by PnPjs, and reports it saved with its id', async () => {
    const { unitId } = await provisioned();
    lost = loseAnswers(1, isItemCreate('MiljoOrgUnits'));
    const outcome = await connected.repository().addOrgUnit({ name: 'Logistik', level: 'enhet', parentId: unitId }, 'unit-key-1');
    expect(lost.lost).toBe(1);
    expect(outcome.kind).toBe('saved');
    const { picture } = await connected.repository().loadYear(2024);
    const logistik = picture.orgUnits.filter((unit) => unit.name === 'Logistik');
    expect(logistik).toHaveLength(1);
    expect(outcome.kind === 'saved' && outcome.value.id).toBe(logistik[0].id);
  });

  it('finds the org unit its first try added when no answer comes back at all', async () => {
    const { unitId } = await provisioned();
    lost = loseAnswers(2, isItemCreate('MiljoOrgUnits'));
    const outcome = await tryingTwice().addOrgUnit({ name: 'Logistik', level: 'enhet', parentId: unitId }, 'unit-key-2');
    expect(lost.lost).toBe(2);
    expect(outcome).toMatchObject({ kind: 'saved' });
    expect((await connected.repository().loadYear(2024)).picture.orgUnits.filter((unit) => unit.name === 'Logistik')).toHaveLength(1);
  });

  it('reports an org unit that was refused as failed, and adds nothing', async () => {
    const { unitId } = await provisioned();
    const refused = await tryingTwice().addOrgUnit({ name: 'x'.repeat(300), level: 'enhet', parentId: unitId }, 'unit-key-3');
    expect(refused).toMatchObject({ kind: 'failed', cause: 'rejected' });
    expect((await connected.repository().loadYear(2024)).picture.orgUnits).toHaveLength(2);
  });

  it('reports a new goal saved, not failed, and keeps one', async () => {
    await provisioned();
    const goal = { year: 2024, code: 'M2', title: 'Fossilfria transporter', description: 'Beskrivning', indicator: '', measuredRegionWide: false };
    lost = loseAnswers(1, isItemCreate('MiljoGoals'));
    const outcome = await connected.repository().addGoal(goal);
    expect(lost.lost).toBe(1);
    expect(outcome).toMatchObject({ kind: 'saved', value: { code: 'M2', title: 'Fossilfria transporter' } });
    expect((await connected.repository().loadYear(2024)).picture.goals.filter((found) => found.code === 'M2')).toHaveLength(1);
  });

  it('still refuses a second goal with a code the year already has, as a rejection', async () => {
    await provisioned();
    const outcome = await connected.repository().addGoal({ year: 2024, code: 'M1', title: 'Ett annat mål', description: '', indicator: '', measuredRegionWide: false });
    expect(outcome).toMatchObject({ kind: 'failed', cause: 'rejected' });
  });

  it('reports a follow-up saved, not a conflict with the user\'s own version', async () => {
    const { allocationId } = await provisioned();
    const repository = connected.repository();
    const activity = await repository.addActivity({ allocationId, title: 'Cykelpool', description: '', status: 'pagaende' }, 2024, 'activity-1');
    if (activity.kind !== 'saved') throw new Error('activity not saved');
    const followUp = { activityId: activity.value.id, period: { year: 2024, kind: 'delar' as const }, grade: 'genomford' as const, comment: 'Klart i juni' };
    lost = loseAnswers(1, isItemCreate('MiljoFollowUps'));
    const outcome = await repository.addFollowUp(followUp);
    expect(lost.lost).toBe(1);
    expect(outcome).toMatchObject({ kind: 'saved', value: { grade: 'genomford', comment: 'Klart i juni' } });
  });

  it('still shows a colleague\'s follow-up of the same period as a conflict', async () => {
    const { allocationId } = await provisioned();
    const repository = connected.repository();
    const activity = await repository.addActivity({ allocationId, title: 'Cykelpool', description: '', status: 'pagaende' }, 2024, 'activity-1');
    if (activity.kind !== 'saved') throw new Error('activity not saved');
    const period = { year: 2024, kind: 'delar' as const };
    await repository.addFollowUp({ activityId: activity.value.id, period, grade: 'genomford', comment: 'Kollegans' });
    const mine = await repository.addFollowUp({ activityId: activity.value.id, period, grade: 'ejPaborjad', comment: 'Min' });
    expect(mine).toMatchObject({ kind: 'conflict', current: { comment: 'Kollegans' } });
  });
});

describe('an update whose answer is lost', () => {
  /** A follow-up saved once, ready to be changed. */
  async function savedFollowUp() {
    const { allocationId } = await provisioned();
    const repository = connected.repository();
    const activity = await repository.addActivity({ allocationId, title: 'Cykelpool', description: '', status: 'pagaende' }, 2024, 'activity-1');
    if (activity.kind !== 'saved') throw new Error('activity not saved');
    const added = await repository.addFollowUp({ activityId: activity.value.id, period: { year: 2024, kind: 'delar' }, grade: 'ejPaborjad', comment: '' });
    if (added.kind !== 'saved') throw new Error('follow-up not saved');
    return { repository, added };
  }

  it('recognises its own landed change in the conflict PnPjs\'s retry meets, and reports it saved', async () => {
    const { repository, added } = await savedFollowUp();
    lost = loseAnswers(1, isItemUpdate('MiljoFollowUps'));
    const outcome = await repository.updateFollowUp({ ...added.value, grade: 'genomford', comment: 'Klart' }, added.etag);
    expect(lost.lost).toBe(1);
    expect(outcome.kind).toBe('saved');
    const etag = outcome.kind === 'saved' ? outcome.etag : '';
    // The version it reports is the current one: the next change goes through without a conflict.
    const next = await repository.updateFollowUp({ ...added.value, grade: 'genomford', comment: 'Klart, och mer' }, etag);
    expect(next.kind).toBe('saved');
  });

  it('still reports a colleague\'s change in between as a conflict', async () => {
    const { repository, added } = await savedFollowUp();
    await repository.updateFollowUp({ ...added.value, comment: 'Kollegans' }, added.etag);
    const mine = await repository.updateFollowUp({ ...added.value, comment: 'Min' }, added.etag);
    expect(mine).toMatchObject({ kind: 'conflict', current: { comment: 'Kollegans' } });
  });
});
