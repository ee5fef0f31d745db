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
import { placeFromToken, type NavTarget } from './place';

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
