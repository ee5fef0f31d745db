// Where a gap is fixed: a typed place in another view (the Fördelning cell, the unit in Min enhet,
// an activity's follow-up), reached two ways. A plain click moves the web part there; the same
// place as a URL (query parameters on this page, or on the page or Teams tab the property pane
// names for that view) works from a new tab, a copied link or the intranet page, because the web
// part reads the parameters when it loads. Parameters carry the "miljomal-" prefix: the page's own
// parameters (SharePoint's, the workbench's) are left as they are.
import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { Year } from '../domain/model';

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

function idParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === null || !/^\d{1,10}$/.test(value)) return undefined;
  return Number(value);
}

/** The place a URL's query names; undefined when it names none (or one this version does not know). */
export function targetFromSearch(search: string): NavTarget | undefined {
  const params = new URLSearchParams(search);
  const view = params.get(navParams.view);
  const orgUnitId = idParam(params, navParams.unit);
  if (orgUnitId === undefined) return undefined;
  const goalId = idParam(params, navParams.goal);
  if (view === 'allocation') {
    const year = idParam(params, navParams.year);
    return { view, orgUnitId, ...(goalId === undefined ? {} : { goalId }), ...(year === undefined ? {} : { year }) };
  }
  if (view === 'myUnit') {
    const activityId = idParam(params, navParams.activity);
    return { view, orgUnitId, ...(goalId === undefined ? {} : { goalId }), ...(activityId === undefined ? {} : { activityId }) };
  }
  return undefined;
}

/**
 * The address of a place: the page set for its view when there is one, else the current page,
 * with this web part's parameters replaced (the page's own kept).
 */
export function targetHref(target: NavTarget, pages: ViewPages, currentHref: string): string {
  const url = new URL(pages[target.view] ?? currentHref, currentHref);
  for (const name of Object.values(navParams)) url.searchParams.delete(name);
  url.hash = '';
  url.searchParams.set(navParams.view, target.view);
  if (target.view === 'allocation' && target.year !== undefined) url.searchParams.set(navParams.year, String(target.year));
  url.searchParams.set(navParams.unit, String(target.orgUnitId));
  if (target.goalId !== undefined) url.searchParams.set(navParams.goal, String(target.goalId));
  if (target.view === 'myUnit' && target.activityId !== undefined) url.searchParams.set(navParams.activity, String(target.activityId));
  return url.toString();
}

/** A place the web part was sent to; `key` tells one visit from the next to the same place. */
export type Arrival = NavTarget & { key: number };

export interface INavigation {
  /** Where the web part was sent, until the user chooses a view themselves. */
  arrival: Arrival | undefined;
  navigate(target: NavTarget): void;
  hrefFor(target: NavTarget): string;
  /** Back to the view the page shows (or the user chose). */
  leave(): void;
}

const NavigationContext = React.createContext<INavigation | undefined>(undefined);

export function NavigationProvider(props: { navigation: INavigation; children?: React.ReactNode }): React.ReactElement {
  return <NavigationContext.Provider value={props.navigation}>{props.children}</NavigationContext.Provider>;
}

/** Undefined outside the app root (a view rendered alone in a test): then gaps are text, not links. */
export function useNavigation(): INavigation | undefined {
  return React.useContext(NavigationContext);
}

/** The app root's navigation state: the arrival the page's URL carried, then each in-app visit. */
export function useNavigationState(initial: NavTarget | undefined, pages: ViewPages | undefined): INavigation {
  const [arrival, setArrival] = React.useState<Arrival | undefined>(initial === undefined ? undefined : { ...initial, key: 0 });
  // Keys only grow, so a second visit to the same place (after "back") is a new one.
  const visits = React.useRef(0);
  const leave = React.useCallback(() => setArrival(undefined), []);
  return React.useMemo<INavigation>(() => ({
    arrival,
    navigate: (target) => {
      visits.current += 1;
      setArrival({ ...target, key: visits.current });
    },
    hrefFor: (target) => targetHref(target, pages ?? {}, window.location.href),
    leave
  }), [arrival, pages, leave]);
}

/**
 * The arrival meant for this view, handed out once per visit: `done` marks it handled, so a
 * re-render (a save, a reload of the year) does not pull focus back to the place.
 */
export function useArrivalFor(view: NavTargetView): { arrival: Arrival | undefined; done(): void } {
  const navigation = useNavigation();
  const handled = React.useRef<number | undefined>(undefined);
  const arrival = navigation?.arrival;
  const pending = arrival !== undefined && arrival.view === view && handled.current !== arrival.key ? arrival : undefined;
  const done = React.useCallback(() => { if (pending !== undefined) handled.current = pending.key; }, [pending]);
  return { arrival: pending, done };
}

/**
 * Focuses a place once it is on the screen, scrolled to the middle so the user sees where they are,
 * and marks it until focus leaves: after a mouse click the browser draws no focus ring, and of five
 * alike cells the eye must see which was meant. The mark is drawn in the text's own colour, inside
 * the element (a scroll area does not clip it), so it contrasts in every theme, high contrast too.
 */
export function focusPlace(element: HTMLElement): void {
  const { outline, outlineOffset } = element.style;
  element.style.outline = '3px solid currentColor';
  element.style.outlineOffset = '-3px';
  element.setAttribute('data-landed', '');
  element.addEventListener('blur', () => {
    element.style.outline = outline;
    element.style.outlineOffset = outlineOffset;
    element.removeAttribute('data-landed');
  }, { once: true });
  element.focus({ preventScroll: true });
  if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center', inline: 'nearest' });
}

export interface IPlaceLinkProps {
  target: NavTarget;
  children: React.ReactNode;
  className?: string;
  'aria-label'?: string;
}

/**
 * A real link to the place (new tab, copy link, ctrl-click), which on a plain click moves the web
 * part there instead of loading the page again. Outside the app root it is its text.
 */
export function PlaceLink({ target, children, className, 'aria-label': ariaLabel }: IPlaceLinkProps): React.ReactElement {
  const navigation = useNavigation();
  if (navigation === undefined) return <>{children}</>;
  const onClick = (event: React.MouseEvent<HTMLElement>): void => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigation.navigate(target);
  };
  return (
    <Link href={navigation.hrefFor(target)} onClick={onClick} className={className} aria-label={ariaLabel}>
      {children}
    </Link>
  );
}
