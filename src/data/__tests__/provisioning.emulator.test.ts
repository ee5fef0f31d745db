import { checkLists, provisionLists } from '../provisioning';
import { roleGroupTitles } from '../roles';
import { ListDefinition, ListKey, listOrder, lists } from '../schema';
import { listUrl } from '../yearReader';
import { connectToEmulator, Connected } from '../../../test/support/emulator';
import { seedDemo } from '../../../local/seed/seedDemo';

let connected: Connected;
beforeEach(async () => { connected = await connectToEmulator(); });
afterEach(async () => { await connected.emulator.close(); });

/** The schema as SharePoint holds it: per list, each field's name, type, index and uniqueness. */
async function schemaSnapshot(): Promise<Record<string, string[]>> {
  const sp = connected.sp();
  const snapshot: Record<string, string[]> = {};
  for (const key of Object.keys(lists) as ListKey[]) {
    const list = sp.web.getList(listUrl(connected.webUrl, key));
    const info = await list.select('Title', 'Id')();
    const fields: Array<Record<string, unknown>> = await list.fields
      .select('InternalName', 'TypeAsString', 'Indexed', 'EnforceUniqueValues', 'Title').filter('Hidden eq false')();
    snapshot[`${key} (${info.Title})`] = fields
      .map((field) => `${field.InternalName}:${field.TypeAsString}:${field.Indexed}:${field.EnforceUniqueValues}:${field.Title}`)
      .sort();
  }
  return snapshot;
}

/** `list.field` of every field added since version 1: what an upgrade of version 1 lists adds. */
const addedSinceFirst = listOrder.flatMap((key: ListKey) =>
  lists[key].fields.filter((field) => (field.since ?? 1) > 1).map((field) => `${key}.${field.internalName}`));

/** The schema as version 1 had it: without the fields added since. */
function olderSchema(): Record<ListKey, ListDefinition> {
  const older = {} as Record<ListKey, ListDefinition>;
  for (const key of Object.keys(lists) as ListKey[]) {
    older[key] = { ...lists[key], fields: lists[key].fields.filter((field) => (field.since ?? 1) <= 1) };
  }
  return older;
}

