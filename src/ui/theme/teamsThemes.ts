// Teams' three themes as Fluent palettes: Fluent UI v8 does not follow Teams by itself. The web
// part needs only these (on a SharePoint page SPFx hands it the site's theme), so they live apart
// from the SharePoint ones, and are made into themes only when Teams asks for one.
import { createTheme, type IPartialTheme, type ITheme } from '@fluentui/react/lib/Styling';

export type TeamsThemeName = 'teamsDefault' | 'teamsDark' | 'teamsContrast';

const teamsDefault: IPartialTheme = {
  palette: {
    themePrimary: '#5b5fc7', themeLighterAlt: '#f7f7fc', themeLighter: '#e1e2f6', themeLight: '#c8c9ee',
    themeTertiary: '#9597dd', themeSecondary: '#6b6fcd', themeDarkAlt: '#5256b3', themeDark: '#454997', themeDarker: '#33366f',
    neutralLighterAlt: '#f5f5f5', neutralLighter: '#f0f0f0', neutralLight: '#e6e6e6', neutralQuaternaryAlt: '#d6d6d6',
    neutralQuaternary: '#cccccc', neutralTertiaryAlt: '#c4c4c4', neutralTertiary: '#a6a6a6', neutralSecondary: '#616161',
    neutralPrimaryAlt: '#3d3d3d', neutralPrimary: '#242424', neutralDark: '#1a1a1a', black: '#000000', white: '#ffffff'
  }
};

const teamsDark: IPartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#7f85f5', themeLighterAlt: '#05050a', themeLighter: '#141527', themeLight: '#262849',
    themeTertiary: '#4c5093', themeSecondary: '#7075d7', themeDarkAlt: '#8c91f6', themeDark: '#9ea3f7', themeDarker: '#b9bcf9',
    neutralLighterAlt: '#292929', neutralLighter: '#2e2e2e', neutralLight: '#383838', neutralQuaternaryAlt: '#3d3d3d',
    neutralQuaternary: '#424242', neutralTertiaryAlt: '#5c5c5c', neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  }
};

/** Teams' high contrast: white on black, yellow for interactive, cyan for selection. */
const teamsContrast: IPartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#ffff01', themeLighterAlt: '#000000', themeLighter: '#1a1a00', themeLight: '#333300',
    themeTertiary: '#999900', themeSecondary: '#e6e600', themeDarkAlt: '#ffff33', themeDark: '#ffff66', themeDarker: '#ffff99',
    neutralLighterAlt: '#000000', neutralLighter: '#0a0a0a', neutralLight: '#1a1a1a', neutralQuaternaryAlt: '#262626',
    neutralQuaternary: '#333333', neutralTertiaryAlt: '#ffffff', neutralTertiary: '#ffffff', neutralSecondary: '#ffffff',
    neutralPrimaryAlt: '#ffffff', neutralPrimary: '#ffffff', neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
  },
  semanticColors: {
    bodyBackground: '#000000', bodyText: '#ffffff', bodySubtext: '#ffffff', link: '#ffff01', linkHovered: '#ffff01',
    focusBorder: '#1aebff', inputBorder: '#ffffff', buttonBorder: '#ffffff', menuItemBackgroundHovered: '#1aebff',
    bodyDivider: '#ffffff', variantBorder: '#ffffff', errorText: '#ffffff'
  }
};

const palettes: Readonly<Record<TeamsThemeName, IPartialTheme>> = { teamsDefault, teamsDark, teamsContrast };
const made = new Map<TeamsThemeName, ITheme>();

/** Teams names its themes "default", "dark" and "contrast"; anything else is treated as default. */
export function teamsTheme(teamsThemeName: string | undefined): TeamsThemeName {
  switch (teamsThemeName) {
    case 'dark': return 'teamsDark';
    case 'contrast': return 'teamsContrast';
    default: return 'teamsDefault';
  }
}

export function teamsFluentTheme(name: TeamsThemeName): ITheme {
  let theme = made.get(name);
  if (theme === undefined) {
    theme = createTheme(palettes[name]);
    made.set(name, theme);
  }
  return theme;
}
