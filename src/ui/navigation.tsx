// Where a gap is fixed: a typed place in another view (the Fördelning cell, the unit in Min enhet,
// an activity's follow-up), reached two ways. A plain click moves the web part there; the same
// place as a URL (query parameters on this page or on the page the property pane names for that
// view; a Teams deep link when that is a Teams tab) works from a new tab, a copied link, a chat or
// the intranet page, because the web part reads the place when it loads. Parameters carry the "miljomal-" prefix: the page's own
// parameters (SharePoint's, the workbench's) are left as they are.
import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { placeHref, type NavTarget, type NavTargetView, type ViewPages } from '../domain/places/place';

export { navParams, targetFromSearch } from '../domain/places/place';
export type { NavTarget, NavTargetView, ViewPages } from '../domain/places/place';

/**
 * The address of a place: a Teams deep link when the page set for its view is a Teams tab's link,
 * else that page or the current one with the place in its query (src/domain/places). `stamp` (when
 * the link was made) lets a Teams tab tell a new link from the place of an earlier one Teams kept.
 */
export function targetHref(target: NavTarget, pages: ViewPages, currentHref: string, stamp?: number): string {
  return placeHref(target, pages, currentHref, stamp);
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
  // One stamp per mount: the links shown together share it, a later visit's links get another.
  const [stamp] = React.useState(() => Date.now());
  const leave = React.useCallback(() => setArrival(undefined), []);
  return React.useMemo<INavigation>(() => ({
    arrival,
    navigate: (target) => {
      visits.current += 1;
      setArrival({ ...target, key: visits.current });
    },
    hrefFor: (target) => targetHref(target, pages ?? {}, window.location.href, stamp),
    leave
  }), [arrival, pages, leave, stamp]);
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
