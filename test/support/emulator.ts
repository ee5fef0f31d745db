// A real emulator on an ephemeral port and the product's repository talking to it over HTTP.
import type { SPFI } from '@pnp/sp';
import { startTestEmulator, TestEmulator } from '../../local/emulator/testing';
import type { EmulatorOptions } from '../../local/emulator/server';
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

/** The emulator seeded with the demo region, and its 2023 as the editing views read it: the probes' start. */
export async function connectToSeededDemo(): Promise<{ connected: Connected; picture: YearPicture }> {
  const connected = await connectToEmulator();
  await seedDemo(connected.sp(), connected.webUrl);
  return { connected, picture: (await connected.repository().loadYear(2023)).picture };
}
