// Membership of list item ids for the summary's hot loop. SharePoint ids are small positive
// integers, so one byte per id up to the largest is several times faster than a Set at hundreds of
// thousands of ids; any other id (or a very large one) falls back to a Set.

export interface IdSet {
  has(id: number): boolean;
}

const maxDenseId = 1 << 24; // 16 MB of flags at most

export function idSetOf(ids: readonly number[]): IdSet {
  let largest = 0;
  for (const id of ids) {
    if (!Number.isInteger(id) || id < 0 || id >= maxDenseId) return new Set(ids);
    if (id > largest) largest = id;
  }
  const flags = new Uint8Array(largest + 1);
  for (const id of ids) flags[id] = 1;
  return { has: (id: number): boolean => flags[id] === 1 };
}

