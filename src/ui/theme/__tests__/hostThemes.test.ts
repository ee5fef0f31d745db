import { contrastRatio } from '../contrast';
import { hostTheme, hostThemeNames, teamsTheme } from '../hostThemes';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#5b5fc7', '#5b5fc7')).toBeCloseTo(1, 5);
  });
});

describe.each(hostThemeNames)('the %s theme', (name) => {
  const { semanticColors: colours, palette } = hostTheme(name);

  it.each([
    ['body text', colours.bodyText, colours.bodyBackground],
    ['subtext', colours.bodySubtext, colours.bodyBackground],
    ['links', colours.link, colours.bodyBackground],
    ['primary button text', colours.primaryButtonText, colours.primaryButtonBackground],
    ['default button text', colours.buttonText, colours.buttonBackground],
    ['error text', colours.errorText, colours.bodyBackground],
    ['input text', colours.inputText, colours.inputBackground]
  ])('has %s at WCAG AA contrast (4.5:1)', (_what, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('has a focus border visible against the background (3:1)', () => {
    expect(contrastRatio(colours.focusBorder ?? palette.neutralSecondary, colours.bodyBackground)).toBeGreaterThanOrEqual(3);
  });
});

describe('teamsTheme', () => {
  it('maps Teams theme names, and anything unknown to default', () => {
    expect(teamsTheme('dark')).toBe('teamsDark');
    expect(teamsTheme('contrast')).toBe('teamsContrast');
    expect(teamsTheme('default')).toBe('teamsDefault');
    expect(teamsTheme(undefined)).toBe('teamsDefault');
  });
});
