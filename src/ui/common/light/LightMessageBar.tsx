// Fluent's MessageBar imports IconButton (for its dismiss and expand buttons), and with it the
// ContextualMenu a button may open. The summary's messages have neither: this renders Fluent's
// MessageBar markup with its own styles (colours per type, high contrast) and the same role,
// live region and delayed render, so screen readers announce it as they announce Fluent's.
import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { useTheme } from '@fluentui/react/lib/Theme';
import { classNamesFunction, DelayedRender } from '@fluentui/react/lib/Utilities';
// The enum alone: webpack leaves out the rest of the MessageBar module (it has no side effects).
import { MessageBarType, type IMessageBarStyleProps, type IMessageBarStyles } from '@fluentui/react/lib/MessageBar';
import { getStyles } from '@fluentui/react/lib/components/MessageBar/MessageBar.styles';

export { MessageBarType };

const getClassNames = classNamesFunction<IMessageBarStyleProps, IMessageBarStyles>();

const icons: Partial<Record<MessageBarType, string>> = {
  [MessageBarType.info]: 'Info',
  [MessageBarType.warning]: 'Info',
  [MessageBarType.error]: 'ErrorBadge',
  [MessageBarType.success]: 'Completed'
};

type LightMessageBarType = MessageBarType.info | MessageBarType.warning | MessageBarType.error | MessageBarType.success;

export function LightMessageBar({ messageBarType, children }: { messageBarType: LightMessageBarType; children: React.ReactNode }): React.ReactElement {
  const theme = useTheme();
  const classNames = getClassNames(getStyles, { theme, messageBarType, onDismiss: false, actions: false, isMultiline: true });
  const urgent = messageBarType === MessageBarType.error;
  return (
    <div className={classNames.root}>
      <div className={classNames.content}>
        <div className={classNames.iconContainer} aria-hidden="true">
          <Icon iconName={icons[messageBarType]} className={classNames.icon} />
        </div>
        <div className={classNames.text} role={urgent ? 'alert' : 'status'} aria-live={urgent ? 'assertive' : 'polite'}>
          <span className={classNames.innerText}>
            <DelayedRender><span>{children}</span></DelayedRender>
          </span>
        </div>
      </div>
    </div>
  );
}
