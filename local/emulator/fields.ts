/**
 * Fields: kinds and their REST types, the built-in list fields, internal and REST property names, and
 * the REST shape of a field (with its SchemaXml). New-field definitions are read in ./fieldSpecs,
 * written values in ./fieldValues.
 */
import { FieldDef, FieldKind } from './model';

export const FIELD_TYPE_KIND: Record<FieldKind, number> = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, Boolean: 8, Number: 9,
  Currency: 10, Computed: 12, Guid: 14, MultiChoice: 15, Attachments: 19, User: 20, ContentTypeId: 25
};

const ODATA_TYPE: Record<FieldKind, string> = {
  Text: 'SP.FieldText', Note: 'SP.FieldMultiLineText', Number: 'SP.FieldNumber', Currency: 'SP.FieldCurrency',
  Boolean: 'SP.Field', Choice: 'SP.FieldChoice', MultiChoice: 'SP.FieldMultiChoice', DateTime: 'SP.FieldDateTime',
  Lookup: 'SP.FieldLookup', User: 'SP.FieldUser', Counter: 'SP.Field', Computed: 'SP.FieldComputed',
  Guid: 'SP.FieldGuid', ContentTypeId: 'SP.Field', Attachments: 'SP.Field', Integer: 'SP.FieldNumber'
};

export function fieldODataType(field: FieldDef): string {
  return ODATA_TYPE[field.kind];
}

export function typeAsString(field: FieldDef): string {
  if (field.kind === 'Lookup') return field.multi ? 'LookupMulti' : 'Lookup';
  if (field.kind === 'User') return field.multi ? 'UserMulti' : 'User';
  return field.kind;
}

export const USER_INFO_LIST_ID = 'b7c1e8d2-6f0a-4a5b-9c3e-2d1f0a9b8c7d';

function builtIn(id: string, internalName: string, title: string, kind: FieldKind, extra: Partial<FieldDef> = {}): FieldDef {
  return {
    id, internalName, staticName: internalName, title, kind, required: false, indexed: false, unique: false,
    hidden: false, readOnly: true, builtIn: true, description: '', group: '_Hidden', ...extra
  };
}

/** The fields every custom list (template 100) starts with. */
export function builtInFields(): FieldDef[] {
  return [
    builtIn('1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', 'Counter', { indexed: true }),
    builtIn('fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', 'Title', 'Text',
      { required: true, readOnly: false, maxLength: 255, group: 'Custom Columns' }),
    builtIn('28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', 'DateTime'),
    builtIn('8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', 'DateTime'),
    builtIn('1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', 'User',
      { lookupListId: USER_INFO_LIST_ID, lookupField: 'Title', selectionMode: 0 }),
    builtIn('d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', 'User',
      { lookupListId: USER_INFO_LIST_ID, lookupField: 'Title', selectionMode: 0 }),
    builtIn('67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments', 'Attachments'),
    builtIn('03e45e84-1992-4d42-9116-26f756012634', 'ContentTypeId', 'Content Type ID', 'ContentTypeId', { hidden: true }),
    builtIn('ae069f25-3ac2-4256-b9c3-15dbc15da0e0', 'GUID', 'GUID', 'Guid', { hidden: true }),
    builtIn('dce8262a-3ae9-45aa-aab4-83bd75fb738a', '_UIVersionString', 'Version', 'Text', { hidden: true })
  ];
}

/** Built-in fields whose values are kept on the record, not in `values`. */
export const SYSTEM_FIELDS = new Set(['ID', 'Modified', 'Created', 'Author', 'Editor', 'Attachments',
  'ContentTypeId', 'GUID', '_UIVersionString']);

/** Real SharePoint item properties the emulator does not model: asking for them is a 501. */
export const UNMODELLED_ITEM_PROPERTIES = new Set(['FileRef', 'FileLeafRef', 'FileDirRef', 'UniqueId', 'ContentType',
  'Version', 'owshiddenversion', 'OData__ModerationStatus', '_ModerationStatus', 'AttachmentFiles', 'FieldValuesAsText',
  'FieldValuesAsHtml', 'FieldValuesForEdit', 'File', 'Folder', 'ParentList', 'RoleAssignments', 'Versions',
  'HasUniqueRoleAssignments', 'EffectiveBasePermissions', 'OData__CopySource', 'CheckoutUser', 'CheckoutUserId',
  'LinkTitle', 'LinkTitleNoMenu', 'DocIcon', 'Edit', 'SelectTitle', 'ItemChildCount', 'FolderChildCount',
  '_ComplianceFlags', '_ComplianceTag', '_ComplianceTagWrittenTime', '_ComplianceTagUserId', 'AppAuthor', 'AppEditor']);

/** SharePoint's encoding of a display name into an internal name (`Målkod` → `M_x00e5_lkod`), 32 chars max. */
export function encodeInternalName(displayName: string): string {
  let out = '';
  for (const character of displayName) {
    if (/[A-Za-z0-9_]/.test(character)) out += character;
    else {
      const code = character.codePointAt(0) ?? 0;
      out += `_x${code.toString(16).padStart(4, '0')}_`;
    }
  }
  return out.slice(0, 32);
}

