// What a Teams tab does with the sub-entity Teams gave it (`page.subPageId`), given the tokens this
// browser has already landed on. Teams has two known gaps here, both open with Microsoft:
// - some clients drop the sub-entity (iOS from outside Teams, microsoft-teams-library-js#1122; a
//   channel tab's link clicked in its own channel, #3083; an install on the way, #2176): the tab
//   then gets none and opens as itself; nothing tells it a link was followed.
// - with app caching Teams keeps the first click's sub-entity for the session (#3031, #1933): a
//   second link to the same tab opens the place of the first.
// Every link carries the time it was made (placeToken's stamp), so a token already landed on is
// either the same link followed again or Teams' kept value: the tab lands there and says so, naming
// where the user's steps are listed. A sub-entity that is not a place of ours says where to go too.
import { idPattern, targetOf, type NavTarget } from './place';

/** A token (placeToken) read back; undefined when it is not one of ours (another app's, cut short, a later version's). */
export function placeFromToken(token: string | undefined): { target: NavTarget; stamp?: number } | undefined {
  if (token === undefined || !/^[A-Za-z]+(\.[a-z][0-9a-z]{1,10})+$/.test(token)) return undefined;
  const [view, ...rest] = token.split('.');
  const fields = new Map<string, string>();
  for (const part of rest) {
    if (fields.has(part[0])) return undefined;
    fields.set(part[0], part.slice(1));
  }
  const id = (key: string): number | undefined => {
    const value = fields.get(key);
    return value !== undefined && idPattern.test(value) ? Number(value) : undefined;
  };
  if ([...fields.entries()].some(([key, value]) => key !== 't' && !idPattern.test(value))) return undefined;
  const target = targetOf(view, id('u'), id('g'), id('y'), id('a'));
  if (target === undefined) return undefined;
  const stamp = fields.get('t');
  if (stamp !== undefined && !/^[0-9a-z]{1,8}$/.test(stamp)) return undefined;
  return stamp === undefined ? { target } : { target, stamp: parseInt(stamp, 36) * 1000 };
}

export type TeamsLanding =
  /** No sub-entity: the tab opens its own view. */
  | { kind: 'none' }
  /** A place: land on it. */
  | { kind: 'place'; target: NavTarget; token: string }
  /** A place already landed on from this browser: land on it, and say Teams may have kept an earlier link's place. */
  | { kind: 'repeated'; target: NavTarget; token: string }
  /** A sub-entity that is no place of this version: open the tab's own view and say where to go. */
  | { kind: 'unreadable' };

/** How many landed tokens a browser remembers. */
export const rememberedLandings = 30;

export function teamsLanding(subPageId: string | undefined | null, landed: readonly string[]): TeamsLanding {
  const token = (subPageId ?? '').trim();
  if (token === '') return { kind: 'none' };
  const place = placeFromToken(token);
  if (place === undefined) return { kind: 'unreadable' };
  return { kind: landed.includes(token) ? 'repeated' : 'place', target: place.target, token };
}

/** The landed tokens after landing on `token`: newest last, the oldest dropped past the limit. */
export function withLanding(landed: readonly string[], token: string): string[] {
  return [...landed.filter((known) => known !== token), token].slice(-rememberedLandings);
}
