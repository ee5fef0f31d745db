import * as React from 'react';
import type { IKolada, IMiljoRepository } from '../ports';
import type { IsoDate } from '../domain/model';
import { realClock, type Clock } from '../domain/clock';
import type { UiLocale } from './common/text';
import { LoadingState } from './common/LoadingState';
import type { MiljomalView } from './views';
import { ViewSection } from './ViewSection';
import { IServices, ServicesProvider } from './services/services';
import { localToday } from './common/defaultSelection';
import { NavigationProvider, useNavigationState, type NavTarget, type ViewPages } from './navigation';

export interface IMiljomalAppProps {
  /** The view the page chose; undefined follows the user's role, with a way to switch. */
  view?: MiljomalView;
  strings: IMiljomalWebPartStrings;
  /** The UI's only door to SharePoint, made once by the host. */
  repository: IMiljoRepository;
  /** The page's language; Swedish when absent. */
  locale?: UiLocale;
  /** Today as YYYY-MM-DD; the clock's local date when absent (tests and the workbench fix it). */
  today?: IsoDate;
  /** The clock every saved or printed time reads; the real one when absent (the workbench runs the demo's). */
  now?: Clock;
  /** The user may create and update the lists (Manage Lists on the site); asked of the repository when absent. */
  canManageLists?: boolean;
  /** The site that holds the lists, when it is not this one. */
  siteUrl?: string;
  /** The place the page's address sent the web part to (a gap's link), read by the host once. */
  target?: NavTarget;
  /** The pages or Teams tabs that hold Fördelning and Min enhet, for links that leave this page. */
  pages?: ViewPages;
  /** Where the role guides live (the property pane's "Hjälpsida"); unset hides the Help link. */
  helpPage?: string;
  /** Kolada's API as the host reaches it (the web part's "Kolada" property); unset hides fetching from Kolada. */
  kolada?: IKolada;
  /** The förvaltning the page shows only (the property pane's "Förvaltning"); unset, every one with a chooser. */
  forvaltningId?: number;
}

const LazyFollowedView = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-followed-view' */ './FollowedView').then((module) => ({ default: module.FollowedView })));

/** The root every host renders: the SPFx web part and the local workbench. */
export function MiljomalApp(props: IMiljomalAppProps): React.ReactElement {
  const { strings, repository } = props;
  const locale = props.locale ?? 'sv-SE';
  // A page left open past midnight gets the new day on its next render.
  const now = props.now ?? realClock;
  const today = props.today ?? localToday(now());
  const { helpPage, kolada, forvaltningId } = props;
  const services = React.useMemo<IServices>(() => ({ repository, strings, locale, today, now, helpPage, kolada, forvaltningId }),
    [repository, strings, locale, today, now, helpPage, kolada, forvaltningId]);
  const navigation = useNavigationState(props.target, props.pages);
  const arrival = navigation.arrival;
  // The page's own view changed (the property pane, the workbench): that choice wins over a link's place.
  const shownView = React.useRef(props.view);
  const { leave } = navigation;
  React.useEffect(() => {
    if (shownView.current === props.view) return;
    shownView.current = props.view;
    leave();
  }, [props.view, leave]);
  return (
    <ServicesProvider services={services}>
      <NavigationProvider navigation={navigation}>
        {props.view === undefined ? (
          <React.Suspense fallback={<LoadingState label={strings.ViewLoading} />}>
            <LazyFollowedView canManageLists={props.canManageLists} siteUrl={props.siteUrl} />
          </React.Suspense>
        ) : arrival !== undefined && arrival.view !== props.view ? (
          // A page that shows one view still opens the place a link names, with a way back.
          <ViewSection view={arrival.view} canManageLists={props.canManageLists} siteUrl={props.siteUrl} backTo={props.view} />
        ) : <ViewSection view={props.view} canManageLists={props.canManageLists} siteUrl={props.siteUrl} />}
      </NavigationProvider>
    </ServicesProvider>
  );
}
