// "Skapa listor" on the large region's site provisioned with flat lists (50 departments, 1,000
// units, 50,000 activities and their follow-ups): the role groups, one group and folder per place,
// and every item moved into its place's folder. Counted: HTTP requests (a $batch is one), time
// without latency, the unique permission scopes each guarded list ends with (SharePoint's limit
// 50,000, recommended 5,000), and whether a second run is cheaper (it reads, it moves nothing).
import { uniqueScopeCount } from '../local/emulator/store/folders';
import { guardedLists } from '../src/data/places';
import { SharePointRepository } from '../src/data/SharePointRepository';
import { listUrl } from '../src/data/yearReader';
import { recommendedScopes, startRegionSite } from './regionSite';

export interface ProvisionFigures {
  region: string;
  items: number;
  requests: number;
  ms: number;
  secondRunRequests: number;
  uniqueScopes: Record<string, number>;
}


export async function measureProvisioning(regionName = 'large'): Promise<ProvisionFigures> {
  const { emulator, sp, webUrl, picture } = await startRegionSite(regionName);
  try {
    const repository = new SharePointRepository(sp, webUrl);
    const before = emulator.stats.snapshot().requests;
    const started = performance.now();
    const result = await repository.provision();
    const ms = Math.round(performance.now() - started);
    if (result.kind !== 'done') throw new Error(`bench: provisioning the ${regionName} region failed: ${JSON.stringify(result)}`);
    const requests = emulator.stats.snapshot().requests - before;
    const again = emulator.stats.snapshot().requests;
    await repository.provision();
    const secondRunRequests = emulator.stats.snapshot().requests - again;
    const uniqueScopes: Record<string, number> = {};
    for (const key of guardedLists) {
      const list = emulator.store.listByUrl(listUrl(webUrl, key));
      uniqueScopes[key] = list ? uniqueScopeCount(list) : 0;
      if (uniqueScopes[key] > recommendedScopes) throw new Error(`bench: ${key} has ${uniqueScopes[key]} unique scopes (budget ${recommendedScopes})`);
    }
    return {
      region: regionName, items: picture.allocations.length + picture.activities.length + picture.followUps.length,
      requests, ms, secondRunRequests, uniqueScopes
    };
  } finally {
    await emulator.close();
  }
}

export function describeProvisioning(figures: ProvisionFigures): string {
  const scopes = Object.entries(figures.uniqueScopes).map(([key, count]) => `${key} ${count}`).join(', ');
  return `"Skapa listor" on the ${figures.region} region's flat site (${figures.items} items into place): ${figures.requests} requests, ` +
    `${figures.ms} ms without latency; a second run ${figures.secondRunRequests} requests; unique scopes ${scopes}`;
}
