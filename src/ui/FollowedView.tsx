// Where a page (or a Teams personal app) leaves the view unset: the view follows the user's role
// (views.ts says which), and a switcher offers the others. Loaded only on such pages.
import * as React from 'react';
import type { CurrentUser } from '../ports';
import { LoadingState } from './common/LoadingState';
import { useLoad } from './common/useLoad';
import { useServices } from './services/services';
import { ViewSection } from './ViewSection';
import { ViewSwitcher } from './ViewSwitcher';
import { useNavigation } from './navigation';
import { followedView, MiljomalView, switchableViews } from './views';

type Roles = Pick<CurrentUser, 'isRegionalStaff' | 'isDepartmentHead' | 'isUnitHead'>;
const noRole: Roles = { isRegionalStaff: false, isDepartmentHead: false, isUnitHead: false };

/** The user's roles; a failed ask counts as none (the summary, which everyone may read). */
function useRoles(): Roles | undefined {
  const { repository } = useServices();
  const roles = useLoad(() => repository.currentUser().then((user): Roles => user, () => noRole), [repository]);
  return roles.status === 'loaded' ? roles.value : undefined;
}

export function FollowedView(props: { canManageLists?: boolean; siteUrl?: string }): React.ReactElement {
  const { strings } = useServices();
  const roles = useRoles();
  const navigation = useNavigation();
  const [chosen, setChosen] = React.useState<MiljomalView | undefined>(undefined);
  if (roles === undefined) return <LoadingState label={strings.ViewLoading} />;
  // A link's place wins until the user chooses a view themselves.
  const view = navigation?.arrival?.view ?? chosen ?? followedView(roles);
  const choose = (next: MiljomalView): void => {
    navigation?.leave();
    setChosen(next);
  };
  return (
    <ViewSection
      {...props}
      view={view}
      switcher={<ViewSwitcher views={switchableViews(roles)} current={view} onChoose={choose} />}
    />
  );
}
