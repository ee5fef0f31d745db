/**
 * Measures the emulator with a 50,000-item list (not a test): fill time, indexed filter latency
 * through PnPjs, paging, throttled queries, writes, and the emulator process's resident memory.
 * The emulator runs in a child process so that its RSS is its own.
 *
 *   npx tsx local/emulator/measure.ts [--items 50000] [--data]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator } from './server';
import { parseSchemaXml } from './fieldSpecs';
import { adminFetch, spForUser } from './testing';
import type { StatsSnapshot } from './stats';

const args = process.argv.slice(2);
const arg = (name: string, fallback?: string): string | undefined => {
  const position = args.indexOf(name);
  return position >= 0 ? args[position + 1] : fallback;
};
const ITEM_COUNT = Number(arg('--items', '50000'));

async function child(): Promise<void> {
  const dataFile = arg('--file');
  const emu = await startEmulator({ port: 0, dataFile });
  const store = emu.store;
  const fillStart = performance.now();
  const goals = store.addList({ Title: 'Goals' });
  store.addField(goals, parseSchemaXml('<Field Type="Text" Name="GoalCode" DisplayName="Målkod" Indexed="TRUE" EnforceUniqueValues="TRUE" />'), true);
  store.bulkAddItems(goals, Array.from({ length: 200 }, (_, i) => ({ Title: `Mål ${i + 1}`, GoalCode: `G${i + 1}` })));
  const acts = store.addList({ Title: 'Activities' });
  for (const xml of [
    '<Field Type="Text" Name="Code" DisplayName="Kod" Indexed="TRUE" EnforceUniqueValues="TRUE" />',
    `<Field Type="Lookup" Name="Goal" DisplayName="Mål" List="{${goals.def.id}}" ShowField="Title" Indexed="TRUE" />`,
    '<Field Type="User" Name="Owner" DisplayName="Ansvarig" UserSelectionMode="PeopleOnly" />',
    '<Field Type="Choice" Name="Status" DisplayName="Status"><CHOICES><CHOICE>Planerad</CHOICE><CHOICE>Pågår</CHOICE><CHOICE>Klar</CHOICE></CHOICES></Field>',
    '<Field Type="Number" Name="Progress" DisplayName="Progress" />',
    '<Field Type="DateTime" Name="DueDate" DisplayName="Datum" Format="DateOnly" />',
    '<Field Type="Boolean" Name="Done" DisplayName="Klar" />',
    '<Field Type="Note" Name="Details" DisplayName="Beskrivning" />'
  ]) store.addField(acts, parseSchemaXml(xml), true);
  const owners = Array.from({ length: 50 }, (_, i) => store.signIn(`user${i}@contoso.onmicrosoft.com`).id);
  const statuses = ['Planerad', 'Pågår', 'Klar'];
  store.bulkAddItems(acts, Array.from({ length: ITEM_COUNT }, (_, i) => ({
    Title: `Aktivitet ${i + 1}`, Code: `A${i + 1}`, GoalId: (i % 200) + 1, OwnerId: owners[i % owners.length],
    Status: statuses[i % 3], Progress: i % 101, DueDate: new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86400000).toISOString(),
    Done: i % 7 === 0, Details: `Beskrivning av aktivitet ${i + 1} med lite text.`
  })));
  const fillMs = performance.now() - fillStart;
  let writeMs = 0;
  if (dataFile) {
    const writeStart = performance.now();
    await emu.flush();
    writeMs = performance.now() - writeStart;
  }
  process.stdout.write(`${JSON.stringify({ url: emu.url, fillMs, writeMs })}\n`);
  process.on('SIGTERM', () => { void emu.close().then(() => process.exit(0)); });
}

function percentile(samples: number[], percent: number): number {
  const sorted = [...samples].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor((percent / 100) * sorted.length))];
}

async function time(runs: number, run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return { median: Math.round(percentile(samples, 50) * 10) / 10, p95: Math.round(percentile(samples, 95) * 10) / 10 };
}

async function parent(): Promise<void> {
  const root = resolve(__dirname, '../..');
  const withData = args.includes('--data');
  const dir = withData ? mkdtempSync(join(tmpdir(), 'sp-emulator-measure-')) : undefined;
  const file = dir ? join(dir, 'sharepoint.json') : undefined;
  const childArgs = ['local/emulator/measure.ts', '--child', '--items', String(ITEM_COUNT), ...(file ? ['--file', file] : [])];
  const proc = spawn(join(root, 'node_modules', '.bin', 'tsx'), childArgs, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await new Promise<{ url: string; fillMs: number; writeMs: number }>((resolveInfo, rejectInfo) => {
    let output = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolveInfo(JSON.parse(output.split('\n')[0]) as { url: string; fillMs: number; writeMs: number });
    });
    proc.on('exit', (code) => rejectInfo(new Error(`child exited ${String(code)}`)));
  });
  const stats = async (): Promise<StatsSnapshot> => (await (await adminFetch(info.url, 'stats')).json()) as StatsSnapshot;
  const sp = spForUser(info.url);
  const acts = sp.web.getList('/sites/miljo/Lists/Activities');
  const rssAfterFill = (await stats()).memoryMB.rss;
  await acts.select('Id')(); // warm up (digest-free GET, connection)

  let draw = 0;
  const indexedEq = await time(200, () => acts.items.select('Id', 'Title', 'Code').filter(`Code eq 'A${1 + ((draw++ * 7919) % ITEM_COUNT)}'`)());
  const lookupEq = await time(50, () => acts.items.select('Id', 'Title').filter(`GoalId eq ${1 + (draw++ % 200)}`).top(5000)());
  const expandPage = await time(50, () => acts.items.select('Id', 'Title', 'Goal/Title', 'Owner/Title').expand('Goal', 'Owner').filter(`GoalId eq ${1 + (draw++ % 200)}`)());
  const firstPage = await time(50, () => acts.items.select('Id', 'Title')());
  const byId = await time(100, () => acts.items.getById(1 + ((draw++ * 104729) % ITEM_COUNT)).select('Id', 'Title')());
  const throttled = await time(20, () => acts.items.filter("Status eq 'Klar'")().then(() => { throw new Error('expected a throttle'); }, (error: { status?: number }) => {
    if (error.status !== 500) throw error;
  }));
  const pagingStart = performance.now();
  let rows = 0;
  for await (const page of acts.items.select('Id', 'Title', 'Code').top(5000)) rows += (page as unknown[]).length;
  const pagingMs = Math.round(performance.now() - pagingStart);
  let added = 0;
  const add = await time(50, () => acts.items.add({ Title: `Ny ${added}`, Code: `NEW${added++}`, GoalId: 1 }));
  const batch20 = await time(10, async () => {
    const [batchedSp, execute] = sp.batched();
    const list = batchedSp.web.getList('/sites/miljo/Lists/Activities');
    for (let i = 0; i < 20; i++) void list.items.add({ Title: `Batch ${added}`, Code: `B${added++}` });
    await execute();
  });
  const end = await stats();
  let fileMB: number | undefined;
  if (file) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 3000)); // let the debounced write run
    fileMB = Math.round((statSync(file).size / 1048576) * 10) / 10;
  }
  const endAfterWrite = file ? (await stats()).memoryMB.rss : undefined;
  proc.kill('SIGTERM');
  await new Promise((resolveExit) => proc.on('exit', resolveExit));
  if (dir) rmSync(dir, { recursive: true, force: true });
  const result = {
    items: ITEM_COUNT, persistence: file ? 'data file' : 'memory',
    fillMs: Math.round(info.fillMs), initialWriteMs: file ? Math.round(info.writeMs) : undefined, fileMB,
    rssAfterFillMB: rssAfterFill, rssAtEndMB: end.memoryMB.rss, rssAfterWriteMB: endAfterWrite,
    indexedEqFilterMs: indexedEq, indexedLookupFilterMs: lookupEq, indexedFilterWithExpandMs: expandPage,
    firstPageMs: firstPage, getByIdMs: byId, throttledNonIndexedFilterMs: throttled,
    pagingAllRows: rows, pagingAllMs: pagingMs, addItemMs: add, batchOf20AddsMs: batch20,
    node: process.version
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

(args.includes('--child') ? child() : parent()).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
