// The tenant's Teams link for places, for the web part in Teams (through teamsArrival's lazy chunk)
// and for the Viva Connections card.
import type { BaseComponentContext } from '@microsoft/sp-component-base';
import { spfi } from '@pnp/sp';
import { SPFx } from '@pnp/sp/behaviors/spfx';
import { readTeamsAppLinkSetting } from '../../data/teamsAppLinkSetting';
import { teamsTabOf } from '../../domain/places/teamsLinks';

/**
 * The tenant's Teams link for places (the personal app's or a tab's), when it is one: read only where
 * links may open in Teams (a Teams host, the card), never before a SharePoint page's first paint.
 */
export async function readTeamsAppLink(context: BaseComponentContext): Promise<string | undefined> {
  const link = await readTeamsAppLinkSetting(spfi(context.pageContext.web.absoluteUrl).using(SPFx(context)));
  return link !== undefined && teamsTabOf(link) !== undefined ? link : undefined;
}
