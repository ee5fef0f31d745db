// A region's whole organisation from one CSV file, against the SharePoint emulator over HTTP:
// 1,000 units with their heads, written by the import's runner through the product's repository
// in batches. It counts the requests, stops midway and carries on, and imports the same file again.
import { parseCsv } from '../../../../domain/import/csv';
import { previewOrgImport } from '../../../../domain/import/orgImport';
import type { OrgUnit } from '../../../../domain/model';
import { provisionLists } from '../../../../data/provisioning';
import { connectToEmulator, type Connected } from '../../../../../test/support/emulator';
import { headLookupFor, resolveHeads } from '../importAdapters';
import { runOrgImport } from '../runImport';
import type { IMiljoRepository } from '../../../../ports';
import { batchedUnitSaver } from '../../../../../test/support/unitSaver';

let connected: Connected;
afterEach(async () => { await connected.emulator.close(); });

const top = 'Region Norrlands förvaltning';
const departments = 50;
const unitsPerDepartment = 19;

/** The region as its HR system exports it: Swedish headers, semicolons, a byte-order mark; every unit with a code and a head. */
function regionFile(): { csv: string; heads: string[] } {
  const heads: string[] = [];
  const lines = ['Enhetskod;Nivå;Namn;Överordnad;Chefens e-post'];
  const head = (slug: string): string => {
    const email = `chef.${slug}@region.example`;
    heads.push(email);
    return email;
  };
  lines.push(`RN;förvaltning;${top};;${head('rn')}`);
  for (let department = 1; department <= departments; department += 1) {
    lines.push(`RN-${department};avdelning;Avdelning ${department};RN;${head(`a${department}`)}`);
    for (let unit = 1; unit <= unitsPerDepartment; unit += 1) {
      lines.push(`RN-${department}-${unit};enhet;Enhet ${department}.${unit};RN-${department};${head(`e${department}-${unit}`)}`);
    }
  }
  return { csv: '\uFEFF' + lines.join('\r\n') + '\r\n', heads };
}

const total = 1 + departments + departments * unitsPerDepartment;

async function loadUnits(repository: IMiljoRepository): Promise<{ units: OrgUnit[]; etags: Map<number, string> }> {
  const { picture, etags } = await repository.loadYear(2024);
  return { units: [...picture.orgUnits], etags: etags.orgUnits };
}

function saver(repository: IMiljoRepository, etags: ReadonlyMap<number, string>) {
  return batchedUnitSaver(repository, etags);
}

