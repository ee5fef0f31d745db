// The Fluent themes of the hosts the web part lives in. On a SharePoint page SPFx hands us the
// site's theme (with section variants); in Teams we map Teams' three themes to these palettes,
// because Fluent UI v8 does not follow Teams by itself. Never hard-code a colour elsewhere.
import { createTheme, ITheme } from '@fluentui/react/lib/Styling';

export type HostThemeName = 'sharePointLight' | 'sharePointDarkSection' | 'teamsDefault' | 'teamsDark' | 'teamsContrast';

export const hostThemeNames: readonly HostThemeName[] =
  ['sharePointLight', 'sharePointDarkSection', 'teamsDefault', 'teamsDark', 'teamsContrast'];

const sharePointLight = createTheme({
  palette: {
    themePrimary: '#0078d4', themeLighterAlt: '#eff6fc', themeLighter: '#deecf9', themeLight: '#c7e0f4',
    themeTertiary: '#71afe5', themeSecondary: '#2b88d8', themeDarkAlt: '#106ebe', themeDark: '#005a9e', themeDarker: '#004578',
    neutralLighterAlt: '#faf9f8', neutralLighter: '#f3f2f1', neutralLight: '#edebe9', neutralQuaternaryAlt: '#e1dfdd',
    neutralQuaternary: '#d0d0d0', neutralTertiaryAlt: '#c8c6c4', neutralTertiary: '#a19f9d', neutralSecondary: '#605e5c',
    neutralPrimaryAlt: '#3b3a39', neutralPrimary: '#323130', neutralDark: '#201f1e', black: '#000000', white: '#ffffff'
  }
});

/** A SharePoint page section with the "strong" (dark) background. */
const sharePointDarkSection = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#2899f5', themeLighterAlt: '#02060a', themeLighter: '#061827', themeLight: '#0c2e4a',
    themeTertiary: '#185c93', themeSecondary: '#2387d8', themeDarkAlt: '#3da3f6', themeDark: '#5ab1f7', themeDarker: '#84c5f9',
    neutralLighterAlt: '#1f2a36', neutralLighter: '#26323f', neutralLight: '#313e4c', neutralQuaternaryAlt: '#394656',
    neutralQuaternary: '#3f4d5d', neutralTertiaryAlt: '#5a697a', neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#17212b'
  }
});

const teamsDefault = createTheme({
  palette: {
    themePrimary: '#5b5fc7', themeLighterAlt: '#f7f7fc', themeLighter: '#e1e2f6', themeLight: '#c8c9ee',
    themeTertiary: '#9597dd', themeSecondary: '#6b6fcd', themeDarkAlt: '#5256b3', themeDark: '#454997', themeDarker: '#33366f',
    neutralLighterAlt: '#f5f5f5', neutralLighter: '#f0f0f0', neutralLight: '#e6e6e6', neutralQuaternaryAlt: '#d6d6d6',
    neutralQuaternary: '#cccccc', neutralTertiaryAlt: '#c4c4c4', neutralTertiary: '#a6a6a6', neutralSecondary: '#616161',
    neutralPrimaryAlt: '#3d3d3d', neutralPrimary: '#242424', neutralDark: '#1a1a1a', black: '#000000', white: '#ffffff'
  }
});

const teamsDark = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#7f85f5', themeLighterAlt: '#05050a', themeLighter: '#141527', themeLight: '#262849',
    themeTertiary: '#4c5093', themeSecondary: '#7075d7', themeDarkAlt: '#8c91f6', themeDark: '#9ea3f7', themeDarker: '#b9bcf9',
    neutralLighterAlt: '#292929', neutralLighter: '#2e2e2e', neutralLight: '#383838', neutralQuaternaryAlt: '#3d3d3d',
    neutralQuaternary: '#424242', neutralTertiaryAlt: '#5c5c5c', neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  }
});

/** Teams' high contrast: white on black, yellow for interactive, cyan for selection. */
const teamsContrast = createTheme({
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
});

const themes: Readonly<Record<HostThemeName, ITheme>> = {
  sharePointLight, sharePointDarkSection, teamsDefault, teamsDark, teamsContrast
};

export function hostTheme(name: HostThemeName): ITheme {
  return themes[name];
}

/** Teams names its themes "default", "dark" and "contrast"; anything else is treated as default. */
export function teamsTheme(teamsThemeName: string | undefined): HostThemeName {
  switch (teamsThemeName) {
    case 'dark': return 'teamsDark';
    case 'contrast': return 'teamsContrast';
    default: return 'teamsDefault';
  }
}
