// OData v3 literals as SharePoint's REST $filter reads them. PnPjs URL-encodes the whole value,
// so only the OData quoting is ours: a single quote is doubled.

export function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export function eq(field: string, value: string | number | boolean): string {
  if (typeof value === 'string') return `${field} eq ${quote(value)}`;
  if (typeof value === 'boolean') return `${field} eq ${value ? 1 : 0}`;
  return `${field} eq ${value}`;
}

/** Item ids in [from, to): a range on ID, which SharePoint always indexes. */
export function idWindow(from: number, to: number): string {
  return `ID ge ${from} and ID lt ${to}`;
}
