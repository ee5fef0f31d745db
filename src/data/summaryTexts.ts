// The texts the summary's year leaves out (titles, statuses, grades, comments), read when a
// department or goal opens: by id, twenty to an `or` filter as the product's other lookups by key,
// or, where a window of 5,000 ids holds so many of those asked for that its other items cost little,
// the window's items of the year (an id window and the indexed year never trip the list view
// threshold). In $batches of a hundred parts, sent at once rather than one after the other.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { ActivityStatus, ImplementationGrade } from '../domain/model';
import type { SummaryTexts, SummaryTextsWanted } from '../ports';
import type { Item } from './listFields';
import { summaryTextProjections } from './mapping';
import { idWindow } from './odata';
import { batchParts, leanAnswers, listUrl, pageLimit, yearFilter } from './yearReader';

const idsPerQuery = 20;

/**
 * Past this many ids in one window, its whole year's items are read: at most four times the bytes
 * of those asked for, in one part instead of sixty and more. Below it the bytes win: a department's
 * activities are spread over the whole list, a few hundred to a window.
 */
const windowWorthReading = pageLimit / 4;

/** The filters that find these ids: whole windows where many fall, `or` filters elsewhere. */
export function idFilters(ids: readonly number[]): Array<{ filter: string; top: number }> {
  const byWindow = new Map<number, number[]>();
  for (const id of new Set(ids)) {
    const window = Math.floor((id - 1) / pageLimit);
    const held = byWindow.get(window);
    if (held === undefined) byWindow.set(window, [id]);
    else held.push(id);
  }
  const filters: Array<{ filter: string; top: number }> = [];
  for (const [window, held] of [...byWindow].sort((a, b) => a[0] - b[0])) {
    if (held.length > windowWorthReading) {
      filters.push({ filter: idWindow(window * pageLimit + 1, (window + 1) * pageLimit + 1), top: pageLimit });
      continue;
    }
    held.sort((a, b) => a - b);
    for (let start = 0; start < held.length; start += idsPerQuery) {
      const group = held.slice(start, start + idsPerQuery);
      filters.push({ filter: `(${group.map((id) => `Id eq ${id}`).join(' or ')})`, top: idsPerQuery });
    }
  }
  return filters;
}

export async function readSummaryTexts(sp: SPFI, webServerRelativeUrl: string, year: number, wanted: SummaryTextsWanted): Promise<SummaryTexts> {
  const queries = [
    ...idFilters(wanted.activityIds).map((part) => ({ key: 'activities' as const, ...part })),
    ...idFilters(wanted.followUpIds).map((part) => ({ key: 'followUps' as const, ...part }))
  ];
  const answers: Array<Promise<Item[]>> = [];
  const executions: Array<Promise<void>> = [];
  for (let start = 0; start < queries.length; start += batchParts.maxRequests) {
    const [batched, execute] = sp.batched(batchParts);
    for (const { key, filter, top } of queries.slice(start, start + batchParts.maxRequests)) {
      answers.push(batched.web.getList(listUrl(webServerRelativeUrl, key)).items.select(...summaryTextProjections[key].select)
        .filter([filter, yearFilter(key, year)].filter(Boolean).join(' and ')).top(top).using(leanAnswers())());
    }
    executions.push(execute());
  }
  // Both awaited together: a failed $batch fails its parts too, and every failure is handled.
  const [, items] = await Promise.all([Promise.all(executions), Promise.all(answers)]);
  const activityParts = queries.filter((query) => query.key === 'activities').length;
  const activityItems = items.slice(0, activityParts);
  const followUpItems = items.slice(activityParts);
  // A window brings items not asked for: only those asked for are answered, as with `or` filters.
  const activityIds = new Set(wanted.activityIds);
  const followUpIds = new Set(wanted.followUpIds);
  return {
    activities: new Map(activityItems.flat().filter((item) => activityIds.has(item.Id)).map((item) =>
      [item.Id as number, { title: (item.Title as string | null) ?? '', status: (item.ActivityStatus as ActivityStatus | null) ?? 'planerad' }])),
    followUps: new Map(followUpItems.flat().filter((item) => followUpIds.has(item.Id)).map((item) =>
      [item.Id as number, { grade: item.Grade as ImplementationGrade, comment: (item.FollowUpComment as string | null) ?? '' }]))
  };
}
