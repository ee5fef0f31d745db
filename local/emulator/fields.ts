/**
 * Fields: built-in list fields, internal-name rules, SchemaXml (createfieldasxml) and REST bodies
 * (fields.add / addField) to FieldDef, value coercion for writes, index keys, and the REST shape of
 * a field.
 */
import { randomUUID } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FieldDef, FieldKind, FieldValue, IndexKey } from './model';
import { SpError, invalidQuery, notSupported } from './errors';

export const FIELD_TYPE_KIND: Record<FieldKind, number> = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, Boolean: 8, Number: 9,
  Currency: 10, Computed: 12, Guid: 14, MultiChoice: 15, Attachments: 19, User: 20, ContentTypeId: 25
};

const KIND_BY_TYPE_KIND: Record<number, FieldKind> = {
  2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number', 10: 'Currency',
  15: 'MultiChoice', 20: 'User'
};

const KIND_BY_TYPE_NAME: Record<string, FieldKind> = {
  text: 'Text', note: 'Note', number: 'Number', currency: 'Currency', boolean: 'Boolean', choice: 'Choice',
  multichoice: 'MultiChoice', datetime: 'DateTime', lookup: 'Lookup', lookupmulti: 'Lookup', user: 'User',
  usermulti: 'User'
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

function bool(value: unknown): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw invalidQuery(`The value '${String(value)}' is not a valid boolean.`);
}

function num(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) throw invalidQuery(`The value '${String(value)}' is not a valid number.`);
  return number;
}

export function normalizeGuid(text: string): string {
  return text.replace(/^guid'/i, '').replace(/'$/, '').replace(/[{}]/g, '').toLowerCase();
}

/** Attributes of <Field> the emulator reads, or knowingly ignores (they change nothing it serves). */
const KNOWN_XML_ATTRIBUTES = new Set([
  'Type', 'Name', 'StaticName', 'DisplayName', 'ID', 'Required', 'MaxLength', 'Indexed', 'EnforceUniqueValues',
  'List', 'ShowField', 'UserSelectionMode', 'UserSelectionScope', 'Mult', 'Min', 'Max', 'Decimals', 'Format',
  'Description', 'Group', 'Hidden', 'ReadOnly', 'FillInChoice', 'RichText', 'RichTextMode', 'NumLines',
  // cosmetic or form-only attributes: accepted and ignored
  'SourceID', 'ColName', 'RowOrdinal', 'Version', 'FriendlyDisplayFormat', 'CalType', 'IsolateStyles',
  'AppendOnly', 'UnlimitedLengthInDocumentLibrary', 'Sortable', 'ShowInDisplayForm', 'ShowInNewForm',
  'ShowInEditForm', 'ShowInViewForms', 'ShowInListSettings', 'Percentage', 'CommaSeparator', 'Viewable',
  'Presence', 'Customization', 'CustomFormatter', 'LCID', 'Overwrite', 'EnableLookup', 'DisplayFormat',
  'Filterable', 'FromBaseType', 'CanToggleHidden', 'Sealed', 'AllowDeletion', 'PrependId', 'WebId',
  'ResultType', 'NumberOfLines', 'ClientSideComponentId', 'ClientSideComponentProperties', 'JSLink',
  'RelationshipDeleteBehavior', 'Dir'
]);

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'CHOICE'
});

export interface NewFieldSpec {
  def: Omit<FieldDef, 'internalName' | 'staticName'>;
  /** The name from Name/StaticName (XML) or the title (REST bodies). */
  nameHint: string;
  displayName: string;
  /** Lookup List attribute when it is not a GUID (a list URL or title), resolved by the store. */
  lookupListRef?: string;
}

function baseDef(kind: FieldKind, title: string): Omit<FieldDef, 'internalName' | 'staticName'> {
  return {
    id: randomUUID(), title, kind, required: false, indexed: false, unique: false, hidden: false, readOnly: false,
    builtIn: false, description: '', group: 'Custom Columns'
  };
}

