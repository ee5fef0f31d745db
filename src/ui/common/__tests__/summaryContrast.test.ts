import { contrastRatio } from '../../theme/contrast';
import { hostTheme, hostThemeNames } from '../../theme/hostThemes';
import { viewColours } from '../viewStyles';

/** Text needs 4.5:1 (WCAG 2.1 AA); shapes and borders that carry meaning need 3:1. */
describe.each(hostThemeNames)('the summary’s colours in the %s theme', (name) => {
  const colours = viewColours(hostTheme(name));
  it.each([
    ['text', colours.text, colours.background, 4.5],
    ['subtext', colours.subtext, colours.background, 4.5],
    ['text on a totals card', colours.text, colours.card, 4.5],
    ['subtext on a totals card', colours.subtext, colours.card, 4.5],
    ['text in an opened department and the report', colours.text, colours.standout, 4.5],
    ['subtext in an opened department', colours.subtext, colours.standout, 4.5],
    ['"Fördelat" in the matrix', colours.heldText, colours.heldBackground, 4.5],
    ['the tick in the matrix', colours.heldGlyph, colours.heldBackground, 3],
    ['"Saknas" in the matrix', colours.missingText, colours.missingBackground, 4.5],
    ['the ring in the matrix', colours.missingGlyph, colours.missingBackground, 3],
    ['the focus outline', colours.focus, colours.background, 3]
  ])('has %s readable', (_what, foreground, background, minimum) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(minimum);
  });

  it('tells "Fördelat" from "Saknas" by their backgrounds as well', () => {
    expect(colours.heldBackground.toLowerCase()).not.toBe(colours.missingBackground.toLowerCase());
  });
});