describe('provisioning against the emulator', () => {
  it('creates every list with Swedish titles, ASCII URLs and the schema fields', async () => {
    const place = (list: ListDefinition) => ({ collection: list.key, title: list.title, url: list.url });
    // A list added since the first version leaves a site outdated, not broken: the rest still shows.
    expect(await checkLists(connected.sp(), connected.webUrl)).toEqual({
      missing: listOrder.map((key) => lists[key] as ListDefinition).filter((list) => list.since === undefined).map(place),
      outdated: [place(lists.reports), place(lists.reminders), place(lists.periods), place(lists.readiness)]
    });
    const result = await provisionLists(connected.sp(), connected.webUrl);
    expect(result.kind).toBe('done');
    expect(await checkLists(connected.sp(), connected.webUrl)).toEqual({ missing: [], outdated: [] });

    const snapshot = await schemaSnapshot();
    expect(Object.keys(snapshot)).toEqual(['goals (Miljömål)', 'orgUnits (Organisation)', 'allocations (Fördelningar)',
      'activities (Aktiviteter)', 'followUps (Uppföljningar)', 'indicators (Indikatorer)', 'indicatorValues (Utfall)', 'reports (Rapporter)',
      'reminders (Påminnelser)', 'periods (Perioder)', 'readiness (Klarmarkeringar)']);
    expect(snapshot['reports (Rapporter)']).toEqual(expect.arrayContaining([
      'MiljoYear:Number:true:false:År', 'ReportPeriod:Choice:true:false:Period', 'ReportVersion:Number:true:false:Rapportversion',
      'ReportKey:Text:true:true:Nyckel (period, version och del)', 'ReportData:Note:false:false:Rapport (JSON)'
    ]));
    expect(snapshot['allocations (Fördelningar)']).toEqual(expect.arrayContaining([
      'AllocationKey:Text:true:true:Nyckel (mål och enhet)',
      'Goal:Lookup:true:false:Mål',
      'OrgUnit:Lookup:true:false:Organisationsenhet'
    ]));
    // A förvaltningsmål's förvaltning: a lookup to Organisation, which is made first for it.
    expect(snapshot['goals (Miljömål)']).toEqual(expect.arrayContaining(['GoalForvaltning:Lookup:true:false:Förvaltningens eget mål']));
  });

  it('changes nothing on a second run', async () => {
    await provisionLists(connected.sp(), connected.webUrl);
    const before = await schemaSnapshot();
    let storeChanges = 0;
    connected.emulator.store.onChange(() => { storeChanges++; });
    const second = await provisionLists(connected.sp(), connected.webUrl);
    expect(second).toEqual({ kind: 'done', changes: { createdLists: [], addedFields: [], indexedFields: [], restrictedFields: [] } });
    expect(await schemaSnapshot()).toEqual(before);
    expect(storeChanges).toBe(0);
  });

  it('upgrades an older schema in place, keeping its data', async () => {
    await provisionLists(connected.sp(), connected.webUrl, olderSchema());
    const outdated = (await checkLists(connected.sp(), connected.webUrl)).outdated.map((place) => place.collection);
    expect(outdated).toEqual([...new Set(addedSinceFirst.map((field) => field.split('.')[0]))]);
    expect(outdated).toContain('goals');
    const repository = connected.repository();
    const added = await repository.addGoal({ year: 2023, code: 'M1', title: 'Minskade utsläpp', description: 'd', indicator: 'i', measuredRegionWide: true });
    // Version 1 had no Retired column: the repository's body names it, so the write is refused there.
    expect(added.kind).toBe('failed');

    const upgrade = await provisionLists(connected.sp(), connected.webUrl);
    expect(upgrade).toEqual({ kind: 'done', changes: { createdLists: [], addedFields: addedSinceFirst, indexedFields: [], restrictedFields: [] } });
    expect(addedSinceFirst).toContain('goals.Retired');
    const saved = await repository.addGoal({ year: 2023, code: 'M1', title: 'Minskade utsläpp', description: 'd', indicator: 'i', measuredRegionWide: true });
    expect(saved.kind).toBe('saved');
    const loaded = await repository.loadYear(2023);
    expect(loaded.picture.goals.map((goal) => goal.title)).toEqual(['Minskade utsläpp']);
  });

  it('restricts deletes on the lookup of a site made before lookups did, so SharePoint then keeps an allocation that has activities', async () => {
    const plainLookups = {} as Record<ListKey, ListDefinition>;
    for (const key of Object.keys(lists) as ListKey[]) {
      plainLookups[key] = { ...lists[key], fields: lists[key].fields.map((field) => ({ ...field, restrictDelete: undefined })) } as ListDefinition;
    }
    await provisionLists(connected.sp(), connected.webUrl, plainLookups);
    const lookup = connected.sp().web.getList(listUrl(connected.webUrl, 'activities')).fields.getByInternalNameOrTitle('Allocation');
    expect((await lookup() as { RelationshipDeleteBehavior: number }).RelationshipDeleteBehavior).toBe(0);
    expect((await checkLists(connected.sp(), connected.webUrl)).outdated.map((place) => place.collection)).toEqual(['activities']);

    // Untyped, SharePoint does not know the property on SP.Field (pnpjs#1187): named as SP.FieldLookup it does.
    await expect(lookup.update({ RelationshipDeleteBehavior: 2 } as never)).rejects.toThrow(/does not exist on type 'SP.Field'/);
    const upgrade = await provisionLists(connected.sp(), connected.webUrl);
    expect(upgrade).toEqual({ kind: 'done', changes: { createdLists: [], addedFields: [], indexedFields: [], restrictedFields: ['activities.Allocation'] } });
    expect((await lookup() as { RelationshipDeleteBehavior: number }).RelationshipDeleteBehavior).toBe(2);
    expect(await checkLists(connected.sp(), connected.webUrl)).toEqual({ missing: [], outdated: [] });

    await seedDemo(connected.sp(), connected.webUrl);
    const { picture } = await connected.repository().loadYear(2023);
    const held = picture.allocations.find((allocation) => picture.activities.some((activity) => activity.allocationId === allocation.id))!;
    await expect(connected.sp().web.getList(listUrl(connected.webUrl, 'allocations')).items.getById(held.id).delete()).rejects.toThrow(/related/);
  });

  it('knows who may create the lists: the site owner, not a reader', async () => {
    expect(await connected.repository().canManageLists()).toBe(true);
    await connected.sp().web.associatedVisitorGroup.users.add('reader@region.example');
    expect(await connected.repository('reader@region.example').canManageLists()).toBe(false);
    expect(await connected.repository('stranger@elsewhere.example').canManageLists()).toBe(false);
  });

  it('tells which permission is missing when a reader tries', async () => {
    const result = await provisionLists(connected.sp('reader@region.example'), connected.webUrl);
    expect(result).toEqual({ kind: 'forbidden', missingPermission: 'manageLists', changes: { createdLists: [], addedFields: [], indexedFields: [], restrictedFields: [] } });
    expect((await checkLists(connected.sp(), connected.webUrl)).missing).toHaveLength(7);
  });

  it('"Skapa listor" also creates the role groups and gives each list its permissions, once', async () => {
    const repository = connected.repository();
    expect((await repository.provision()).kind).toBe('done');
    const sp = connected.sp();
    const groups: Array<{ Title: string }> = await sp.web.siteGroups.select('Title')();
    expect(groups.map((group) => group.Title)).toEqual(expect.arrayContaining(Object.values(roleGroupTitles)));

    await sp.web.siteGroups.getByName(roleGroupTitles.departmentHeads).users.add('avdchef@region.example');
    const head = connected.repository('avdchef@region.example');
    const goal = { year: 2024, code: 'M1', title: 'Mål', description: '', indicator: '', measuredRegionWide: true };
    expect(await head.addGoal(goal)).toEqual({ kind: 'forbidden', action: 'editGoals' });
    const unit = await head.addOrgUnit({ name: 'Enhet', level: 'enhet' }, 'key-1');
    expect(unit).toEqual({ kind: 'forbidden', action: 'editOrganisation' });

    let storeChanges = 0;
    connected.emulator.store.onChange(() => { storeChanges++; });
    expect(await repository.provision()).toEqual({ kind: 'done', changes: { createdLists: [], addedFields: [], indexedFields: [], restrictedFields: [] } });
    expect(storeChanges).toBe(0);
  });
});
