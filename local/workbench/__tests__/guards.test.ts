import { startWorkbench, Workbench } from '../server';
import { rawRequest } from '../../emulator/__tests__/rawRequest';

describe('the workbench keeps web pages out', () => {
  let workbench: Workbench;
  beforeAll(async () => { workbench = await startWorkbench({ port: 0, seed: 'none' }); }, 60000);
  afterAll(async () => { await workbench.close(); });

  it('refuses a foreign Host before serving or proxying anything (DNS rebinding)', async () => {
    const port = new URL(workbench.url).port;
    for (const path of ['/', '/sites/miljo/_api/web', '/_emulator/health']) {
      const answer = await rawRequest(`http://127.0.0.1:${port}${path}`, { headers: { Host: `attacker.example:${port}`, 'X-Emulator-Admin': '1' } });
      expect([path, answer.status]).toEqual([path, 403]);
    }
    expect((await rawRequest(`${workbench.url}/`)).status).toBe(200);
  });

  it('refuses a cross-site form POST to reset, and administration without the header', async () => {
    await workbench.emulator.store.addList({ Title: 'Keep' });
    const reset = await rawRequest(`${workbench.url}/_workbench/reset`, {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' }, body: 'x=1'
    });
    expect(reset.status).toBe(403);
    expect((await rawRequest(`${workbench.url}/_workbench/throttle?on=true`, { method: 'POST' })).status).toBe(403);
    expect((await rawRequest(`${workbench.url}/_emulator/reset`, { method: 'POST', headers: { Origin: workbench.url } })).status).toBe(403);
    expect(workbench.emulator.store.allLists().map((list) => list.def.title)).toEqual(['Keep']);
    expect(workbench.emulator.faults.settings).toEqual({});
  });

  it('lets its own page administer, through to the emulator', async () => {
    const own = { 'X-Emulator-Admin': '1', Origin: workbench.url };
    expect((await rawRequest(`${workbench.url}/_workbench/throttle`, { headers: own })).status).toBe(200);
    expect((await rawRequest(`${workbench.url}/_emulator/health`, { headers: own })).status).toBe(200);
  });
});
