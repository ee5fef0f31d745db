import { contrastRatio } from '../../theme/contrast';
import { hostTheme, hostThemeNames } from '../../theme/hostThemes';
import { viewColours } from '../viewStyles';

/** The chart's lines and the status shapes carry meaning: 3:1 against the card they sit on (WCAG 1.4.11). */
describe.each(hostThemeNames)('the indicators\' colours in the %s theme', (name) => {
  const theme = hostTheme(name);
  const colours = viewColours(theme);
  it.each([
    ['the values line', colours.accent],
    ['the straight path and the axis labels', colours.subtext],
    ['the target line', colours.text],
    ['the "on track" tick', colours.heldGlyph],
    ['the "not on track" triangle', theme.semanticColors.errorIcon]
  ])('has %s visible on a card', (_what, colour) => {
    expect(contrastRatio(colour, colours.card)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(colour, colours.background)).toBeGreaterThanOrEqual(3);
  });
});
