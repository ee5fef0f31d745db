// Items into the folder of their place (places.ts), a unit's into its unit's folder there
// (unitFolders.ts), a follow-up into its period's folder there (periodFolders.ts): after a unit
// moves to another department, and when a site provisioned with flat lists or with place folders
// only is upgraded. Each list is read whole in pages of 5,000
// ordered by id (no filter, so no list view threshold), each item's place worked out from the
// organisation and the items it belongs to, and an item in the wrong folder moved with
// SP.MoveCopyUtil.MoveFileByPath, as PnP's clients move list items: it keeps its id (so lookups to
// it hold), its Author and Created, and its Editor and Modified. Nothing is copied or deleted, so
// nothing can be lost half-way: a stop leaves items in the old folder, and the next run moves them.
import type { SPFI } from '@pnp/sp';
import { SPQueryable, spPost } from '@pnp/sp';
import { body } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/folders';
import type { FollowUpPeriod } from '../domain/model';
import { folderFor, GuardedList, PlacedUnit, readPlacedUnits } from './places';
import { ensurePeriodFolder } from './periodFolders';
import { listUrl } from './yearReader';

interface Placed { Id: number; FileDirRef: string; OrgUnitId?: number; AllocationId?: number; ActivityId?: number; MiljoYear?: number; Period?: string }

/** A list's items, and its folders by lower-case server-relative URL (a page of the same read). */
async function readAll(sp: SPFI, webUrl: string, key: GuardedList, ...columns: string[]): Promise<{ items: Placed[]; folders: Set<string> }> {
  const items: Placed[] = [];
  const folders = new Set<string>();
  for await (const page of sp.web.getList(listUrl(webUrl, key)).items.select('Id', 'FileDirRef', 'FileLeafRef', 'FileSystemObjectType', ...columns).orderBy('Id').top(5000)) {
    for (const item of page as Array<Placed & { FileSystemObjectType: number; FileLeafRef: string }>) {
      // Folders have no lookup value: they are not items to place.
      if (item.FileSystemObjectType === 1) folders.add(`${item.FileDirRef}/${item.FileLeafRef}`.toLowerCase());
      else items.push(item);
    }
  }
  return { items, folders };
}

const movesPerBatch = 100;

export interface MovedItems { allocations: number; activities: number; followUps: number }

/** One list item to another folder of its list, as `<id>_.000`. */
async function moveItem(sp: SPFI, id: number, fromDir: string, toDir: string): Promise<void> {
  const origin = new URL(sp.web.toUrl()).origin;
  const apiRoot = sp.web.toUrl().replace(/\/_api\/web\/?$/i, '');
  const poster = SPQueryable([sp.web, `${apiRoot}/_api/SP.MoveCopyUtil.MoveFileByPath(overwrite=@a1)?@a1=false`]);
  await spPost(poster, body({
    srcPath: { DecodedUrl: `${origin}${fromDir}/${id}_.000` },
    destPath: { DecodedUrl: `${origin}${toDir}/${id}_.000` },
    options: { KeepBoth: false, ShouldBypassSharedLocks: true, RetainEditorAndModifiedOnMove: true }
  }));
}

/** The follow-up's period, when it names one. */
const periodOf = (item: Placed): FollowUpPeriod | undefined =>
  item.MiljoYear === undefined || item.MiljoYear === null ? undefined : { year: item.MiljoYear, kind: item.Period === 'helar' ? 'helar' : 'delar' };

/**
 * Every allocation, activity and follow-up into its place's folder, a unit's into its unit's
 * folder there when it has one (else the place's), or the root folder when its unit has no place;
 * an item whose place has no folder yet stays where it is. `units` from the Organisation list;
 * read when not given.
 */
export async function moveIntoPlace(sp: SPFI, webUrl: string, units?: readonly PlacedUnit[]): Promise<MovedItems> {
  const byId = new Map((units ?? await readPlacedUnits(sp, webUrl)).map((unit) => [unit.id, unit]));
  const moved: MovedItems = { allocations: 0, activities: 0, followUps: 0 };
  /** The deepest folder of the item's path that is there; a period's folder counts as there (made before the moves). */
  const folderUrl = (key: GuardedList, folders: ReadonlySet<string>, orgUnitId: number | undefined, period?: FollowUpPeriod): string | undefined => {
    const root = listUrl(webUrl, key);
    const path = orgUnitId === undefined ? undefined : folderFor(key, orgUnitId, byId, period);
    if (path === undefined) return root;
    const segments = path.split('/');
    if (!folders.has(`${root}/${segments[0]}`.toLowerCase())) return undefined;
    for (let depth = segments.length; depth > 1; depth--) {
      const url = `${root}/${segments.slice(0, depth).join('/')}`;
      if (folders.has(url.toLowerCase()) || (period && depth === 2)) return url;
    }
    return `${root}/${segments[0]}`;
  };
  const placeAll = async (key: keyof MovedItems, items: Placed[], target: (item: Placed) => string | undefined): Promise<void> => {
    const moves = items.map((item) => ({ item, to: target(item) }))
      .filter((move): move is { item: Placed; to: string } => move.to !== undefined && move.item.FileDirRef.toLowerCase() !== move.to.toLowerCase());
    // A hundred moves a $batch: the large region's upgrade is a few hundred round trips, not 100,000.
    for (let start = 0; start < moves.length; start += movesPerBatch) {
      const [batched, execute] = sp.batched();
      const sent = moves.slice(start, start + movesPerBatch).map(({ item, to }) => moveItem(batched, item.Id, item.FileDirRef, to));
      await execute();
      await Promise.all(sent);
    }
    for (const { item, to } of moves) item.FileDirRef = to;
    moved[key] += moves.length;
  };
  const allocations = await readAll(sp, webUrl, 'allocations', 'OrgUnitId');
  await placeAll('allocations', allocations.items, (item) => folderUrl('allocations', allocations.folders, item.OrgUnitId));
  const unitOfAllocation = new Map(allocations.items.map((item) => [item.Id, item.OrgUnitId]));
  const activities = await readAll(sp, webUrl, 'activities', 'AllocationId');
  await placeAll('activities', activities.items, (item) => folderUrl('activities', activities.folders, unitOfAllocation.get(item.AllocationId ?? -1)));
  const unitOfActivity = new Map(activities.items.map((item) => [item.Id, unitOfAllocation.get(item.AllocationId ?? -1)]));
  const followUps = await readAll(sp, webUrl, 'followUps', 'ActivityId', 'MiljoYear', 'Period');
  // A follow-up goes in its period's folder inside its place's (periodFolders.ts), in its unit's
  // folder there when the period is open and the folder made; the period folders that moves need
  // are made first, each once (one already there is no error).
  const target = (item: Placed): string | undefined => folderUrl('followUps', followUps.folders, unitOfActivity.get(item.ActivityId ?? -1), periodOf(item));
  const needed = new Map<string, { placeUrl: string; period: FollowUpPeriod }>();
  for (const item of followUps.items) {
    const to = target(item);
    const period = periodOf(item);
    if (to === undefined || period === undefined || to.toLowerCase() === item.FileDirRef.toLowerCase() || followUps.folders.has(to.toLowerCase())) continue;
    const cut = to.lastIndexOf('/');
    needed.set(to.toLowerCase(), { placeUrl: to.slice(0, cut), period });
  }
  for (const { placeUrl, period } of needed.values()) await ensurePeriodFolder(sp, webUrl, 'followUps', placeUrl, period);
  await placeAll('followUps', followUps.items, target);
  return moved;
}
