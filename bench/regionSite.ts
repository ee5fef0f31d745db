// A bench region on a site of its own: a fresh emulator with the region's lists loaded, for the
// scripts that measure work on a whole site (provisioning it, closing its periods).
import type { SPFI } from '@pnp/sp';
import { startEmulator, type Emulator } from '../local/emulator/server';
import { spForUser } from '../local/emulator/testing';
import { ThrottlingRetry } from '../src/data/behaviors';
import type { YearPicture } from '../src/domain/model';
import { benchRegions, generateRegion } from './generateRegion';
import { loadRegion } from './loadRegion';

/** The scope budget the design keeps to: SharePoint's recommended limit per list. */
export const recommendedScopes = 5000;

export interface RegionSite {
  emulator: Emulator;
  /** PnPjs as the site admin, retrying throttled requests as the product does. */
  sp: SPFI;
  webUrl: string;
  /** What the site holds. */
  picture: YearPicture;
}

/** The region named, shaped by `keep` (what the site should hold), loaded on a new emulator; the caller closes it. */
export async function startRegionSite(regionName: string, keep: (picture: YearPicture) => YearPicture = (picture) => picture): Promise<RegionSite> {
  const size = benchRegions.find((candidate) => candidate.name === regionName);
  if (!size) throw new Error(`bench: no region ${regionName}`);
  const emulator = await startEmulator({ port: 0 });
  try {
    const sp = spForUser(emulator.url).using(ThrottlingRetry());
    const webUrl = new URL(emulator.url).pathname;
    const picture = keep(generateRegion(size));
    await loadRegion(emulator, sp, webUrl, picture);
    return { emulator, sp, webUrl, picture };
  } catch (error) {
    await emulator.close();
    throw error;
  }
}
