/**
 * Runs PnPjs's own `test/sp` mocha suites against an in-memory emulator, with the product's `@pnp/*`
 * packages. Kept out of `npm test` and CI: the suites live in PnPjs's repository, and mocha and chai
 * are installed by hand in a scratch folder (see README.md).
 *
 *   npx tsx local/pnpjs-suites/run.ts --src /tmp/pnpjs-src --work /tmp/pnpjs-run [--suites lists,items] [--grep text]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startEmulator } from '../emulator/server';
import { adminHeaders } from '../emulator/loopback';

const DEFAULT_SUITES = ['lists', 'items', 'fields', 'batch', 'site-users', 'site-groups', 'security'];
const TEST_USER = 'i:0#.f|membership|pnp.tester@contoso.onmicrosoft.com';
const PRODUCT_MODULES = path.resolve(__dirname, '../../node_modules');

interface Options { src: string; work: string; suites: string[]; grep?: string; timeoutMs: number }

interface MochaTest { fullTitle: string; err?: { message?: string } }
interface MochaReport {
  stats: { tests: number; passes: number; failures: number; pending: number; duration: number };
  failures: MochaTest[];
  pending: MochaTest[];
}

interface SuiteResult { suite: string; report?: MochaReport; error?: string }

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  return {
    src: path.resolve(value('src') ?? '/tmp/pnpjs-src'),
    work: path.resolve(value('work') ?? '/tmp/pnpjs-run'),
    suites: (value('suites') ?? DEFAULT_SUITES.join(',')).split(',').map((name) => name.trim()).filter(Boolean),
    grep: value('grep'),
    timeoutMs: Number(value('timeout') ?? 40000)
  };
}

function need(file: string, hint: string): void {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
}

function link(target: string, at: string): void {
  fs.rmSync(at, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.symlinkSync(target, at);
}

/**
 * The suites import `@pnp/*` by name: linking the product's copies into the scratch folder makes
 * them resolve to the very files the product ships (one module instance, the product's version).
 */
function prepare(options: Options): void {
  need(path.join(options.src, 'test/sp'), 'extract test/ of github:pnp/pnpjs there (README.md)');
  need(path.join(options.work, 'node_modules/mocha/bin/mocha.js'), 'npm install mocha chai chai-as-promised there (README.md)');
  fs.writeFileSync(path.join(options.work, 'package.json'), `${JSON.stringify({ name: 'pnpjs-suites-run', private: true, type: 'module' }, null, 2)}\n`);
  for (const name of ['sp', 'core', 'queryable']) link(path.join(PRODUCT_MODULES, '@pnp', name), path.join(options.work, 'node_modules/@pnp', name));
  link(path.join(PRODUCT_MODULES, 'tsx'), path.join(options.work, 'node_modules/tsx'));
  const testDir = path.join(options.work, 'test');
  fs.rmSync(testDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(testDir, 'sp'), { recursive: true });
  fs.copyFileSync(path.join(options.src, 'test/test-invokable-props.ts'), path.join(testDir, 'test-invokable-props.ts'));
  fs.copyFileSync(path.join(__dirname, 'harness/pnp-test.mjs'), path.join(testDir, 'pnp-test.js'));
  fs.copyFileSync(path.join(__dirname, 'harness/root-hooks.mjs'), path.join(testDir, 'root-hooks.mjs'));
  for (const suite of options.suites) {
    const file = path.join(options.src, 'test/sp', `${suite}.ts`);
    need(file, `no PnPjs suite named '${suite}'`);
    fs.copyFileSync(file, path.join(testDir, 'sp', `${suite}.ts`));
  }
}

function runMocha(options: Options, suite: string, siteUrl: string): Promise<SuiteResult> {
  const reportFile = path.join(options.work, `report-${suite}.json`);
  const logFile = path.join(options.work, `log-${suite}.txt`);
  fs.rmSync(reportFile, { force: true });
  const args = ['--import', 'tsx', path.join(options.work, 'node_modules/mocha/bin/mocha.js'),
    '--reporter', 'json', '--reporter-option', `output=${reportFile}`,
    // PnPjs retries each test twice against a tenant; a retry here would hide a wrong answer
    '--retries', '0', '--timeout', String(options.timeoutMs), '--ui', 'bdd',
    '--require', path.join(options.work, 'test/root-hooks.mjs'),
    ...(options.grep ? ['--grep', options.grep] : []),
    path.join(options.work, 'test/sp', `${suite}.ts`)];
  return new Promise((resolve) => {
    const log = fs.createWriteStream(logFile);
    const child = spawn(process.execPath, args, {
      cwd: options.work,
      env: { ...process.env, PNPJS_EMULATOR_URL: siteUrl, PNPJS_TEST_USER: TEST_USER },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('close', () => {
      log.end();
      if (!fs.existsSync(reportFile)) { resolve({ suite, error: `no report (see ${logFile})` }); return; }
      resolve({ suite, report: JSON.parse(fs.readFileSync(reportFile, 'utf8')) as MochaReport });
    });
  });
}

async function admin(siteUrl: string, pathName: string, body?: unknown): Promise<void> {
  const response = await fetch(`${new URL(siteUrl).origin}/_emulator/${pathName}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...adminHeaders }, body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (!response.ok) throw new Error(`/_emulator/${pathName}: ${response.status} ${await response.text()}`);
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0].slice(0, 300);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  prepare(options);
  const emulator = await startEmulator({ port: 0 });
  const results: SuiteResult[] = [];
  try {
    for (const suite of options.suites) {
      // each suite starts from the empty site, as it would on a fresh test web
      await admin(emulator.url, 'reset');
      await admin(emulator.url, 'directory', { login: TEST_USER, title: 'PnP Tester', email: 'pnp.tester@contoso.onmicrosoft.com' });
      // A team site's "Documents" is a library (BaseTemplate 101), which the emulator does not model;
      // a custom list of that title lets the list and field tests that only need some list run.
      emulator.store.addList({ Title: 'Documents', Description: 'Stand-in for the site library' });
      results.push(await runMocha(options, suite, emulator.url));
    }
  } finally {
    await emulator.close();
  }
  const lines = ['| suite | tests | passed | failed | skipped |', '|---|---|---|---|---|'];
  for (const { suite, report, error } of results) {
    if (!report) { lines.push(`| ${suite} | ${error ?? ''} | | | |`); continue; }
    const { tests, passes, failures, pending } = report.stats;
    lines.push(`| ${suite} | ${tests} | ${passes} | ${failures} | ${pending} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  for (const { suite, report } of results) {
    for (const failure of report?.failures ?? []) process.stdout.write(`FAIL ${suite}: ${failure.fullTitle} :: ${firstLine(failure.err?.message)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
