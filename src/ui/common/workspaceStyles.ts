// Styles of the editing views (Fördelning, Administration), from the theme in context: the same
// colour slots as the summary (checked for contrast in every host theme), never a written colour.

import * as React from 'react';
import { HighContrastSelector, mergeStyleSets, type IProcessedStyleSet, type IStyle } from '@fluentui/react/lib/Styling';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';
import { viewColours, viewStyles, type IViewClassStyles } from './viewStyles';

export interface IEditingStyles extends IViewClassStyles {
  toolbar: IStyle;
  text: IStyle;
  subtle: IStyle;
  table: IStyle;
  wideTable: IStyle;
  rowHeader: IStyle;
  cornerHeader: IStyle;
  goalCode: IStyle;
  goalTitle: IStyle;
  headName: IStyle;
  cellButton: IStyle;
  cellHeld: IStyle;
  cellOpen: IStyle;
  cellProblem: IStyle;
  cellWords: IStyle;
  cellDetail: IStyle;
  readHeld: IStyle;
  readMissing: IStyle;
  glyph: IStyle;
  heldGlyph: IStyle;
  openGlyph: IStyle;
  problemGlyph: IStyle;
  plainText: IStyle;
  list: IStyle;
  facts: IStyle;
  versions: IStyle;
  version: IStyle;
  indent: IStyle;
  closed: IStyle;
  actions: IStyle;
  fieldset: IStyle;
  rowActions: IStyle;
}

export type EditingClassNames = IProcessedStyleSet<IEditingStyles>;

export function editingClassNames(theme: Theme): EditingClassNames {
  const { fonts, effects, semanticColors } = theme;
  const colours = viewColours(theme);
  const shared = viewStyles(theme, '6px');
  const { focusVisible, cell } = shared;
  return mergeStyleSets<IEditingStyles>({
    ...shared.classes,
    toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px 16px' },
    text: { ...fonts.medium, color: colours.text, margin: 0, maxWidth: '80ch' },
    subtle: { ...fonts.small, color: colours.subtext, margin: 0 },
    table: { borderCollapse: 'collapse', color: colours.text, ...fonts.medium },
    wideTable: { borderCollapse: 'collapse', color: colours.text, ...fonts.medium, width: '100%' },
    // Stays in view while the goals scroll sideways (a Teams side panel, a phone).
    rowHeader: { ...cell, textAlign: 'left', fontWeight: 600, minWidth: 140, position: 'sticky', left: 0, zIndex: 1, background: colours.background },
    cornerHeader: { ...cell, textAlign: 'left', fontWeight: 600, verticalAlign: 'bottom', position: 'sticky', left: 0, zIndex: 1, background: colours.background },
    goalCode: { display: 'block', fontWeight: 600 },
    goalTitle: { display: 'block', ...fonts.small, fontWeight: 400, color: colours.subtext, minWidth: 120, maxWidth: 220 },
    headName: { display: 'block', ...fonts.small, fontWeight: 400, color: colours.subtext },
    // Big enough to hit with a finger in a Teams tab; the words and the shape carry the state.
    cellButton: {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'flex-start',
      justifyContent: 'center',
      gap: 2,
      width: '100%',
      minWidth: 120,
      minHeight: 44,
      margin: 0,
      padding: '6px 10px',
      border: `1px solid ${colours.cardBorder}`,
      borderRadius: effects.roundedCorner4,
      background: colours.background,
      color: colours.text,
      font: 'inherit',
      textAlign: 'left',
      cursor: 'pointer',
      selectors: {
        ':hover': { borderColor: colours.accent },
        ':focus-visible': focusVisible,
        '&[aria-disabled="true"]': { cursor: 'progress' },
        [HighContrastSelector]: { border: '1px solid ButtonText' }
      }
    },
    cellHeld: { background: colours.heldBackground, borderColor: colours.heldGlyph },
    cellOpen: { borderStyle: 'dashed' },
    cellProblem: { borderColor: semanticColors.errorIcon, borderWidth: 2 },
    cellWords: { display: 'inline-flex', alignItems: 'center', gap: 6, fontWeight: 600 },
    cellDetail: { ...fonts.small, color: colours.subtext },
    // A link to a read-only cell focuses it: the ring (inside, so the scroll area does not clip it) shows where the user landed.
    readHeld: { ...cell, background: colours.heldBackground, color: colours.text, whiteSpace: 'nowrap', selectors: { ':focus': { ...focusVisible, outlineOffset: '-2px' } } },
    readMissing: { ...cell, background: colours.missingBackground, color: colours.missingText, whiteSpace: 'nowrap', fontWeight: 600, selectors: { ':focus': { ...focusVisible, outlineOffset: '-2px' } } },
    glyph: { flexShrink: 0, verticalAlign: 'middle' },
    heldGlyph: { flexShrink: 0, color: colours.heldGlyph, verticalAlign: 'middle', marginRight: 6 },
    openGlyph: { flexShrink: 0, color: colours.accent },
    problemGlyph: { flexShrink: 0, color: semanticColors.errorIcon },
    // What users type is plain text: line breaks kept, never markup.
    plainText: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
    list: { margin: 0, paddingLeft: 20, maxWidth: '80ch', selectors: { li: { margin: '4px 0' } } },
    facts: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px', selectors: { dt: { fontWeight: 600 }, dd: { margin: 0 } } },
    versions: { display: 'flex', flexWrap: 'wrap', gap: 16, margin: '8px 0' },
    version: {
      flex: '1 1 220px',
      padding: 8,
      border: `1px solid ${colours.cardBorder}`,
      borderRadius: effects.roundedCorner4,
      background: colours.card,
      color: colours.text
    },
    indent: { paddingLeft: 24 },
    closed: { color: colours.subtext, fontStyle: 'italic' },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
    fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
    // Buttons of a table row stay on one line; the table scrolls sideways in a narrow tab.
    rowActions: { display: 'flex', flexWrap: 'nowrap', gap: 8, alignItems: 'center' }
  });
}

/** The class names for the theme in context; rebuilt when the theme changes. */
export function useEditingClassNames(): EditingClassNames {
  const theme = useTheme();
  return React.useMemo(() => editingClassNames(theme), [theme]);
}
