// The organisation import of 1,000 units with their heads, as the dialog runs it (the heads asked
// about in the preview, then the units level by level in batches), against the way it went before
// batches: a unit at a time, four in flight, each with its own ensureUser. Same emulator settings
// as the loads (30 ms latency per request); each way on a fresh emulator.
import type { SPFI } from '@pnp/sp';
import { startEmulator, type Emulator } from '../local/emulator/server';
import { addPeople, spForUser } from '../local/emulator/testing';
import { ThrottlingRetry } from '../src/data/behaviors';
import { provisionLists } from '../src/data/provisioning';
import { provisionRoles } from '../src/data/roles';
import { SharePointRepository } from '../src/data/SharePointRepository';
import { parseCsv } from '../src/domain/import/csv';
import { previewOrgImport, writeOrder } from '../src/domain/import/orgImport';
import type { YearPicture } from '../src/domain/model';
import { runPool } from '../src/ui/common/runPool';
import { newClientKey } from '../src/ui/edit/clientKey';
import { resolveHeads } from '../src/ui/administration/import/importAdapters';
import { runOrgImport } from '../src/ui/administration/import/runImport';
import { batchedUnitSaver } from '../test/support/unitSaver';

export interface ImportFigures { units: number; requests: number; previewRequests: number; ms: number }
/** `batched` on a site with the lists only; `secured` with the role groups too, so the places' groups and the units' folders are kept in step as the units land. */
export interface ImportResult { batched: ImportFigures; secured: ImportFigures; oneAtATime: ImportFigures }

const departments = 27;
const unitsPerDepartment = 36;

/** 1 + 27 + 27 × 36 = 1,000 units, each with a head of their own. */
function regionFile(): { csv: string; heads: string[] } {
  const heads: string[] = [];
  const head = (slug: string): string => { heads.push(`chef.${slug}@region.example`); return heads[heads.length - 1]; };
  const lines = ['Enhetskod;Nivå;Namn;Överordnad;Chefens e-post', `R;förvaltning;Regionens förvaltning;;${head('r')}`];
  for (let department = 1; department <= departments; department += 1) {
    lines.push(`R-${department};avdelning;Avdelning ${department};R;${head(`a${department}`)}`);
    for (let unit = 1; unit <= unitsPerDepartment; unit += 1) lines.push(`R-${department}-${unit};enhet;Enhet ${department}.${unit};R-${department};${head(`e${department}-${unit}`)}`);
  }
  return { csv: lines.join('\r\n'), heads };
}

const emptyPicture = (): YearPicture => ({ year: 2024, goals: [], orgUnits: [], allocations: [], activities: [], followUps: [], indicators: [], indicatorValues: [] });

async function onFreshEmulator(latencyMs: number, run: (emulator: Emulator, sp: SPFI, webUrl: string) => Promise<ImportFigures>,
  withRoles = false): Promise<ImportFigures> {
  const emulator = await startEmulator({ port: 0 });
  try {
    const sp = spForUser(emulator.url).using(ThrottlingRetry());
    const webUrl = new URL(emulator.url).pathname;
    if ((await provisionLists(sp, webUrl)).kind !== 'done') throw new Error('bench: could not provision the lists');
    if (withRoles && (await provisionRoles(sp, webUrl)).kind !== 'done') throw new Error('bench: could not provision the role groups');
    await addPeople(emulator.url, regionFile().heads);
    emulator.faults.settings = { latencyMs };
    return await run(emulator, sp, webUrl);
  } finally {
    await emulator.close();
  }
}

export async function measureImport(latencyMs: number): Promise<ImportResult> {
  const rows = parseCsv(regionFile().csv).rows;
  const batchedImport = async (emulator: Emulator, sp: SPFI, webUrl: string): Promise<ImportFigures> => {
    const repository = new SharePointRepository(sp, webUrl);
    const before = emulator.stats.snapshot().requests;
    const started = performance.now();
    const preview = previewOrgImport(rows, [], await resolveHeads(rows, emptyPicture(), [], (logins) => repository.resolvePeople(logins)));
    const previewRequests = emulator.stats.snapshot().requests - before;
    const result = await runOrgImport(preview.rows, batchedUnitSaver(repository, new Map()), { stop: () => false, onProgress: () => undefined });
    if (result.saved !== preview.counts.new) throw new Error(`bench: the import saved ${result.saved} of ${preview.counts.new}`);
    return { units: result.saved, requests: emulator.stats.snapshot().requests - before, previewRequests, ms: Math.round(performance.now() - started) };
  };
  const batched = await onFreshEmulator(latencyMs, batchedImport);
  const secured = await onFreshEmulator(latencyMs, batchedImport, true);
  const oneAtATime = await onFreshEmulator(latencyMs, async (emulator, sp, webUrl) => {
    const repository = new SharePointRepository(sp, webUrl);
    const before = emulator.stats.snapshot().requests;
    const started = performance.now();
    const preview = previewOrgImport(rows, [], (email) => ({ login: email, name: email, email }));
    const ids = new Map<number, number>();
    let saved = 0;
    for (const level of writeOrder(preview.rows)) {
      await runPool(level, 4, async (row) => {
        if (row.plan === undefined) return;
        const { parent } = row.plan;
        const parentId = parent.kind === 'unit' ? parent.unitId : parent.kind === 'row' ? ids.get(parent.rowNumber) : undefined;
        const outcome = await repository.addOrgUnit({ ...row.plan.unit, ...(parentId === undefined ? {} : { parentId }) }, newClientKey());
        if (outcome.kind === 'saved') { ids.set(row.rowNumber, outcome.value.id); saved += 1; }
      }, () => false);
    }
    if (saved !== preview.counts.new) throw new Error(`bench: one at a time saved ${saved} of ${preview.counts.new}`);
    return { units: saved, requests: emulator.stats.snapshot().requests - before, previewRequests: 0, ms: Math.round(performance.now() - started) };
  });
  return { batched, secured, oneAtATime };
}

if (require.main === module) {
  measureImport(30).then((result) => console.log(JSON.stringify(result, null, 2)), (error: Error) => { console.error(error.stack ?? error.message); process.exit(1); });
}
