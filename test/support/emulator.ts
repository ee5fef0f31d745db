// A real emulator on an ephemeral port and the product's repository talking to it over HTTP.
import type { SPFI } from '@pnp/sp';
import { startTestEmulator, TestEmulator } from '../../local/emulator/testing';
import type { EmulatorOptions } from '../../local/emulator/server';
import { ThrottlingRetry } from '../../src/data/behaviors';
import { SharePointRepository } from '../../src/data/SharePointRepository';

export interface Connected {
  emulator: TestEmulator;
  webUrl: string;
  /** PnPjs as the product configures it, for a user (default: the site admin). */
  sp(login?: string): SPFI;
  repository(login?: string): SharePointRepository;
}

export async function connectToEmulator(options: EmulatorOptions = {}): Promise<Connected> {
  const emulator = await startTestEmulator({ faults: { retryAfterSeconds: 0 }, ...options });
  const webUrl = new URL(emulator.url).pathname;
  const sp = (login?: string): SPFI => emulator.sp(login).using(ThrottlingRetry());
  return { emulator, webUrl, sp, repository: (login?: string) => new SharePointRepository(sp(login), webUrl) };
}
