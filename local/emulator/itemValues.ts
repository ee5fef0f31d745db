/** What an item holds for a field (system fields live on the record itself) and the keys it has in an index. */
import { FieldDef, FieldValue, IndexKey, ItemRecord } from './model';
import { keyOf } from './fieldValues';
import { FOLDER_CONTENT_TYPE_ID, isFolder } from './store/folders';

export const CONTENT_TYPE_ID = '0x0100A33D9AD9805788419BDAAC2CCB37509F';

/** The stored value of a field on an item. */
export function valueOf(field: FieldDef, item: ItemRecord): FieldValue {
  switch (field.internalName) {
    case 'ID': return item.id;
    case 'Created': return item.created;
    case 'Modified': return item.modified;
    case 'Author': return item.authorId;
    case 'Editor': return item.editorId;
    case 'Attachments': return false;
    case 'GUID': return item.guid;
    case 'ContentTypeId': return isFolder(item) ? FOLDER_CONTENT_TYPE_ID : CONTENT_TYPE_ID;
    case '_UIVersionString': return `${item.version}.0`;
    default: {
      const value = item.values[field.internalName];
      return value === undefined ? null : value;
    }
  }
}

/** One key per value (multi-valued fields have several); an empty multi-value is the null key. */
export function itemKeys(field: FieldDef, item: ItemRecord): IndexKey[] {
  const value = valueOf(field, item);
  if (Array.isArray(value)) {
    return value.length === 0 ? [null] : (value as Array<string | number>).map((element) => keyOf(field.kind, element));
  }
  return [keyOf(field.kind, value)];
}
