import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { CollectionPlace, ProvisioningResult } from '../../ports';
import { format } from '../format';
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
  const Button = missing ? PrimaryButton : DefaultButton;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar messageBarType={missing ? MessageBarType.warning : MessageBarType.info} isMultiline>
        {missing ? (
          <>
            <strong>{strings.ListsMissingTitle}.</strong>{' '}
            {format(strings.ListsMissingMessage, props.siteUrl ?? strings.ThisSite, names)}
          </>
        ) : (
          format(strings.ListsOutdated, names)
        )}{' '}
        {canManageLists === false ? (missing ? strings.ListsAskOwner : strings.ListsOutdatedAskOwner) : null}
      </MessageBar>
      {progress === 'forbidden' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>{strings.ListsCreateForbidden}</MessageBar>
      ) : null}
      {progress === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>{strings.ListsCreateFailed}</MessageBar>
      ) : null}
      {canManageLists === true ? (
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Button text={action} onClick={() => { void provision(); }} disabled={progress === 'working'} />
          {progress === 'working' ? <Text>{strings.ListsCreating}</Text> : null}
        </Stack>
      ) : null}
      <LiveRegion announcement={announcement} />
    </Stack>
  );
}
