// Where a Teams tab was sent: the sub-entity of the deep link it was opened by (`page.subPageId` in
// TeamsJS's context), read once at start, and the tokens this browser has landed on before (local
// storage), so a place Teams kept from an earlier link is said, not silently shown
// (src/domain/places/teamsLanding.ts). Loaded only in Teams, in the chunk of Teams' themes: a
// SharePoint page's first chunk carries none of it.
import type { NavTarget } from '../../domain/places/place';
import { teamsLanding, withLanding } from '../../domain/places/teamsLanding';
import * as React from 'react';
import { LightMessageBar, MessageBarType } from '../../ui/common/light/LightMessageBar';

/** What the tab says about the place a Teams link gave it. */
export type LandingNotice = 'teamsRepeated' | 'teamsUnreadable';

/** The notice above the web part's views, in the page's language. */
export function landingNoticeBar(notice: LandingNotice, strings: Pick<IMiljomalWebPartStrings, 'TeamsLinkRepeated' | 'TeamsLinkUnreadable'>): React.ReactElement {
  // LightMessageBar types its text as a required prop; createElement passes it as the child.
  const bar = LightMessageBar as React.FunctionComponent<{ messageBarType: MessageBarType.info }>;
  return React.createElement(bar, { messageBarType: MessageBarType.info },
    notice === 'teamsRepeated' ? strings.TeamsLinkRepeated : strings.TeamsLinkUnreadable);
}

/** The browser's local storage, or none where reading it throws (storage blocked). */
export function localStorageOrNone(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

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

export { readTeamsAppLink } from './teamsAppLink';
