import { spawn, ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Run { child: ChildProcess; firstLine: Promise<string>; exit: Promise<{ code: number | null; stdout: string; stderr: string }> }

const children: ChildProcess[] = [];

function run(args: string[]): Run {
  const child = spawn(TSX, ['local/emulator/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  let resolveLine: (s: string) => void = () => undefined;
  const firstLine = new Promise<string>((r) => { resolveLine = r; });
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (stdout.includes('\n')) resolveLine(stdout.split('\n')[0]);
  });
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((r) => {
    child.on('exit', (code) => { resolveLine(''); r({ code, stdout, stderr }); });
  });
  return { child, firstLine, exit };
}

describe('cli', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sp-emulator-cli-')); });
  afterAll(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints exactly the site URL, serves, and stops on SIGTERM writing its data', async () => {
    const file = join(dir, 'cli.json');
    const r = run(['--port', '0', '--data', file, '--faults', 'latency:1', '--user', 'boss@contoso.onmicrosoft.com']);
    const url = await r.firstLine;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sites\/miljo$/);
    const me = await fetch(`${url}/_api/web/currentuser`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(((await me.json()) as { Email: string }).Email).toBe('boss@contoso.onmicrosoft.com');
    r.child.kill('SIGTERM');
    const done = await r.exit;
    expect(done.code).toBe(0);
    expect(done.stdout).toBe(`${url}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8')).users.map((u: { email: string }) => u.email)).toContain('boss@contoso.onmicrosoft.com');
  }, 20000);

  it('fails clearly on a --seed that no module registers, and on bad options', async () => {
    const r = run(['--port', '0', '--memory', '--seed', 'nosuch']);
    const done = await r.exit;
    expect(done.code).toBe(1);
    expect(done.stdout).toBe('');
    expect(done.stderr).toMatch(/No seeder named 'nosuch' is registered/);
    const bad = await run(['--faults', '429:7']).exit;
    expect(bad.code).toBe(2);
  }, 20000);
});
