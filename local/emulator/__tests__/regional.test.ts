import { startTestEmulator, TestEmulator } from '../testing';
import '@pnp/sp/regional-settings/web';

const DATES = ['<Field Type="DateTime" Name="Due" StaticName="Due" DisplayName="Due" Format="DateOnly" />',
  '<Field Type="DateTime" Name="At" StaticName="At" DisplayName="At" Format="DateTime" />'];

async function withDates(emu: TestEmulator): Promise<ReturnType<ReturnType<TestEmulator['sp']>['web']['getList']>> {
  const sp = emu.sp();
  await sp.web.lists.add('Dates');
  const list = sp.web.getList('/sites/miljo/Lists/Dates');
  for (const SchemaXml of DATES) await list.fields.createFieldAsXml({ SchemaXml, Options: 8 });
  return list;
}

describe('regional settings and dates, Stockholm (the default)', () => {
  let emu: TestEmulator;
  beforeAll(async () => { emu = await startTestEmulator(); });
  afterAll(async () => { await emu.close(); });

  it('answers regional settings and the time zone in SharePoint\'s shape', async () => {
    const settings = await emu.sp().web.regionalSettings();
    expect(settings).toMatchObject({ LocaleId: 1053, CalendarType: 1, Time24: true, WorkDays: 62 });
    expect(settings).not.toHaveProperty('TimeZone');
    const zone = await emu.sp().web.regionalSettings.timeZone();
    expect(zone).toMatchObject({
      Id: 4, Description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
      Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 }
    });
    const expanded = await (await emu.fetch('/_api/web/regionalsettings?$select=LocaleId,TimeZone/Id&$expand=TimeZone')).json();
    expect(expanded).toEqual({ LocaleId: 1053, TimeZone: { Id: 4 } });
    const verbose = await (await emu.fetch('/_api/web/regionalsettings/timezone', { headers: { Accept: 'application/json;odata=verbose' } })).json();
    expect(verbose.d.__metadata.type).toBe('SP.TimeZone');
    expect(verbose.d.Information.__metadata.type).toBe('SP.TimeZoneInformation');
  });

  it('stores a date-only value as local midnight, in UTC: winter and summer', async () => {
    const list = await withDates(emu);
    const cases: Array<[string, string]> = [
      ['2024-03-14T12:00:00Z', '2024-03-13T23:00:00Z'],
      ['2024-03-13T23:00:00Z', '2024-03-13T23:00:00Z'],
      ['2024-07-01T10:00:00Z', '2024-06-30T22:00:00Z'],
      // Text without an offset counts as UTC midnight: east of UTC still that day.
      ['2024-03-14', '2024-03-13T23:00:00Z'],
      ['2024-07-01T00:00:00', '2024-06-30T22:00:00Z'],
      ['2024-03-14T00:00:00Z', '2024-03-13T23:00:00Z']
    ];
    for (const [written, stored] of cases) {
      const added = await list.items.add({ Title: written, Due: written });
      expect([written, added.Due]).toEqual([written, stored]);
      expect([written, (await list.items.getById(added.Id)()).Due]).toEqual([written, stored]);
    }
    const found = await list.items.filter("Due eq datetime'2024-06-30T22:00:00Z'").select('Title')();
    expect(found.map((item: { Title: string }) => item.Title)).toEqual(['2024-07-01T10:00:00Z', '2024-07-01T00:00:00']);
  });

  it('keeps the instant of a DateTime with time', async () => {
    const list = emu.sp().web.getList('/sites/miljo/Lists/Dates');
    const added = await list.items.add({ Title: 'time', At: '2024-03-14T12:34:56.789Z' });
    expect(added.At).toBe('2024-03-14T12:34:56Z');
  });
});

describe('a site in a US time zone', () => {
  let emu: TestEmulator;
  beforeAll(async () => { emu = await startTestEmulator({ timeZone: 'Pacific' }); });
  afterAll(async () => { await emu.close(); });

  it('answers its zone and stores dates at its midnight', async () => {
    expect(await emu.sp().web.regionalSettings.timeZone()).toMatchObject({ Id: 13, Information: { Bias: 480, DaylightBias: -60 } });
    const list = await withDates(emu);
    expect((await list.items.add({ Title: 'winter', Due: '2024-01-15T20:00:00Z' })).Due).toBe('2024-01-15T08:00:00Z');
    expect((await list.items.add({ Title: 'summer', Due: '2024-07-01T19:00:00Z' })).Due).toBe('2024-07-01T07:00:00Z');
    // West of UTC a bare date is the day before: send the instant of local midnight instead.
    expect((await list.items.add({ Title: 'bare', Due: '2024-03-14' })).Due).toBe('2024-03-13T07:00:00Z');
  });

  it('refuses a zone it does not know', async () => {
    await expect(startTestEmulator({ timeZone: 'Mars/Olympus' })).rejects.toThrow(/Unknown time zone/);
  });
});
