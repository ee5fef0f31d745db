/**
 * Where the CLI and POST /_emulator/seed find seeders that are not registered yet: a seeder module
 * is imported on first use, and registers itself with registerSeed(name, ...) from ./seeds.
 * The demo data set belongs to the data layer (local/seed/registerDemoSeed.ts). `none` is built in.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getSeed } from './seeds';

export const SEED_MODULES: Record<string, string> = {
  demo: resolve(__dirname, '../seed/registerDemoSeed')
};

/** Imports the module of a named seeder unless it is registered already; false when there is none. */
export async function loadSeeder(name: string): Promise<boolean> {
  if (getSeed(name)) return true;
  const mod = SEED_MODULES[name];
  if (!mod || !['.ts', '.js'].some((ext) => existsSync(`${mod}${ext}`))) return false;
  try {
    await import(mod);
  } catch (e) {
    throw new Error(`The '${name}' seeder module (${mod}) failed to load: ${e instanceof Error ? e.message : String(e)}`);
  }
  return !!getSeed(name);
}