describe('importing 1,000 units into SharePoint', () => {
  it('writes them parents first, counts its requests, and a second import of the same file writes nothing', async () => {
    connected = await connectToEmulator();
    const { csv, heads } = regionFile();
    await connected.emulator.addPeople(...heads);
    if ((await provisionLists(connected.sp(), connected.webUrl)).kind !== 'done') throw new Error('provisioning failed');
    const repository = connected.repository();
    const rows = parseCsv(csv).rows;

    const empty = await loadUnits(repository);
    const before = connected.emulator.stats.snapshot();
    const started = Date.now();
    // The preview asks the directory about every head (the file's 1,001), as the dialog does.
    const picture = { year: 2024, goals: [], orgUnits: empty.units, allocations: [], activities: [], followUps: [], indicators: [], indicatorValues: [] };
    const preview = previewOrgImport(rows, empty.units, await resolveHeads(rows, picture, [], (logins) => repository.resolvePeople(logins)));
    expect(preview.counts).toEqual({ new: total, changed: 0, unchanged: 0, error: 0 });
    const previewed = connected.emulator.stats.snapshot();
    const result = await runOrgImport(preview.rows, saver(repository, empty.etags), { stop: () => false, onProgress: () => undefined });
    const after = connected.emulator.stats.snapshot();
    expect(result).toMatchObject({ saved: total, failed: 0, notStarted: 0 });
    const requests = after.requests - before.requests;
    const byKind = Object.fromEntries(Object.entries(after.byKind).map(([kind, count]) => [kind, count - (before.byKind[kind] ?? 0)]).filter(([, count]) => count !== 0));
    // The preview's ensureUsers in 11 $batches of at most 100; then a $batch of adds per batch of
    // units (1, 50, then 950 in ten batches: 12), the people already known from the preview. A unit
    // at a time took 2,002.
    console.log(`1,000-unit import: ${requests} requests (${previewed.requests - before.requests} in the preview) ${JSON.stringify(byKind)} in ${Date.now() - started} ms`);
    expect(previewed.requests - before.requests).toBe(11);
    expect(byKind.batch).toBe(23);
    expect(after.batchParts.items - (before.batchParts.items ?? 0)).toBe(total);
    expect(after.batchParts.users - (before.batchParts.users ?? 0)).toBe(heads.length);
    expect(requests).toBeLessThanOrEqual(100);

    const loaded = await loadUnits(repository);
    expect(loaded.units).toHaveLength(total);
    const byCode = new Map(loaded.units.map((unit) => [unit.code, unit]));
    expect(byCode.get('RN-7-3')).toMatchObject({ name: 'Enhet 7.3', level: 'enhet', parentId: byCode.get('RN-7')?.id, head: { login: 'chef.e7-3@region.example' } });

    const again = previewOrgImport(rows, loaded.units, headLookupFor({ year: 2024, goals: [], orgUnits: loaded.units, allocations: [], activities: [], followUps: [], indicators: [], indicatorValues: [] }, []));
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: total, error: 0 });
    const quiet = connected.emulator.stats.snapshot().requests;
    expect(await runOrgImport(again.rows, saver(repository, loaded.etags), { stop: () => false, onProgress: () => undefined })).toMatchObject({ saved: 0 });
    expect(connected.emulator.stats.snapshot().requests).toBe(quiet);
  }, 180_000);

  it('a stop midway leaves whole units under saved parents; importing again writes only the rest', async () => {
    connected = await connectToEmulator();
    const { csv, heads } = regionFile();
    await connected.emulator.addPeople(...heads);
    if ((await provisionLists(connected.sp(), connected.webUrl)).kind !== 'done') throw new Error('provisioning failed');
    const repository = connected.repository();
    const rows = parseCsv(csv).rows.slice(0, 1 + 1 + 3 * (1 + unitsPerDepartment));
    const size = rows.length - 1;
    const lookup = headLookupFor({ year: 2024, goals: [], orgUnits: [], allocations: [], activities: [], followUps: [], indicators: [], indicatorValues: [] }, []);

    let done = 0;
    // Batches of ten, so that the stop falls between batches of one level.
    const first = await runOrgImport(previewOrgImport(rows, [], lookup).rows, saver(repository, new Map()), {
      stop: () => done >= 25, onProgress: (progress) => { done = progress.done; }, batchSize: 10
    });
    expect(first.saved).toBe(1 + 3 + 10 + 10 + 10);
    expect(first.notStarted).toBe(size - first.saved);
    const loaded = await loadUnits(repository);
    const ids = new Set(loaded.units.map((unit) => unit.id));
    // Consistent: every saved unit's parent is saved too.
    expect(loaded.units.every((unit) => unit.parentId === undefined || ids.has(unit.parentId))).toBe(true);

    const resumed = previewOrgImport(rows, loaded.units, lookup);
    expect(resumed.counts).toEqual({ new: size - first.saved, changed: 0, unchanged: first.saved, error: 0 });
    const second = await runOrgImport(resumed.rows, saver(repository, loaded.etags), { stop: () => false, onProgress: () => undefined });
    expect(second).toMatchObject({ saved: size - first.saved, failed: 0, notStarted: 0 });
    expect((await loadUnits(repository)).units).toHaveLength(size);
  }, 120_000);
});
