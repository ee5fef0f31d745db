// `npm run bench`: requests, round trips, bytes and time of loading the summary through the
// product's repository and through a naive baseline, side by side in one run on the same emulator
// (30 ms latency per request); the summary again from the browser's cache of the year, unchanged and
// after 10 edits; what opening a department then reads (the texts the summary's year leaves out);
// the domain summary alone at growing sizes; the package's script sizes; the summary painted in
// Chromium (medium, large, and the paper region as a phone); and the organisation import of 1,000 units, batched and a unit at a time.
// Writes bench/results/latest.json. `npm run bench -- --regions large` measures only the regions
// named (their loads and budgets, nothing else) and writes nothing; `-- --paint` only the paints.
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import { startEmulator, Emulator } from '../local/emulator/server';
import { isFolder } from '../local/emulator/store/folders';
import { addPeople, spForUser } from '../local/emulator/testing';
import { demoDirectory } from '../local/seed/demoDirectory';
import { seedDemo } from '../local/seed/seedDemo';
import { readPackage } from '../local/tools/packageContents';
import { startWorkbench } from '../local/workbench/server';
import { ThrottlingRetry } from '../src/data/behaviors';
import { SharePointRepository } from '../src/data/SharePointRepository';
import { computeCoverageSummary, computeRegionSummary, demoYear } from '../src/domain';
import type { YearPicture } from '../src/domain/model';
import { departmentIdOf, orgUnitsById } from '../src/domain/organisation';
import { demoDepartmentIds } from '../src/domain/demo/demoOrganisation';
import type { SummaryTextsWanted } from '../src/ports';
import { benchRegions, generateRegion } from './generateRegion';
import { measureImport } from './importOrganisation';
import { describeProvisioning, measureProvisioning } from './provisionRegion';
import { describeClosing, measureClosing } from './closePeriods';
import { loadRegion } from './loadRegion';
import { naiveLoad } from './naiveLoad';
import { measureRender, median, type RenderChoice, type RenderFigure } from './renderTiming';
import { RoundTripMeter } from './roundTrips';
import { listUrl } from '../src/data/yearReader';
import { memoryYearStore } from '../test/support/yearStores';

const latencyMs = 30;
const period = { year: demoYear, kind: 'delar' as const };

interface LoadFigures { requests: number; roundTrips: number; bytes: number; ms: number }
interface RegionResult {
  name: string;
  activities: number;
  /** Cold: the summary's read with an empty cache (what a first visit costs). */
  repository: LoadFigures;
  naive: LoadFigures;
  /** The same summary from the cache of the year: nothing changed, and after 10 edits of activities. */
  warm: { unchanged: LoadFigures; afterEdits: LoadFigures };
  /** Opening the department with the most activities: the texts its details show, read then. */
  opened: LoadFigures & { activities: number };
}

/** Budgets the run fails on (issue 21): cold bytes against the naive way, and a warm year's cost. */
const coldShareOfNaive = { large: 1 / 10, region: 1 / 10 };
const warmUnchangedBudget = { roundTrips: 1, bytes: 20 * 1024 };

async function measureLoad<T = YearPicture>(emulator: Emulator, load: () => Promise<T>): Promise<{ figures: LoadFigures; picture: T }> {
  const meter = new RoundTripMeter();
  const originalFetch = globalThis.fetch;
  globalThis.fetch = meter.wrap(originalFetch);
  const before = emulator.stats.snapshot();
  const started = performance.now();
  try {
    const picture = await load();
    const ms = Math.round(performance.now() - started);
    const after = emulator.stats.snapshot();
    if ((after.byStatus['500'] ?? 0) !== (before.byStatus['500'] ?? 0)) throw new Error('a request tripped the list view threshold');
    return { figures: { requests: after.requests - before.requests, roundTrips: meter.roundTrips, bytes: after.bytesSent - before.bytesSent, ms }, picture };
  } finally {
    globalThis.fetch = originalFetch;
  }
}

