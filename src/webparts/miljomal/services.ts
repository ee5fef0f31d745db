// Context → services, once per web part (again only when the site setting changes): PnPjs
// configured in one place, and the repository the UI receives.
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { spfi } from '@pnp/sp';
import { SPFx } from '@pnp/sp/behaviors/spfx';
import { ThrottlingRetry } from '../../data/behaviors';
import type { IMiljoRepository } from '../../ports';
import { SharePointRepository } from '../../data/SharePointRepository';
import { checkSiteUrl } from './siteUrlValidation';

export interface Services {
  repository: IMiljoRepository;
  /** The site that holds the lists. */
  siteUrl: string;
}

export function createServices(context: WebPartContext, configuredSiteUrl: string | undefined): Services {
  const currentSiteUrl = context.pageContext.web.absoluteUrl;
  const configured = (configuredSiteUrl ?? '').trim();
  // A setting the property pane refuses is never used: the lists are then read from this site.
  const siteUrl = configured !== '' && checkSiteUrl(configured, currentSiteUrl) === undefined
    ? configured.replace(/\/+$/, '') : currentSiteUrl;
  const sp = spfi(siteUrl).using(SPFx(context), ThrottlingRetry());
  return { repository: new SharePointRepository(sp, new URL(siteUrl).pathname), siteUrl };
}
