import { startTestEmulator, TestEmulator } from '../testing';
import { rawRequest } from './rawRequest';

/** What a page on another site can send without a preflight: a form POST. */
const formPost = { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' };

describe('the administration paths refuse what a web page could send', () => {
  let emu: TestEmulator;
  let admin: string;
  beforeAll(async () => {
    emu = await startTestEmulator();
    admin = `${new URL(emu.url).origin}/_emulator`;
    await emu.sp().web.lists.add('Keep');
  });
  afterAll(async () => { await emu.close(); });

  it('refuses a cross-site form POST to reset the store or make someone a site admin', async () => {
    const reset = await rawRequest(`${admin}/reset`, { method: 'POST', headers: formPost, body: 'x=1' });
    expect(reset.status).toBe(403);
    const promote = await rawRequest(`${admin}/users`, { method: 'POST', headers: formPost, body: '{"login":"mallory@contoso.onmicrosoft.com","isSiteAdmin":true}' });
    expect(promote.status).toBe(403);
    expect(emu.store.allLists().map((list) => list.def.title)).toEqual(['Keep']);
    expect(emu.store.userByLogin('mallory@contoso.onmicrosoft.com')).toBeUndefined();
  });

  it('refuses a request without the header, and one from a foreign origin even with it', async () => {
    expect((await rawRequest(`${admin}/stats`)).status).toBe(403);
    const foreign = await rawRequest(`${admin}/reset`, { method: 'POST', headers: { 'X-Emulator-Admin': '1', Origin: 'http://localhost:9999' } });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error).toMatch(/refused/);
    // The preflight a foreign page would need is never granted.
    const preflight = await rawRequest(`${admin}/reset`, { method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Headers': 'x-emulator-admin' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(emu.store.allLists()).toHaveLength(1);
  });

  it('accepts the header from a tool (no Origin) or from the emulator\'s own origin', async () => {
    expect((await emu.admin('health')).status).toBe(200);
    const own = await rawRequest(`${admin}/health`, { headers: { 'X-Emulator-Admin': '1', Origin: new URL(emu.url).origin } });
    expect(own.status).toBe(200);
  });
});
