// The place groups against the heads of the Organisation list: a member taken out or put in by
// hand is found, and the regional staff (the groups' owners) put it right.
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import type { YearPicture } from '../../domain/model';
import { demoRegionalStaffLogins, demoReader } from '../../domain';
import { connectToSeededDemo, Connected } from '../../../test/support/emulator';

let connected: Connected;
let picture: YearPicture;
const staff = demoRegionalStaffLogins[0];

beforeAll(async () => {
  ({ connected, picture } = await connectToSeededDemo());
}, 60000);
afterAll(async () => { await connected.emulator.close(); });

describe('the place groups and the heads of the Organisation list', () => {
  it('agree after "Skapa listor"', async () => {
    expect(await connected.repository(staff).placeGroupMismatches()).toEqual([]);
  });

  it('differ once someone changes a group by hand, and the regional staff put it right; a reader may not', async () => {
    const department = picture.orgUnits.find((unit) => unit.level === 'avdelning' && unit.head !== undefined && !unit.closed)!;
    const head = department.head!.login.toLowerCase();
    const group = connected.sp().web.siteGroups.getByName(`Miljömål avdelning ${department.id}`);
    await group.users.removeByLoginName(`i:0#.f|membership|${head}`);
    await group.users.add('reader@region.example');
    expect(await connected.repository(staff).placeGroupMismatches()).toEqual([
      { placeId: department.id, groupMissing: false, missing: [head], extra: ['reader@region.example'] }
    ]);
    expect(await connected.repository(demoReader.login).syncPlaceGroups()).toEqual({ kind: 'forbidden', action: 'editOrganisation' });
    expect(await connected.repository(staff).syncPlaceGroups()).toEqual({ kind: 'saved', value: 2, etag: '' });
    expect(await connected.repository(staff).placeGroupMismatches()).toEqual([]);
  });
});
