// Items into the folder of their place (places.ts), a follow-up into its period's folder there
// (periodFolders.ts): after a unit moves to another department, and
// when a site provisioned with flat lists is upgraded. Each list is read whole in pages of 5,000
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
import { ensurePeriodFolder, periodFolderName } from './periodFolders';
import { listUrl } from './yearReader';

interface Placed { Id: number; FileDirRef: string; OrgUnitId?: number; AllocationId?: number; ActivityId?: number; MiljoYear?: number; Period?: string }

async function readAll(sp: SPFI, webUrl: string, key: GuardedList, ...columns: string[]): Promise<Placed[]> {
  const all: Placed[] = [];
  // Folders have no lookup value: they are not items to place.
  for await (const page of sp.web.getList(listUrl(webUrl, key)).items.select('Id', 'FileDirRef', 'FileSystemObjectType', ...columns).orderBy('Id').top(5000)) {
    for (const item of page as Array<Placed & { FileSystemObjectType: number }>) if (item.FileSystemObjectType !== 1) all.push(item);
  }
  return all;
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

/** The folders a list has, by lower-case name: an item whose place has none yet stays where it is. */
async function folderNames(sp: SPFI, webUrl: string, key: GuardedList): Promise<Set<string>> {
  const folders: Array<{ Name: string }> = await sp.web.getList(listUrl(webUrl, key)).rootFolder.folders.select('Name')();
  return new Set(folders.map((folder) => folder.Name.toLowerCase()));
}

/**
 * Every allocation, activity and follow-up into its place's folder (or the root folder when its
 * place has none yet). `units` from the Organisation list; read when not given.
 */
export async function moveIntoPlace(sp: SPFI, webUrl: string, units?: readonly PlacedUnit[]): Promise<MovedItems> {
  const byId = new Map((units ?? await readPlacedUnits(sp, webUrl)).map((unit) => [unit.id, unit]));
  const moved: MovedItems = { allocations: 0, activities: 0, followUps: 0 };
  const existing = new Map<GuardedList, Set<string>>();
  for (const key of ['allocations', 'activities', 'followUps'] as const) existing.set(key, await folderNames(sp, webUrl, key));
  const folderUrl = (key: GuardedList, orgUnitId: number | undefined): string | undefined => {
    const name = orgUnitId === undefined ? undefined : folderFor(key, orgUnitId, byId);
    if (name === undefined) return listUrl(webUrl, key);
    return existing.get(key)?.has(name) ? `${listUrl(webUrl, key)}/${name}` : undefined;
  };
  const placeAll = async (key: GuardedList, items: Placed[], target: (item: Placed) => string | undefined): Promise<void> => {
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
  await placeAll('allocations', allocations, (item) => folderUrl('allocations', item.OrgUnitId));
  const unitOfAllocation = new Map(allocations.map((item) => [item.Id, item.OrgUnitId]));
  const activities = await readAll(sp, webUrl, 'activities', 'AllocationId');
  await placeAll('activities', activities, (item) => folderUrl('activities', unitOfAllocation.get(item.AllocationId ?? -1)));
  const unitOfActivity = new Map(activities.map((item) => [item.Id, unitOfAllocation.get(item.AllocationId ?? -1)]));
  const followUps = await readAll(sp, webUrl, 'followUps', 'ActivityId', 'MiljoYear', 'Period');
  // A follow-up goes in its period's folder inside its place's (periodFolders.ts); the period
  // folders that moves need are made first, each once (one already there is no error).
  const periodFolderUrl = (item: Placed): string | undefined => {
    const place = folderUrl('followUps', unitOfActivity.get(item.ActivityId ?? -1));
    if (place === undefined || place === listUrl(webUrl, 'followUps') || item.MiljoYear === undefined) return place;
    return `${place}/${periodFolderName({ year: item.MiljoYear, kind: item.Period === 'helar' ? 'helar' : 'delar' })}`;
  };
  const needed = new Map<string, { placeUrl: string; period: FollowUpPeriod }>();
  for (const item of followUps) {
    const to = periodFolderUrl(item);
    if (to === undefined || to.toLowerCase() === item.FileDirRef.toLowerCase() || to === listUrl(webUrl, 'followUps')) continue;
    const cut = to.lastIndexOf('/');
    needed.set(to.toLowerCase(), { placeUrl: to.slice(0, cut), period: { year: item.MiljoYear!, kind: item.Period === 'helar' ? 'helar' : 'delar' } });
  }
  for (const { placeUrl, period } of needed.values()) await ensurePeriodFolder(sp, webUrl, placeUrl, period);
  await placeAll('followUps', followUps, periodFolderUrl);
  return moved;
}