/** createfieldasxml: the <Field> element to a field spec. */
export function parseSchemaXml(xml: string): NewFieldSpec {
  if (typeof xml !== 'string' || xml.trim() === '') throw invalidQuery('SchemaXml is empty.');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw invalidQuery(`The SchemaXml is not well-formed XML: ${valid.err.msg}`);
  const doc = xmlParser.parse(xml) as Record<string, unknown>;
  const element = doc.Field as Record<string, unknown> | undefined;
  if (!element || typeof element !== 'object') throw invalidQuery('The SchemaXml must have a <Field> root element.');
  const attribute = (name: string): string | undefined => {
    const value = element[`@_${name}`];
    return value === undefined ? undefined : String(value);
  };
  for (const key of Object.keys(element)) {
    if (key.startsWith('@_')) {
      const name = key.slice(2);
      if (!KNOWN_XML_ATTRIBUTES.has(name)) throw notSupported(`the <Field> attribute '${name}' in createfieldasxml`);
    } else if (key !== 'CHOICES' && key !== 'Default' && key !== '#text') {
      throw notSupported(`the <Field> child element <${key}> in createfieldasxml`);
    }
  }
  const typeName = attribute('Type');
  if (!typeName) throw invalidQuery('The <Field> element has no Type attribute.');
  const kind = KIND_BY_TYPE_NAME[typeName.toLowerCase()];
  if (!kind) throw notSupported(`fields of Type="${typeName}"`);
  const displayName = attribute('DisplayName') ?? attribute('Name') ?? attribute('StaticName');
  if (!displayName) throw invalidQuery('The <Field> element needs a DisplayName or Name.');
  const def = baseDef(kind, displayName);
  const id = attribute('ID');
  if (id) def.id = normalizeGuid(id);
  def.required = bool(attribute('Required')) ?? false;
  def.indexed = bool(attribute('Indexed')) ?? false;
  def.unique = bool(attribute('EnforceUniqueValues')) ?? false;
  def.hidden = bool(attribute('Hidden')) ?? false;
  def.readOnly = bool(attribute('ReadOnly')) ?? false;
  def.description = attribute('Description') ?? '';
  def.group = attribute('Group') ?? def.group;
  const deleteBehavior = attribute('RelationshipDeleteBehavior');
  if (deleteBehavior && deleteBehavior.toLowerCase() !== 'none') throw notSupported(`RelationshipDeleteBehavior="${deleteBehavior}" (cascade/restrict deletes)`);
  let lookupListRef: string | undefined;
  switch (kind) {
    case 'Text':
      def.maxLength = num(attribute('MaxLength')) ?? 255;
      break;
    case 'Note':
      def.richText = bool(attribute('RichText')) ?? false;
      def.numberOfLines = num(attribute('NumLines')) ?? 6;
      break;
    case 'Number':
    case 'Currency':
      def.min = num(attribute('Min'));
      def.max = num(attribute('Max'));
      def.decimals = num(attribute('Decimals'));
      break;
    case 'DateTime':
      def.dateOnly = (attribute('Format') ?? 'DateTime').toLowerCase() === 'dateonly';
      break;
    case 'Choice':
    case 'MultiChoice': {
      const choices = (element.CHOICES as Record<string, unknown> | undefined)?.CHOICE as unknown[] | undefined;
      def.choices = (choices ?? []).map((choice) => (typeof choice === 'object' && choice !== null ? String((choice as Record<string, unknown>)['#text'] ?? '') : String(choice)));
      def.fillInChoice = bool(attribute('FillInChoice')) ?? false;
      break;
    }
    case 'Lookup': {
      const list = attribute('List');
      if (!list) throw invalidQuery('A Lookup field needs a List attribute.');
      if (/^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(list)) def.lookupListId = normalizeGuid(list);
      else lookupListRef = list;
      def.lookupField = attribute('ShowField') ?? 'Title';
      def.multi = bool(attribute('Mult')) ?? typeName.toLowerCase() === 'lookupmulti';
      if (def.multi && def.indexed) throw invalidQuery('A multi-valued lookup cannot be indexed.');
      break;
    }
    case 'User': {
      def.lookupListId = USER_INFO_LIST_ID;
      def.lookupField = attribute('ShowField') ?? 'ImnName';
      const mode = (attribute('UserSelectionMode') ?? 'PeopleAndGroups').toLowerCase();
      def.selectionMode = mode === 'peopleonly' || mode === '0' ? 0 : 1;
      def.multi = bool(attribute('Mult')) ?? typeName.toLowerCase() === 'usermulti';
      break;
    }
    default:
      break;
  }
  if (element.Default !== undefined) {
    const defaultElement = element.Default;
    def.defaultValue = typeof defaultElement === 'object' && defaultElement !== null ? String((defaultElement as Record<string, unknown>)['#text'] ?? '') : String(defaultElement);
  }
  const nameHint = attribute('Name') ?? attribute('StaticName') ?? displayName;
  return { def, nameHint, displayName, lookupListRef };
}

