// The import's progress: a bar with its count in words, named and valued for screen readers. Drawn
// here rather than with Fluent's ProgressIndicator, whose styles keep a helper in the first chunk
// (style-utilities' noWrap) that has no bytes to spare. The fill follows the theme, and the
// system's colours in high contrast, with a border so the track shows in any theme.
import * as React from 'react';
import { HighContrastSelector, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { useUniqueId } from '../../common/useUniqueId';

export interface IImportProgressBarProps {
  label: string;
  /** The count in words ("120 av 1 000 klara"). */
  description: string;
  done: number;
  total: number;
}

export function ImportProgressBar({ label, description, done, total }: IImportProgressBarProps): React.ReactElement {
  const theme = useTheme();
  const labelId = useUniqueId('miljomal-import-progress');
  const classNames = React.useMemo(() => mergeStyleSets({
    label: { ...theme.fonts.medium, fontWeight: 600, color: theme.semanticColors.bodyText },
    track: {
      height: 8, margin: '6px 0', border: `1px solid ${theme.semanticColors.inputBorder}`, borderRadius: 4, overflow: 'hidden',
      selectors: { [HighContrastSelector]: { borderColor: 'WindowText' } }
    },
    fill: {
      height: '100%', background: theme.palette.themePrimary, transition: 'width 0.2s',
      selectors: { [HighContrastSelector]: { background: 'Highlight', forcedColorAdjust: 'none' } }
    },
    description: { ...theme.fonts.small, color: theme.semanticColors.bodySubtext }
  }), [theme]);
  const share = total === 0 ? 1 : Math.min(1, done / total);
  return (
    <div>
      <div id={labelId} className={classNames.label}>{label}</div>
      <div className={classNames.track} role="progressbar" aria-labelledby={labelId} aria-valuemin={0} aria-valuemax={total}
        aria-valuenow={done} aria-valuetext={description}>
        <div className={classNames.fill} style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <div className={classNames.description}>{description}</div>
    </div>
  );
}
