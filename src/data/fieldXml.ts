import type { FieldDefinition } from './listFields';

// SharePoint's AddFieldOptions: keep our internal name (AddFieldInternalNameHint) and show the
// column in the default view (AddToDefaultContentType | AddFieldToDefaultView).
export const addFieldOptions = 8 | 1 | 16;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function bool(value: boolean | undefined): string {
  return value ? 'TRUE' : 'FALSE';
}

/** The SchemaXml that `fields.createFieldAsXml` posts for one field definition. */
export function fieldSchemaXml(field: FieldDefinition, lookupListId?: string): string {
  const attributes: Array<[string, string]> = [
    ['Type', field.type],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Required', bool(field.required)],
    ['Indexed', bool(field.indexed || field.unique)],
    ['EnforceUniqueValues', bool(field.unique)]
  ];
  let inner = '';
  switch (field.type) {
    case 'Text':
      attributes.push(['MaxLength', String(field.maxLength ?? 255)]);
      break;
    case 'Note':
      // Plain text: what a user types is stored and shown as text, never as HTML.
      attributes.push(['NumLines', '6'], ['RichText', 'FALSE'], ['UnlimitedLengthInDocumentLibrary', 'FALSE']);
      break;
    case 'DateTime':
      attributes.push(['Format', field.dateOnly ? 'DateOnly' : 'DateTime']);
      break;
    case 'Boolean':
      inner = '<Default>0</Default>';
      break;
    case 'Choice':
      inner = `<CHOICES>${(field.choices ?? []).map((choice) => `<CHOICE>${escapeXml(choice)}</CHOICE>`).join('')}</CHOICES>`;
      break;
    case 'Lookup':
      if (!lookupListId) throw new Error(`Lookup field ${field.internalName} needs its target list's id`);
      attributes.push(['List', `{${lookupListId}}`], ['ShowField', 'Title']);
      if (field.restrictDelete) attributes.push(['RelationshipDeleteBehavior', 'Restrict']);
      break;
    case 'User':
      attributes.push(['UserSelectionMode', 'PeopleOnly'], ['UserSelectionScope', '0']);
      break;
    case 'Number':
      break;
  }
  const text = attributes.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ');
  return inner ? `<Field ${text}>${inner}</Field>` : `<Field ${text} />`;
}
