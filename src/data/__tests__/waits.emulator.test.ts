// SharePoint's throttling as the user hears of it: each Retry-After a save waits for is reported,
// ends when it tries again, and the save still lands once.
import { retryAfterMs, ThrottlingRetry } from '../behaviors';
import { SharePointRepository } from '../SharePointRepository';
import { SharePointWaits } from '../waits';
import { connectToEmulator, Connected } from '../../../test/support/emulator';
import { withOnePicture } from '../../../test/support/onePicture';
import { spForUser } from '../../../local/emulator/testing';

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    expect(retryAfterMs('30', now)).toBe(30000);
    expect(retryAfterMs('Tue, 01 Dec 2026 12:00:45 GMT', now)).toBe(45000);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});

describe('a save SharePoint throttles', () => {
  let connected: Connected;
  afterEach(async () => { await connected.emulator.close(); });

  it('reports the wait until SharePoint\'s Retry-After, then lands exactly once', async () => {
    connected = await connectToEmulator();
    const { allocationId } = await withOnePicture(connected);
    const waits = new SharePointWaits();
    const repository = new SharePointRepository(spForUser(connected.emulator.url).using(ThrottlingRetry(waits)), connected.webUrl, waits);
    const heard: Array<number | undefined> = [];
    const stop = repository.watchWaits((retryAt) => heard.push(retryAt?.getTime()));
    connected.emulator.faults.settings = { retryAfterSeconds: 1, failNext: { status: 429, count: 2 } };
    const started = Date.now();
    const outcome = await repository.addActivity({ allocationId, title: 'Cykelpool', description: '', status: 'planerad' }, 2024, 'k1');
    stop();
    expect(outcome.kind).toBe('saved');
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    // At first nothing waits; then each wait names a moment about a second ahead, and ends.
    const moments = heard.filter((moment): moment is number => moment !== undefined);
    expect(heard[0]).toBeUndefined();
    expect(moments).toHaveLength(2);
    expect(moments[0] - started).toBeGreaterThanOrEqual(900);
    expect(heard[heard.length - 1]).toBeUndefined();
    expect((await connected.repository().loadYear(2024)).picture.activities).toHaveLength(1);
  });
});
