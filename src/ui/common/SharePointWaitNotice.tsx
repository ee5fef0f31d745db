import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { format } from '../format';
import { useServices } from '../services/services';

/** Waits shorter than this pass before anyone could read about them. */
const worthSayingMs = 3000;

/**
 * Says when SharePoint throttles and a save waits for its Retry-After (tens of seconds, at times):
 * when it tries again, and that the draft is safe meanwhile. Quiet for short waits.
 */
export function SharePointWaitNotice(): React.ReactElement | null {
  const { repository, strings, locale } = useServices();
  const [retryAt, setRetryAt] = React.useState<Date | undefined>(undefined);
  React.useEffect(() => repository.watchWaits(setRetryAt), [repository]);
  if (retryAt === undefined) return null;
  const waitMs = retryAt.getTime() - Date.now();
  if (waitMs < worthSayingMs) return null;
  const time = retryAt.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      {format(strings.EditWaitingForSharePoint, time, Math.ceil(waitMs / 1000))}
    </MessageBar>
  );
}
