import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { CollectionPlace, ProvisioningResult } from '../../ports';
import { format } from '../format';
import { LightButton } from './light/LightButton';
import { LightMessageBar, MessageBarType } from './light/LightMessageBar';
import { LiveRegion, useAnnouncement } from './LiveRegion';
import { joinList } from './text';
import { useServices } from '../services/services';

export interface IListsStateProps {
  /** `missing`: nothing can be shown; `outdated`: the lists work but lack the newest fields. */
  problem: 'missing' | 'outdated';
  lists: readonly CollectionPlace[];
  /** Only site owners (Manage Lists) get the button; others are told whom to ask. Undefined while unknown. */
  canManageLists: boolean | undefined;
  /** The site that should hold the lists; this site when absent. */
  siteUrl?: string;
  provision: () => Promise<ProvisioningResult>;
  /** Called once the lists are in place, to load again. */
  onProvisioned: () => void;
}

type Progress = 'idle' | 'working' | 'forbidden' | 'failed';

/** "Miljömål (Lists/MiljoGoals), Organisation (Lists/MiljoOrgUnits) och …": the names SharePoint shows. */
export function listNames(places: readonly CollectionPlace[], and: string): string {
  return joinList(places.map((place) => `${place.title} (${place.url})`), and);
}

export function ListsState(props: IListsStateProps): React.ReactElement {
  const { problem, canManageLists } = props;
  const { strings } = useServices();
  const [progress, setProgress] = React.useState<Progress>('idle');
  const [announcement, announce] = useAnnouncement();
  const names = listNames(props.lists, strings.ListAnd);
  const missing = problem === 'missing';

  const provision = async (): Promise<void> => {
    setProgress('working');
    announce(strings.ListsCreating);
    const result = await props.provision();
    if (result.kind === 'done') {
      setProgress('idle');
      props.onProvisioned();
      return;
    }
    setProgress(result.kind);
  };

  const action = missing ? strings.ListsCreate : strings.ListsUpdate;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <LightMessageBar messageBarType={missing ? MessageBarType.warning : MessageBarType.info}>
        {missing ? (
          <>
            <strong>{strings.ListsMissingTitle}.</strong>{' '}
            {format(strings.ListsMissingMessage, props.siteUrl ?? strings.ThisSite, names)}
          </>
        ) : (
          format(strings.ListsOutdated, names)
        )}{' '}
        {canManageLists === false ? (missing ? strings.ListsAskOwner : strings.ListsOutdatedAskOwner) : null}
      </LightMessageBar>
      {progress === 'forbidden' ? (
        <LightMessageBar messageBarType={MessageBarType.error}>{strings.ListsCreateForbidden}</LightMessageBar>
      ) : null}
      {progress === 'failed' ? (
        <LightMessageBar messageBarType={MessageBarType.error}>{strings.ListsCreateFailed}</LightMessageBar>
      ) : null}
      {canManageLists === true ? (
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <LightButton variant={missing ? 'primary' : 'default'} text={action} onClick={() => { void provision(); }} disabled={progress === 'working'} />
          {progress === 'working' ? <Text>{strings.ListsCreating}</Text> : null}
        </Stack>
      ) : null}
      <LiveRegion announcement={announcement} />
    </Stack>
  );
}
