import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { format } from './format';
import { MiljomalView, viewLabel } from './views';

export interface IMiljomalAppProps {
  view: MiljomalView;
  strings: IMiljomalWebPartStrings;
}

/** The root every host renders: the SPFx web part, and later the local workbench. */
export function MiljomalApp({ view, strings }: IMiljomalAppProps): React.ReactElement {
  const label = viewLabel(view, strings);
  return (
    <Stack as="section" tokens={{ childrenGap: 8 }} aria-label={`${strings.AppTitle}: ${label}`}>
      <Text as="h2" variant="xLarge">{label}</Text>
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        <strong>{strings.ViewNotBuiltTitle}.</strong> {format(strings.ViewNotBuiltMessage, label)}
      </MessageBar>
    </Stack>
  );
}
