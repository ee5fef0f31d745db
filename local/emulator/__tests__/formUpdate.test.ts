// ValidateUpdateListItem as SharePoint answers it: values as a form's text (the site's locale and
// time zone), system fields settable, one refused field and nothing written, yet a 200.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { startTestEmulator, TestEmulator } from '../testing';

const ANNA = 'anna.berg@contoso.onmicrosoft.com';
const claim = (login: string): string => JSON.stringify([{ Key: `i:0#.f|membership|${login}` }]);

describe('ValidateUpdateListItem', () => {
  let emu: TestEmulator;
  let sp: SPFI;
  let annaId: number;
  const list = (): ReturnType<SPFI['web']['getList']> => sp.web.getList('/sites/miljo/Lists/Notes');

  beforeAll(async () => {
    emu = await startTestEmulator();
    sp = emu.sp();
    await sp.web.lists.add('Notes');
    for (const SchemaXml of [
      '<Field Type="Number" Name="Score" StaticName="Score" DisplayName="Score" />',
      '<Field Type="DateTime" Format="DateOnly" Name="Due" StaticName="Due" DisplayName="Due" />'
    ]) await list().fields.createFieldAsXml({ SchemaXml, Options: 8 });
    await emu.addPeople(ANNA);
    annaId = (await sp.web.ensureUser(ANNA)).Id;
  });
  afterAll(async () => { await emu.close(); });

  it('sets who and when in the site time zone, custom values in its locale, and answers each field', async () => {
    const { Id } = await list().items.add({ Title: 'Uppföljning' });
    const answer = await list().items.getById(Id).validateUpdateListItem([
      { FieldName: 'Title', FieldValue: 'Uppföljd' },
      { FieldName: 'Score', FieldValue: '1,5' },
      { FieldName: 'Due', FieldValue: '2023-08-31' },
      { FieldName: 'Created', FieldValue: '2023-08-25 12:00' },
      { FieldName: 'Modified', FieldValue: '2023-08-25 12:30' },
      { FieldName: 'Author', FieldValue: claim(ANNA) },
      { FieldName: 'Editor', FieldValue: claim(ANNA) }
    ], true);
    expect(answer.every((field) => !field.HasException && field.ErrorMessage === null)).toBe(true);
    expect(answer.map((field) => field.FieldName)).toEqual(['Title', 'Score', 'Due', 'Created', 'Modified', 'Author', 'Editor']);

    const item = await list().items.getById(Id).select('Title', 'Score', 'Due', 'Created', 'Modified', 'AuthorId', 'EditorId')();
    // Stockholm in August is UTC+2: the wall clock's 12:00 is 10:00 UTC; a date-only value is local midnight.
    expect(item).toMatchObject({
      Title: 'Uppföljd', Score: 1.5, Due: '2023-08-30T22:00:00Z',
      Created: '2023-08-25T10:00:00Z', Modified: '2023-08-25T10:30:00Z', AuthorId: annaId, EditorId: annaId
    });
  });

  it('writes nothing when one field is refused, and still answers 200 with the reason beside that field', async () => {
    const { Id } = await list().items.add({ Title: 'Orörd' });
    const before = await list().items.getById(Id).select('Title', 'Modified', 'EditorId')();
    const answer = await list().items.getById(Id).validateUpdateListItem([
      { FieldName: 'Title', FieldValue: 'Ändrad' },
      { FieldName: 'Modified', FieldValue: '08/25/2023 12:00 PM' },
      { FieldName: 'Score', FieldValue: '1.5' },
      { FieldName: 'Editor', FieldValue: claim('nobody@contoso.onmicrosoft.com') },
      { FieldName: 'NoSuchField', FieldValue: 'x' },
      { FieldName: 'ID', FieldValue: '99' }
    ]);
    expect(answer.map((field) => [field.FieldName, field.HasException])).toEqual([
      ['Title', false], ['Modified', true], ['Score', true], ['Editor', true], ['NoSuchField', true], ['ID', true]
    ]);
    expect(answer.find((field) => field.FieldName === 'Modified')?.ErrorMessage).toMatch(/valid date/);
    expect(await list().items.getById(Id).select('Title', 'Modified', 'EditorId')()).toEqual(before);
  });

  it('takes a Modified before Created as now, and refuses a date that does not exist', async () => {
    const { Id } = await list().items.add({ Title: 'Ordning' });
    await list().items.getById(Id).validateUpdateListItem([
      { FieldName: 'Created', FieldValue: '2023-08-25 12:00' },
      { FieldName: 'Modified', FieldValue: '2023-08-24 12:00' }
    ], true);
    const item = await list().items.getById(Id).select('Created', 'Modified')();
    expect(item.Created).toBe('2023-08-25T10:00:00Z');
    expect(Date.parse(item.Modified)).toBeGreaterThan(Date.parse('2026-01-01T00:00:00Z'));

    const [refused] = await list().items.getById(Id).validateUpdateListItem([{ FieldName: 'Created', FieldValue: '2023-02-30 12:00' }]);
    expect(refused.HasException).toBe(true);
  });

  it('moves the ETag on, so a client holding the old one meets a conflict', async () => {
    const { Id } = await list().items.add({ Title: 'Version' });
    const read = await list().items.getById(Id).select('Id')() as Record<string, unknown>;
    const etag = String(read['odata.etag'] ?? '"1"');
    await list().items.getById(Id).validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'Ny' }], true);
    await expect(list().items.getById(Id).update({ Title: 'Gammal' }, etag)).rejects.toMatchObject({ status: 412 });
    expect((await list().items.getById(Id).select('Title')()).Title).toBe('Ny');
  });
});