/** The property name of a field in REST payloads (`GoalId` for lookups, `OData__X` for `_X`). */
export function restName(field: FieldDef): string {
  const base = field.internalName.startsWith('_') ? `OData_${field.internalName}` : field.internalName;
  return field.kind === 'Lookup' || field.kind === 'User' ? `${base}Id` : base;
}

export function restBaseName(field: FieldDef): string {
  return field.internalName.startsWith('_') ? `OData_${field.internalName}` : field.internalName;
}

export function normalizeGuid(text: string): string {
  return text.replace(/^guid'/i, '').replace(/'$/, '').replace(/[{}]/g, '').toLowerCase();
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function schemaXmlOf(field: FieldDef): string {
  const attributes: string[] = [`Type="${typeAsString(field)}"`, `DisplayName="${xmlEscape(field.title)}"`, `Required="${field.required ? 'TRUE' : 'FALSE'}"`];
  if (field.indexed) attributes.push('Indexed="TRUE"');
  if (field.unique) attributes.push('EnforceUniqueValues="TRUE"');
  if (field.maxLength !== undefined && field.kind === 'Text') attributes.push(`MaxLength="${field.maxLength}"`);
  if (field.kind === 'Lookup') attributes.push(`List="{${field.lookupListId ?? ''}}"`, `ShowField="${xmlEscape(field.lookupField ?? 'Title')}"`);
  if (field.deleteBehavior === 'Restrict') attributes.push('RelationshipDeleteBehavior="Restrict"');
  if (field.kind === 'User') attributes.push(`UserSelectionMode="${field.selectionMode === 0 ? 'PeopleOnly' : 'PeopleAndGroups'}"`);
  if (field.multi) attributes.push('Mult="TRUE"');
  if (field.kind === 'DateTime') attributes.push(`Format="${field.dateOnly ? 'DateOnly' : 'DateTime'}"`);
  attributes.push(`ID="{${field.id}}"`, `StaticName="${xmlEscape(field.staticName)}"`, `Name="${xmlEscape(field.internalName)}"`);
  let inner = '';
  if (field.choices) inner += `<CHOICES>${field.choices.map((choice) => `<CHOICE>${xmlEscape(choice)}</CHOICE>`).join('')}</CHOICES>`;
  if (field.defaultValue !== undefined && field.defaultValue !== null) inner += `<Default>${xmlEscape(field.defaultValue)}</Default>`;
  return inner ? `<Field ${attributes.join(' ')}>${inner}</Field>` : `<Field ${attributes.join(' ')} />`;
}

/** The field as REST returns it (SP.Field and subtypes), without OData annotations. */
export function fieldProps(field: FieldDef): Record<string, unknown> {
  const props: Record<string, unknown> = {
    CanBeDeleted: !field.builtIn,
    DefaultValue: field.defaultValue ?? null,
    Description: field.description,
    EnforceUniqueValues: field.unique,
    FieldTypeKind: FIELD_TYPE_KIND[field.kind],
    Group: field.group,
    Hidden: field.hidden,
    Id: field.id,
    Indexed: field.indexed,
    InternalName: field.internalName,
    ReadOnlyField: field.readOnly,
    Required: field.required,
    SchemaXml: schemaXmlOf(field),
    Sortable: !field.multi && field.kind !== 'Note',
    StaticName: field.staticName,
    Title: field.title,
    TypeAsString: typeAsString(field),
    TypeDisplayName: typeAsString(field)
  };
  if (field.kind === 'Text') props.MaxLength = field.maxLength ?? 255;
  if (field.kind === 'Note') { props.NumberOfLines = field.numberOfLines ?? 6; props.RichText = field.richText ?? false; }
  if (field.kind === 'Number' || field.kind === 'Currency') {
    props.MinimumValue = field.min ?? -1.7976931348623157e308;
    props.MaximumValue = field.max ?? 1.7976931348623157e308;
  }
  if (field.kind === 'Choice' || field.kind === 'MultiChoice') { props.Choices = field.choices ?? []; props.FillInChoice = field.fillInChoice ?? false; }
  if (field.kind === 'DateTime') props.DisplayFormat = field.dateOnly ? 0 : 1;
  if (field.kind === 'Lookup' || field.kind === 'User') {
    props.AllowMultipleValues = field.multi ?? false;
    props.LookupField = field.lookupField ?? 'Title';
    props.LookupList = field.kind === 'User' ? 'UserInfo' : `{${field.lookupListId ?? ''}}`;
    // SP.RelationshipDeleteBehaviorType: 0 None, 1 Cascade, 2 Restrict.
    if (field.kind === 'Lookup') props.RelationshipDeleteBehavior = field.deleteBehavior === 'Restrict' ? 2 : 0;
  }
  if (field.kind === 'User') props.SelectionMode = field.selectionMode ?? 1;
  return props;
}
