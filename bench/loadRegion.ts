// Puts a generated region into an emulator: the lists through the product's provisioning (over
// HTTP), the items straight into the store with the bodies the repository would send (setup only:
// sending 100,000 items over HTTP would measure nothing we ship).
import type { SPFI } from '@pnp/sp';
import type { Emulator } from '../local/emulator/server';
import type { YearPicture } from '../src/domain/model';
import { addedItemBody, itemBody } from '../src/data/itemBodies';
import type { UserIdOf } from '../src/data/people';
import { readSiteCalendar } from '../src/data/siteCalendar';
import { provisionLists } from '../src/data/provisioning';
import type { ListKey } from '../src/data/schema';
import { listUrl } from '../src/data/yearReader';

type Body = Record<string, unknown>;

export async function loadRegion(emulator: Emulator, sp: SPFI, webUrl: string, picture: YearPicture): Promise<void> {
  const provisioned = await provisionLists(sp, webUrl);
  if (provisioned.kind !== 'done') throw new Error('bench: could not provision the lists');
  const store = emulator.store;
  const userIdOf: UserIdOf = async (login) => (login ? store.signIn(login).id : null);
  const context = { userIdOf, calendar: await readSiteCalendar(sp) };
  const add = (key: ListKey, rows: Body[]): void => {
    const list = store.listByUrl(listUrl(webUrl, key));
    if (!list) throw new Error(`bench: no ${key} list`);
    const first = list.def.items.length + 1;
    store.bulkAddItems(list, rows);
    // The generated ids are 1..n: they must be the ids the list gave.
    if (first !== 1) throw new Error(`bench: the ${key} list was not empty`);
  };
  const all = <T>(items: readonly T[], body: (item: T) => Promise<Body> | Body): Promise<Body[]> =>
    Promise.all(items.map((item) => body(item)));

  const year = picture.year;
  add('orgUnits', await all(picture.orgUnits, (unit) => itemBody('orgUnits', unit, context)));
  add('goals', await all(picture.goals, (goal) => itemBody('goals', goal, context)));
  add('allocations', await all(picture.allocations, (allocation) => addedItemBody('allocations', allocation, context, { year })));
  add('activities', await all(picture.activities, (activity) =>
    addedItemBody('activities', activity, context, { year, clientKey: `bench-${activity.id}` })));
  add('followUps', await all(picture.followUps, (followUp) => itemBody('followUps', followUp, context)));
}
