// A tenant-wide setting for hosts with no property pane: a Teams personal app runs on the tenant's
// root site, where the lists are not. The administrator names the site once, as a tenant property
// (a storage entity in the app catalog, which SharePoint reads from any site); see the README.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';

/** The tenant property's key. */
export const listsSiteSettingKey = 'MiljomalListsSiteUrl';

/**
 * The tenant property naming the Teams app and tab that links to places open in Teams (a Teams link
 * to the personal app or a tab: docs/teams.md), for hosts with no property pane, and for the card.
 */
export const teamsAppLinkSettingKey = 'MiljomalTeamsAppLink';

/** The configured site's URL; undefined when it is not set or cannot be read (the current site is used). */
export async function readListsSiteSetting(sp: SPFI): Promise<string | undefined> {
  return readSetting(sp, listsSiteSettingKey);
}

/** The Teams link to the app or tab places open in; undefined when it is not set or cannot be read. */
export async function readTeamsAppLinkSetting(sp: SPFI): Promise<string | undefined> {
  return readSetting(sp, teamsAppLinkSettingKey);
}

async function readSetting(sp: SPFI, key: string): Promise<string | undefined> {
  try {
    // An unset key answers {"odata.null": true}: no Value.
    const entity: { Value?: unknown } | null = await sp.web.getStorageEntity(key);
    const value = entity?.Value;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}
