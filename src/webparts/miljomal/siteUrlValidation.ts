/**
 * Why a configured "site with the lists" cannot be used. Empty means the current site.
 * The lists must be on the page's own tenant: PnPjs in SPFx authenticates with the page's
 * cookies, which another host does not accept.
 */
export type SiteUrlProblem = 'notAUrl' | 'notHttps' | 'otherTenant';

/** The https address typed, nothing when empty, or why it is not one. */
function httpsUrl(value: string): URL | 'notAUrl' | 'notHttps' | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'notAUrl';
  }
  if (url.protocol !== 'https:') return url.protocol === 'http:' ? 'notHttps' : 'notAUrl';
  return url;
}

export function checkSiteUrl(value: string, currentSiteUrl: string): SiteUrlProblem | undefined {
  const url = httpsUrl(value);
  if (!(url instanceof URL)) return url;
  if (url.hostname.toLowerCase() !== new URL(currentSiteUrl).hostname.toLowerCase()) return 'otherTenant';
  return undefined;
}

export function siteUrlMessage(problem: SiteUrlProblem | undefined, currentSiteUrl: string,
  strings: IMiljomalWebPartStrings): string {
  switch (problem) {
    case undefined: return '';
    case 'notAUrl': return strings.SiteUrlNotAUrl;
    case 'notHttps': return strings.SiteUrlNotHttps;
    case 'otherTenant': return strings.SiteUrlOtherTenant.replace('{0}', new URL(currentSiteUrl).hostname);
  }
}

/**
 * Why an address set for the page (or Teams tab) that holds a view cannot be used; empty means
 * this page. Any host will do (a Teams tab lives on teams.microsoft.com), but only https.
 */
export type PageUrlProblem = 'notAUrl' | 'notHttps';

export function checkPageUrl(value: string): PageUrlProblem | undefined {
  const url = httpsUrl(value);
  return url instanceof URL ? undefined : url;
}

export function pageUrlMessage(problem: PageUrlProblem | undefined, strings: IMiljomalWebPartStrings): string {
  switch (problem) {
    case undefined: return '';
    case 'notAUrl': return strings.SiteUrlNotAUrl;
    case 'notHttps': return strings.SiteUrlNotHttps;
  }
}

/** The address to link to, or undefined for this page (empty or not usable). */
export function usablePageUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '' || checkPageUrl(value) !== undefined) return undefined;
  return value.trim();
}
