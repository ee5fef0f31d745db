// A real emulator on an ephemeral port and the product's repository talking to it over HTTP.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SPFI } from '@pnp/sp';
import { startTestEmulator, TestEmulator } from '../../local/emulator/testing';
import type { EmulatorOptions } from '../../local/emulator/server';
import type { StoreData } from '../../local/emulator/model';
import { EVERYTHING_CHANGED } from '../../local/emulator/store/changes';
import { ThrottlingRetry } from '../../src/data/behaviors';
import { SharePointRepository } from '../../src/data/SharePointRepository';
import { demoDirectory } from '../../local/seed/demoDirectory';
import { seedDemo } from '../../local/seed/seedDemo';
import type { YearPicture } from '../../src/domain/model';

export interface Connected {
  emulator: TestEmulator;
  webUrl: string;
  /** PnPjs as the product configures it, for a user (default: the site admin). */
  sp(login?: string): SPFI;
  repository(login?: string): SharePointRepository;
}

/**
 * The same numbers every run (mulberry32), so a test with random faults fails for its code, never
 * for a draw: which requests are answered 429 is then fixed by the seed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** People the product's tests name beside the demo's: the heads and readers they put in groups. */
const testPeople = ['avdchef@region.example', 'enhetschef@region.example', 'reader@region.example', 'enhchef.tvatt@region.example'];

/** The tenant the product's tests run in: the demo's people and the tests' own are in its directory. */
export async function connectToEmulator(options: EmulatorOptions = {}): Promise<Connected> {
  const emulator = await startTestEmulator({ faults: { retryAfterSeconds: 0 }, random: seededRandom(2026), ...options });
  await emulator.addPeople(...demoDirectory, ...testPeople);
  const webUrl = new URL(emulator.url).pathname;
  const sp = (login?: string): SPFI => emulator.sp(login).using(ThrottlingRetry());
  return { emulator, webUrl, sp, repository: (login?: string) => new SharePointRepository(sp(login), webUrl) };
}

/**
 * The demo as seeded, shared by the files of one jest run: seeding through the product's own
 * provisioning takes about 4 s a file (fourteen files seed it), loading the store a few
 * milliseconds. Keyed by the run (jest's process) and by the product's sources as they are, so a
 * changed file or another run seeds afresh.
 */
function seededDemoFile(): string {
  const hash = createHash('sha1').update(String(process.ppid));
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) hash.update(`${full}:${statSync(full).mtimeMs}`);
    }
  };
  const root = path.resolve(__dirname, '..', '..');
  for (const folder of ['src', 'local/seed', 'local/emulator']) walk(path.join(root, folder));
  return path.join(os.tmpdir(), `miljomal-seeded-demo-${hash.digest('hex').slice(0, 16)}.json`);
}

/** The emulator seeded with the demo region, and its 2023 as the editing views read it: the probes' start. */
export async function connectToSeededDemo(): Promise<{ connected: Connected; picture: YearPicture }> {
  const connected = await connectToEmulator();
  await seedDemoInto(connected);
  return { connected, picture: (await connected.repository().loadYear(2023)).picture };
}

/**
 * The demo region in the emulator, as `seedDemo` writes it through the product's provisioning and
 * repository (the first file of a run does, and keeps the store; the others load it).
 */
export async function seedDemoInto(connected: Connected): Promise<void> {
  const file = seededDemoFile();
  if (existsSync(file)) {
    connected.emulator.store.load(JSON.parse(readFileSync(file, 'utf8')) as StoreData);
    // As the workbench's reset: every cache of the store is stale now.
    connected.emulator.store.changed(EVERYTHING_CHANGED);
  } else {
    await seedDemo(connected.sp(), connected.webUrl);
    // Earlier runs' stores (a day old) go; this one is written whole, then renamed: another worker reads it only complete.
    for (const old of readdirSync(os.tmpdir()).filter((name) => name.startsWith('miljomal-seeded-demo-'))) {
      const full = path.join(os.tmpdir(), old);
      if (Date.now() - statSync(full).mtimeMs > 86400000) rmSync(full, { force: true });
    }
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(connected.emulator.store.toJSON()));
    renameSync(partial, file);
  }
}

/**
 * An item added by raw REST as `login` into `folder` of the list at `listUrl`, past the web part
 * (SharePoint's AddValidateUpdateItemUsingPath, as a person could call it): the status SharePoint answers.
 */
export async function addItemByRawRest(connected: Connected, login: string, listUrl: string, folder: string,
  values: Readonly<Record<string, string>>): Promise<number> {
  const answer = await connected.emulator.fetch(`/_api/web/GetList(@u)/AddValidateUpdateItemUsingPath()?@u='${encodeURIComponent(listUrl)}'`, {
    method: 'POST', user: login, body: JSON.stringify({
      listItemCreateInfo: { FolderPath: { DecodedUrl: folder } },
      formValues: Object.entries(values).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })), bNewDocumentUpdate: false
    })
  });
  return answer.status;
}
