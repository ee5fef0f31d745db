import { SPFI } from '@pnp/sp';
import { startTestEmulator, TestEmulator } from '../testing';

describe('provisioning lists and fields through PnPjs', () => {
  let emu: TestEmulator;
  let sp: SPFI;

  beforeAll(async () => {
    emu = await startTestEmulator();
    sp = emu.sp();
  });
  afterAll(async () => { await emu.close(); });

  it('creates a list whose URL and entity type come from the title, found by getList and getByTitle', async () => {
    const created = await sp.web.lists.add('Goals', 'Miljömål', 100, false);
    expect(created).toMatchObject({ Title: 'Goals', BaseTemplate: 100, ListItemEntityTypeFullName: 'SP.Data.GoalsListItem', EntityTypeName: 'GoalsList' });
    const byUrl = await sp.web.getList('/sites/miljo/Lists/Goals').select('Id', 'Title')();
    expect(byUrl).toEqual(expect.objectContaining({ Id: created.Id, Title: 'Goals' }));
    const root = await sp.web.getList('/sites/miljo/Lists/Goals').select('RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(root.RootFolder.ServerRelativeUrl).toBe('/sites/miljo/Lists/Goals');
    const byId = await sp.web.lists.getById(created.Id)();
    expect(byId.Title).toBe('Goals');
    await expect(sp.web.lists.add('goals')).rejects.toThrow(/-2130575342/);
  });

  it('renames a list by MERGE: the URL and item type stay, getByTitle follows the new title', async () => {
    await sp.web.lists.add('Activities');
    await sp.web.lists.getByTitle('Activities').update({ Title: 'Aktiviteter' });
    const l = await sp.web.getList('/sites/miljo/Lists/Activities')();
    expect(l.Title).toBe('Aktiviteter');
    expect(l.ListItemEntityTypeFullName).toBe('SP.Data.ActivitiesListItem');
    await expect(sp.web.lists.getByTitle('Activities')()).rejects.toMatchObject({ status: 404 });
    expect((await sp.web.lists.getByTitle('Aktiviteter').select('Id')()).Id).toBe(l.Id);
    await expect(sp.web.getList('/sites/miljo/Lists/Nope')()).rejects.toMatchObject({ status: 404 });
  });

  it('creates fields of every product type with createFieldAsXml', async () => {
    const goals = sp.web.getList('/sites/miljo/Lists/Goals');
    const goalsInfo = await goals.select('Id')();
    const acts = sp.web.getList('/sites/miljo/Lists/Activities');
    const xml = [
      '<Field Type="Text" Name="GoalCode" StaticName="GoalCode" DisplayName="Målkod" Required="TRUE" MaxLength="255" Indexed="TRUE" EnforceUniqueValues="TRUE" />',
      '<Field Type="Note" Name="Details" StaticName="Details" DisplayName="Beskrivning" RichText="FALSE" NumLines="6" />',
      '<Field Type="Number" Name="Progress" StaticName="Progress" DisplayName="Progress" Min="0" Max="100" Decimals="0" />',
      '<Field Type="Boolean" Name="Done" StaticName="Done" DisplayName="Klar"><Default>0</Default></Field>',
      '<Field Type="DateTime" Name="DueDate" StaticName="DueDate" DisplayName="Förfallodatum" Format="DateOnly" />',
      '<Field Type="Choice" Name="Status" StaticName="Status" DisplayName="Status"><CHOICES><CHOICE>Planerad</CHOICE><CHOICE>Pågår</CHOICE><CHOICE>Klar</CHOICE></CHOICES><Default>Planerad</Default></Field>',
      `<Field Type="Lookup" Name="Goal" StaticName="Goal" DisplayName="Mål" List="{${goalsInfo.Id}}" ShowField="Title" Indexed="TRUE" />`,
      '<Field Type="User" Name="Owner" StaticName="Owner" DisplayName="Ansvarig" UserSelectionMode="PeopleOnly" />'
    ];
    for (const SchemaXml of xml) {
      await acts.fields.createFieldAsXml({ SchemaXml, Options: 8 });
    }
    const fields = await acts.fields.filter('Hidden eq false').select('InternalName', 'TypeAsString', 'Title', 'Indexed', 'EnforceUniqueValues', 'Required')();
    const byName: Record<string, Record<string, unknown>> = Object.fromEntries((fields as unknown as Array<Record<string, unknown>>).map((f) => [String(f.InternalName), f]));
    expect(byName.GoalCode).toMatchObject({ TypeAsString: 'Text', Title: 'Målkod', Indexed: true, EnforceUniqueValues: true, Required: true });
    expect(byName.Details.TypeAsString).toBe('Note');
    expect(byName.Progress.TypeAsString).toBe('Number');
    expect(byName.Done.TypeAsString).toBe('Boolean');
    expect(byName.DueDate.TypeAsString).toBe('DateTime');
    expect(byName.Status.TypeAsString).toBe('Choice');
    expect(byName.Goal).toMatchObject({ TypeAsString: 'Lookup', Indexed: true });
    expect(byName.Owner.TypeAsString).toBe('User');
    const status = await acts.fields.getByInternalNameOrTitle('Status')();
    expect(status.Choices).toEqual(['Planerad', 'Pågår', 'Klar']);
    expect(status.DefaultValue).toBe('Planerad');
    const goal = await acts.fields.getByInternalNameOrTitle('Goal')();
    expect(goal).toMatchObject({ LookupList: `{${goalsInfo.Id}}`, LookupField: 'Title', 'odata.type': 'SP.FieldLookup' });
    const owner: Record<string, unknown> = await acts.fields.getByInternalNameOrTitle('Owner')();
    expect(owner.SelectionMode).toBe(0);
  });

  it('names a createFieldAsXml field from DisplayName unless Options has AddFieldInternalNameHint (8), as SharePoint does', async () => {
    const goals = sp.web.getList('/sites/miljo/Lists/Goals');
    const noHint = await goals.fields.createFieldAsXml('<Field Type="Text" Name="Area" StaticName="Area" DisplayName="Område" />');
    expect(noHint.InternalName).toBe('Omr_x00e5_de');
    const hint = await goals.fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Year" StaticName="Year" DisplayName="År" />', Options: 8 });
    expect(hint.InternalName).toBe('Year');
  });

  it('creates fields with the addX helpers (verbose bodies) and addField', async () => {
    const goals = sp.web.getList('/sites/miljo/Lists/Goals');
    const goalsId = (await goals.select('Id')()).Id;
    const text = await goals.fields.addText('Kod2', { MaxLength: 50 });
    expect(text).toMatchObject({ InternalName: 'Kod2', TypeAsString: 'Text', MaxLength: 50 });
    expect((await goals.fields.addNumber('Budget', { MinimumValue: 0 })).TypeAsString).toBe('Number');
    expect((await goals.fields.addBoolean('Active')).TypeAsString).toBe('Boolean');
    expect((await goals.fields.addDateTime('Start')).TypeAsString).toBe('DateTime');
    expect((await goals.fields.addMultilineText('Notes')).TypeAsString).toBe('Note');
    const choice = await goals.fields.addChoice('Level', { Choices: ['Low', 'High'] });
    expect(choice.Choices).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['Low', 'High'] });
    expect((await goals.fields.addUser('Reviewer', { SelectionMode: 0 })).TypeAsString).toBe('User');
    const lookup = await goals.fields.addLookup('Parent', { LookupListId: goalsId, LookupFieldName: 'Title' });
    expect(lookup).toMatchObject({ TypeAsString: 'Lookup', InternalName: 'Parent' });
    const spaced = await goals.fields.addText('Short Name');
    expect(spaced.InternalName).toBe('Short_x0020_Name');
  });

  it('updates a field (Indexed) after PnPjs reads its FieldTypeKind, and refuses uniqueness without an index', async () => {
    const goals = sp.web.getList('/sites/miljo/Lists/Goals');
    await goals.fields.getByInternalNameOrTitle('Kod2').update({ Indexed: true });
    expect((await goals.fields.getByInternalNameOrTitle('Kod2').select('Indexed')()).Indexed).toBe(true);
    await expect(goals.fields.getByInternalNameOrTitle('Budget').update({ EnforceUniqueValues: true })).rejects.toMatchObject({ status: 500 });
    await expect(goals.fields.createFieldAsXml('<Field Type="Text" Name="X" DisplayName="X" EnforceUniqueValues="TRUE" />'))
      .rejects.toMatchObject({ status: 500, message: expect.stringMatching(/This field must be indexed to enforce unique values\./) });
    await expect(goals.fields.addText('Unik', { EnforceUniqueValues: true, Indexed: false })).rejects.toMatchObject({ status: 500 });
    await expect(goals.fields.addText('Unik', { EnforceUniqueValues: true })).rejects.toMatchObject({ status: 500 });
    const titles = (await goals.fields.select('Title')()).map((field: { Title: string }) => field.Title);
    expect(titles).not.toContain('Unik');
    expect(titles).not.toContain('X');
  });

  it('answers a unique field without an index as SharePoint does: 500 with its message, for the XML and the REST body alike', async () => {
    const expected = { 'odata.error': { code: '-2146232832, Microsoft.SharePoint.SPException',
      message: { lang: 'en-US', value: 'This field must be indexed to enforce unique values.' } } };
    const asXml = await emu.fetch("/_api/web/lists/getbytitle('Goals')/fields/createfieldasxml", {
      method: 'POST', headers: { 'Content-Type': 'application/json;odata=verbose' },
      body: JSON.stringify({ parameters: { __metadata: { type: 'SP.XmlSchemaFieldCreationInformation' }, SchemaXml: '<Field Type="Text" Name="Y" DisplayName="Y" EnforceUniqueValues="TRUE" Indexed="FALSE" />' } })
    });
    expect(asXml.status).toBe(500);
    expect(await asXml.json()).toEqual(expected);
    const asBody = await emu.fetch("/_api/web/lists/getbytitle('Goals')/fields", {
      method: 'POST', headers: { 'Content-Type': 'application/json;odata=verbose', Accept: 'application/json;odata=verbose' },
      body: JSON.stringify({ __metadata: { type: 'SP.FieldText' }, Title: 'Y', FieldTypeKind: 2, EnforceUniqueValues: true })
    });
    expect(asBody.status).toBe(500);
    expect(await asBody.json()).toEqual({ error: expected['odata.error'] });
    // indexed, it is taken
    const indexed = await sp.web.getList('/sites/miljo/Lists/Goals').fields.addText('Y', { EnforceUniqueValues: true, Indexed: true });
    expect(indexed).toMatchObject({ EnforceUniqueValues: true, Indexed: true });
  });

  it('answers 501 for field types and attributes it does not model', async () => {
    const goals = sp.web.getList('/sites/miljo/Lists/Goals');
    await expect(goals.fields.createFieldAsXml('<Field Type="Calculated" Name="C" DisplayName="C"><Formula>=1</Formula></Field>'))
      .rejects.toMatchObject({ status: 501 });
    await expect(goals.fields.createFieldAsXml('<Field Type="Text" Name="Y" DisplayName="Y" Bogus="1" />'))
      .rejects.toThrow(/attribute 'Bogus'/);
  });
});
