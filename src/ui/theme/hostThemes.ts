// The Fluent themes of every host the web part lives in, for the workbench and the tests: on a
// SharePoint page SPFx hands the web part the site's theme (these two stand for a light page and a
// dark section); Teams' three are teamsThemes.ts, which is all the web part itself loads. Never
// hard-code a colour elsewhere.
import { createTheme, ITheme } from '@fluentui/react/lib/Styling';
import { teamsFluentTheme, teamsTheme } from './teamsThemes';

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

const sharePointThemes: Readonly<Record<'sharePointLight' | 'sharePointDarkSection', ITheme>> = { sharePointLight, sharePointDarkSection };

export function hostTheme(name: HostThemeName): ITheme {
  return name === 'sharePointLight' || name === 'sharePointDarkSection' ? sharePointThemes[name] : teamsFluentTheme(name);
}

export { teamsTheme };

