// Styles of the indicators view, from the theme in context: the slots of viewStyles.ts (checked for
// contrast in every host theme), never a written colour. In forced colours (Windows high contrast)
// the chart draws in the system's colours; its lines differ by dash and marker, not by colour.
import * as React from 'react';
import { HighContrastSelector, mergeStyleSets, type IProcessedStyleSet, type IStyle } from '@fluentui/react/lib/Styling';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';
import { viewColours, viewStyles, type IViewClassStyles } from './viewStyles';

export interface IIndicatorStyles extends IViewClassStyles {
  number: IStyle;
  text: IStyle;
  subtle: IStyle;
  table: IStyle;
  status: IStyle;
  onTrack: IStyle;
  notOnTrack: IStyle;
  noData: IStyle;
  cards: IStyle;
  card: IStyle;
  facts: IStyle;
  sentence: IStyle;
  chart: IStyle;
  chartValues: IStyle;
  chartPath: IStyle;
  chartTarget: IStyle;
  chartAxis: IStyle;
  chartLabel: IStyle;
  legend: IStyle;
  toolbar: IStyle;
  gridInput: IStyle;
  changed: IStyle;
  problems: IStyle;
}

export type IndicatorClassNames = IProcessedStyleSet<IIndicatorStyles>;

export function indicatorClassNames(theme: Theme): IndicatorClassNames {
  const { fonts, effects, semanticColors } = theme;
  const colours = viewColours(theme);
  const shared = viewStyles(theme, '6px 8px');
  const forced = (color: string): IStyle => ({ selectors: { [HighContrastSelector]: { color } } });
  return mergeStyleSets<IIndicatorStyles>({
    ...shared.classes,
    number: { ...shared.cell, textAlign: 'right', whiteSpace: 'nowrap' },
    text: { ...fonts.medium, color: colours.text, margin: 0, maxWidth: '80ch' },
    subtle: { ...fonts.small, color: colours.subtext, margin: 0 },
    table: { borderCollapse: 'collapse', color: colours.text, ...fonts.medium },
    status: { display: 'inline-flex', alignItems: 'center', gap: 6, fontWeight: 600, whiteSpace: 'nowrap', color: colours.text },
    // The shapes' colours, each 3:1 against the card and the page (summaryContrast checks the slots).
    onTrack: [{ color: colours.heldGlyph }, forced('CanvasText')],
    notOnTrack: [{ color: semanticColors.errorIcon }, forced('CanvasText')],
    noData: [{ color: colours.subtext }, forced('CanvasText')],
    cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))', gap: 16 },
    card: {
      display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0, padding: 12,
      border: `1px solid ${colours.cardBorder}`, borderRadius: effects.roundedCorner4,
      background: colours.card, color: colours.text,
      selectors: { [HighContrastSelector]: { border: '1px solid CanvasText' } }
    },
    facts: {
      ...fonts.small, margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', color: colours.text,
      selectors: { dt: { fontWeight: 600 }, dd: { margin: 0, overflowWrap: 'anywhere' } }
    },
    sentence: { ...fonts.medium, color: colours.text, margin: 0 },
    chart: { display: 'block', width: '100%', height: 'auto', maxWidth: 480, overflow: 'visible' },
    chartValues: [{ color: colours.accent }, forced('Highlight')],
    chartPath: [{ color: colours.subtext }, forced('CanvasText')],
    chartTarget: [{ color: colours.text }, forced('CanvasText')],
    chartAxis: [{ color: colours.divider }, forced('CanvasText')],
    chartLabel: [{ fill: colours.subtext, fontSize: 11 }, { selectors: { [HighContrastSelector]: { fill: 'CanvasText' } } }],
    legend: {
      ...fonts.small, color: colours.text, display: 'flex', flexWrap: 'wrap', gap: '4px 16px', margin: 0, padding: 0, listStyle: 'none',
      selectors: { li: { display: 'inline-flex', alignItems: 'center', gap: 6 } }
    },
    toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px 16px' },
    gridInput: { minWidth: 110, maxWidth: 160 },
    changed: { ...fonts.small, color: colours.text, fontStyle: 'italic', whiteSpace: 'nowrap' },
    problems: { display: 'flex', flexDirection: 'column', gap: 8 }
  });
}

/** The class names for the theme in context; rebuilt when the theme changes. */
export function useIndicatorClassNames(): IndicatorClassNames {
  const theme = useTheme();
  return React.useMemo(() => indicatorClassNames(theme), [theme]);
}