/** The properties a REST field body may carry (fields.add, addField, field MERGE), beyond Title/FieldTypeKind. */
const FIELD_BODY_PROPS = new Set(['Title', 'FieldTypeKind', 'Required', 'Indexed', 'EnforceUniqueValues', 'MaxLength',
  'Description', 'Group', 'Hidden', 'ReadOnlyField', 'Choices', 'FillInChoice', 'DefaultValue', 'MinimumValue',
  'MaximumValue', 'DisplayFormat', 'DateTimeCalendarType', 'FriendlyDisplayFormat', 'SelectionMode', 'SelectionGroup',
  'AllowMultipleValues', 'LookupListId', 'LookupFieldName', 'LookupWebId', 'CurrencyLocaleId', 'RichText',
  'NumberOfLines', 'AllowHyperlink', 'AppendOnly', 'RestrictedMode', 'StaticName', 'EditFormat', 'ShowAsPercentage',
  'Format', 'JSLink', 'ClientSideComponentId', 'ClientSideComponentProperties', 'CustomFormatter', 'ValidationFormula',
  'ValidationMessage', 'OutputType', 'InternalName']);

function unwrapResults(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'results' in (value as Record<string, unknown>)) {
    return (value as Record<string, unknown>).results;
  }
  return value;
}

/** fields.add (verbose, __metadata SP.FieldX) and fields/AddField ({parameters}) bodies to a field spec. */
export function parseFieldBody(body: Record<string, unknown>): NewFieldSpec {
  const title = body.Title;
  if (typeof title !== 'string' || title === '') throw invalidQuery('The field needs a Title.');
  const kindNum = Number(body.FieldTypeKind);
  const kind = KIND_BY_TYPE_KIND[kindNum];
  if (!kind) throw notSupported(`fields with FieldTypeKind ${String(body.FieldTypeKind)}`);
  for (const name of Object.keys(body)) {
    if (name === '__metadata' || name === 'odata.type') continue;
    if (!FIELD_BODY_PROPS.has(name)) throw notSupported(`the field property '${name}' when creating a field`);
  }
  if (body.ValidationFormula) throw notSupported('field validation formulas');
  if (kindNum === 17) throw notSupported('calculated fields');
  const def = baseDef(kind, title);
  applyFieldProps(def, body);
  // SharePoint derives the internal name from Title for fields.add and AddField.
  return { def, nameHint: title, displayName: title };
}

/** Apply REST field properties (creation bodies and MERGE) to a definition. */
export function applyFieldProps(def: Omit<FieldDef, 'internalName' | 'staticName'> | FieldDef, body: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(body)) {
    switch (name) {
      case '__metadata': case 'odata.type': case 'FieldTypeKind': case 'StaticName': case 'InternalName':
      case 'DateTimeCalendarType': case 'FriendlyDisplayFormat': case 'CurrencyLocaleId': case 'AllowHyperlink':
      case 'AppendOnly': case 'RestrictedMode': case 'EditFormat': case 'ShowAsPercentage': case 'JSLink':
      case 'ClientSideComponentId': case 'ClientSideComponentProperties': case 'CustomFormatter': case 'LookupWebId':
      case 'SelectionGroup': case 'ValidationMessage': case 'Format':
        break;
      case 'Title': def.title = String(value); break;
      case 'Required': def.required = bool(value) ?? false; break;
      case 'Indexed': def.indexed = bool(value) ?? false; break;
      case 'EnforceUniqueValues': def.unique = bool(value) ?? false; break;
      case 'MaxLength': def.maxLength = num(value); break;
      case 'Description': def.description = String(value ?? ''); break;
      case 'Group': def.group = String(value ?? ''); break;
      case 'Hidden': def.hidden = bool(value) ?? false; break;
      case 'ReadOnlyField': def.readOnly = bool(value) ?? false; break;
      case 'Choices': {
        const choices = unwrapResults(value);
        if (!Array.isArray(choices)) throw invalidQuery('Choices must be an array.');
        def.choices = choices.map(String);
        break;
      }
      case 'FillInChoice': def.fillInChoice = bool(value) ?? false; break;
      case 'DefaultValue': def.defaultValue = value === null || value === undefined ? null : String(value); break;
      case 'MinimumValue': def.min = num(value); break;
      case 'MaximumValue': def.max = num(value); break;
      case 'DisplayFormat':
        if (def.kind === 'DateTime') def.dateOnly = Number(value) === 0;
        break;
      case 'SelectionMode': def.selectionMode = Number(value); break;
      case 'AllowMultipleValues': def.multi = bool(value) ?? false; break;
      case 'LookupListId': def.lookupListId = normalizeGuid(String(value)); break;
      case 'LookupFieldName': def.lookupField = String(value); break;
      case 'RichText': def.richText = bool(value) ?? false; break;
      case 'NumberOfLines': def.numberOfLines = num(value); break;
      case 'ValidationFormula': case 'OutputType':
        throw notSupported(`the field property '${name}'`);
      default:
        throw notSupported(`the field property '${name}'`);
    }
  }
  if (def.kind === 'Lookup' && !def.lookupField) def.lookupField = 'Title';
  if (def.kind === 'User') {
    def.lookupListId = USER_INFO_LIST_ID;
    def.lookupField = def.lookupField ?? 'ImnName';
    def.selectionMode = def.selectionMode ?? 1;
  }
  if (def.kind === 'Text' && def.maxLength === undefined) def.maxLength = 255;
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
  }
  if (field.kind === 'User') props.SelectionMode = field.selectionMode ?? 1;
  return props;
}

