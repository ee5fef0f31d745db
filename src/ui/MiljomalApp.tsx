import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { IMiljoRepository } from '../data/repositoryTypes';
import type { IsoDate } from '../domain/model';
import type { UiLocale } from './common/text';
import { format } from './format';
import { SummaryView } from './summary/SummaryView';
import { MiljomalView, viewLabel } from './views';

export interface IMiljomalAppProps {
  view: MiljomalView;
  strings: IMiljomalWebPartStrings;
  /**
   * The UI's only door to SharePoint, made once by the host. Optional only until the web part
   * hands one over: without it every view says it is not built yet.
   */
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

/** The root every host renders: the SPFx web part, and later the local workbench. */
export function MiljomalApp(props: IMiljomalAppProps): React.ReactElement {
  const { view, strings, repository } = props;
  const label = viewLabel(view, strings);
  return (
    <Stack as="section" tokens={{ childrenGap: 8 }} aria-label={`${strings.AppTitle}: ${label}`}>
      <Text as="h2" variant="xLarge">{label}</Text>
      {view === 'summary' ? (
        <SummaryView
          repository={repository}
          strings={strings}
          locale={props.locale ?? 'sv-SE'}
          today={props.today}
          canManageLists={props.canManageLists}
          siteUrl={props.siteUrl}
        />
      ) : (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          <strong>{strings.ViewNotBuiltTitle}.</strong> {format(strings.ViewNotBuiltMessage, label)}
        </MessageBar>
      )}
    </Stack>
  );
}
