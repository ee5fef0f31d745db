/** ETags: an item's or a list's version in quotes; a stale If-Match is a 412, `*` or none always wins. */
import { ItemRecord } from './model';
import { etagMismatch } from './errors';

export function etagOf(item: ItemRecord): string {
  return `"${item.version}"`;
}

/** PnPjs may send a weak or a `"<guid>,<version>"` ETag: only the version counts. */
function sameEtag(sent: string, version: number): boolean {
  const unquoted = sent.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  const sentVersion = unquoted.includes(',') ? unquoted.split(',').pop() ?? unquoted : unquoted;
  return sentVersion === String(version);
}

export function checkEtag(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') return;
  if (!sameEtag(ifMatch, version)) throw etagMismatch(ifMatch, `"${version}"`);
}
