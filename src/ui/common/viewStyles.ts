// What every view's styles share: the theme slots they paint with and the sections, headings and
// tables built from them. SharePoint section variants, Teams' default, dark and high-contrast
// themes all arrive through the theme; no colour is written here.
import type { IRawStyle, IStyle } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

/** The theme slots the views paint with; a test checks their contrast in every host theme. */
export interface IViewColours {
  background: string;
  text: string;
  subtext: string;
  divider: string;
  focus: string;
  card: string;
  cardBorder: string;
  standout: string;
  accent: string;
  heldBackground: string;
  heldText: string;
  heldGlyph: string;
  missingBackground: string;
  missingText: string;
  missingGlyph: string;
}

export function viewColours(theme: Theme): IViewColours {
  const { semanticColors: colors, palette } = theme;
  return {
    background: colors.bodyBackground,
    text: colors.bodyText,
    subtext: colors.bodySubtext,
    divider: colors.bodyDivider,
    focus: colors.focusBorder,
    card: colors.cardStandoutBackground,
    cardBorder: colors.variantBorder,
    standout: colors.bodyStandoutBackground,
    accent: palette.themePrimary,
    heldBackground: palette.themeLighterAlt,
    heldText: colors.bodyText,
    heldGlyph: palette.themeDarkAlt,
    missingBackground: colors.severeWarningBackground,
    missingText: colors.messageText,
    missingGlyph: colors.severeWarningIcon
  };
}

/** A scroll region's visible width (set by ScrollRegion), for what inside must fit it: the caption, a details row. */
export const regionWidthVariable = '--miljomal-region-width';

/** Class styles every view has; a view's own style interface extends it. */
export interface IViewClassStyles {
  section: IStyle;
  heading: IStyle;
  subheading: IStyle;
  caption: IStyle;
  th: IStyle;
  td: IStyle;
}

export interface IViewStyles {
  classes: IViewClassStyles;
  /** The keyboard focus ring, for selectors. */
  focusVisible: IRawStyle;
  /** A table cell with the given padding. */
  cell: IRawStyle;
}

export function viewStyles(theme: Theme, cellPadding: string): IViewStyles {
  const { fonts } = theme;
  const colours = viewColours(theme);
  const focusVisible: IRawStyle = { outline: `2px solid ${colours.focus}`, outlineOffset: '2px' };
  const cell: IRawStyle = { padding: cellPadding, borderBottom: `1px solid ${colours.divider}`, verticalAlign: 'top' };
  return {
    classes: {
      section: { display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 },
      heading: { ...fonts.large, fontWeight: 600, color: colours.text, margin: '8px 0 0' },
      subheading: { ...fonts.medium, fontWeight: 600, color: colours.text, margin: '4px 0 0' },
      caption: { ...fonts.small, color: colours.subtext, textAlign: 'left', padding: '0 0 4px' },
      th: { ...cell, textAlign: 'left', fontWeight: 600, verticalAlign: 'bottom' },
      td: cell
    },
    focusVisible,
    cell
  };
}
