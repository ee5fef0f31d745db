import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { useEditingClassNames } from '../common/workspaceStyles';

/** Remembered per browser. Storage may be missing or refused (private mode, a Teams webview's policy). */
export function readDismissed(storageKey: string): boolean {
  try {
    return typeof window !== 'undefined' && window.localStorage?.getItem(storageKey) === 'dismissed';
  } catch {
    return false;
  }
}

export function writeDismissed(storageKey: string, dismissed: boolean): void {
  try {
    if (dismissed) window.localStorage?.setItem(storageKey, 'dismissed');
    else window.localStorage?.removeItem(storageKey);
  } catch {
    // Not remembered: the guidance comes back next time, which is harmless.
  }
}

export interface IGuidanceProps {
  storageKey: string;
  title: string;
  paragraphs: readonly string[];
  dismissText: string;
  showText: string;
}

/** Short guidance in the view itself, shown until dismissed; a button brings it back. */
export function Guidance({ storageKey, title, paragraphs, dismissText, showText }: IGuidanceProps): React.ReactElement {
  const classNames = useEditingClassNames();
  const [dismissed, setDismissed] = React.useState(() => readDismissed(storageKey));
  const set = (value: boolean): void => {
    setDismissed(value);
    writeDismissed(storageKey, value);
  };
  if (dismissed) {
    return (
      <Stack horizontal>
        <ActionButton text={showText} onClick={() => set(false)} />
      </Stack>
    );
  }
  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline>
      <Stack tokens={{ childrenGap: 8 }}>
        <strong>{title}</strong>
        <ol className={classNames.list}>
          {paragraphs.map((paragraph) => <li key={paragraph}>{paragraph}</li>)}
        </ol>
        <Stack horizontal>
          <DefaultButton text={dismissText} onClick={() => set(true)} />
        </Stack>
      </Stack>
    </MessageBar>
  );
}
