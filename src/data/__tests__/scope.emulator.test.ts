// Scope within a role, held by SharePoint itself (places.ts): probes that go past the web part,
// straight to the lists with PnPjs as any client could, and find SharePoint refusing them.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Activity, Allocation, OrgUnit, YearPicture } from '../../domain/model';
import { demoReader } from '../../domain';
import { connectToSeededDemo, Connected } from '../../../test/support/emulator';
import { listUrl } from '../yearReader';

let connected: Connected;
let picture: YearPicture;

beforeAll(async () => {
  ({ connected, picture } = await connectToSeededDemo());
}, 60000);
afterAll(async () => { await connected.emulator.close(); });

const unit = (id: number): OrgUnit => picture.orgUnits.find((candidate) => candidate.id === id)!;
const headOf = (id: number): string => unit(id).head!.login;

/** An allocation to a unit (a department head's), its department, and a head of another department. */
function unitAllocation(): { allocation: Allocation; ownHead: string; otherHead: string } {
  const allocation = picture.allocations.find((candidate) => unit(candidate.orgUnitId).level === 'enhet')!;
  const department = unit(allocation.orgUnitId).parentId!;
  const other = picture.orgUnits.find((candidate) => candidate.level === 'avdelning' && candidate.id !== department && candidate.head)!;
  return { allocation, ownHead: headOf(department), otherHead: other.head!.login };
}

/** An activity at a department, its head, and the head of another department. */
function departmentActivity(): { activity: Activity; ownHead: string; otherHead: string } {
  const activity = picture.activities.find((candidate) => {
    const at = unit(picture.allocations.find((allocation) => allocation.id === candidate.allocationId)!.orgUnitId);
    return at.level === 'avdelning' && at.head !== undefined;
  })!;
  const at = unit(picture.allocations.find((allocation) => allocation.id === activity.allocationId)!.orgUnitId);
  const other = picture.orgUnits.find((candidate) => candidate.level === 'avdelning' && candidate.id !== at.id && candidate.head)!;
  return { activity, ownHead: at.head!.login, otherHead: other.head!.login };
}

const list = (login: string, key: 'allocations' | 'activities') => connected.sp(login).web.getList(listUrl(connected.webUrl, key));

describe('SharePoint refuses writes outside a head’s own department', () => {
  it('keeps each allocation in its allocating department’s folder, and the year still reads in one round trip', async () => {
    const { allocation } = unitAllocation();
    const item: { FileDirRef: string } = await list(headOf(unit(allocation.orgUnitId).parentId!), 'allocations').items.getById(allocation.id).select('FileDirRef')();
    expect(item.FileDirRef).toBe(`${listUrl(connected.webUrl, 'allocations')}/avd-${unit(allocation.orgUnitId).parentId}`);
    const before = connected.emulator.stats.snapshot().requests;
    const { picture: again } = await connected.repository(demoReader.login).loadYear(2023);
    expect(connected.emulator.stats.snapshot().requests - before).toBe(1);
    expect(again.allocations).toHaveLength(picture.allocations.length);
  });

  it('refuses another department’s head changing, deleting or adding an allocation there; its own head may change it', async () => {
    const { allocation, ownHead, otherHead } = unitAllocation();
    const foreign = list(otherHead, 'allocations').items.getById(allocation.id);
    await expect(foreign.update({ AllocationNote: 'ändrad av fel chef' })).rejects.toMatchObject({ status: 403 });
    await expect(foreign.delete()).rejects.toMatchObject({ status: 403 });
    const folder = `${listUrl(connected.webUrl, 'allocations')}/avd-${unit(allocation.orgUnitId).parentId}`;
    await expect(list(otherHead, 'allocations').addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'smuggled' }], folder))
      .rejects.toMatchObject({ status: 403 });
    await expect(list(otherHead, 'allocations').items.add({ Title: 'at the root' })).rejects.toMatchObject({ status: 403 });
    // Through the product too: SharePoint's refusal is the outcome.
    const draft = { ...allocation, goalId: picture.goals.find((goal) => goal.id !== allocation.goalId)!.id } as Omit<Allocation, 'id'> & { id?: number };
    delete draft.id;
    expect(await connected.repository(otherHead).addAllocation(draft, 2023)).toEqual({ kind: 'forbidden', action: 'allocate' });
    await list(ownHead, 'allocations').items.getById(allocation.id).update({ AllocationNote: 'av rätt chef' });
  });

  it('refuses another department’s head editing an activity; the department’s own head may', async () => {
    const { activity, ownHead, otherHead } = departmentActivity();
    await expect(list(otherHead, 'activities').items.getById(activity.id).update({ ActivityDescription: 'fel chef' })).rejects.toMatchObject({ status: 403 });
    await expect(list(otherHead, 'activities').items.getById(activity.id).delete()).rejects.toMatchObject({ status: 403 });
    await list(ownHead, 'activities').items.getById(activity.id).update({ ActivityDescription: 'rätt chef' });
  });

  it('refuses deleting an allocation that has activities, even to its own head and the site’s admin (Restrict)', async () => {
    const { activity, ownHead } = departmentActivity();
    const allocationId = activity.allocationId;
    const allocationHead = unit(picture.allocations.find((allocation) => allocation.id === allocationId)!.orgUnitId).parentId;
    const allocator = allocationHead === undefined ? ownHead : headOf(allocationHead);
    await expect(list(allocator, 'allocations').items.getById(allocationId).delete()).rejects.toMatchObject({ status: 500 });
    await expect(connected.sp().web.getList(listUrl(connected.webUrl, 'allocations')).items.getById(allocationId).delete())
      .rejects.toMatchObject({ status: 500 });
  });
});
