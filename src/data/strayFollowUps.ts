// Follow-ups of a closed period that are not in its locked folder: a head writes in their place's
// folder, so through REST they can add one there (or in a folder of another name) with a closed
// period's year and Period, after the close. SharePoint cannot refuse that; this finds them, so
// Administration can say so. Read only when a period of the year is closed: the year's follow-ups'
// ids, folders and periods, in id windows of 5,000 when the year holds more (the list view threshold).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { FollowUpPeriod } from '../domain/model';
import { samePeriod } from '../domain/period';
import type { StrayFollowUp } from '../ports';
import type { Item } from './listFields';
import { eq, idWindow } from './odata';
import { periodFolderName } from './periodFolders';
import { batchParts, listUrl, pageLimit } from './yearReader';

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The locked folders of `period` are `<place>/<year>-<kind>` right under the list's root folder, and its units' folders inside (unitFolders.ts). */
function inItsFolder(listRoot: string, dir: string, period: FollowUpPeriod): boolean {
  return new RegExp(`^${escaped(listRoot)}/(forv|avd)-\\d+/${escaped(periodFolderName(period))}(/enh-\\d+)?$`, 'i').test(dir);
}

async function yearFollowUps(sp: SPFI, webUrl: string, year: number): Promise<Item[]> {
  const list = (on: SPFI) => on.web.getList(listUrl(webUrl, 'followUps')).items.select('Id', 'FileDirRef', 'MiljoYear', 'Period', 'ActivityId').orderBy('Id').top(pageLimit);
  const [batched, execute] = sp.batched(batchParts);
  const first = list(batched).filter(eq('MiljoYear', year))().then((found: Item[]) => found, () => undefined);
  const highest = batched.web.getList(listUrl(webUrl, 'followUps')).items.select('Id').orderBy('Id', false).top(1)()
    .then((found: Item[]) => (found[0]?.Id as number | undefined) ?? 0);
  await execute();
  const [found, maxId] = await Promise.all([first, highest]);
  if (found !== undefined && found.length < pageLimit) return found;
  // Past the threshold (or a full page): the rest in windows of ids, all in one more $batch.
  const collected: Item[] = [...(found ?? [])];
  const from = collected.length > 0 ? (collected[collected.length - 1].Id as number) + 1 : 1;
  const [windows, executeWindows] = sp.batched(batchParts);
  const reads: Array<Promise<void>> = [];
  for (let start = from; start <= maxId; start += pageLimit) {
    reads.push(list(windows).filter(`${idWindow(start, start + pageLimit)} and ${eq('MiljoYear', year)}`)().then((items: Item[]) => { collected.push(...items); }));
  }
  if (reads.length > 0) {
    await executeWindows();
    await Promise.all(reads);
  }
  return collected;
}

/** The year's follow-ups of the `closed` periods that sit outside their period's locked folder. */
export async function strayFollowUps(sp: SPFI, webUrl: string, year: number, closed: readonly FollowUpPeriod[]): Promise<StrayFollowUp[]> {
  if (closed.length === 0) return [];
  const root = listUrl(webUrl, 'followUps');
  const strays: StrayFollowUp[] = [];
  for (const item of await yearFollowUps(sp, webUrl, year)) {
    const period: FollowUpPeriod = { year: item.MiljoYear as number, kind: item.Period === 'helar' ? 'helar' : 'delar' };
    if (!closed.some((candidate) => samePeriod(candidate, period))) continue;
    const dir = String(item.FileDirRef ?? '');
    if (inItsFolder(root, dir, period)) continue;
    strays.push({ id: item.Id as number, activityId: item.ActivityId as number, period, folder: dir.slice(root.length + 1) });
  }
  return strays;
}
