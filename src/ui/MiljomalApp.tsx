import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { IMiljoRepository } from '../ports';
import type { IsoDate } from '../domain/model';
import type { UiLocale } from './common/text';
import { LoadingState } from './common/LoadingState';
import { LazyAdministrationView, LazyAllocationView, LazyIndicatorsView, LazyMyUnitView } from './editingViews';
import { SummaryView } from './summary/SummaryView';
import { MiljomalView, viewLabel } from './views';
import { IServices, ServicesProvider } from './services/services';
import { localToday } from './common/defaultSelection';

export interface IMiljomalAppProps {
  view: MiljomalView;
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

function ViewBody(props: IMiljomalAppProps): React.ReactElement {
  switch (props.view) {
    case 'summary':
      return <SummaryView canManageLists={props.canManageLists} siteUrl={props.siteUrl} />;
    case 'allocation':
      return <LazyAllocationView />;
    case 'myUnit':
      return <LazyMyUnitView />;
    case 'administration':
      return <LazyAdministrationView />;
    case 'indicators':
      return <LazyIndicatorsView />;
  }
}

/** The root every host renders: the SPFx web part and the local workbench. */
export function MiljomalApp(props: IMiljomalAppProps): React.ReactElement {
  const { strings, repository } = props;
  const label = viewLabel(props.view, strings);
  const locale = props.locale ?? 'sv-SE';
  // A page left open past midnight gets the new day on its next render.
  const today = props.today ?? localToday();
  const services = React.useMemo<IServices>(() => ({ repository, strings, locale, today }), [repository, strings, locale, today]);
  return (
    <ServicesProvider services={services}>
      <Stack as="section" tokens={{ childrenGap: 8 }} aria-label={`${props.strings.AppTitle}: ${label}`}>
        <Text as="h2" variant="xLarge">{label}</Text>
        <React.Suspense fallback={<LoadingState label={strings.ViewLoading} />}>
          <ViewBody {...props} />
        </React.Suspense>
      </Stack>
    </ServicesProvider>
  );
}
