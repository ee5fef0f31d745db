/**
 * New-field definitions: SchemaXml (createfieldasxml) and REST bodies (fields.add / addField) to a
 * field spec, and REST field properties applied to a definition (creation and MERGE).
 */
import { randomUUID } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FieldDef, FieldKind } from './model';
import { invalidQuery, notSupported } from './errors';
import { USER_INFO_LIST_ID, normalizeGuid } from './fields';
import { unwrapResults } from './fieldValues';

const KIND_BY_TYPE_KIND: Record<number, FieldKind> = {
  2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number', 10: 'Currency',
  15: 'MultiChoice', 20: 'User'
};

const KIND_BY_TYPE_NAME: Record<string, FieldKind> = {
  text: 'Text', note: 'Note', number: 'Number', currency: 'Currency', boolean: 'Boolean', choice: 'Choice',
  multichoice: 'MultiChoice', datetime: 'DateTime', lookup: 'Lookup', lookupmulti: 'Lookup', user: 'User',
  usermulti: 'User'
};

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
  const deleteBehavior = attribute('RelationshipDeleteBehavior')?.toLowerCase();
  if (deleteBehavior === 'restrict') {
    // SharePoint enforces a relationship only on an indexed lookup column of the list itself.
    if (kind !== 'Lookup') throw invalidQuery('RelationshipDeleteBehavior applies only to lookup fields.');
    if (!def.indexed) throw invalidQuery('The lookup field must be indexed to enforce a relationship.');
    def.deleteBehavior = 'Restrict';
  } else if (deleteBehavior && deleteBehavior !== 'none') {
    throw notSupported(`RelationshipDeleteBehavior="${deleteBehavior}" (cascade deletes)`);
  }
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
      case 'RelationshipDeleteBehavior': {
        // SP.RelationshipDeleteBehaviorType: 0 None, 1 Cascade, 2 Restrict (on an indexed lookup, checked by the store).
        const behavior = Number(value);
        if (behavior === 0) delete def.deleteBehavior;
        else if (behavior === 2) def.deleteBehavior = 'Restrict';
        else if (behavior === 1) throw notSupported('RelationshipDeleteBehavior Cascade (cascade deletes)');
        else throw invalidQuery(`Invalid RelationshipDeleteBehavior: ${String(value)}.`);
        break;
      }
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
