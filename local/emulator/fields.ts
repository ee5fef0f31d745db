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

export function fieldODataType(f: FieldDef): string {
  return ODATA_TYPE[f.kind];
}

export function typeAsString(f: FieldDef): string {
  if (f.kind === 'Lookup') return f.multi ? 'LookupMulti' : 'Lookup';
  if (f.kind === 'User') return f.multi ? 'UserMulti' : 'User';
  return f.kind;
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
  for (const ch of displayName) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else {
      const code = ch.codePointAt(0) ?? 0;
      out += `_x${code.toString(16).padStart(4, '0')}_`;
    }
  }
  return out.slice(0, 32);
}

/** The property name of a field in REST payloads (`GoalId` for lookups, `OData__X` for `_X`). */
export function restName(f: FieldDef): string {
  const base = f.internalName.startsWith('_') ? `OData_${f.internalName}` : f.internalName;
  return f.kind === 'Lookup' || f.kind === 'User' ? `${base}Id` : base;
}

export function restBaseName(f: FieldDef): string {
  return f.internalName.startsWith('_') ? `OData_${f.internalName}` : f.internalName;
}

function bool(v: unknown): boolean | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'boolean') return v;
  const s = String(v).toLowerCase();
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0') return false;
  throw invalidQuery(`The value '${String(v)}' is not a valid boolean.`);
}

function num(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw invalidQuery(`The value '${String(v)}' is not a valid number.`);
  return n;
}

export function normalizeGuid(s: string): string {
  return s.replace(/^guid'/i, '').replace(/'$/, '').replace(/[{}]/g, '').toLowerCase();
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
  const el = doc.Field as Record<string, unknown> | undefined;
  if (!el || typeof el !== 'object') throw invalidQuery('The SchemaXml must have a <Field> root element.');
  const attr = (n: string): string | undefined => {
    const v = el[`@_${n}`];
    return v === undefined ? undefined : String(v);
  };
  for (const k of Object.keys(el)) {
    if (k.startsWith('@_')) {
      const name = k.slice(2);
      if (!KNOWN_XML_ATTRIBUTES.has(name)) throw notSupported(`the <Field> attribute '${name}' in createfieldasxml`);
    } else if (k !== 'CHOICES' && k !== 'Default' && k !== '#text') {
      throw notSupported(`the <Field> child element <${k}> in createfieldasxml`);
    }
  }
  const typeName = attr('Type');
  if (!typeName) throw invalidQuery('The <Field> element has no Type attribute.');
  const kind = KIND_BY_TYPE_NAME[typeName.toLowerCase()];
  if (!kind) throw notSupported(`fields of Type="${typeName}"`);
  const displayName = attr('DisplayName') ?? attr('Name') ?? attr('StaticName');
  if (!displayName) throw invalidQuery('The <Field> element needs a DisplayName or Name.');
  const def = baseDef(kind, displayName);
  const id = attr('ID');
  if (id) def.id = normalizeGuid(id);
  def.required = bool(attr('Required')) ?? false;
  def.indexed = bool(attr('Indexed')) ?? false;
  def.unique = bool(attr('EnforceUniqueValues')) ?? false;
  def.hidden = bool(attr('Hidden')) ?? false;
  def.readOnly = bool(attr('ReadOnly')) ?? false;
  def.description = attr('Description') ?? '';
  def.group = attr('Group') ?? def.group;
  const rdb = attr('RelationshipDeleteBehavior');
  if (rdb && rdb.toLowerCase() !== 'none') throw notSupported(`RelationshipDeleteBehavior="${rdb}" (cascade/restrict deletes)`);
  let lookupListRef: string | undefined;
  switch (kind) {
    case 'Text':
      def.maxLength = num(attr('MaxLength')) ?? 255;
      break;
    case 'Note':
      def.richText = bool(attr('RichText')) ?? false;
      def.numberOfLines = num(attr('NumLines')) ?? 6;
      break;
    case 'Number':
    case 'Currency':
      def.min = num(attr('Min'));
      def.max = num(attr('Max'));
      def.decimals = num(attr('Decimals'));
      break;
    case 'DateTime':
      def.dateOnly = (attr('Format') ?? 'DateTime').toLowerCase() === 'dateonly';
      break;
    case 'Choice':
    case 'MultiChoice': {
      const choices = (el.CHOICES as Record<string, unknown> | undefined)?.CHOICE as unknown[] | undefined;
      def.choices = (choices ?? []).map((c) => (typeof c === 'object' && c !== null ? String((c as Record<string, unknown>)['#text'] ?? '') : String(c)));
      def.fillInChoice = bool(attr('FillInChoice')) ?? false;
      break;
    }
    case 'Lookup': {
      const list = attr('List');
      if (!list) throw invalidQuery('A Lookup field needs a List attribute.');
      if (/^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(list)) def.lookupListId = normalizeGuid(list);
      else lookupListRef = list;
      def.lookupField = attr('ShowField') ?? 'Title';
      def.multi = bool(attr('Mult')) ?? typeName.toLowerCase() === 'lookupmulti';
      if (def.multi && def.indexed) throw invalidQuery('A multi-valued lookup cannot be indexed.');
      break;
    }
    case 'User': {
      def.lookupListId = USER_INFO_LIST_ID;
      def.lookupField = attr('ShowField') ?? 'ImnName';
      const mode = (attr('UserSelectionMode') ?? 'PeopleAndGroups').toLowerCase();
      def.selectionMode = mode === 'peopleonly' || mode === '0' ? 0 : 1;
      def.multi = bool(attr('Mult')) ?? typeName.toLowerCase() === 'usermulti';
      break;
    }
    default:
      break;
  }
  if (el.Default !== undefined) {
    const d = el.Default;
    def.defaultValue = typeof d === 'object' && d !== null ? String((d as Record<string, unknown>)['#text'] ?? '') : String(d);
  }
  const nameHint = attr('Name') ?? attr('StaticName') ?? displayName;
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

function unwrapResults(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'results' in (v as Record<string, unknown>)) {
    return (v as Record<string, unknown>).results;
  }
  return v;
}

