// The cached summary never differs from a fresh read: random edits, adds, deletes, follow-ups, lifting
// an activity in the report and back (only a lifted one carries its title and status), unit
// moves, bulk setups (which start a list's change log again) and changes of year, with the cached
// picture and the texts kept with it compared with a fresh read of the same year after every step.
import fc from 'fast-check';
import type { Activity, FollowUp, OrgUnit, YearPicture } from '../../domain/model';
import { connectToEmulator, Connected, seedDemoInto } from '../../../test/support/emulator';
import { memoryYearStore } from '../../../test/support/yearStores';
import { SharePointRepository } from '../SharePointRepository';
import { listUrl } from '../yearReader';

type Step =
  | { kind: 'editActivity' | 'highlightActivity' | 'deleteActivity' | 'addActivity' | 'followUp' | 'deleteFollowUp' | 'moveUnit' | 'editGoal'; pick: number; other: number }
  | { kind: 'bulk' }
  | { kind: 'year'; year: 2023 | 2024 };

const pickAndOther = { pick: fc.nat(1000), other: fc.nat(1000) };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom('editActivity', 'highlightActivity', 'deleteActivity', 'addActivity', 'followUp', 'deleteFollowUp', 'moveUnit', 'editGoal' as const), ...pickAndOther }),
  fc.constant({ kind: 'bulk' as const }),
  fc.record({ kind: fc.constant('year' as const), year: fc.constantFrom(2023 as const, 2024 as const) })
);

let connected: Connected;
beforeAll(async () => {
  connected = await connectToEmulator();
  await seedDemoInto(connected);
  // A second year, so that changes of year meet items of the other one in the same change logs.
  const writer = connected.repository();
  const { picture } = await writer.loadYear(2023);
  const goal = await writer.addGoal({ year: 2024, code: 'M1', title: 'Minskade utsläpp', description: '', indicator: '', measuredRegionWide: true });
  if (goal.kind !== 'saved') throw new Error('no goal of 2024');
  const department = picture.orgUnits.find((unit) => unit.level === 'avdelning')!;
  const allocation = await writer.addAllocation({ goalId: goal.value.id, orgUnitId: department.id, allocatedBy: { login: '', name: '' }, allocatedAt: '', agreedWithUnitHead: false }, 2024);
  if (allocation.kind !== 'saved') throw new Error('no allocation of 2024');
});
afterAll(async () => { await connected.emulator.close(); });

function at<T>(items: readonly T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}

let made = 0;

