// Closed periods held by SharePoint (periodFolders.ts): probes straight at the follow-up list with
// PnPjs, as any client could, and through the product; the staff's dates and the record of who
// closed and reopened, as SharePoint keeps them.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import type { FollowUp, FollowUpPeriod, YearPicture } from '../../domain/model';
import { demoRegionalStaffLogins } from '../../domain';
import { isPeriodClosed } from '../../domain/periodSettings';
import { uniqueScopeCount } from '../../../local/emulator/store/folders';
import { connectToSeededDemo, Connected } from '../../../test/support/emulator';
import { listUrl } from '../yearReader';

let connected: Connected;
let picture: YearPicture;
const staff = demoRegionalStaffLogins[0];
const delar: FollowUpPeriod = { year: 2023, kind: 'delar' };

beforeAll(async () => {
  ({ connected, picture } = await connectToSeededDemo());
}, 60000);
afterAll(async () => { await connected.emulator.close(); });

const unit = (id: number) => picture.orgUnits.find((candidate) => candidate.id === id)!;

/** A delår follow-up of an activity at a unit with a head, that head and the head of its department. */
function unitFollowUp(): { followUp: FollowUp; unitHead: string; departmentHead: string; department: number; unitId: number } {
  const at = (followUp: FollowUp) => unit(picture.allocations.find((allocation) =>
    allocation.id === picture.activities.find((activity) => activity.id === followUp.activityId)!.allocationId)!.orgUnitId);
  const followUp = picture.followUps.find((candidate) => candidate.period.kind === 'delar' && at(candidate).level === 'enhet'
    && at(candidate).head !== undefined && unit(at(candidate).parentId!).head !== undefined)!;
  const department = at(followUp).parentId!;
  return { followUp, unitHead: at(followUp).head!.login, departmentHead: unit(department).head!.login, department, unitId: at(followUp).id };
}

const followUps = (login?: string) => connected.sp(login).web.getList(listUrl(connected.webUrl, 'followUps'));
const requests = (): number => connected.emulator.stats.snapshot().requests;

