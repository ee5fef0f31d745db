// Teams deep links to a tab (Microsoft's format, "Deep link to an application"):
//   https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context=…&groupId=…&tenantId=…
// where `context` is JSON, percent-encoded whole: {"subEntityId": "<the place>", "channelId": "<a
// channel tab's channel>"}. The tab reads the sub-entity as `page.subPageId` from TeamsJS's
// `app.getContext()` (`subEntityId` in TeamsJS v1). A channel tab's link needs its channelId (and
// Teams adds groupId and tenantId): the simplest source is the tab's own "Copy link to tab", which
// `teamsTabOf` reads, keeping every part of it but the sub-entity.
import { placeSlot, teamsLinkLimit } from './place';

/** The tab a deep link opens, as read from a link to it. */
export interface TeamsTab {
  /** The Teams app's id: its manifest id (for an app synced from the app catalog, the web part's id). */
  appId: string;
  /** The tab's entity id: a channel tab's from its configuration, a personal app's from the manifest. */
  entityId: string;
  channelId?: string;
  groupId?: string;
  tenantId?: string;
  label?: string;
  webUrl?: string;
}

export { teamsLinkLimit } from './place';

/** The longest place token (placeToken: a view, four ids of up to ten digits, a stamp). */
const longestToken = 'allocation.u9999999999.y9999999999.g9999999999.a9999999999.t99999999'.length;

const entityPath = /^\/l\/entity\/([^/]+)\/([^/]+)\/?$/;

function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * The `context` parameter as an object. Teams writes it as JSON; links found in the wild also carry
 * it with single quotes or unencoded, which Teams accepts: read both, refuse anything else.
 */
function contextOf(value: string | null): Record<string, unknown> | undefined {
  if (value === null || value.trim() === '') return undefined;
  for (const text of [value, value.replace(/'/g, '"')]) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // the next spelling
    }
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function nonEmpty(value: string | null): string | undefined {
  return value !== null && value.trim() !== '' ? value : undefined;
}

/** A Teams deep link read: the tab it opens and the sub-entity it names, if any. */
export function parseTeamsDeepLink(link: string): { tab: TeamsTab; subEntityId?: string } | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'msteams:') return undefined;
  if (url.hostname.toLowerCase() !== 'teams.microsoft.com' && url.hostname.toLowerCase() !== 'teams.cloud.microsoft') return undefined;
  const path = entityPath.exec(url.pathname);
  if (path === null) return undefined;
  const appId = decoded(path[1]);
  const entityId = decoded(path[2]);
  if (appId === undefined || entityId === undefined || appId === '' || entityId === '') return undefined;
  const context = contextOf(url.searchParams.get('context'));
  const optional = {
    channelId: text(context?.channelId),
    groupId: nonEmpty(url.searchParams.get('groupId')),
    tenantId: nonEmpty(url.searchParams.get('tenantId')),
    label: nonEmpty(url.searchParams.get('label')),
    webUrl: nonEmpty(url.searchParams.get('webUrl'))
  };
  const tab: TeamsTab = { appId, entityId };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (tab as unknown as Record<string, string>)[key] = value;
  }
  const subEntityId = text(context?.subEntityId);
  return subEntityId === undefined ? { tab } : { tab, subEntityId };
}

/** The tab a link opens, when it is a Teams tab's deep link. */
export function teamsTabOf(link: string): TeamsTab | undefined {
  return parseTeamsDeepLink(link)?.tab;
}

function build(tab: TeamsTab, subEntityId: string, withLabel: boolean, withWebUrl: boolean): string {
  const context = JSON.stringify(tab.channelId === undefined ? { subEntityId } : { subEntityId, channelId: tab.channelId });
  const params: string[] = [];
  if (withWebUrl && tab.webUrl !== undefined) params.push(`webUrl=${encodeURIComponent(tab.webUrl)}`);
  if (withLabel && tab.label !== undefined) params.push(`label=${encodeURIComponent(tab.label)}`);
  params.push(`context=${encodeURIComponent(context)}`);
  if (tab.groupId !== undefined) params.push(`groupId=${encodeURIComponent(tab.groupId)}`);
  if (tab.tenantId !== undefined) params.push(`tenantId=${encodeURIComponent(tab.tenantId)}`);
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.appId)}/${encodeURIComponent(tab.entityId)}?${params.join('&')}`;
}

/**
 * A deep link into the tab at `subEntityId`, every part percent-encoded (Microsoft: "ensure that
 * all the query parameters are properly URI encoded"). Within the limit, or the fallback web address
 * and then the label are left off; undefined when even the bare link is too long.
 */
export function teamsDeepLink(tab: TeamsTab, subEntityId: string, limit: number = teamsLinkLimit): string | undefined {
  for (const [withLabel, withWebUrl] of [[true, true], [true, false], [false, false]]) {
    const link = build(tab, subEntityId, withLabel, withWebUrl);
    if (link.length <= limit) return link;
  }
  return undefined;
}

/**
 * A page setting made ready for places: a Teams tab's link becomes a deep link with the place's slot
 * (place.ts, `placeSlot`), short enough for the longest place; any other address is kept as it is.
 * Undefined for a tab whose link cannot be made that short: links then go to the current page.
 */
export function pageWithPlaceSlot(page: string): string | undefined {
  const tab = teamsTabOf(page);
  if (tab === undefined) return page;
  return teamsDeepLink(tab, placeSlot, teamsLinkLimit - longestToken + placeSlot.length);
}