async function measureRegion(name: string, fill: (emulator: Emulator, sp: SPFI, webUrl: string) => Promise<void>): Promise<RegionResult> {
  const emulator = await startEmulator({ port: 0 });
  try {
    const sp = spForUser(emulator.url).using(ThrottlingRetry());
    const webUrl = new URL(emulator.url).pathname;
    await fill(emulator, sp, webUrl);
    emulator.faults.settings = { latencyMs };
    // The browser's cache of the year, empty at first: the first read is the cold one.
    const cached = new SharePointRepository(sp, webUrl, undefined, memoryYearStore());
    const repository = await measureLoad(emulator, () => cached.loadSummaryYear(demoYear));
    const naive = await measureLoad(emulator, () => naiveLoad(sp, webUrl, demoYear));
    // Both ways must see the same year, or the comparison means nothing.
    const totals = (picture: YearPicture) => JSON.stringify(computeRegionSummary(picture, period).totals);
    if (totals(repository.picture) !== totals(naive.picture)) throw new Error(`${name}: the naive load saw other figures`);
    const unchanged = await measureLoad(emulator, () => cached.loadSummaryYear(demoYear));
    if (totals(unchanged.picture) !== totals(naive.picture)) throw new Error(`${name}: the cached year saw other figures`);
    const titles = editActivities(emulator, webUrl, 10);
    const afterEdits = await measureLoad(emulator, () => cached.loadSummaryYear(demoYear));
    const seen = new Map(afterEdits.picture.activities.map((activity) => [activity.id, activity.title]));
    if ([...titles].some(([id, title]) => seen.get(id) !== title)) throw new Error(`${name}: the cached year missed an edit`);
    const wanted = largestDepartment(afterEdits.picture);
    const opened = await measureLoad(emulator, () => cached.loadSummaryTexts(demoYear, wanted));
    if (opened.picture.activities.size !== wanted.activityIds.length) throw new Error(`${name}: the opened department missed texts`);
    return {
      name, activities: repository.picture.activities.length, repository: repository.figures, naive: naive.figures,
      warm: { unchanged: unchanged.figures, afterEdits: afterEdits.figures },
      opened: { ...opened.figures, activities: wanted.activityIds.length }
    };
  } finally {
    await emulator.close();
  }
}

/** What the department with the most activities shows when opened: its activities, and their follow-ups of the period. */
function largestDepartment(picture: YearPicture): SummaryTextsWanted {
  const units = orgUnitsById(picture.orgUnits);
  const departmentOfAllocation = new Map(picture.allocations.map((allocation) => [allocation.id, departmentIdOf(allocation.orgUnitId, units)]));
  const byDepartment = new Map<number, number[]>();
  for (const activity of picture.activities) {
    const department = departmentOfAllocation.get(activity.allocationId);
    if (department !== undefined) byDepartment.set(department, [...(byDepartment.get(department) ?? []), activity.id]);
  }
  const activityIds = [...byDepartment.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const shown = new Set(activityIds);
  const followUpIds = picture.followUps
    .filter((followUp) => shown.has(followUp.activityId) && followUp.period.year === period.year && followUp.period.kind === period.kind)
    .map((followUp) => followUp.id);
  return { activityIds, followUpIds };
}

/**
 * `count` activities renamed and lifted in the report, as users would (each a change in the list's
 * change log): the summary's year carries a lifted activity's title, so the new ones must show. By id.
 */
function editActivities(emulator: Emulator, webUrl: string, count: number): Map<number, string> {
  const list = emulator.store.listByUrl(listUrl(webUrl, 'activities'));
  if (!list) throw new Error('bench: no activities list');
  const editor = emulator.store.data.users[0];
  const titles = new Map<number, string>();
  // The places' folders are items of the list too, not activities.
  const items = list.def.items.filter((item) => !isFolder(item));
  for (let index = 0; index < count && index < items.length; index++) {
    const item = items[Math.floor((index * items.length) / count)];
    const title = `${String(item.values.Title)} (ändrad)`;
    emulator.store.updateItem(list, item, { Title: title, Highlighted: true }, editor);
    titles.set(item.id, title);
  }
  return titles;
}

/** Every budget the regions missed, in words (empty when all hold). */
function missedBudgets(regions: readonly RegionResult[]): string[] {
  const missed: string[] = [];
  for (const region of regions) {
    const share = coldShareOfNaive[region.name as keyof typeof coldShareOfNaive];
    if (share !== undefined && region.repository.bytes > region.naive.bytes * share) {
      missed.push(`${region.name} cold: ${kb(region.repository.bytes)}, more than ${share.toFixed(2)} of the naive way's ${kb(region.naive.bytes)}`);
    }
    const { unchanged } = region.warm;
    if (unchanged.roundTrips > warmUnchangedBudget.roundTrips || unchanged.bytes > warmUnchangedBudget.bytes) {
      missed.push(`${region.name} warm unchanged: ${unchanged.roundTrips} round trips, ${kb(unchanged.bytes)} (budget ${warmUnchangedBudget.roundTrips}, ${kb(warmUnchangedBudget.bytes)})`);
    }
  }
  return missed;
}

function timeDomain(activities: number): { activities: number; ms: number } {
  const picture = generateRegion({ name: 'domain', departments: 50, units: 1000, goals: 6, activities });
  computeCoverageSummary(picture, period);
  const runs = Array.from({ length: 5 }, () => {
    const started = performance.now();
    computeCoverageSummary(picture, period);
    return performance.now() - started;
  });
  return { activities, ms: Math.round(median(runs) * 10) / 10 };
}

async function bundleSizes(): Promise<{ firstChunkGzipBytes: number; totalGzipBytes: number } | null> {
  const packagePath = path.resolve(__dirname, '..', 'sharepoint', 'solution', 'miljomal.sppkg');
  if (!existsSync(packagePath)) return null;
  const { scripts } = await readPackage(packagePath);
  return {
    firstChunkGzipBytes: scripts.find((script) => script.firstChunk)?.gzipBytes ?? 0,
    totalGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0)
  };
}

