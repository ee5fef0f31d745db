import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { readFailureOf } from '../../ports';
import { LightButton } from './light/LightButton';
import { LightMessageBar, MessageBarType } from './light/LightMessageBar';
import { shortened } from './text';
import { format } from '../format';
import { useServices } from '../services/services';

export interface IErrorStateProps {
  title: string;
  error: unknown;
  onRetry: () => void;
}

/** Plain words first (naming the permission when SharePoint refused), details for support after. */
export function ErrorState({ title, error, onRetry }: IErrorStateProps): React.ReactElement {
  const { strings } = useServices();
  const message = readFailureOf(error) === 'forbidden' ? strings.ErrorForbidden : strings.ErrorMessage;
  const details = technicalDetails(error);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <LightMessageBar messageBarType={MessageBarType.error}>
        <strong>{title}.</strong> {message}
      </LightMessageBar>
      {details === '' ? null : <Text variant="small">{format(strings.ErrorDetails, details)}</Text>}
      <Stack horizontal>
        <LightButton text={strings.Retry} onClick={onRetry} />
      </Stack>
    </Stack>
  );
}

/** A ReadError's message already names the status; anything else (a bug) says what it is. */
function technicalDetails(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return shortened(message, 300);
}
