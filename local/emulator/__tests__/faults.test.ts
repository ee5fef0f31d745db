import { startTestEmulator, TestEmulator } from '../testing';
import { parseFaultSpec } from '../faults';

describe('fault injection', () => {
  let emu: TestEmulator;

  beforeAll(async () => {
    emu = await startTestEmulator();
    await emu.sp().web.lists.add('Goals');
  });
  afterAll(async () => { await emu.close(); });
  afterEach(async () => {
    await emu.admin('faults', { method: 'POST', body: '{}' });
  });

  const setFaults = async (settings: object): Promise<Response> =>
    emu.admin('faults', { method: 'POST', body: JSON.stringify(settings) });

  it('answers 429 with Retry-After, and PnPjs retries until it succeeds', async () => {
    expect((await setFaults({ failNext: { status: 429, count: 1 }, retryAfterSeconds: 7 })).status).toBe(200);
    const raw = await fetch(`${emu.url}/_api/web`, { headers: { Accept: 'application/json' } });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('7');
    expect(((await raw.json()) as { 'odata.error': { code: string } })['odata.error']).toBeDefined();

    await setFaults({ failNext: { status: 429, count: 2 }, retryAfterSeconds: 0 });
    const before = emu.stats.snapshot().faultsInjected['429'] ?? 0;
    const item = await emu.sp().web.getList('/sites/miljo/Lists/Goals').items.add({ Title: 'after two 429s' });
    expect(item.Title).toBe('after two 429s');
    expect((emu.stats.snapshot().faultsInjected['429'] ?? 0) - before).toBe(2);
    expect((await emu.sp().web.getList('/sites/miljo/Lists/Goals').items()).length).toBe(1);
  });

  it('retries 503 too, retries a whole $batch, and gives up after three retries', async () => {
    await setFaults({ failNext: { status: 503, count: 1 }, retryAfterSeconds: 0 });
    expect((await emu.sp().web.select('Title')()).Title).toBe('Miljö');
    const sp = emu.sp();
    await sp.web.getList('/sites/miljo/Lists/Goals').select('Id')(); // digest fetched before the fault
    await setFaults({ failNext: { status: 429, count: 1 }, retryAfterSeconds: 0 });
    const [batched, execute] = sp.batched();
    const p = batched.web.getList('/sites/miljo/Lists/Goals').items.add({ Title: 'batched' });
    await execute();
    expect((await p).Title).toBe('batched');
    await setFaults({ throttle429: 1, retryAfterSeconds: 0 });
    await expect(emu.sp().web()).rejects.toMatchObject({ status: 429 });
  });

  it('adds latency, never to /_emulator/*, and validates settings', async () => {
    await setFaults({ latencyMs: 60, throttle429: 1 });
    const t0 = Date.now();
    const stats = await emu.admin('stats');
    expect(stats.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(60);
    await setFaults({ latencyMs: 60 });
    const t1 = Date.now();
    await fetch(`${emu.url}/_api/web`, { headers: { Accept: 'application/json' } });
    expect(Date.now() - t1).toBeGreaterThanOrEqual(55);
    expect(await (await emu.admin('faults')).json()).toEqual({ latencyMs: 60 });
    expect((await setFaults({ throttle429: 2 })).status).toBe(400);
    expect((await setFaults({ bogus: 1 })).status).toBe(400);
  });

  it('injects a share of faults at random', async () => {
    await setFaults({ unavailable503: 0.5, retryAfterSeconds: 0 });
    let failed = 0;
    for (let i = 0; i < 40; i++) {
      const r = await fetch(`${emu.url}/_api/web?$select=Title`, { headers: { Accept: 'application/json' } });
      if (r.status === 503) failed++;
      else expect(r.status).toBe(200);
    }
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(35);
  });

  it('parses the --faults spec', () => {
    expect(parseFaultSpec('429:0.3,503:0.1,latency:30,retry-after:2')).toEqual({ throttle429: 0.3, unavailable503: 0.1, latencyMs: 30, retryAfterSeconds: 2 });
    expect(() => parseFaultSpec('429:3')).toThrow();
    expect(() => parseFaultSpec('500:0.1')).toThrow(/Unknown fault/);
  });
});