describe('a closed period, held by SharePoint', () => {
  it('keeps each follow-up in its period’s folder inside its place’s', async () => {
    const { followUp, department, unitId } = unitFollowUp();
    const item: { FileDirRef: string } = await followUps().items.getById(followUp.id).select('FileDirRef')();
    expect(item.FileDirRef).toBe(`${listUrl(connected.webUrl, 'followUps')}/avd-${department}/2023-delar/enh-${unitId}`);
  });

  it('is refused to anyone but the regional staff, before any folder is touched', async () => {
    const { unitHead, departmentHead } = unitFollowUp();
    const before = uniqueScopeCount(connected.emulator.store.listByUrl(listUrl(connected.webUrl, 'followUps'))!);
    expect(await connected.repository(departmentHead).closePeriod(delar, 'k-head')).toEqual({ kind: 'forbidden', action: 'editPeriods' });
    expect(await connected.repository(unitHead).closePeriod(delar, 'k-unit')).toEqual({ kind: 'forbidden', action: 'editPeriods' });
    expect(uniqueScopeCount(connected.emulator.store.listByUrl(listUrl(connected.webUrl, 'followUps'))!)).toBe(before);
    expect(isPeriodClosed((await connected.repository(staff).periodSettings(2023)).periods[0])).toBe(false);
  });

  it('refuses the unit head and the department head writing or adding a follow-up once closed; the staff may; after reopening the head may again', async () => {
    const { followUp, unitHead, departmentHead, department } = unitFollowUp();
    const places = (await followUps().rootFolder.folders.select('Name')()).filter((folder: { Name: string }) => /^(avd|forv)-/.test(folder.Name)).length;
    const scopesBefore = uniqueScopeCount(connected.emulator.store.listByUrl(listUrl(connected.webUrl, 'followUps'))!);
    const start = requests();
    const closed = await connected.repository(staff).closePeriod(delar, 'close-1');
    const closeRequests = requests() - start;
    expect(closed.kind).toBe('saved');
    if (closed.kind !== 'saved') return;
    expect(isPeriodClosed(closed.value)).toBe(true);
    expect(closed.value.events).toEqual([expect.objectContaining({ kind: 'closed', by: expect.objectContaining({ login: staff }) })]);
    // One unique scope per place for the closed period: its units' folders inherit the lock.
    expect(scopesIn('2023-delar')).toBe(places);
    expect(uniqueScopeCount(connected.emulator.store.listByUrl(listUrl(connected.webUrl, 'followUps'))!)).toBeLessThanOrEqual(scopesBefore + places);
    // About eight requests a place in each of the two period lists (Uppföljningar, Klarmarkeringar: read, break, read
    // assignments, two groups' Contribute to Read), and a few for the record.
    expect(closeRequests).toBeLessThanOrEqual(places * 2 * 9 + 20);

    const folder = `${listUrl(connected.webUrl, 'followUps')}/avd-${department}/2023-delar`;
    for (const head of [unitHead, departmentHead]) {
      await expect(followUps(head).items.getById(followUp.id).update({ FollowUpComment: 'ändrad efter stängning' })).rejects.toMatchObject({ status: 403 });
      await expect(followUps(head).items.getById(followUp.id).delete()).rejects.toMatchObject({ status: 403 });
      await expect(followUps(head).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'smuggled' }], folder)).rejects.toMatchObject({ status: 403 });
      const { picture: theirs, etags } = await connected.repository(head).loadYear(2023);
      const mine = theirs.followUps.find((candidate) => candidate.id === followUp.id)!;
      expect(await connected.repository(head).updateFollowUp({ ...mine, comment: 'via webbdelen' }, etags.followUps.get(mine.id)!))
        .toEqual({ kind: 'forbidden', action: 'editFollowUp' });
    }
    // A new follow-up of the closed period, through the product, lands nowhere.
    const activity = picture.activities.find((candidate) => candidate.id !== followUp.activityId
      && !picture.followUps.some((other) => other.activityId === candidate.id && other.period.kind === 'delar')
      && unit(picture.allocations.find((allocation) => allocation.id === candidate.allocationId)!.orgUnitId).parentId === department);
    if (activity) {
      expect(await connected.repository(departmentHead).addFollowUp({ activityId: activity.id, period: delar, grade: 'genomford', comment: 'sent' }))
        .toEqual({ kind: 'forbidden', action: 'editFollowUp' });
    }
    await followUps(staff).items.getById(followUp.id).update({ FollowUpComment: 'rättad av regionstaben' });

    // Closing again records nothing more and changes no folder.
    const again = await connected.repository(staff).closePeriod(delar, 'close-2');
    expect(again.kind === 'saved' && again.value.events).toHaveLength(1);

    const reopened = await connected.repository(staff).reopenPeriod(delar, 'reopen-1');
    expect(reopened.kind === 'saved' && isPeriodClosed(reopened.value)).toBe(false);
    expect(reopened.kind === 'saved' && reopened.value.events.map((event) => event.kind)).toEqual(['closed', 'reopened']);
    // The period's folders inherit again, and every open unit's folder in them is secured again.
    expect(scopesIn('2023-delar')).toBe(picture.orgUnits.filter((candidate) => candidate.level === 'enhet' && !candidate.closed).length);
    await followUps(unitHead).items.getById(followUp.id).update({ FollowUpComment: 'ändrad efter återöppning' });
  });

  it('keeps the record of a close out of the staff’s own reach: SharePoint’s Author, locked', async () => {
    const loaded = await connected.repository(staff).periodSettings(2023);
    const event = loaded.periods[0].events[0];
    const periods = (login?: string) => connected.sp(login).web.getList(listUrl(connected.webUrl, 'periods'));
    await expect(periods(staff).items.getById(event.id).update({ PeriodEntry: 'reopened' })).rejects.toMatchObject({ status: 403 });
    await expect(periods(staff).items.getById(event.id).delete()).rejects.toMatchObject({ status: 403 });
    await expect(periods(unitFollowUp().unitHead).items.add({ Title: 'x', MiljoYear: 2023, PeriodKind: 'delar', PeriodEntry: 'closed' })).rejects.toMatchObject({ status: 403 });
  });
});