export function conversionError(edmType: string): SpError {
  return invalidQuery(`Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`);
}

/** "2024-03-01T10:00:00Z": SharePoint's second-precision UTC form. */
export function normalizeDate(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) throw conversionError('Edm.DateTime');
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  if (!Number.isFinite(time)) throw conversionError('Edm.DateTime');
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function fieldValidationError(message: string): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.SPFieldValidationException', message);
}

/** A written value, checked and converted to what the store keeps. Lookup/user ids are checked by the store. */
export function coerceValue(field: FieldDef, raw: unknown): FieldValue {
  if (raw === null || raw === undefined) return null;
  switch (field.kind) {
    case 'Text':
    case 'Note':
    case 'Choice': {
      if (typeof raw !== 'string') throw conversionError('Edm.String');
      if (field.kind === 'Text' && field.maxLength !== undefined && raw.length > field.maxLength) {
        throw fieldValidationError('Invalid text value.\n\nA text field contains invalid data. Please check the value and try again.');
      }
      if (field.kind === 'Choice' && raw !== '' && field.choices && !field.fillInChoice && !field.choices.includes(raw)) {
        // SharePoint accepts values outside the choices over REST; kept as sent.
      }
      return raw === '' && field.kind !== 'Note' ? null : raw;
    }
    case 'MultiChoice': {
      const elements = unwrapResults(raw);
      if (!Array.isArray(elements)) throw conversionError('Collection(Edm.String)');
      return elements.map((element) => { if (typeof element !== 'string') throw conversionError('Edm.String'); return element; });
    }
    case 'Number':
    case 'Currency':
    case 'Integer': {
      const number = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(number)) throw conversionError('Edm.Double');
      if ((field.min !== undefined && number < field.min) || (field.max !== undefined && number > field.max)) {
        throw fieldValidationError(`The value of the field '${field.title}' is outside the allowed range.`);
      }
      return number;
    }
    case 'Boolean': {
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw conversionError('Edm.Boolean');
    }
    case 'DateTime':
      return normalizeDate(raw);
    case 'Lookup':
    case 'User': {
      const toId = (element: unknown): number => {
        const number = typeof element === 'number' ? element : typeof element === 'string' && /^-?\d+$/.test(element) ? Number(element) : NaN;
        if (!Number.isInteger(number)) throw conversionError('Edm.Int32');
        return number;
      };
      if (field.multi) {
        const elements = unwrapResults(raw);
        if (!Array.isArray(elements)) throw conversionError('Collection(Edm.Int32)');
        return elements.map(toId).filter((number) => number > 0);
      }
      const id = toId(raw);
      return id > 0 ? id : null;
    }
    default:
      throw notSupported(`writing fields of type ${field.kind}`);
  }
}

/** Default value for a new item when the field is not in the body. */
export function defaultFor(field: FieldDef): FieldValue {
  const text = field.defaultValue;
  if (text === undefined || text === null || text === '') return field.kind === 'MultiChoice' || (field.multi && (field.kind === 'Lookup' || field.kind === 'User')) ? [] : null;
  switch (field.kind) {
    case 'Text': case 'Note': case 'Choice': return text;
    case 'MultiChoice': return text.split(';#').filter(Boolean);
    case 'Number': case 'Currency': return Number(text);
    case 'Boolean': return text === '1' || text.toLowerCase() === 'true';
    case 'DateTime': return text.toLowerCase() === '[today]' ? normalizeDate(new Date().toISOString().slice(0, 10) + 'T00:00:00Z') : normalizeDate(text);
    default: return null;
  }
}

/** The key a value has in an index (and in comparisons): case-insensitive text, numbers, ms for dates. */
export function keyOf(kind: FieldKind, value: unknown): IndexKey {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'Text': case 'Note': case 'Choice': case 'MultiChoice': case 'Guid': case 'ContentTypeId':
      return String(value).toLowerCase();
    case 'Boolean':
      return value === true || value === 1 || value === '1' || value === 'true' ? 1 : 0;
    case 'DateTime': {
      const time = typeof value === 'number' ? value : Date.parse(String(value));
      return Number.isFinite(time) ? time : null;
    }
    default: {
      const number = Number(value);
      return Number.isFinite(number) ? number : null;
    }
  }
}