/**
 * The summary painted after its data (issue 34), a first visit, median of 5 loads: each budget fails
 * the run above it. The paper region at 360 px with the CPU slowed four times is a phone in Teams:
 * measured and printed, with no budget.
 */
const paintBudgetMs: Readonly<Record<'medium' | 'large' | 'region', number>> = { medium: 100, large: 300, region: 300 };

type PaintedRegion = 'paper' | 'medium' | 'large' | 'region';
const phone: Omit<RenderChoice, 'rows'> = { viewport: { width: 360, height: 780 }, cpuSlowdown: 4 };

async function renderRegion(name: PaintedRegion, choice: Omit<RenderChoice, 'rows'> = {}): Promise<RenderFigure> {
  const workbench = await startWorkbench({ port: 0, seed: name === 'paper' ? 'demo' : 'none', build: 'production' });
  try {
    const size = benchRegions.find((region) => region.name === name);
    if (size !== undefined) {
      const sp = spForUser(workbench.emulator.url).using(ThrottlingRetry());
      await loadRegion(workbench.emulator, sp, new URL(workbench.emulator.url).pathname, generateRegion(size));
    }
    // Several förvaltningar open on the region's table, a row each.
    const rows = size?.forvaltningar ?? size?.departments ?? Object.keys(demoDepartmentIds).length;
    return await measureRender(workbench, { ...choice, rows });
  } finally {
    await workbench.close();
  }
}

type Painted = Readonly<Record<'medium' | 'large' | 'region' | 'paperPhone', RenderFigure>>;

function describePaint(render: Painted): string {
  return `Summary painted after its data in Chromium (median of 5 first visits): medium ${render.medium.ms} ms (budget ${paintBudgetMs.medium}), ` +
    `large ${render.large.ms} ms (budget ${paintBudgetMs.large}), the region of 8 förvaltningar ${render.region.ms} ms (budget ${paintBudgetMs.region}); ` +
    `the paper region at 360 px, CPU slowed 4×: ${render.paperPhone.ms} ms`;
}

async function paintAll(): Promise<Painted> {
  return { medium: await renderRegion('medium'), large: await renderRegion('large'), region: await renderRegion('region'), paperPhone: await renderRegion('paper', phone) };
}