describe('a follow-up added past the web part outside a closed period’s locked folder', () => {
  it('is found and named, where it sits, so Administration can say so', async () => {
    const { departmentHead, department, followUp } = unitFollowUp();
    expect(await connected.repository(staff).strayFollowUps(2023)).toEqual([]);
    expect((await connected.repository(staff).closePeriod(delar, 'close-stray')).kind).toBe('saved');
    // The head's own place folder is theirs to write in: SharePoint cannot tell this one apart.
    const rows = await followUps(departmentHead).addValidateUpdateItemUsingPath([
      { FieldName: 'Title', FieldValue: 'efteråt' }, { FieldName: 'MiljoYear', FieldValue: '2023' },
      { FieldName: 'Activity', FieldValue: String(followUp.activityId) }, { FieldName: 'Period', FieldValue: 'delar' },
      { FieldName: 'FollowUpKey', FieldValue: 'stray-1' }, { FieldName: 'Grade', FieldValue: 'genomford' }
    ], `${listUrl(connected.webUrl, 'followUps')}/avd-${department}`);
    const id = Number(rows.find((row) => row.FieldName === 'Id')?.FieldValue);
    expect(await connected.repository(staff).strayFollowUps(2023)).toEqual([{ id, activityId: followUp.activityId, period: delar, folder: `avd-${department}` }]);
    expect((await connected.repository(staff).reopenPeriod(delar, 'reopen-stray')).kind).toBe('saved');
    // Open again, it is an ordinary follow-up of an open period.
    expect(await connected.repository(staff).strayFollowUps(2023)).toEqual([]);
    await followUps().items.getById(id).delete();
  });
});

/** The unique scopes at or below a period's folders, in every place. */
function scopesIn(periodName: string): number {
  const list = connected.emulator.store.listByUrl(listUrl(connected.webUrl, 'followUps'))!;
  return list.def.items.filter((item) => item.hasUniqueRoleAssignments && `${item.dir ?? ''}/${item.leaf ?? ''}`.includes(periodName)).length;
}

describe('"Skapa listor" and closed periods', () => {
  it('locks a closed period in a place made after the close, and gives the staff back the Full Control an older site lacked', async () => {
    const helar: FollowUpPeriod = { year: 2023, kind: 'helar' };
    expect((await connected.repository(staff).closePeriod(helar, 'close-helar')).kind).toBe('saved');
    const top = picture.orgUnits.find((candidate) => candidate.level === 'forvaltning')!;
    const added = await connected.repository().addOrgUnit({ name: 'Ny avdelning', level: 'avdelning', parentId: top.id }, 'new-department');
    expect(added.kind).toBe('saved');
    if (added.kind !== 'saved') return;
    const placeUrl = `${listUrl(connected.webUrl, 'followUps')}/avd-${added.value.id}`;
    type Listed = Array<{ Name: string; ListItemAllFields: { Id: number; HasUniqueRoleAssignments: boolean } }>;
    const periodFolders = async (): Promise<Listed> => connected.sp().web.getFolderByServerRelativePath(placeUrl).folders.expand('ListItemAllFields')();
    expect(await periodFolders()).toEqual([]);
    // As a site secured before periods could close: the staff with Contribute on the list and a place's folder.
    const staffGroup: { Id: number } = await connected.sp().web.siteGroups.getByName('Miljömål regionstab').select('Id')();
    const list = followUps();
    await list.roleAssignments.add(staffGroup.Id, 1073741827);
    await list.roleAssignments.remove(staffGroup.Id, 1073741829);
    const bindings = async (): Promise<number[]> => (await list.roleAssignments.getById(staffGroup.Id).bindings.select('Id')()).map((binding: { Id: number }) => binding.Id);
    expect(await bindings()).toEqual([1073741827]);

    expect((await connected.repository().provision()).kind).toBe('done');
    expect(await bindings()).toEqual(expect.arrayContaining([1073741829]));
    // (An open period's folders are made too, for the units' heads to write in.)
    expect((await periodFolders()).filter((folder) => folder.Name.startsWith('2023')).map((folder) => ({ name: folder.Name, locked: folder.ListItemAllFields.HasUniqueRoleAssignments })))
      .toEqual([{ name: '2023-delar', locked: false }, { name: '2023-helar', locked: true }]);
    // A second run finds it all in place.
    const scopes = uniqueScopeCount(connected.emulator.store.listByUrl(listUrl(connected.webUrl, 'followUps'))!);
    expect((await connected.repository().provision()).kind).toBe('done');
    expect(uniqueScopeCount(connected.emulator.store.listByUrl(listUrl(connected.webUrl, 'followUps'))!)).toBe(scopes);
    expect((await connected.repository(staff).reopenPeriod(helar, 'reopen-helar')).kind).toBe('saved');
    expect((await periodFolders()).find((folder) => folder.Name === '2023-helar')!.ListItemAllFields.HasUniqueRoleAssignments).toBe(false);
  }, 60000);
});

