/** The order of index keys in comparisons and sorting: nulls first, numbers numerically, text in Swedish collation. */
import { IndexKey } from '../model';

const collator = new Intl.Collator('sv', { sensitivity: 'accent', numeric: false });

export function compareKeys(left: IndexKey, right: IndexKey): number {
  if (left === right) return 0;
  if (left === null) return -1;
  if (right === null) return 1;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return collator.compare(String(left), String(right));
}
