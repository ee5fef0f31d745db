// A tenant-wide setting for hosts with no property pane: a Teams personal app runs on the tenant's
// root site, where the lists are not. The administrator names the site once, as a tenant property
// (a storage entity in the app catalog, which SharePoint reads from any site); see the README.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';

/** The tenant property's key. */
export const listsSiteSettingKey = 'MiljomalListsSiteUrl';

/** The configured site's URL; undefined when it is not set or cannot be read (the current site is used). */
export async function readListsSiteSetting(sp: SPFI): Promise<string | undefined> {
  return readSetting(sp, listsSiteSettingKey);
}

/** A tenant property's value; undefined when it is not set or cannot be read. */
export async function readSetting(sp: SPFI, key: string): Promise<string | undefined> {
  try {
    // An unset key answers {"odata.null": true}: no Value.
    const entity: { Value?: unknown } | null = await sp.web.getStorageEntity(key);
    const value = entity?.Value;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}
