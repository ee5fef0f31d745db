import * as React from 'react';
import type { IndicatorStatusKind } from '../../domain/indicators/indicatorStatus';
import { StatusGlyph, type GlyphKind } from './StatusGlyph';
import { useServices } from '../services/services';
import { statusText } from './indicatorFormat';
import { useIndicatorClassNames } from './indicatorStyles';

const glyphs: Record<IndicatorStatusKind, GlyphKind> = { onTrack: 'allocated', notOnTrack: 'warning', noData: 'missing' };

/** The status in words, with a shape of its own beside them; the colour only repeats what both say. */
export function IndicatorStatusText({ kind }: { kind: IndicatorStatusKind }): React.ReactElement {
  const { strings } = useServices();
  const classNames = useIndicatorClassNames();
  return (
    <span className={classNames.status}>
      <StatusGlyph kind={glyphs[kind]} className={classNames[kind]} />
      <span>{statusText(kind, strings)}</span>
    </span>
  );
}
