// Several förvaltningar on one site, held by SharePoint as the places are (places.ts): each
// förvaltning's allocations to its departments sit in its own place folder (`forv-<id>`), which its
// place group (its head) writes and nobody of another förvaltning does. Raw REST probes as the head
// of Hälso- och sjukvården, past the web part: refused (403) writing Regionstyrelsen's allocations,
// adding nothing; their own through the repository.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { OrgUnit, YearPicture } from '../../domain/model';
import { demoWholeRegion2023 } from '../../domain';
import { seedDemo } from '../../../local/seed/seedDemo';
import { wholeRegionDirectory } from '../../../local/seed/demoDirectory';
import { addItemByRawRest, connectToEmulator, Connected } from '../../../test/support/emulator';
import { listUrl } from '../yearReader';
import { allocationKey } from '../schema';
import { forvaltningStaffGroupTitle, roleGroupTitles } from '../roles';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';

let connected: Connected;
let picture: YearPicture;
let healthCare: OrgUnit;
let board: OrgUnit;
const byShortName = (name: string): OrgUnit => picture.orgUnits.find((unit) => unit.shortName === name)!;
const departmentOf = (forvaltning: OrgUnit, name: string): OrgUnit => picture.orgUnits.find((unit) => unit.parentId === forvaltning.id && unit.name === name)!;

beforeAll(async () => {
  connected = await connectToEmulator();
  await connected.emulator.addPeople(...wholeRegionDirectory);
  await seedDemo(connected.sp(), connected.webUrl, demoWholeRegion2023);
  picture = (await connected.repository().loadYear(2023)).picture;
  healthCare = byShortName('Hälso- och sjukvården');
  board = byShortName('Regionstyrelsen');
}, 120000);
afterAll(async () => { await connected.emulator.close(); });

const root = (): string => listUrl(connected.webUrl, 'allocations');
const count = async (): Promise<number> => (await connected.sp().web.getList(root()).select('ItemCount')<{ ItemCount: number }>()).ItemCount;

/** An allocation added by raw REST as `login` into `folder`: the status SharePoint answers. */
function addRaw(login: string, folder: string, goalId: number, orgUnitId: number): Promise<number> {
  const key = allocationKey(goalId, orgUnitId);
  return addItemByRawRest(connected, login, root(), folder, { Title: key, MiljoYear: '2023', Goal: String(goalId), OrgUnit: String(orgUnitId), AllocationKey: key });
}

describe('a förvaltning writes its own allocations only, held by SharePoint', () => {
  it('refuses, by raw REST, Hälso- och sjukvården’s head writing Regionstyrelsen’s allocations, and adds nothing', async () => {
    const head = healthCare.head!.login;
    const goal = picture.goals.find((candidate) => candidate.forvaltningId === undefined && candidate.code === 'M4')!;
    const regionservice = departmentOf(board, 'Regionservice');
    const before = await count();
    expect(await addRaw(head, `${root()}/forv-${board.id}`, goal.id, regionservice.id)).toBe(403);
    expect(await addRaw(head, root(), goal.id, regionservice.id)).toBe(403);
    // Regionstyrelsen's head, the other way round.
    expect(await addRaw(board.head!.login, `${root()}/forv-${healthCare.id}`, goal.id, departmentOf(healthCare, 'Primärvården').id)).toBe(403);
    expect(await count()).toBe(before);
  });

  it('lets the förvaltning’s head allocate to its own departments through the repository, and names the refusal elsewhere', async () => {
    const head = connected.repository(healthCare.head!.login);
    const goal = picture.goals.find((candidate) => candidate.forvaltningId === undefined && candidate.code === 'M4')!;
    const own = await head.addAllocation({ goalId: goal.id, orgUnitId: departmentOf(healthCare, 'Primärvården').id, allocatedBy: healthCare.head!, allocatedAt: '2023-10-16T09:00:00Z', agreedWithUnitHead: false }, 2023);
    expect(own.kind).toBe('saved');
    const dir: { FileDirRef: string } = await connected.sp().web.getList(root()).items.getById(own.kind === 'saved' ? own.value.id : 0).select('FileDirRef')();
    expect(dir.FileDirRef).toBe(`${root()}/forv-${healthCare.id}`);
    expect(await head.addAllocation({ goalId: goal.id, orgUnitId: departmentOf(board, 'Regionservice').id, allocatedBy: healthCare.head!, allocatedAt: '2023-10-16T09:00:00Z', agreedWithUnitHead: false }, 2023))
      .toEqual({ kind: 'forbidden', action: 'allocate' });
  });
});

describe('a förvaltning’s own staff, held by SharePoint', () => {
  const member = 'avdchef@region.example';

  beforeAll(async () => {
    // A site visitor (reads, as everyone does) whom the regional staff put in Hälso- och sjukvården's staff group.
    await connected.sp().web.associatedVisitorGroup.users.add(member);
    await connected.sp().web.siteGroups.getByName(forvaltningStaffGroupTitle(healthCare.id)).users.add(member);
  });

  it('"Skapa listor" made a staff group per förvaltning, owned by the regional staff, and the repository names the user’s', async () => {
    const groups: Array<{ Title: string; OwnerTitle: string }> = await connected.sp().web.siteGroups.select('Title', 'OwnerTitle')();
    const staffGroups = groups.filter((group) => group.Title.startsWith('Miljömål förvaltningsstab '));
    expect(staffGroups.map((group) => group.Title).sort()).toEqual(picture.orgUnits.filter((unit) => unit.level === 'forvaltning').map((unit) => forvaltningStaffGroupTitle(unit.id)).sort());
    expect(new Set(staffGroups.map((group) => group.OwnerTitle))).toEqual(new Set([roleGroupTitles.regionalStaff]));
    expect((await connected.repository(member).currentUser()).staffOfForvaltningIds).toEqual([healthCare.id]);
  });

  it('lets the staff allocate to their förvaltning’s departments and refuses, by raw REST and through the repository, any other', async () => {
    const goal = picture.goals.find((candidate) => candidate.forvaltningId === undefined && candidate.code === 'M3')!;
    const before = await count();
    expect(await addRaw(member, `${root()}/forv-${board.id}`, goal.id, departmentOf(board, 'Regionservice').id)).toBe(403);
    expect(await addRaw(member, root(), goal.id, departmentOf(board, 'Regionservice').id)).toBe(403);
    // Not the units' allocations either: those are the department head's.
    const akut = departmentOf(healthCare, 'Akutsjukvården');
    expect(await addRaw(member, `${root()}/avd-${akut.id}`, goal.id, picture.orgUnits.find((unit) => unit.parentId === akut.id)!.id)).toBe(403);
    expect(await count()).toBe(before);
    const staff = connected.repository(member);
    const own = await staff.addAllocation({ goalId: goal.id, orgUnitId: departmentOf(healthCare, 'Primärvården').id, allocatedBy: { login: member, name: 'Stab' }, allocatedAt: '2023-10-16T09:00:00Z', agreedWithUnitHead: false }, 2023);
    expect(own.kind).toBe('saved');
    expect(await staff.addAllocation({ goalId: goal.id, orgUnitId: departmentOf(board, 'Regionservice').id, allocatedBy: { login: member, name: 'Stab' }, allocatedAt: '2023-10-16T09:00:00Z', agreedWithUnitHead: false }, 2023))
      .toEqual({ kind: 'forbidden', action: 'allocate' });
  });
});
