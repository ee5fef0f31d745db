// Klarmarkeringar held by SharePoint (places.ts, readinessFolder): raw REST probes as each role,
// past the web part, refused with 403 and adding nothing; each role's own marks through the
// repository; an item naming another unit in one's own folder is not counted; a closed period's
// marks stay as they were.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { FollowUpPeriod, OrgUnit, YearPicture } from '../../domain/model';
import { demoReader, demoRegionalStaffLogins, type ReadinessEvent } from '../../domain';
import { addItemByRawRest, connectToSeededDemo, Connected } from '../../../test/support/emulator';
import { listUrl } from '../yearReader';

let connected: Connected;
let picture: YearPicture;
const staff = demoRegionalStaffLogins[0];
const helar: FollowUpPeriod = { year: 2023, kind: 'helar' };
let department: OrgUnit;
let own: OrgUnit;
let sibling: OrgUnit;
let otherDepartment: OrgUnit;

const saved = (outcome: { kind: string; value?: ReadinessEvent }): ReadinessEvent => {
  expect(outcome).toMatchObject({ kind: 'saved' });
  return outcome.value!;
};

beforeAll(async () => {
  ({ connected, picture } = await connectToSeededDemo());
  const unitsOf = (parent: OrgUnit): OrgUnit[] => picture.orgUnits.filter((unit) => unit.parentId === parent.id && unit.level === 'enhet' && unit.head && !unit.closed);
  department = picture.orgUnits.find((unit) => unit.level === 'avdelning' && unit.head && !unit.closed && unitsOf(unit).length >= 2)!;
  [own, sibling] = unitsOf(department);
  otherDepartment = picture.orgUnits.find((unit) => unit.level === 'avdelning' && unit.head && unit.id !== department.id && unit.head.login !== department.head!.login)!;
}, 90000);
afterAll(async () => { await connected.emulator.close(); });

const root = (): string => listUrl(connected.webUrl, 'readiness');
const periodFolder = (place: OrgUnit): string => `${root()}/avd-${place.id}/2023-helar`;
const count = async (): Promise<number> => (await connected.sp().web.getList(root()).select('ItemCount')<{ ItemCount: number }>()).ItemCount;

/** An event added by raw REST as `login` into `folder`, naming `orgUnitId`: the status SharePoint answers. */
function addRaw(login: string, folder: string, orgUnitId: number, kind = 'ready'): Promise<number> {
  return addItemByRawRest(connected, login, root(), folder, {
    Title: 'rå', MiljoYear: '2023', ReadinessPeriod: 'helar', ReadinessUnit: String(orgUnitId), ReadinessEvent: kind, ClientKey: `raw-${Math.random()}`
  });
}

describe('SharePoint holds who marks which part ready', () => {
  it('refuses, by raw REST, a unit head marking a sibling unit or the department, and another department\'s head marking this one', async () => {
    const before = await count();
    const unitHead = own.head!.login;
    expect(await addRaw(unitHead, `${periodFolder(department)}/enh-${sibling.id}`, sibling.id)).toBe(403);
    expect(await addRaw(unitHead, periodFolder(department), department.id)).toBe(403);
    expect(await addRaw(unitHead, root(), own.id)).toBe(403);
    const otherHead = otherDepartment.head!.login;
    expect(await addRaw(otherHead, periodFolder(department), department.id)).toBe(403);
    expect(await addRaw(otherHead, `${periodFolder(department)}/enh-${own.id}`, own.id, 'sentBack')).toBe(403);
    expect(await addRaw(demoReader.login, `${periodFolder(department)}/enh-${own.id}`, own.id)).toBe(403);
    expect(await count()).toBe(before);
  });

  it('lets each head record their own part through the repository, in its folder, as SharePoint\'s who and when', async () => {
    const unitHead = connected.repository(own.head!.login);
    const mark = saved(await unitHead.recordReadiness({ period: helar, orgUnitId: own.id, kind: 'ready', comment: 'En aktivitet väntar.' }, 'own-ready'));
    expect(mark.by.login.toLowerCase()).toBe(own.head!.login.toLowerCase());
    const dir: { FileDirRef: string } = await connected.sp().web.getList(root()).items.getById(mark.id).select('FileDirRef')();
    expect(dir.FileDirRef).toBe(`${periodFolder(department)}/enh-${own.id}`);
    expect(await unitHead.recordReadiness({ period: helar, orgUnitId: sibling.id, kind: 'ready', comment: 'fel enhet' }, 'sibling-ready'))
      .toEqual({ kind: 'forbidden', action: 'markReady' });
    const departmentHead = connected.repository(department.head!.login);
    saved(await departmentHead.recordReadiness({ period: helar, orgUnitId: own.id, kind: 'sentBack', comment: 'Följ upp den också.' }, 'sent-back'));
    saved(await departmentHead.recordReadiness({ period: helar, orgUnitId: department.id, kind: 'ready', comment: 'Avdelningens mening.' }, 'department-ready'));
    expect(await connected.repository(otherDepartment.head!.login).recordReadiness({ period: helar, orgUnitId: department.id, kind: 'takenBack', comment: '' }, 'other'))
      .toEqual({ kind: 'forbidden', action: 'markReady' });
    const events = await connected.repository(demoReader.login).readiness(2023);
    expect(events.map((event) => [event.orgUnitId, event.kind])).toEqual([[own.id, 'ready'], [own.id, 'sentBack'], [department.id, 'ready']]);
  });

  it('does not count an item a unit head wrote in their own folder naming another unit', async () => {
    const before = await count();
    // SharePoint lets them: the folder is theirs, the unit column only data.
    expect(await addRaw(own.head!.login, `${periodFolder(department)}/enh-${own.id}`, sibling.id)).toBe(200);
    expect(await count()).toBe(before + 1);
    const events = await connected.repository(staff).readiness(2023);
    expect(events.some((event) => event.orgUnitId === sibling.id)).toBe(false);
  });

  it('keeps a closed period\'s marks as they were: heads are refused, the events stay', async () => {
    const staffRepository = connected.repository(staff);
    const before = await staffRepository.readiness(2023);
    expect((await staffRepository.closePeriod(helar, 'close-helar')).kind).toBe('saved');
    expect(await connected.repository(own.head!.login).recordReadiness({ period: helar, orgUnitId: own.id, kind: 'ready', comment: 'igen' }, 'after-close'))
      .toEqual({ kind: 'forbidden', action: 'markReady' });
    expect(await addRaw(department.head!.login, periodFolder(department), department.id, 'takenBack')).toBe(403);
    expect(await staffRepository.readiness(2023)).toEqual(before);
  });
});