function missedPaintBudgets(render: Painted): string[] {
  return (Object.keys(paintBudgetMs) as Array<keyof typeof paintBudgetMs>)
    .filter((name) => render[name].ms > paintBudgetMs[name])
    .map((name) => `${name} summary painted ${render[name].ms} ms after its data (budget ${paintBudgetMs[name]} ms; runs ${render[name].runs.join(', ')})`);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

function printRegions(regions: readonly RegionResult[]): void {
  console.log(`\nLoading a year's summary, ${latencyMs} ms latency per request (repository | naive | ratio)`);
  console.log('| region | activities | requests | round trips | received | time |');
  console.log('|---|---|---|---|---|---|');
  for (const region of regions) {
    const { repository: r, naive: n } = region;
    console.log(`| ${region.name} | ${region.activities} | ${r.requests} / ${n.requests} (${(n.requests / r.requests).toFixed(0)}×) ` +
      `| ${r.roundTrips} / ${n.roundTrips} | ${kb(r.bytes)} / ${kb(n.bytes)} (${(n.bytes / r.bytes).toFixed(1)}×, ${((100 * r.bytes) / n.bytes).toFixed(1)} %) ` +
      `| ${r.ms} ms / ${n.ms} ms (${(n.ms / r.ms).toFixed(1)}×) |`);
  }
  console.log('\nThe summary from the cache of the year (requests, round trips, received, time): unchanged | after 10 edits | then opening the largest department');
  for (const region of regions) {
    const { unchanged: u, afterEdits: e } = region.warm;
    const o = region.opened;
    console.log(`| ${region.name} | ${u.requests}, ${u.roundTrips}, ${kb(u.bytes)}, ${u.ms} ms | ${e.requests}, ${e.roundTrips}, ${kb(e.bytes)}, ${e.ms} ms ` +
      `| ${o.activities} activities: ${o.requests}, ${o.roundTrips}, ${kb(o.bytes)}, ${o.ms} ms |`);
  }
}

/** `--regions large,medium`: only those regions, and nothing written. */
function chosenRegions(): string[] | undefined {
  const at = process.argv.indexOf('--regions');
  return at === -1 ? undefined : (process.argv[at + 1] ?? '').split(',').filter((name) => name !== '');
}

async function main(): Promise<void> {
  const started = performance.now();
  if (process.argv.includes('--paint')) {
    // The paints alone (about a minute), with their budgets: nothing written.
    const render = await paintAll();
    console.log(describePaint(render));
    const missed = missedPaintBudgets(render);
    if (missed.length > 0) throw new Error(`budgets missed:\n  ${missed.join('\n  ')}`);
    return;
  }
  const chosen = chosenRegions();
  const wanted = (name: string): boolean => chosen === undefined || chosen.includes(name);
  const regions: RegionResult[] = [];
  if (wanted('paper')) {
    regions.push(await measureRegion('paper', async (emulator, sp, webUrl) => {
      // The site ensures only people the tenant's directory knows, as SharePoint does.
      await addPeople(emulator.url, demoDirectory);
      await seedDemo(sp, webUrl);
    }));
  }
  for (const size of benchRegions.filter((region) => wanted(region.name))) {
    regions.push(await measureRegion(size.name, (emulator, sp, webUrl) => loadRegion(emulator, sp, webUrl, generateRegion(size))));
  }
  if (chosen !== undefined) {
    printRegions(regions);
    console.log(`\nMeasured ${regions.map((region) => region.name).join(', ')} alone in ${((performance.now() - started) / 1000).toFixed(0)} s; nothing written`);
    const missed = missedBudgets(regions);
    if (missed.length > 0) throw new Error(`budgets missed:\n  ${missed.join('\n  ')}`);
    return;
  }
  const domain = [5000, 50000, 500000].map(timeDomain);
  const bundle = await bundleSizes();
  const render = await paintAll();
  const organisationImport = await measureImport(latencyMs);
  const provisioning = await measureProvisioning('large');
  // Unique scopes per list after ten years with every period closed, the units' folders included.
  const closing = await measureClosing('large');

  printRegions(regions);
  console.log('\nDomain summary alone (median of 5)');
  for (const entry of domain) console.log(`  ${entry.activities} activities: ${entry.ms} ms (${((entry.ms * 1000) / entry.activities).toFixed(2)} µs per activity)`);
  console.log(bundle
    ? `\nPackage: first chunk ${kb(bundle.firstChunkGzipBytes)} gzipped, all scripts ${kb(bundle.totalGzipBytes)}`
    : '\nPackage: no sharepoint/solution/miljomal.sppkg (run npm run package first)');
  console.log(describePaint(render));
  const { batched: b, secured: s, oneAtATime: o } = organisationImport;
  console.log(`Import of ${b.units} units with their heads: ${b.requests} requests (${b.previewRequests} in the preview), ${b.ms} ms; ` +
    `a unit at a time ${o.requests} requests, ${o.ms} ms; on a site with its role groups (places' groups and units' folders kept in step) ${s.requests} requests, ${s.ms} ms`);
  if (b.requests > 100) throw new Error(`the import of ${b.units} units took ${b.requests} requests (budget 100)`);
  console.log(describeProvisioning(provisioning));
  console.log(describeClosing(closing));

  const resultsFolder = path.join(__dirname, 'results');
  mkdirSync(resultsFolder, { recursive: true });
  writeFileSync(path.join(resultsFolder, 'latest.json'), `${JSON.stringify({ latencyMs, regions, domain, bundle, render, import: organisationImport, provisioning, closing }, null, 2)}\n`);
  console.log(`\nWritten bench/results/latest.json in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const missed = [...missedBudgets(regions), ...missedPaintBudgets(render)];
  if (missed.length > 0) throw new Error(`budgets missed:\n  ${missed.join('\n  ')}`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
