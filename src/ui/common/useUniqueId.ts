import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';

/** An id that stays the same for the component's life (React 17 has no useId). */
export function useUniqueId(prefix: string): string {
  return React.useState(() => getId(prefix))[0];
}
