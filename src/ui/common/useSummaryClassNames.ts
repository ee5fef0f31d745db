import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { summaryClassNames, type SummaryClassNames } from './summaryStyles';

/** The summary's class names for the theme in context; rebuilt when the theme changes. */
export function useSummaryClassNames(): SummaryClassNames {
  const theme = useTheme();
  return React.useMemo(() => summaryClassNames(theme), [theme]);
}
