import { fieldSchemaXml } from '../fieldXml';
import { lists } from '../schema';

describe('fieldSchemaXml', () => {
  it('writes a unique, indexed text key with our internal name and a Swedish display name', () => {
    const key = lists.allocations.fields.find((field) => field.internalName === 'AllocationKey')!;
    expect(fieldSchemaXml(key)).toBe(
      '<Field Type="Text" Name="AllocationKey" StaticName="AllocationKey" DisplayName="Nyckel (mål och enhet)" ' +
      'Required="FALSE" Indexed="TRUE" EnforceUniqueValues="TRUE" MaxLength="40" />');
  });

  it('points a lookup at its target list by id', () => {
    const goal = lists.allocations.fields.find((field) => field.internalName === 'Goal')!;
    expect(fieldSchemaXml(goal, 'abc-123')).toContain('Type="Lookup" Name="Goal"');
    expect(fieldSchemaXml(goal, 'abc-123')).toContain('List="{abc-123}" ShowField="Title"');
    expect(() => fieldSchemaXml(goal)).toThrow(/needs its target list/);
  });

  it('lists choices and escapes XML in them', () => {
    const xml = fieldSchemaXml({ internalName: 'X', displayName: 'Å & "ö"', type: 'Choice', choices: ['a<b', 'c'] });
    expect(xml).toContain('DisplayName="Å &amp; &quot;ö&quot;"');
    expect(xml).toContain('<CHOICES><CHOICE>a&lt;b</CHOICE><CHOICE>c</CHOICE></CHOICES>');
  });

  it('keeps multi-line text plain, never rich text', () => {
    const note = lists.activities.fields.find((field) => field.type === 'Note')!;
    expect(fieldSchemaXml(note)).toContain('RichText="FALSE"');
  });

  it('stores dates without time where the schema says date only', () => {
    const start = lists.activities.fields.find((field) => field.internalName === 'StartDate')!;
    expect(fieldSchemaXml(start)).toContain('Format="DateOnly"');
  });
});

describe('schema', () => {
  it('indexes every unique column, as SharePoint requires for enforcing it', () => {
    for (const list of Object.values(lists)) {
      for (const field of list.fields.filter((candidate) => candidate.unique)) {
        expect(`${list.key}.${field.internalName}:${field.indexed ?? false}`).toBe(`${list.key}.${field.internalName}:true`);
      }
    }
  });

  it('uses ASCII internal names and list URLs', () => {
    for (const list of Object.values(lists)) {
      expect(list.url).toMatch(/^Lists\/[A-Za-z]+$/);
      for (const field of list.fields) expect(field.internalName).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    }
  });

  it('stays within 20 indexes per list', () => {
    for (const list of Object.values(lists)) {
      expect(list.fields.filter((field) => field.indexed || field.unique).length).toBeLessThanOrEqual(20);
    }
  });
});
