import * as React from 'react';
import { Shimmer, ShimmerElementType } from '@fluentui/react/lib/Shimmer';
import { Stack } from '@fluentui/react/lib/Stack';

/**
 * Shimmer lines in the shape of a band of figures and a table (or, `lines`, of a list or table
 * alone, inside a view already shown); the label is read out.
 */
export function LoadingState({ label, shape = 'view' }: { label: string; shape?: 'view' | 'lines' }): React.ReactElement {
  const lines = [0, 1, 2, 3, 4].map((line) => (
    <Shimmer key={line} ariaLabel={shape === 'lines' && line === 0 ? label : undefined} width={line % 2 === 0 ? '100%' : '85%'} />
  ));
  if (shape === 'lines') return <Stack tokens={{ childrenGap: 12 }} aria-busy="true">{lines}</Stack>;
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
      {lines}
    </Stack>
  );
}
