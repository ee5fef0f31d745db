// A date field: the browser's own date input in a Fluent TextField. Its calendar icon is drawn by
// the browser in the page's colour scheme (dark on light), so on a dark or high-contrast theme it
// vanished into the background: the field says which scheme it sits in, and in forced colours the
// scheme of the system's colours.
import * as React from 'react';
import { TextField, type ITextFieldProps } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';

export type IDateFieldProps = Omit<ITextFieldProps, 'type' | 'styles'>;

export function DateField(props: IDateFieldProps): React.ReactElement {
  const theme = useTheme();
  const styles = React.useMemo(() => ({
    // A date needs no more width than this; the field keeps to it in a wide dialog.
    root: { maxWidth: 220 },
    field: {
      colorScheme: theme.isInverted ? 'dark' : 'light',
      selectors: {
        '::-webkit-calendar-picker-indicator': { cursor: 'pointer' },
        // Forced colours bring the system's own background: the icon follows its light or dark.
        '@media (forced-colors: active) and (prefers-color-scheme: dark)': { colorScheme: 'dark' },
        '@media (forced-colors: active) and (prefers-color-scheme: light)': { colorScheme: 'light' }
      }
    }
  }), [theme]);
  return <TextField {...props} type="date" styles={styles} />;
}
