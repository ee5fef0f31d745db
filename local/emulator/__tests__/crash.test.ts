// The emulator as `npm start` runs it, killed with SIGKILL in the middle of a burst of writes, again
// and again: every write it acknowledged is there after the restart, the store loads, and no id it
// ever handed out comes back. The kill follows a count of acknowledged writes, never a timer.
import { spawn, ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const LIGHT = 'application/json;odata=nometadata';

interface Running { child: ChildProcess; url: string; exited: Promise<void> }

function start(file: string): Promise<Running> {
  // Node itself with tsx's loader, not the tsx wrapper: SIGKILL must reach the process that writes.
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/emulator/cli.ts', '--port', '0', '--data', file],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  return new Promise((resolveStart, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolveStart({ child, url: stdout.split('\n')[0], exited });
    });
    child.on('exit', (code) => reject(new Error(`The emulator stopped (${String(code)}) before it was ready: ${stderr}`)));
  });
}

/** What the client knows of one item: its last acknowledged title, and a write it sent but never heard back about. */
interface Known { title: string; deleted: boolean; inFlight?: { title?: string; deleting?: true } }

async function api(url: string, path: string, init: { method?: string; body?: unknown; digest?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: LIGHT, ...init.headers };
  if (init.digest) headers['X-RequestDigest'] = init.digest;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json;charset=utf-8';
  return fetch(`${url}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

const items = "/_api/web/lists/getbytitle('Burst')/items";

describe('the emulator killed with SIGKILL mid-burst', () => {
  let dir: string;
  let running: Running | undefined;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sp-emulator-crash-')); });
  afterAll(async () => {
    if (running && running.child.exitCode === null && running.child.signalCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write and never reuses an id', async () => {
    const file = join(dir, 'sharepoint.json');
    const known = new Map<number, Known>();
    const everAcknowledged = new Set<number>();
    for (let round = 0; round < 4; round++) {
      running = await start(file);
      const { url } = running;
      const digest = ((await (await api(url, '/_api/contextinfo', { method: 'POST' })).json()) as { FormDigestValue: string }).FormDigestValue;
      if (round === 0) expect((await api(url, '/_api/web/lists', { method: 'POST', body: { Title: 'Burst', BaseTemplate: 100 }, digest })).status).toBe(201);

      // What survived the last kill: everything acknowledged, and in-flight writes either way.
      const stored = ((await (await api(url, `${items}?$select=Id,Title&$top=5000`)).json()) as { value: Array<{ Id: number; Title: string }> }).value;
      const storedTitles = new Map(stored.map((item) => [item.Id, item.Title]));
      for (const [id, item] of known) {
        const title = storedTitles.get(id);
        const allowed: Array<string | undefined> = item.deleted ? [undefined] : [item.title];
        if (item.inFlight?.deleting) allowed.push(undefined);
        if (item.inFlight?.title) allowed.push(item.inFlight.title);
        expect([id, allowed.includes(title)]).toEqual([id, true]);
        item.deleted = title === undefined;
        if (title !== undefined) item.title = title;
        delete item.inFlight;
      }

      // A burst from four writers; the kill comes after a number of acknowledged writes.
      const killAfter = 30 + round * 11;
      let acknowledged = 0;
      let killed = false;
      const writer = async (writerNumber: number): Promise<void> => {
        for (let step = 0; !killed; step++) {
          try {
            const own = [...known.entries()].filter(([, item]) => !item.deleted && item.title.startsWith(`w${writerNumber}-`));
            if (step % 4 === 3 && own.length > 0) {
              const [id, item] = own[step % own.length];
              const title = `w${writerNumber}-r${round}-s${step}-updated`;
              item.inFlight = { title };
              const response = await api(url, `${items}(${id})`, { method: 'POST', body: { Title: title }, digest, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } });
              expect(response.status).toBe(204);
              item.title = title;
              delete item.inFlight;
            } else if (step % 7 === 6 && own.length > 0) {
              const [id, item] = own[0];
              item.inFlight = { deleting: true };
              const response = await api(url, `${items}(${id})`, { method: 'POST', digest, headers: { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' } });
              expect(response.status).toBe(200);
              item.deleted = true;
              delete item.inFlight;
            } else {
              const title = `w${writerNumber}-r${round}-s${step}`;
              const response = await api(url, items, { method: 'POST', body: { Title: title }, digest });
              expect(response.status).toBe(201);
              const id = ((await response.json()) as { Id: number }).Id;
              expect([id, everAcknowledged.has(id)]).toEqual([id, false]);
              everAcknowledged.add(id);
              known.set(id, { title, deleted: false });
            }
            acknowledged++;
            if (acknowledged >= killAfter && !killed) {
              killed = true;
              running?.child.kill('SIGKILL');
            }
          } catch (error) {
            // The kill cuts requests off; anything else is a failure.
            if (!killed) throw error;
          }
        }
      };
      await Promise.all([1, 2, 3, 4].map(writer));
      await running.exited;
    }
    expect(everAcknowledged.size).toBeGreaterThan(60);
  }, 120000);
});
