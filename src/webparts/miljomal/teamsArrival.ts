// Where a Teams tab was sent: the sub-entity of the deep link it was opened by (`page.subPageId` in
// TeamsJS's context), read once at start, and the tokens this browser has landed on before (local
// storage), so a place Teams kept from an earlier link is said, not silently shown
// (src/domain/places/teamsLanding.ts).
import type { NavTarget } from '../../domain/places/place';
import { teamsLanding, withLanding } from '../../domain/places/teamsLanding';
import type { LandingNotice } from '../../ui/MiljomalApp';

const storageKey = 'miljomal-teams-landings';

function landings(storage: Storage | undefined): string[] {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(storageKey) ?? '[]');
    return Array.isArray(stored) ? stored.filter((token): token is string => typeof token === 'string') : [];
  } catch {
    return [];
  }
}

/** The place and what to say about it; records the landing. Storage may be absent or refuse (private mode). */
export function arriveFromTeams(subPageId: string | undefined, storage: Storage | undefined): { target?: NavTarget; notice?: LandingNotice } {
  const known = landings(storage);
  const landing = teamsLanding(subPageId, known);
  switch (landing.kind) {
    case 'none': return {};
    case 'unreadable': return { notice: 'teamsUnreadable' };
    case 'place':
    case 'repeated':
      try {
        storage?.setItem(storageKey, JSON.stringify(withLanding(known, landing.token)));
      } catch {
        // Not remembered: a repeat of this link will not be told from a new one.
      }
      return landing.kind === 'place' ? { target: landing.target } : { target: landing.target, notice: 'teamsRepeated' };
  }
}
