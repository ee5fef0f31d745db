/**
 * Seeders: named functions that fill an empty store, run by `--seed <name>` and POST
 * /_emulator/seed. The demo data set belongs to the data layer: it registers itself with
 * `registerSeed('demo', ...)` from its module (local/seed/registerDemoSeed.ts), and provisions through the
 * product's own code against `siteUrl` (over HTTP, as the default user). Seeder modules are
 * found through ./seeders.ts.
 */
import type { Store } from './store';

export interface SeedContext {
  store: Store;
  /** Login of the emulator's default user (a site admin). */
  defaultUser: string;
}

export type Seeder = (siteUrl: string, ctx: SeedContext) => Promise<void>;

const registry = new Map<string, Seeder>();

export function registerSeed(name: string, seeder: Seeder): void {
  registry.set(name, seeder);
}

export function unregisterSeed(name: string): void {
  registry.delete(name);
}

export function getSeed(name: string): Seeder | undefined {
  return registry.get(name);
}

export function seedNames(): string[] {
  return [...registry.keys()];
}

export class UnknownSeedError extends Error {
  constructor(name: string) {
    const known = seedNames();
    super(`No seeder named '${name}' is registered (${known.length ? `known: ${known.join(', ')}` : 'none is registered yet'}).` +
      (name === 'demo' ? ' The demo seeder belongs to the data layer: local/seed/registerDemoSeed.ts registers it (see local/emulator/seeders.ts).' : ''));
    this.name = 'UnknownSeedError';
  }
}
