// Date-only columns through the repository on sites in different time zones: SharePoint keeps the
// site's midnight, the model keeps the calendar date, and the two meet in src/data alone.
import type { Activity } from '../../domain/model';
import { provisionLists } from '../provisioning';
import { importPicture } from '../../../local/seed/importPicture';
import { connectToEmulator, Connected } from '../../../test/support/emulator';
import { listUrl } from '../yearReader';

let connected: Connected;
afterEach(async () => { await connected.emulator.close(); });

const person = { login: 'avdchef@region.example', name: 'Avdelningschef' };

/** A winter date, a summer date and the days around Stockholm's and the US's switch to summer time. */
const dates = { startDate: '2024-01-15', endDate: '2024-07-01', agreedOn: '2024-03-31', closedOn: '2024-03-10' };

async function writeDates(timeZone: string): Promise<{ activityId: number; allocationId: number; unitId: number }> {
  connected = await connectToEmulator({ timeZone });
  const provisioned = await provisionLists(connected.sp(), connected.webUrl);
  if (provisioned.kind !== 'done') throw new Error('provisioning failed');
  const ids = await importPicture(connected.repository(), {
    year: 2024,
    goals: [{ id: 1, year: 2024, code: 'M1', title: 'Minskade utsläpp', description: '', indicator: '', measuredRegionWide: true }],
    orgUnits: [{ id: 1, name: 'Förvaltningen', level: 'forvaltning' },
      { id: 2, name: 'Regionservice', level: 'avdelning', parentId: 1, closed: true, closedOn: dates.closedOn }],
    allocations: [{ id: 1, goalId: 1, orgUnitId: 2, allocatedBy: person, allocatedAt: '2024-02-01T09:00:00Z', agreedWithUnitHead: true, agreedOn: dates.agreedOn }],
    activities: [{ id: 1, allocationId: 1, title: 'Källsortering', description: '', status: 'pagaende', startDate: dates.startDate, endDate: dates.endDate }],
    followUps: [],
    indicators: [],
    indicatorValues: []
  });
  return { activityId: ids.activities.get(1)!, allocationId: ids.allocations.get(1)!, unitId: ids.orgUnits.get(2)! };
}

describe.each([
  ['Stockholm', 'Europe/Stockholm', '2024-01-14T23:00:00Z', '2024-06-30T22:00:00Z'],
  ['a US time zone', 'America/Los_Angeles', '2024-01-15T08:00:00Z', '2024-07-01T07:00:00Z']
])('dates on a site in %s', (_, timeZone, storedWinter, storedSummer) => {
  it('come back from the repository as they were written, stored as SharePoint keeps them', async () => {
    const { activityId, allocationId, unitId } = await writeDates(timeZone);
    const stored = await connected.sp().web.getList(listUrl(connected.webUrl, 'activities')).items.getById(activityId).select('StartDate', 'EndDate')();
    expect([stored.StartDate, stored.EndDate]).toEqual([storedWinter, storedSummer]);

    const repository = connected.repository();
    const { picture, etags } = await repository.loadYear(2024);
    const activity = picture.activities.find((candidate) => candidate.id === activityId)!;
    expect([activity.startDate, activity.endDate]).toEqual([dates.startDate, dates.endDate]);
    expect(picture.allocations.find((candidate) => candidate.id === allocationId)?.agreedOn).toBe(dates.agreedOn);
    expect(picture.orgUnits.find((candidate) => candidate.id === unitId)?.closedOn).toBe(dates.closedOn);

    // An update writes the dates back unchanged, and a conflict reads them the same way.
    const moved: Activity = { ...activity, endDate: '2024-10-27' };
    const saved = await repository.updateActivity(moved, etags.activities.get(activityId)!);
    expect(saved.kind).toBe('saved');
    const conflict = await connected.repository().updateActivity({ ...activity, title: 'Other' }, etags.activities.get(activityId)!);
    expect(conflict).toMatchObject({ kind: 'conflict', current: { startDate: dates.startDate, endDate: '2024-10-27' } });
  });
});
