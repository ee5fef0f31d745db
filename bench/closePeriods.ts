// Closing periods on the large region's site (51 places): both periods of ten years closed one
// after the other by the regional staff, as ten years of the cycle would leave the follow-up list.
// Counted: the requests of each close (a $batch is one), the unique permission scopes the list
// ends with (SharePoint's limit 50,000, recommended 5,000), and the requests of reopening one.
// The items do not change what closing costs (it touches folders, not follow-ups), so the site
// holds the organisation only. Run alone: `npx tsx bench/closePeriods.ts [region]`.
import { addPeople, spForUser } from '../local/emulator/testing';
import { uniqueScopeCount } from '../local/emulator/store/folders';
import { ThrottlingRetry } from '../src/data/behaviors';
import { guardedLists } from '../src/data/places';
import { roleGroupTitles } from '../src/data/roles';
import { SharePointRepository } from '../src/data/SharePointRepository';
import { listUrl } from '../src/data/yearReader';
import type { FollowUpPeriod } from '../src/domain/model';
import { recommendedScopes, startRegionSite } from './regionSite';

export interface ClosingFigures {
  region: string;
  places: number;
  periodsClosed: number;
  requestsPerClose: { first: number; max: number };
  reopenRequests: number;
  uniqueScopes: number;
  /** Every guarded list's unique scopes after the closes (Aktiviteter holds one per open unit). */
  scopesPerList: Record<string, number>;
  provisionRequests: number;
  provisionMs: number;
  ms: number;
}

const staff = 'bench.staff@region.example';

export async function measureClosing(regionName = 'large', years = 10): Promise<ClosingFigures> {
  const { emulator, sp, webUrl, picture } = await startRegionSite(regionName, (full) => ({ ...full, allocations: [], activities: [], followUps: [] }));
  try {
    const admin = new SharePointRepository(sp, webUrl);
    const provisionStart = emulator.stats.snapshot().requests;
    const provisionStarted = performance.now();
    const provisioned = await admin.provision();
    const provisionMs = Math.round(performance.now() - provisionStarted);
    const provisionRequests = emulator.stats.snapshot().requests - provisionStart;
    if (provisioned.kind !== 'done') throw new Error(`bench: provisioning failed: ${JSON.stringify(provisioned)}`);
    await addPeople(emulator.url, [staff]);
    await sp.web.siteGroups.getByName(roleGroupTitles.regionalStaff).users.add(staff);
    const repository = new SharePointRepository(spForUser(emulator.url, staff).using(ThrottlingRetry()), webUrl);
    const followUps = emulator.store.listByUrl(listUrl(webUrl, 'followUps'))!;
    const places = followUps.def.items.filter((item) => item.fsObjType === 1 && (item.dir ?? '') === '').length;
    const costs: number[] = [];
    const started = performance.now();
    for (let year = picture.year - years + 1; year <= picture.year; year++) {
      for (const kind of ['delar', 'helar'] as const) {
        const period: FollowUpPeriod = { year, kind };
        const before = emulator.stats.snapshot().requests;
        const outcome = await repository.closePeriod(period, `bench-${year}-${kind}`);
        if (outcome.kind !== 'saved') throw new Error(`bench: closing ${year} ${kind}: ${JSON.stringify(outcome)}`);
        costs.push(emulator.stats.snapshot().requests - before);
      }
    }
    const ms = Math.round(performance.now() - started);
    const uniqueScopes = uniqueScopeCount(followUps);
    if (uniqueScopes > recommendedScopes) throw new Error(`bench: the follow-up list has ${uniqueScopes} unique scopes (budget ${recommendedScopes})`);
    const scopesPerList = Object.fromEntries(guardedLists.map((key) => [key, uniqueScopeCount(emulator.store.listByUrl(listUrl(webUrl, key))!)]));
    const before = emulator.stats.snapshot().requests;
    await repository.reopenPeriod({ year: picture.year, kind: 'helar' }, 'bench-reopen');
    const reopenRequests = emulator.stats.snapshot().requests - before;
    return { region: regionName, places, periodsClosed: costs.length, requestsPerClose: { first: costs[0], max: Math.max(...costs) }, reopenRequests, uniqueScopes, scopesPerList, provisionRequests, provisionMs, ms };
  } finally {
    await emulator.close();
  }
}

export function describeClosing(figures: ClosingFigures): string {
  return `Closing ${figures.periodsClosed} periods on the ${figures.region} region (${figures.places} places): ${figures.requestsPerClose.first} requests ` +
    `for a close (at most ${figures.requestsPerClose.max}), ${figures.ms} ms for all without latency; reopening one ${figures.reopenRequests} requests; ` +
    `the follow-up list ends with ${figures.uniqueScopes} unique scopes (per list: ${Object.entries(figures.scopesPerList).map(([key, count]) => `${key} ${count}`).join(', ')}); ` +
    `"Skapa listor" on the organisation with its units' folders ${figures.provisionRequests} requests, ${figures.provisionMs} ms`;
}

if (require.main === module) {
  measureClosing(process.argv[2] ?? 'large').then((figures) => console.log(describeClosing(figures)), (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
