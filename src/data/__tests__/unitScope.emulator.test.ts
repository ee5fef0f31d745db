// Inside a department, SharePoint holds who may change what (places.ts, unitFolders.ts): raw REST
// probes as each role, past the web part, refused with 403 and changing nothing; and each role
// still doing its own jobs through the repository.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Activity, Allocation, FollowUp, FollowUpPeriod, OrgUnit, YearPicture } from '../../domain/model';
import { demoReader, demoRegionalStaffLogins } from '../../domain';
import { addItemByRawRest, connectToSeededDemo, Connected } from '../../../test/support/emulator';
import { listUrl } from '../yearReader';

let connected: Connected;
let picture: YearPicture;
const staff = demoRegionalStaffLogins[0];
const delar: FollowUpPeriod = { year: 2023, kind: 'delar' };

/** A department with two headed units, the staff's allocation to each, and the sibling's activity and follow-up. */
interface Setting {
  department: OrgUnit; own: OrgUnit; sibling: OrgUnit; otherDepartmentHead: string;
  ownAllocation: Allocation; siblingAllocation: Allocation; siblingActivity: Activity; siblingFollowUp: FollowUp;
}
let setting: Setting;

const saved = <T,>(outcome: { kind: string; value?: T }): T => {
  expect(outcome.kind).toBe('saved');
  return outcome.value as T;
};

beforeAll(async () => {
  ({ connected, picture } = await connectToSeededDemo());
  const unitsOf = (department: OrgUnit): OrgUnit[] => picture.orgUnits.filter((unit) => unit.parentId === department.id && unit.level === 'enhet' && unit.head && !unit.closed);
  const department = picture.orgUnits.find((unit) => unit.level === 'avdelning' && unit.head && !unit.closed && unitsOf(unit).length >= 2)!;
  const [own, sibling] = unitsOf(department);
  const other = picture.orgUnits.find((unit) => unit.level === 'avdelning' && unit.head && unit.id !== department.id && unit.head.login !== department.head!.login)!;
  const repository = connected.repository(staff);
  const allocate = async (unit: OrgUnit): Promise<Allocation> => picture.allocations.find((allocation) => allocation.orgUnitId === unit.id)
    ?? saved<Allocation>(await repository.addAllocation({ goalId: picture.goals[0].id, orgUnitId: unit.id, allocatedBy: { login: staff, name: staff }, allocatedAt: '2023-03-01T08:00:00Z', agreedWithUnitHead: false }, 2023));
  const ownAllocation = await allocate(own);
  const siblingAllocation = await allocate(sibling);
  // The staff do everything: the sibling's activity and follow-up are theirs.
  const siblingActivity = saved<Activity>(await repository.addActivity({ allocationId: siblingAllocation.id, title: 'Syskonets arbete', description: '', status: 'pagaende' } as Omit<Activity, 'id'>, 2023, 'sibling-activity'));
  const siblingFollowUp = saved<FollowUp>(await repository.addFollowUp({ activityId: siblingActivity.id, period: delar, grade: 'genomford', comment: 'syskonets' } as Omit<FollowUp, 'id'>));
  setting = { department, own, sibling, otherDepartmentHead: other.head!.login, ownAllocation, siblingAllocation, siblingActivity, siblingFollowUp };
}, 90000);
afterAll(async () => { await connected.emulator.close(); });

type Guarded = 'allocations' | 'activities' | 'followUps';
const itemPath = (key: Guarded, id: number): string => `/_api/web/GetList(@u)/items(${id})?@u='${encodeURIComponent(listUrl(connected.webUrl, key))}'`;

/** What a person sees of an item and of the list: unchanged after a refused probe. */
async function state(key: Guarded, id: number): Promise<{ item: { FileDirRef: string }; count: number }> {
  const item: { FileDirRef: string } = await connected.sp().web.getList(listUrl(connected.webUrl, key)).items.getById(id).select('Id', 'Modified', 'FileDirRef')();
  const count = (await connected.sp().web.getList(listUrl(connected.webUrl, key)).select('ItemCount')<{ ItemCount: number }>()).ItemCount;
  return { item, count };
}

