// One view under its heading, its code loaded on demand: what every page shows, whether the page
// chose the view or the view follows the user (then `switcher` comes above the heading).
import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { LoadingState } from './common/LoadingState';
import { LazyAdministrationView, LazyAllocationView, LazyIndicatorsView, LazyMyUnitView } from './editingViews';
import { SummaryView } from './summary/SummaryView';
import { MiljomalView, viewLabel } from './views';
import { useStrings } from './services/services';
import { LightButton } from './common/light/LightButton';
import { useNavigation } from './navigation';
import { format } from './format';
import { HelpLink } from './common/HelpLink';

export interface IViewSectionProps {
  view: MiljomalView;
  canManageLists?: boolean;
  siteUrl?: string;
  switcher?: React.ReactNode;
  /** The view the page shows, when a link opened another one here: offered as the way back. */
  backTo?: MiljomalView;
}

function ViewBody(props: IViewSectionProps): React.ReactElement {
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

export function ViewSection(props: IViewSectionProps): React.ReactElement {
  const strings = useStrings();
  const navigation = useNavigation();
  const label = viewLabel(props.view, strings);
  return (
    <Stack as="section" tokens={{ childrenGap: 8 }} aria-label={`${strings.AppTitle}: ${label}`}>
      {props.switcher}
      {props.backTo === undefined || navigation === undefined ? null : (
        <div>
          <LightButton variant="action" text={format(strings.NavBackTo, viewLabel(props.backTo, strings))} onClick={navigation.leave} />
        </div>
      )}
      <Stack horizontal horizontalAlign="space-between" verticalAlign="baseline" wrap tokens={{ childrenGap: 8 }}>
        <Text as="h2" variant="xLarge">{label}</Text>
        <HelpLink />
      </Stack>
      <React.Suspense fallback={<LoadingState label={strings.ViewLoading} />}>
        <ViewBody {...props} />
      </React.Suspense>
    </Stack>
  );
}