/** fields.add (verbose, __metadata SP.FieldX) and fields/AddField ({parameters}) bodies to a field spec. */
export function parseFieldBody(body: Record<string, unknown>): NewFieldSpec {
  const title = body.Title;
  if (typeof title !== 'string' || title === '') throw invalidQuery('The field needs a Title.');
  const kindNum = Number(body.FieldTypeKind);
  const kind = KIND_BY_TYPE_KIND[kindNum];
  if (!kind) throw notSupported(`fields with FieldTypeKind ${String(body.FieldTypeKind)}`);
  for (const k of Object.keys(body)) {
    if (k === '__metadata' || k === 'odata.type') continue;
    if (!FIELD_BODY_PROPS.has(k)) throw notSupported(`the field property '${k}' when creating a field`);
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
  for (const [k, v] of Object.entries(body)) {
    switch (k) {
      case '__metadata': case 'odata.type': case 'FieldTypeKind': case 'StaticName': case 'InternalName':
      case 'DateTimeCalendarType': case 'FriendlyDisplayFormat': case 'CurrencyLocaleId': case 'AllowHyperlink':
      case 'AppendOnly': case 'RestrictedMode': case 'EditFormat': case 'ShowAsPercentage': case 'JSLink':
      case 'ClientSideComponentId': case 'ClientSideComponentProperties': case 'CustomFormatter': case 'LookupWebId':
      case 'SelectionGroup': case 'ValidationMessage': case 'Format':
        break;
      case 'Title': def.title = String(v); break;
      case 'Required': def.required = bool(v) ?? false; break;
      case 'Indexed': def.indexed = bool(v) ?? false; break;
      case 'EnforceUniqueValues': def.unique = bool(v) ?? false; break;
      case 'MaxLength': def.maxLength = num(v); break;
      case 'Description': def.description = String(v ?? ''); break;
      case 'Group': def.group = String(v ?? ''); break;
      case 'Hidden': def.hidden = bool(v) ?? false; break;
      case 'ReadOnlyField': def.readOnly = bool(v) ?? false; break;
      case 'Choices': {
        const arr = unwrapResults(v);
        if (!Array.isArray(arr)) throw invalidQuery('Choices must be an array.');
        def.choices = arr.map(String);
        break;
      }
      case 'FillInChoice': def.fillInChoice = bool(v) ?? false; break;
      case 'DefaultValue': def.defaultValue = v === null || v === undefined ? null : String(v); break;
      case 'MinimumValue': def.min = num(v); break;
      case 'MaximumValue': def.max = num(v); break;
      case 'DisplayFormat':
        if (def.kind === 'DateTime') def.dateOnly = Number(v) === 0;
        break;
      case 'SelectionMode': def.selectionMode = Number(v); break;
      case 'AllowMultipleValues': def.multi = bool(v) ?? false; break;
      case 'LookupListId': def.lookupListId = normalizeGuid(String(v)); break;
      case 'LookupFieldName': def.lookupField = String(v); break;
      case 'RichText': def.richText = bool(v) ?? false; break;
      case 'NumberOfLines': def.numberOfLines = num(v); break;
      case 'ValidationFormula': case 'OutputType':
        throw notSupported(`the field property '${k}'`);
      default:
        throw notSupported(`the field property '${k}'`);
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

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function schemaXmlOf(f: FieldDef): string {
  const a: string[] = [`Type="${typeAsString(f)}"`, `DisplayName="${xmlEscape(f.title)}"`, `Required="${f.required ? 'TRUE' : 'FALSE'}"`];
  if (f.indexed) a.push('Indexed="TRUE"');
  if (f.unique) a.push('EnforceUniqueValues="TRUE"');
  if (f.maxLength !== undefined && f.kind === 'Text') a.push(`MaxLength="${f.maxLength}"`);
  if (f.kind === 'Lookup') a.push(`List="{${f.lookupListId ?? ''}}"`, `ShowField="${xmlEscape(f.lookupField ?? 'Title')}"`);
  if (f.kind === 'User') a.push(`UserSelectionMode="${f.selectionMode === 0 ? 'PeopleOnly' : 'PeopleAndGroups'}"`);
  if (f.multi) a.push('Mult="TRUE"');
  if (f.kind === 'DateTime') a.push(`Format="${f.dateOnly ? 'DateOnly' : 'DateTime'}"`);
  a.push(`ID="{${f.id}}"`, `StaticName="${xmlEscape(f.staticName)}"`, `Name="${xmlEscape(f.internalName)}"`);
  let inner = '';
  if (f.choices) inner += `<CHOICES>${f.choices.map((c) => `<CHOICE>${xmlEscape(c)}</CHOICE>`).join('')}</CHOICES>`;
  if (f.defaultValue !== undefined && f.defaultValue !== null) inner += `<Default>${xmlEscape(f.defaultValue)}</Default>`;
  return inner ? `<Field ${a.join(' ')}>${inner}</Field>` : `<Field ${a.join(' ')} />`;
}

/** The field as REST returns it (SP.Field and subtypes), without OData annotations. */
export function fieldProps(f: FieldDef): Record<string, unknown> {
  const p: Record<string, unknown> = {
    CanBeDeleted: !f.builtIn,
    DefaultValue: f.defaultValue ?? null,
    Description: f.description,
    EnforceUniqueValues: f.unique,
    FieldTypeKind: FIELD_TYPE_KIND[f.kind],
    Group: f.group,
    Hidden: f.hidden,
    Id: f.id,
    Indexed: f.indexed,
    InternalName: f.internalName,
    ReadOnlyField: f.readOnly,
    Required: f.required,
    SchemaXml: schemaXmlOf(f),
    Sortable: !f.multi && f.kind !== 'Note',
    StaticName: f.staticName,
    Title: f.title,
    TypeAsString: typeAsString(f),
    TypeDisplayName: typeAsString(f)
  };
  if (f.kind === 'Text') p.MaxLength = f.maxLength ?? 255;
  if (f.kind === 'Note') { p.NumberOfLines = f.numberOfLines ?? 6; p.RichText = f.richText ?? false; }
  if (f.kind === 'Number' || f.kind === 'Currency') {
    p.MinimumValue = f.min ?? -1.7976931348623157e308;
    p.MaximumValue = f.max ?? 1.7976931348623157e308;
  }
  if (f.kind === 'Choice' || f.kind === 'MultiChoice') { p.Choices = f.choices ?? []; p.FillInChoice = f.fillInChoice ?? false; }
  if (f.kind === 'DateTime') p.DisplayFormat = f.dateOnly ? 0 : 1;
  if (f.kind === 'Lookup' || f.kind === 'User') {
    p.AllowMultipleValues = f.multi ?? false;
    p.LookupField = f.lookupField ?? 'Title';
    p.LookupList = f.kind === 'User' ? 'UserInfo' : `{${f.lookupListId ?? ''}}`;
  }
  if (f.kind === 'User') p.SelectionMode = f.selectionMode ?? 1;
  return p;
}

export function conversionError(edmType: string): SpError {
  return invalidQuery(`Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`);
}

/** "2024-03-01T10:00:00Z": SharePoint's second-precision UTC form. */
export function normalizeDate(v: unknown): string {
  if (typeof v !== 'string' && !(v instanceof Date)) throw conversionError('Edm.DateTime');
  const t = v instanceof Date ? v.getTime() : Date.parse(v);
  if (!Number.isFinite(t)) throw conversionError('Edm.DateTime');
  return new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function fieldValidationError(message: string): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.SPFieldValidationException', message);
}

/** A written value, checked and converted to what the store keeps. Lookup/user ids are checked by the store. */
export function coerceValue(f: FieldDef, raw: unknown): FieldValue {
  if (raw === null || raw === undefined) return null;
  switch (f.kind) {
    case 'Text':
    case 'Note':
    case 'Choice': {
      if (typeof raw !== 'string') throw conversionError('Edm.String');
      if (f.kind === 'Text' && f.maxLength !== undefined && raw.length > f.maxLength) {
        throw fieldValidationError('Invalid text value.\n\nA text field contains invalid data. Please check the value and try again.');
      }
      if (f.kind === 'Choice' && raw !== '' && f.choices && !f.fillInChoice && !f.choices.includes(raw)) {
        // SharePoint accepts values outside the choices over REST; kept as sent.
      }
      return raw === '' && f.kind !== 'Note' ? null : raw;
    }
    case 'MultiChoice': {
      const arr = unwrapResults(raw);
      if (!Array.isArray(arr)) throw conversionError('Collection(Edm.String)');
      return arr.map((x) => { if (typeof x !== 'string') throw conversionError('Edm.String'); return x; });
    }
    case 'Number':
    case 'Currency':
    case 'Integer': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(n)) throw conversionError('Edm.Double');
      if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) {
        throw fieldValidationError(`The value of the field '${f.title}' is outside the allowed range.`);
      }
      return n;
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
      const toId = (x: unknown): number => {
        const n = typeof x === 'number' ? x : typeof x === 'string' && /^-?\d+$/.test(x) ? Number(x) : NaN;
        if (!Number.isInteger(n)) throw conversionError('Edm.Int32');
        return n;
      };
      if (f.multi) {
        const arr = unwrapResults(raw);
        if (!Array.isArray(arr)) throw conversionError('Collection(Edm.Int32)');
        return arr.map(toId).filter((n) => n > 0);
      }
      const id = toId(raw);
      return id > 0 ? id : null;
    }
    default:
      throw notSupported(`writing fields of type ${f.kind}`);
  }
}

/** Default value for a new item when the field is not in the body. */
export function defaultFor(f: FieldDef): FieldValue {
  const d = f.defaultValue;
  if (d === undefined || d === null || d === '') return f.kind === 'MultiChoice' || (f.multi && (f.kind === 'Lookup' || f.kind === 'User')) ? [] : null;
  switch (f.kind) {
    case 'Text': case 'Note': case 'Choice': return d;
    case 'MultiChoice': return d.split(';#').filter(Boolean);
    case 'Number': case 'Currency': return Number(d);
    case 'Boolean': return d === '1' || d.toLowerCase() === 'true';
    case 'DateTime': return d.toLowerCase() === '[today]' ? normalizeDate(new Date().toISOString().slice(0, 10) + 'T00:00:00Z') : normalizeDate(d);
    default: return null;
  }
}

/** The key a value has in an index (and in comparisons): case-insensitive text, numbers, ms for dates. */
export function keyOf(kind: FieldKind, v: unknown): IndexKey {
  if (v === null || v === undefined || v === '') return null;
  switch (kind) {
    case 'Text': case 'Note': case 'Choice': case 'MultiChoice': case 'Guid': case 'ContentTypeId':
      return String(v).toLowerCase();
    case 'Boolean':
      return v === true || v === 1 || v === '1' || v === 'true' ? 1 : 0;
    case 'DateTime': {
      const t = typeof v === 'number' ? v : Date.parse(String(v));
      return Number.isFinite(t) ? t : null;
    }
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : null;
    }
  }
}
