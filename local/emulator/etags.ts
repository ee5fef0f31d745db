/**
 * ETags: an item's or a list's version in quotes; a stale If-Match is a 412, `*` always wins. Over
 * HTTP an item or list write without If-Match is refused (`requireIfMatch`); the store's own callers
 * (seeds, tests) may leave it out.
 */
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

/**
 * SharePoint answers an item MERGE without IF-MATCH as an empty ETag that does not match (reported,
 * status unconfirmed); PnPjs always sends `*` or an ETag for items and lists, so refusing costs it nothing.
 */
export function requireIfMatch(ifMatch: string | undefined, version: number): string {
  if (ifMatch === undefined || ifMatch.trim() === '') throw etagMismatch('', `"${version}"`);
  return ifMatch;
}
