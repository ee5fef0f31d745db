// The summary's styles, from the theme in context: SharePoint section variants, Teams' default, dark
// and high-contrast themes all arrive through it. No colour is written here.

import { HighContrastSelector, mergeStyleSets, type IProcessedStyleSet, type IStyle } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';
import { regionWidthVariable, viewColours, viewStyles, type IViewClassStyles } from './viewStyles';

export interface ISummaryStyles extends IViewClassStyles {
  toolbar: IStyle;
  periodOptions: IStyle;
  band: IStyle;
  bandItem: IStyle;
  bandLabel: IStyle;
  bandValue: IStyle;
  bandNote: IStyle;
  table: IStyle;
  number: IStyle;
  plainButton: IStyle;
  glyph: IStyle;
  held: IStyle;
  heldGlyph: IStyle;
  missing: IStyle;
  missingGlyph: IStyle;
  goalCode: IStyle;
  goalTitle: IStyle;
  goalLink: IStyle;
  /** A link to where a gap is fixed, inside tinted cells and small print: the text's own colour (the theme's link colour fails contrast on the tints), underlined. */
  placeLink: IStyle;
  detailsCell: IStyle;
  detailsFrame: IStyle;
  details: IStyle;
  subtle: IStyle;
  note: IStyle;
  columns: IStyle;
  column: IStyle;
  matrixColumn: IStyle;
  list: IStyle;
  report: IStyle;
  confirmation: IStyle;
}

export type SummaryClassNames = IProcessedStyleSet<ISummaryStyles>;

export function summaryClassNames(theme: Theme): SummaryClassNames {
  const { fonts, effects } = theme;
  const colours = viewColours(theme);
  const { classes, focusVisible, cell } = viewStyles(theme, '8px');
  return mergeStyleSets<ISummaryStyles>({
    ...classes,
    toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px 24px' },
    periodOptions: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' },
    band: {
      display: 'grid',
      gridTemplateColumns: 'repeat(auto-fit, minmax(190px, 1fr))',
      gap: 12,
      margin: 0,
      padding: 0
    },
    // The value reads large above its label; in the DOM the label (dt) comes first, as it must.
    bandItem: {
      display: 'flex',
      flexDirection: 'column-reverse',
      justifyContent: 'flex-end',
      gap: 4,
      padding: 12,
      border: `1px solid ${colours.cardBorder}`,
      borderRadius: effects.roundedCorner4,
      background: colours.card,
      color: colours.text,
      selectors: { [HighContrastSelector]: { border: '1px solid WindowText' } }
    },
    bandLabel: { ...fonts.medium, color: colours.text, margin: 0 },
    bandValue: { ...fonts.xxLarge, fontWeight: 600, color: colours.text, margin: 0, display: 'block' },
    bandNote: { ...fonts.small, color: colours.subtext, display: 'block', marginTop: 2 },
    table: { borderCollapse: 'collapse', width: '100%', color: colours.text, ...fonts.medium },
    number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
    plainButton: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 6,
      margin: 0,
      padding: '2px 0',
      border: 'none',
      background: 'transparent',
      color: 'inherit',
      font: 'inherit',
      fontWeight: 'inherit',
      textAlign: 'inherit',
      cursor: 'pointer',
      selectors: {
        ':hover': { textDecoration: 'underline' },
        ':focus-visible': focusVisible
      }
    },
    glyph: { flexShrink: 0, width: '1em', textAlign: 'center' },
    // Tints from the theme (the theme colour for "held", the orange warning family for "missing",
    // a pair that protan and deutan vision tell apart); the tick or ring and the word carry the
    // meaning in every theme, and in forced colours the system colours replace the tints.
    held: { ...cell, background: colours.heldBackground, color: colours.text, whiteSpace: 'nowrap' },
    heldGlyph: { color: colours.heldGlyph, verticalAlign: 'middle', marginRight: 6 },
    missing: { ...cell, background: colours.missingBackground, color: colours.missingText, whiteSpace: 'nowrap', fontWeight: 600 },
    missingGlyph: { color: colours.missingGlyph, verticalAlign: 'middle', marginRight: 6 },
    goalCode: { display: 'block', fontWeight: 600 },
    goalTitle: { display: 'block', ...fonts.small, fontWeight: 400, color: colours.subtext, minWidth: 120 },
    // The code and title keep their looks inside the link; the underline says it opens something.
    goalLink: { textAlign: 'left', textDecoration: 'underline', selectors: { span: { color: 'inherit' } } },
    placeLink: { color: 'inherit', textDecoration: 'underline', selectors: { ':hover, :active, :active:hover, :visited': { color: 'inherit' } } },
    detailsCell: { ...cell, background: colours.standout, padding: '8px 16px 16px' },
    // An opened department spans the row but stays in view: as wide as the table's region shows, held at its left edge.
    detailsFrame: { position: 'sticky', left: 16, width: `calc(var(${regionWidthVariable}, 100%) - 32px)`, maxWidth: '100%' },
    details: { display: 'flex', flexDirection: 'column', gap: 12 },
    subtle: { ...fonts.small, color: colours.subtext, margin: 0 },
    note: { ...fonts.small, color: colours.subtext, display: 'block' },
    columns: { display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' },
    column: { flex: '1 1 360px', minWidth: 0 },
    // The matrix takes the width its goals need (scrolling only when the page is narrower).
    matrixColumn: { flex: '0 1 auto', minWidth: 0, maxWidth: '100%' },
    list: { margin: 0, paddingLeft: 20, selectors: { li: { margin: '2px 0' } } },
    report: {
      ...fonts.mediumPlus,
      color: colours.text,
      margin: 0,
      padding: 12,
      borderLeft: `4px solid ${colours.accent}`,
      background: colours.standout,
      maxWidth: '80ch'
    },
    confirmation: { ...fonts.medium, color: colours.text, minHeight: '1.5em' }
  });
}
