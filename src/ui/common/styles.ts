// Class names shared by the views. Colours always come from the theme, never from here.

import { hiddenContentStyle, mergeStyles } from '@fluentui/react/lib/Styling';

/** Read by screen readers, not shown. */
export const visuallyHiddenClass: string = mergeStyles(hiddenContentStyle);
