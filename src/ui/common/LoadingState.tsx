import * as React from 'react';
import { Shimmer, ShimmerElementType } from '@fluentui/react/lib/Shimmer';
import { Stack } from '@fluentui/react/lib/Stack';

/** Shimmer lines in the shape of a band of figures and a table; the label is read out. */
export function LoadingState({ label }: { label: string }): React.ReactElement {
  return (
    <Stack tokens={{ childrenGap: 12 }} aria-busy="true">
      {/* With ariaLabel the Shimmer puts the label in a polite status region for screen readers. */}
      <Shimmer
        ariaLabel={label}
        shimmerElements={[
          { type: ShimmerElementType.line, height: 64, width: '24%' },
          { type: ShimmerElementType.gap, width: '1%' },
          { type: ShimmerElementType.line, height: 64, width: '24%' },
          { type: ShimmerElementType.gap, width: '1%' },
          { type: ShimmerElementType.line, height: 64, width: '24%' },
          { type: ShimmerElementType.gap, width: '1%' },
          { type: ShimmerElementType.line, height: 64, width: '25%' }
        ]}
      />
      {[0, 1, 2, 3, 4].map((line) => (
        <Shimmer key={line} width={line % 2 === 0 ? '100%' : '85%'} />
      ))}
    </Stack>
  );
}
