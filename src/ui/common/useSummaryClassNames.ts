import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { summaryClassNames, type SummaryClassNames } from './summaryStyles';

// One set per theme for every component: built per component, the large region's summary spent a
// tenth of a second merging the same styles for each of its rows.
const classNamesByTheme = new WeakMap<object, SummaryClassNames>();

/** The summary's class names for the theme in context; rebuilt when the theme changes. */
export function useSummaryClassNames(): SummaryClassNames {
  const theme = useTheme();
  return React.useMemo(() => {
    let found = classNamesByTheme.get(theme);
    if (found === undefined) {
      found = summaryClassNames(theme);
      classNamesByTheme.set(theme, found);
    }
    return found;
  }, [theme]);
}