describe('the staff’s dates of a period', () => {
  it('are stored with who set them, conflict when someone set them since, and are refused to a head', async () => {
    const helar: FollowUpPeriod = { year: 2023, kind: 'helar' };
    const repository = connected.repository(staff);
    const first = await repository.setPeriodDates(helar, { opensOn: '2023-09-15', deadline: '2024-01-20' }, undefined);
    expect(first).toMatchObject({ kind: 'saved', value: { opensOn: '2023-09-15', deadline: '2024-01-20', datesSetBy: { login: staff } } });
    if (first.kind !== 'saved') return;
    const loaded = await repository.periodSettings(2023);
    expect(loaded.periods[1]).toMatchObject({ opensOn: '2023-09-15', deadline: '2024-01-20' });
    expect(loaded.versions.helar).toBe(first.etag);
    const second = await repository.setPeriodDates(helar, { deadline: '2024-01-31' }, first.etag);
    expect(second).toMatchObject({ kind: 'saved', value: { deadline: '2024-01-31' } });
    expect(second.kind === 'saved' && second.value.opensOn).toBeUndefined();
    // Someone else's change since the version read is a conflict with theirs.
    expect(await repository.setPeriodDates(helar, { deadline: '2024-02-05' }, first.etag)).toMatchObject({ kind: 'conflict', current: { deadline: '2024-01-31' } });
    // A second first setting is a conflict too (the period's key is taken).
    expect(await repository.setPeriodDates(helar, { deadline: '2024-02-05' }, undefined)).toMatchObject({ kind: 'conflict', current: { deadline: '2024-01-31' } });
    expect(await connected.repository(unitFollowUp().departmentHead).setPeriodDates(helar, { deadline: '2024-02-05' }, undefined))
      .toMatchObject({ kind: 'forbidden', action: 'editPeriods' });
  });
});

describe('a unit moving to another department', () => {
  it('takes its follow-ups into the same period’s folder of its new department', async () => {
    const { followUp, department } = unitFollowUp();
    const activity = picture.activities.find((candidate) => candidate.id === followUp.activityId)!;
    const movingId = picture.allocations.find((allocation) => allocation.id === activity.allocationId)!.orgUnitId;
    const target = picture.orgUnits.find((candidate) => candidate.level === 'avdelning' && candidate.id !== department && !candidate.closed)!;
    const { picture: now, etags } = await connected.repository(staff).loadYear(2023);
    const moving = now.orgUnits.find((candidate) => candidate.id === movingId)!;
    expect((await connected.repository(staff).updateOrgUnit({ ...moving, parentId: target.id }, etags.orgUnits.get(movingId)!)).kind).toBe('saved');
    const mine = now.followUps.filter((candidate) => candidate.activityId === followUp.activityId);
    expect(mine.length).toBeGreaterThan(0);
    for (const each of mine) {
      const item: { FileDirRef: string } = await followUps().items.getById(each.id).select('FileDirRef')();
      expect(item.FileDirRef).toMatch(new RegExp(`^${listUrl(connected.webUrl, 'followUps')}/avd-${target.id}/${each.period.year}-${each.period.kind}(/enh-\\d+)?$`));
    }
  }, 60000);
});
