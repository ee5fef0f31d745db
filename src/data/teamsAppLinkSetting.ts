// The tenant property naming the Teams app and tab that links to places open in (a Teams link to
// the personal app or a tab: docs/teams.md), for hosts with no property pane, and for the card. Read
// only in Teams and by the card (a module of its own, so a SharePoint page's first chunk has none of it).
import type { SPFI } from '@pnp/sp';
import { readSetting } from './tenantSettings';

export const teamsAppLinkSettingKey = 'MiljomalTeamsAppLink';

/** The Teams link to the app or tab places open in; undefined when it is not set or cannot be read. */
export function readTeamsAppLinkSetting(sp: SPFI): Promise<string | undefined> {
  return readSetting(sp, teamsAppLinkSettingKey);
}