/** MERGE, DELETE and an add into the item's folder as `login`, each by raw REST: every one 403, nothing changed. */
async function refusedEverything(login: string, key: Guarded, id: number, body: Record<string, unknown>): Promise<void> {
  const before = await state(key, id);
  const folder = before.item.FileDirRef;
  const merge = await connected.emulator.fetch(itemPath(key, id), { method: 'POST', user: login, body: JSON.stringify(body), headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } });
  const remove = await connected.emulator.fetch(itemPath(key, id), { method: 'POST', user: login, headers: { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' } });
  const add = await addItemByRawRest(connected, login, listUrl(connected.webUrl, key), folder, { Title: 'smuggled' });
  const atRoot = await connected.emulator.fetch(`/_api/web/GetList(@u)/items?@u='${encodeURIComponent(listUrl(connected.webUrl, key))}'`, { method: 'POST', user: login, body: JSON.stringify({ Title: 'smuggled' }) });
  expect({ login, key, merge: merge.status, remove: remove.status, add, atRoot: atRoot.status })
    .toEqual({ login, key, merge: 403, remove: 403, add: 403, atRoot: 403 });
  expect(await state(key, id)).toEqual(before);
}

describe('SharePoint refuses, by raw REST, writes outside a person’s own part of a department', () => {
  it('a unit head: their department’s allocations (their own unit’s too), and a sibling unit’s activities and follow-ups', async () => {
    const head = setting.own.head!.login;
    await refusedEverything(head, 'allocations', setting.ownAllocation.id, { AllocationNote: 'i samråd, sa jag själv' });
    await refusedEverything(head, 'allocations', setting.siblingAllocation.id, { AllocationNote: 'syskonets' });
    await refusedEverything(head, 'activities', setting.siblingActivity.id, { ActivityDescription: 'ändrad av fel enhet' });
    await refusedEverything(head, 'followUps', setting.siblingFollowUp.id, { FollowUpComment: 'ändrad av fel enhet' });
  });

  it('another department’s head: this department’s allocations, activities and follow-ups', async () => {
    const head = setting.otherDepartmentHead;
    await refusedEverything(head, 'allocations', setting.ownAllocation.id, { AllocationNote: 'fel avdelning' });
    await refusedEverything(head, 'activities', setting.siblingActivity.id, { ActivityDescription: 'fel avdelning' });
    await refusedEverything(head, 'followUps', setting.siblingFollowUp.id, { FollowUpComment: 'fel avdelning' });
  });

  it('a reader: anything', async () => {
    await refusedEverything(demoReader.login, 'allocations', setting.ownAllocation.id, { AllocationNote: 'läsare' });
    await refusedEverything(demoReader.login, 'activities', setting.siblingActivity.id, { ActivityDescription: 'läsare' });
    await refusedEverything(demoReader.login, 'followUps', setting.siblingFollowUp.id, { FollowUpComment: 'läsare' });
  });
});

describe('each role still does its own jobs through the web part’s repository', () => {
  it('a unit head adds and changes their own unit’s activity and follow-up, in their unit’s folders', async () => {
    const repository = connected.repository(setting.own.head!.login);
    const activity = saved<Activity>(await repository.addActivity({ allocationId: setting.ownAllocation.id, title: 'Eget arbete', description: '', status: 'pagaende' } as Omit<Activity, 'id'>, 2023, 'own-activity'));
    const followUp = saved<FollowUp>(await repository.addFollowUp({ activityId: activity.id, period: delar, grade: 'genomford', comment: 'eget' } as Omit<FollowUp, 'id'>));
    const dir = async (key: Guarded, id: number): Promise<string> => ((await connected.sp().web.getList(listUrl(connected.webUrl, key)).items.getById(id).select('FileDirRef')()) as { FileDirRef: string }).FileDirRef;
    expect(await dir('activities', activity.id)).toBe(`${listUrl(connected.webUrl, 'activities')}/avd-${setting.department.id}/enh-${setting.own.id}`);
    expect(await dir('followUps', followUp.id)).toBe(`${listUrl(connected.webUrl, 'followUps')}/avd-${setting.department.id}/2023-delar/enh-${setting.own.id}`);
    const { etags } = await repository.loadYear(2023);
    saved(await repository.updateActivity({ ...activity, description: 'ändrad av rätt enhet' }, etags.activities.get(activity.id)!));
    saved(await repository.updateFollowUp({ ...followUp, comment: 'ändrad av rätt enhet' }, etags.followUps.get(followUp.id)!));
  });

  it('the department head allocates to their units and works in their units’ folders; the staff change anything', async () => {
    const head = connected.repository(setting.department.head!.login);
    const { etags } = await head.loadYear(2023);
    saved(await head.updateAllocation({ ...setting.siblingAllocation, agreedWithUnitHead: true, note: 'i samråd' }, etags.allocations.get(setting.siblingAllocation.id)!));
    saved(await head.updateActivity({ ...setting.siblingActivity, description: 'avdelningschefen' }, etags.activities.get(setting.siblingActivity.id)!));
    const staffRepository = connected.repository(staff);
    const again = await staffRepository.loadYear(2023);
    const current = again.picture.followUps.find((followUp) => followUp.id === setting.siblingFollowUp.id)!;
    saved(await staffRepository.updateFollowUp({ ...current, comment: 'regionstaben' }, again.etags.followUps.get(current.id)!));
  });
});

describe('the organisation’s edits keep the units’ folders in step', () => {
  it('a changed head: the regional staff’s edit moves the unit’s folders to the new head, and the former head is refused', async () => {
    const staffRepository = connected.repository(staff);
    const { picture: now, etags } = await staffRepository.loadYear(2023);
    const unit = now.orgUnits.find((candidate) => candidate.id === setting.sibling.id)!;
    const former = unit.head!.login;
    const successor = 'enhetschef@region.example';
    saved(await staffRepository.updateOrgUnit({ ...unit, head: { login: successor, name: 'Ny enhetschef' } }, etags.orgUnits.get(unit.id)!));
    const merge = (login: string, key: Guarded, id: number, body: Record<string, unknown>) =>
      connected.emulator.fetch(itemPath(key, id), { method: 'POST', user: login, body: JSON.stringify(body), headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } });
    expect((await merge(former, 'activities', setting.siblingActivity.id, { ActivityDescription: 'förra chefen' })).status).toBe(403);
    expect((await merge(former, 'followUps', setting.siblingFollowUp.id, { FollowUpComment: 'förra chefen' })).status).toBe(403);
    expect((await merge(successor, 'activities', setting.siblingActivity.id, { ActivityDescription: 'nya chefen' })).status).toBe(204);
    expect((await merge(successor, 'followUps', setting.siblingFollowUp.id, { FollowUpComment: 'nya chefen' })).status).toBe(204);
  });
});
