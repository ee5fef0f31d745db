// Styles of the editing views, from the theme in context (SharePoint sections, Teams default, dark
// and high contrast arrive through it). No colour is written here.
import * as React from 'react';
import { HighContrastSelector, mergeStyleSets, type IProcessedStyleSet, type IStyle } from '@fluentui/react/lib/Styling';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';

export interface IEditStyles {
  plainText: IStyle;
  card: IStyle;
  cardHeader: IStyle;
  heading: IStyle;
  subheading: IStyle;
  minorHeading: IStyle;
  subtle: IStyle;
  facts: IStyle;
  factTerm: IStyle;
  factValue: IStyle;
  list: IStyle;
  dateRow: IStyle;
  table: IStyle;
  caption: IStyle;
  th: IStyle;
  td: IStyle;
  differs: IStyle;
  marker: IStyle;
  choices: IStyle;
  hint: IStyle;
  fieldError: IStyle;
  fieldset: IStyle;
  legend: IStyle;
  pending: IStyle;
  /** A saved action's confirmation, beside where the action was started; empty until something is said. */
  confirmation: IStyle;
  /** A numbered list of steps, its numbers shown. */
  steps: IStyle;
}

export type EditClassNames = IProcessedStyleSet<IEditStyles>;

export function editClassNames(theme: Theme): EditClassNames {
  const { semanticColors: colors, fonts, effects, palette } = theme;
  const cell: IStyle = { padding: '6px 8px', borderBottom: `1px solid ${colors.bodyDivider}`, verticalAlign: 'top', textAlign: 'left' };
  return mergeStyleSets<IEditStyles>({
    // Typed text exactly as typed: line breaks kept, long words broken, never markup.
    plainText: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0, color: 'inherit' },
    card: {
      display: 'flex', flexDirection: 'column', gap: 8, padding: 12,
      border: `1px solid ${colors.variantBorder}`, borderRadius: effects.roundedCorner4,
      background: colors.cardStandoutBackground, color: colors.bodyText,
      selectors: { [HighContrastSelector]: { border: '1px solid WindowText' } }
    },
    cardHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: 8 },
    heading: { ...fonts.large, fontWeight: 600, color: colors.bodyText, margin: '8px 0 0' },
    subheading: { ...fonts.mediumPlus, fontWeight: 600, color: colors.bodyText, margin: 0 },
    minorHeading: { ...fonts.medium, fontWeight: 600, color: colors.bodyText, margin: 0 },
    subtle: { ...fonts.small, color: colors.bodySubtext, margin: 0 },
    facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: 0, ...fonts.small },
    factTerm: { color: colors.bodySubtext, margin: 0 },
    factValue: { color: colors.bodyText, margin: 0, minWidth: 0 },
    list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: 8 },
    dateRow: { display: 'flex', flexWrap: 'wrap', gap: 12, selectors: { '> *': { flex: '1 1 160px' } } },
    table: { borderCollapse: 'collapse', width: '100%', color: colors.bodyText, ...fonts.medium, tableLayout: 'fixed' },
    caption: { ...fonts.small, color: colors.bodySubtext, textAlign: 'left', padding: '0 0 4px' },
    th: { ...cell, fontWeight: 600 },
    td: cell,
    differs: { background: colors.bodyStandoutBackground },
    marker: { display: 'block', ...fonts.small, fontWeight: 400, color: colors.bodySubtext },
    choices: { display: 'flex', flexDirection: 'column', gap: 8 },
    hint: { ...fonts.small, color: colors.bodySubtext, margin: '2px 0 0' },
    fieldError: { ...fonts.small, color: colors.errorText, margin: '4px 0 0' },
    fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 8 },
    legend: { ...fonts.medium, fontWeight: 600, color: colors.bodyText, padding: '5px 0' },
    pending: { ...fonts.small, color: palette.themeDarkAlt, fontStyle: 'italic' },
    steps: { margin: 0, paddingLeft: 24, color: colors.bodyText, selectors: { '> li + li': { marginTop: 8 } } },
    confirmation: {
      ...fonts.medium, fontWeight: 600, color: colors.bodyText, margin: 0,
      selectors: {
        ':not(:empty)': { borderLeft: `4px solid ${colors.successIcon}`, padding: '4px 0 4px 8px' },
        [HighContrastSelector]: { borderLeftColor: 'WindowText' }
      }
    }
  });
}

/** The editing views' class names for the theme in context; rebuilt when the theme changes. */
export function useEditClassNames(): EditClassNames {
  const theme = useTheme();
  return React.useMemo(() => editClassNames(theme), [theme]);
}
