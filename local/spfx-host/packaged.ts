// The host runs what `npm run package` wrote. Tests and `npm run host` package again when the
// sources are newer than that output (or there is none, as on a fresh clone), so nobody hosts a
// stale bundle by accident.
import { spawn } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import * as path from 'path';

const projectRoot = path.resolve(__dirname, '..', '..');
const sources = ['src', 'config', 'package.json', 'gulpfile.js', 'tsconfig.json'];

function newest(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry)
    .filter((name) => name !== '__tests__')
    .reduce((latest, name) => Math.max(latest, newest(path.join(entry, name))), 0);
}

export function packageIsCurrent(): boolean {
  const manifests = path.join(projectRoot, 'release', 'manifests');
  if (!existsSync(manifests) || readdirSync(manifests).length === 0) return false;
  const built = Math.min(...readdirSync(manifests).map((name) => statSync(path.join(manifests, name)).mtimeMs));
  return sources.every((source) => newest(path.join(projectRoot, source)) <= built);
}

/** Runs `npm run package` unless its output is current; rejects with the end of its output. */
export async function ensurePackaged(log: (line: string) => void = () => undefined): Promise<void> {
  if (packageIsCurrent()) return;
  log('Packaging the web part (npm run package)…');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('npm', ['run', '-s', 'package'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`npm run package failed (${code}):\n${output.join('').slice(-3000)}`);
}