async function apply(change: Step, year: number): Promise<void> {
  const writer = connected.repository();
  const { picture, etags } = await writer.loadYear(year);
  const etag = (versions: ReadonlyMap<number, string>, id: number): string => versions.get(id) ?? '';
  switch (change.kind) {
    case 'editActivity': {
      const activity = at(picture.activities, change.pick);
      if (activity) await writer.updateActivity({ ...activity, title: `${activity.title}*`, status: change.other % 2 === 0 ? 'avslutad' : 'pagaende' }, etag(etags.activities, activity.id));
      return;
    }
    case 'highlightActivity': {
      // Lifted, or no longer; renamed as well, so a cache that kept the old title would show it.
      const activity = at(picture.activities, change.pick);
      if (activity) {
        await writer.updateActivity({ ...activity, title: `${activity.title}^`, highlighted: activity.highlighted !== true, status: change.other % 3 === 0 ? 'avbruten' : activity.status },
          etag(etags.activities, activity.id));
      }
      return;
    }
    case 'deleteActivity': {
      const activity = at(picture.activities, change.pick);
      if (!activity) return;
      // Its follow-ups first: the lookup to the activity keeps it while they exist.
      for (const followUp of picture.followUps.filter((held) => held.activityId === activity.id)) await deleteItem('followUps', followUp.id);
      await writer.removeActivity(activity.id, etag(etags.activities, activity.id));
      return;
    }
    case 'addActivity': {
      const allocation = at(picture.allocations, change.pick);
      const draft: Omit<Activity, 'id'> = { allocationId: allocation?.id ?? 0, title: `Ny aktivitet ${++made}`, description: 'Ny', status: 'planerad', startDate: `${year}-0${1 + (change.other % 9)}-01` };
      if (allocation) await writer.addActivity(draft, year, `random-${made}-${Date.now()}`);
      return;
    }
    case 'followUp': {
      const activity = at(picture.activities, change.pick);
      if (!activity) return;
      const period = { year, kind: change.other % 2 === 0 ? 'delar' as const : 'helar' as const };
      const held = picture.followUps.find((followUp) => followUp.activityId === activity.id && followUp.period.kind === period.kind);
      const grade: FollowUp['grade'] = change.other % 3 === 0 ? 'genomford' : 'ejPaborjad';
      if (held) await writer.updateFollowUp({ ...held, grade, comment: `${held.comment}.` }, etag(etags.followUps, held.id));
      else await writer.addFollowUp({ activityId: activity.id, period, grade, comment: 'Följt upp' });
      return;
    }
    case 'deleteFollowUp': {
      const followUp = at(picture.followUps, change.pick);
      if (followUp) await deleteItem('followUps', followUp.id);
      return;
    }
    case 'moveUnit': {
      const units = picture.orgUnits.filter((unit) => unit.level === 'enhet');
      const departments = picture.orgUnits.filter((unit) => unit.level === 'avdelning');
      const unit = at(units, change.pick);
      const to = at(departments, change.other);
      if (unit && to) await writer.updateOrgUnit({ ...unit, parentId: to.id } as OrgUnit, etag(etags.orgUnits, unit.id));
      return;
    }
    case 'editGoal': {
      const goal = at(picture.goals, change.pick);
      if (goal) await writer.updateGoal({ ...goal, title: `${goal.title}!` }, etag(etags.goals, goal.id));
      return;
    }
    case 'bulk': {
      // A setup that tells nobody: the list's change log starts again, every cached token is too old.
      const list = connected.emulator.store.listByUrl(listUrl(connected.webUrl, 'goals'))!;
      connected.emulator.store.bulkAddItems(list, [{ Title: `Massmål ${++made}`, MiljoYear: year, GoalCode: `B${made}`, GoalKey: `${year}-B${made}` }]);
      return;
    }
    case 'year':
      return;
  }
}

async function deleteItem(key: 'followUps', id: number): Promise<void> {
  await connected.sp().web.getList(listUrl(connected.webUrl, key)).items.getById(id).delete();
}

describe('the cached summary of a year', () => {
  it('equals a fresh read after every random change', async () => {
    // How many $batches each cached read took: a cache that always read in full would pass the comparison too.
    const batches: number[] = [];
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 6, maxLength: 14 }), async (steps) => {
      const cached = new SharePointRepository(connected.sp(), connected.webUrl, undefined, memoryYearStore());
      let year: 2023 | 2024 = 2023;
      const compare = async (): Promise<void> => {
        const before = connected.emulator.stats.snapshot().byKind.batch ?? 0;
        const seen: YearPicture = await cached.loadSummaryYear(year);
        batches.push((connected.emulator.stats.snapshot().byKind.batch ?? 0) - before);
        expect(seen).toEqual(await connected.repository().loadSummaryYear(year));
        // The texts kept with the cached year (read at an earlier step, dropped when changed) are SharePoint's too.
        const wanted = { activityIds: seen.activities.map((activity) => activity.id), followUpIds: seen.followUps.map((followUp) => followUp.id) };
        expect(await cached.loadSummaryTexts(year, wanted)).toEqual(await connected.repository().loadSummaryTexts(year, wanted));
      };
      await compare();
      for (const change of steps) {
        if (change.kind === 'year') year = change.year;
        await apply(change, year);
        await compare();
      }
    }), { seed: 2026, numRuns: 6 });
    // Cold and full reads are one $batch too; a changed year is two (the changes, then the changed items).
    expect(batches.filter((count) => count === 2).length).toBeGreaterThan(10);
  });
});
