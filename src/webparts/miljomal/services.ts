// Context → services, once per web part (again only when the site setting changes): PnPjs
// configured in one place, and the repository the UI receives.
import type { BaseComponentContext } from '@microsoft/sp-component-base';
import { spfi } from '@pnp/sp';
import { SPFx } from '@pnp/sp/behaviors/spfx';
import { ThrottlingRetry } from '../../data/behaviors';
import { SharePointWaits } from '../../data/waits';
import type { IMiljoRepository } from '../../ports';
import { SharePointRepository } from '../../data/SharePointRepository';
import { indexedDbYearStore } from '../../data/yearCacheStore';
import { readListsSiteSetting } from '../../data/tenantSettings';
import { checkSiteUrl } from './siteUrlValidation';

export interface Services {
  repository: IMiljoRepository;
  /** The site that holds the lists. */
  siteUrl: string;
}

/** A setting that names a usable site (https, this tenant), without its trailing slash. */
function usable(value: string | undefined, currentSiteUrl: string): string | undefined {
  const trimmed = (value ?? '').trim();
  return trimmed !== '' && checkSiteUrl(trimmed, currentSiteUrl) === undefined ? trimmed.replace(/\/+$/, '') : undefined;
}

/**
 * The lists' site: the property pane's, else the tenant-wide setting (for a Teams personal app,
 * which has no property pane), else this site. A setting the property pane would refuse is never used.
 */
export async function createServices(context: BaseComponentContext, configuredSiteUrl: string | undefined): Promise<Services> {
  const currentSiteUrl = context.pageContext.web.absoluteUrl;
  const siteUrl = usable(configuredSiteUrl, currentSiteUrl)
    ?? usable(await readListsSiteSetting(spfi(currentSiteUrl).using(SPFx(context))), currentSiteUrl)
    ?? currentSiteUrl;
  const waits = new SharePointWaits();
  const sp = spfi(siteUrl).using(SPFx(context), ThrottlingRetry(waits));
  return { repository: new SharePointRepository(sp, new URL(siteUrl).pathname, waits, indexedDbYearStore()), siteUrl };
}

