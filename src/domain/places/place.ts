// A place in the product where something is done (a Fördelning cell, a unit in Min enhet, an
// activity's follow-up) and its addresses: the query of a SharePoint page (`?miljomal-view=…`), and
// the token a Teams deep link carries to a tab (`context={"subEntityId":…}`, which the tab reads as
// `page.subPageId`). Both are read back when the web part loads. Plain TypeScript: the web part, the
// Viva Connections card and the reminders build the same addresses from here.
import type { Year } from '../model';

export type NavTarget =
  /** A cell of Fördelning: goal × org unit; without a goal, the grid of that department or the unit's row. */
  | { view: 'allocation'; year?: Year; orgUnitId: number; goalId?: number }
  /** A unit in Min enhet; with a goal, where an activity is added to it; with an activity, its follow-up. */
  | { view: 'myUnit'; orgUnitId: number; goalId?: number; activityId?: number };

export type NavTargetView = NavTarget['view'];

/** The addresses of the pages (or Teams tabs) that hold a view, as the property pane set them. */
export type ViewPages = Partial<Record<NavTargetView, string>>;

export const navParams = {
  view: 'miljomal-view',
  year: 'miljomal-year',
  unit: 'miljomal-unit',
  goal: 'miljomal-goal',
  activity: 'miljomal-activity'
} as const;

export const idPattern = /^\d{1,10}$/;

function idParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === null || !idPattern.test(value)) return undefined;
  return Number(value);
}

/** The place from its parts, each already checked to be an id; undefined for a view this version does not know. */
export function targetOf(view: string | null, orgUnitId: number | undefined, goalId: number | undefined, year: number | undefined,
  activityId: number | undefined): NavTarget | undefined {
  if (orgUnitId === undefined) return undefined;
  if (view === 'allocation') {
    return { view, orgUnitId, ...(goalId === undefined ? {} : { goalId }), ...(year === undefined ? {} : { year }) };
  }
  if (view === 'myUnit') {
    return { view, orgUnitId, ...(goalId === undefined ? {} : { goalId }), ...(activityId === undefined ? {} : { activityId }) };
  }
  return undefined;
}

/** The place a URL's query names; undefined when it names none (or one this version does not know). */
export function targetFromSearch(search: string): NavTarget | undefined {
  const params = new URLSearchParams(search);
  return targetOf(params.get(navParams.view), idParam(params, navParams.unit), idParam(params, navParams.goal),
    idParam(params, navParams.year), idParam(params, navParams.activity));
}

/** The place on a SharePoint page: that page with this web part's parameters replaced (the page's own kept). */
export function pageHref(target: NavTarget, pageUrl: string, currentHref: string): string {
  const url = new URL(pageUrl, currentHref);
  for (const name of Object.values(navParams)) url.searchParams.delete(name);
  url.hash = '';
  url.searchParams.set(navParams.view, target.view);
  if (target.view === 'allocation' && target.year !== undefined) url.searchParams.set(navParams.year, String(target.year));
  url.searchParams.set(navParams.unit, String(target.orgUnitId));
  if (target.goalId !== undefined) url.searchParams.set(navParams.goal, String(target.goalId));
  if (target.view === 'myUnit' && target.activityId !== undefined) url.searchParams.set(navParams.activity, String(target.activityId));
  return url.toString();
}

/**
 * The place as a Teams tab's sub-entity: `myUnit.u111.a5`, `allocation.u11.y2023.g3`, and with a
 * stamp (when the link was made, seconds in base 36) `….t1k2j3h`. Letters, digits and dots only, so
 * the token passes every encoding Teams applies to a deep link unchanged. The stamp tells a link
 * followed again from the place of an earlier link Teams kept (see `teamsLanding`).
 */
export function placeToken(target: NavTarget, stamp?: number): string {
  const parts: string[] = [target.view, `u${target.orgUnitId}`];
  if (target.view === 'allocation' && target.year !== undefined) parts.push(`y${target.year}`);
  if (target.goalId !== undefined) parts.push(`g${target.goalId}`);
  if (target.view === 'myUnit' && target.activityId !== undefined) parts.push(`a${target.activityId}`);
  if (stamp !== undefined && Number.isFinite(stamp) && stamp >= 0) parts.push(`t${Math.floor(stamp / 1000).toString(36)}`);
  return parts.join('.');
}

/**
 * Where a Teams deep link made for a view's tab (teamsLinks.ts, `teamsLinkSlot`) carries the place:
 * the link is made once, with this in its sub-entity, and each place's link replaces it with the
 * place's token. Letters and digits only, like the token, so no encoding stands between them. The
 * first chunk of the web part then needs no Teams link parser (it is loaded where a page is a tab).
 */
export const placeSlot = 'miljomalPlaceSlot';

/**
 * The longest deep link made. Teams on Windows cannot open one over 2,048 characters (Windows'
 * INTERNET_MAX_URL_LENGTH; Microsoft's "Deep link to an application"); the margin leaves room for a
 * client that wraps the link (Outlook's safe links, a chat's own encoding of a pasted link).
 */
export const teamsLinkLimit = 1900;

/**
 * The address of a place: when the page set for its view is a Teams tab's deep link with the place's
 * slot, that link with the place in it; else that page, else the current page, with the place in the
 * query. A deep link that would pass Teams' length limit falls back to the current page.
 */
export function placeHref(target: NavTarget, pages: ViewPages, currentHref: string, stamp?: number): string {
  const page = pages[target.view];
  if (page !== undefined && page.includes(placeSlot)) {
    const link = page.replace(placeSlot, placeToken(target, stamp));
    return link.length <= teamsLinkLimit ? link : pageHref(target, currentHref, currentHref);
  }
  return pageHref(target, page ?? currentHref, currentHref);
}
