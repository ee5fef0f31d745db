// The naive way, as SharePoint samples read related lists: the goals and the organisation, then for
// each org unit its allocations, the activities of those allocations and their follow-ups, a query
// each (20 ids at most per "or" filter), six requests in flight at a time as a browser allows.
// Kept here only to measure the product's repository against it.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { YearPicture } from '../src/domain/model';
import { projections, toModel } from '../src/data/mapping';
import type { ListKey } from '../src/data/schema';
import { readSiteCalendar } from '../src/data/siteCalendar';
import { listUrl } from '../src/data/yearReader';

/* eslint-disable @typescript-eslint/no-explicit-any -- list items are untyped JSON */
type Item = Record<string, any>;

async function pool<T>(tasks: Array<() => Promise<T>>, inFlight: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return results;
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}

export async function naiveLoad(sp: SPFI, webUrl: string, year: number): Promise<YearPicture> {
  const query = (key: ListKey, filter: string): Promise<Item[]> => {
    const projection = projections[key];
    let items = sp.web.getList(listUrl(webUrl, key)).items.select(...projection.select).filter(filter).top(5000);
    if (projection.expand.length > 0) items = items.expand(...projection.expand);
    return items();
  };
  const goals = await query('goals', `MiljoYear eq ${year}`);
  const orgUnits = await query('orgUnits', 'ID gt 0');
  const perUnit = await pool(orgUnits.map((unit) => async () => {
    const allocations = await query('allocations', `OrgUnitId eq ${unit.Id} and MiljoYear eq ${year}`);
    const activities: Item[] = [];
    for (const ids of chunks(allocations.map((item) => item.Id as number), 20)) {
      activities.push(...await query('activities', ids.map((id) => `AllocationId eq ${id}`).join(' or ')));
    }
    const followUps: Item[] = [];
    for (const ids of chunks(activities.map((item) => item.Id as number), 20)) {
      followUps.push(...await query('followUps', ids.map((id) => `ActivityId eq ${id}`).join(' or ')));
    }
    return { allocations, activities, followUps };
  }), 6);
  const calendar = await readSiteCalendar(sp);
  return {
    year,
    goals: goals.map((item) => toModel.goals(item, calendar)),
    orgUnits: orgUnits.map((item) => toModel.orgUnits(item, calendar)),
    allocations: perUnit.flatMap((unit) => unit.allocations).map((item) => toModel.allocations(item, calendar)),
    activities: perUnit.flatMap((unit) => unit.activities).map((item) => toModel.activities(item, calendar)),
    followUps: perUnit.flatMap((unit) => unit.followUps).filter((item) => item.MiljoYear === year).map((item) => toModel.followUps(item, calendar)),
    // The bench regions hold no indicators, so the naive way need not ask for them.
    indicators: [],
    indicatorValues: []
  };
}
