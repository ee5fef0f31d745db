import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { IMiljoRepository } from '../ports';
import type { IsoDate } from '../domain/model';
import type { UiLocale } from './common/text';
import { LoadingState } from './common/LoadingState';
import { LazyAdministrationView, LazyAllocationView, LazyMyUnitView } from './editingViews';
import { SummaryView } from './summary/SummaryView';
import { followedView, MiljomalView, switchableViews, viewLabel } from './views';
import { ViewSwitcher } from './ViewSwitcher';
import type { CurrentUser } from '../ports';
import { IServices, ServicesProvider, useServices } from './services/services';
import { localToday } from './common/defaultSelection';

export interface IMiljomalAppProps {
  /** The view the page chose; undefined follows the user's role, with a way to switch. */
  view?: MiljomalView;
  strings: IMiljomalWebPartStrings;
  /** The UI's only door to SharePoint, made once by the host. */
  repository: IMiljoRepository;
  /** The page's language; Swedish when absent. */
  locale?: UiLocale;
  /** Today as YYYY-MM-DD; the user's local date when absent (tests and the workbench fix it). */
  today?: IsoDate;
  /** The user may create and update the lists (Manage Lists on the site); asked of the repository when absent. */
  canManageLists?: boolean;
  /** The site that holds the lists, when it is not this one. */
  siteUrl?: string;
}

function ViewBody(props: IMiljomalAppProps & { view: MiljomalView }): React.ReactElement {
  switch (props.view) {
    case 'summary':
      return <SummaryView canManageLists={props.canManageLists} siteUrl={props.siteUrl} />;
    case 'allocation':
      return <LazyAllocationView />;
    case 'myUnit':
      return <LazyMyUnitView />;
    case 'administration':
      return <LazyAdministrationView />;
  }
}

type Roles = Pick<CurrentUser, 'isRegionalStaff' | 'isDepartmentHead' | 'isUnitHead'>;
const noRole: Roles = { isRegionalStaff: false, isDepartmentHead: false, isUnitHead: false };

/** The user's roles, asked only when the page left the view to them; a failed ask counts as none. */
function useRoles(wanted: boolean): Roles | undefined {
  const { repository } = useServices();
  const [roles, setRoles] = React.useState<Roles | undefined>(undefined);
  React.useEffect(() => {
    if (!wanted) return;
    let current = true;
    repository.currentUser().then((user) => { if (current) setRoles(user); }, () => { if (current) setRoles(noRole); });
    return () => { current = false; };
  }, [repository, wanted]);
  return roles;
}

function AppBody(props: IMiljomalAppProps): React.ReactElement {
  const { strings } = props;
  const follows = props.view === undefined;
  const roles = useRoles(follows);
  const [chosen, setChosen] = React.useState<MiljomalView | undefined>(undefined);
  const view = props.view ?? chosen ?? (roles === undefined ? undefined : followedView(roles));
  if (view === undefined) return <LoadingState label={strings.ViewLoading} />;
  const label = viewLabel(view, strings);
  return (
    <Stack as="section" tokens={{ childrenGap: 8 }} aria-label={`${strings.AppTitle}: ${label}`}>
      {follows && roles !== undefined ? <ViewSwitcher views={switchableViews(roles)} current={view} onChoose={setChosen} /> : null}
      <Text as="h2" variant="xLarge">{label}</Text>
      <React.Suspense fallback={<LoadingState label={strings.ViewLoading} />}>
        <ViewBody {...props} view={view} />
      </React.Suspense>
    </Stack>
  );
}

/** The root every host renders: the SPFx web part and the local workbench. */
export function MiljomalApp(props: IMiljomalAppProps): React.ReactElement {
  const { strings, repository } = props;
  const locale = props.locale ?? 'sv-SE';
  // A page left open past midnight gets the new day on its next render.
  const today = props.today ?? localToday();
  const services = React.useMemo<IServices>(() => ({ repository, strings, locale, today }), [repository, strings, locale, today]);
  return (
    <ServicesProvider services={services}>
      <AppBody {...props} />
    </ServicesProvider>
  );
}
