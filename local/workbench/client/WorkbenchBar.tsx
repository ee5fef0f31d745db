import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import { hostThemeNames } from '../../../src/ui/theme/hostThemes';
import { viewLabel } from '../../../src/ui/views';
import { personas } from './personas';
import { allViews, WorkbenchState } from './workbenchState';

export const themeLabels: Readonly<Record<string, string>> = {
  sharePointLight: 'SharePoint', sharePointDarkSection: 'SharePoint, mörk sektion / dark section',
  teamsDefault: 'Teams', teamsDark: 'Teams, mörkt / dark', teamsContrast: 'Teams, hög kontrast / high contrast'
};

export interface WorkbenchBarProps {
  state: WorkbenchState;
  strings: IMiljomalWebPartStrings;
  throttled: boolean;
  busy: boolean;
  onChange(state: WorkbenchState): void;
  onThrottle(on: boolean): void;
  onReset(): void;
}

// A person's name and role wrap in a narrow page instead of ending in an ellipsis.
const personaStyles = { root: { minWidth: 'min(260px, 100%)' }, title: { whiteSpace: 'normal', height: 'auto', minHeight: 32, lineHeight: '20px', paddingTop: 5, paddingBottom: 5 } } as const;

/** The local workbench's own controls: not part of the product, so not in the loc files. */
export function WorkbenchBar(props: WorkbenchBarProps): React.ReactElement {
  const { state, strings, onChange } = props;
  const english = state.locale === 'en-US';
  const option = (key: string, text: string): IDropdownOption => ({ key, text });
  return (
    // A plain wrapping flex row: Fluent's wrapping Stack runs half a gap past a 360 px page.
    <header style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 12, padding: 12 }}
      aria-label={english ? 'Local workbench' : 'Lokal arbetsbänk'} data-testid="workbench-bar">
      <Text variant="large" as="h1">{english ? 'Miljömål, local workbench' : 'Miljömål, lokal arbetsbänk'}</Text>
      <Dropdown label={english ? 'You are' : 'Du är'} selectedKey={state.persona} styles={personaStyles}
        options={personas.map((persona) => option(persona.key, `${persona.person.name} (${english ? persona.role.en : persona.role.sv})`))}
        onChange={(_event, selected) => selected && onChange({ ...state, persona: String(selected.key) })} />
      <Dropdown label={english ? 'View' : 'Vy'} selectedKey={state.view} styles={{ root: { minWidth: 160 } }}
        options={allViews.map((view) => option(view, viewLabel(view, strings)))}
        onChange={(_event, selected) => selected && onChange({ ...state, view: selected.key as WorkbenchState['view'] })} />
      <Dropdown label={english ? 'Theme' : 'Tema'} selectedKey={state.theme} styles={{ root: { minWidth: 220 } }}
        options={hostThemeNames.map((name) => option(name, themeLabels[name]))}
        onChange={(_event, selected) => selected && onChange({ ...state, theme: selected.key as WorkbenchState['theme'] })} />
      <Dropdown label={english ? 'Language' : 'Språk'} selectedKey={state.locale} styles={{ root: { minWidth: 120 } }}
        options={[option('sv-SE', 'Svenska'), option('en-US', 'English')]}
        onChange={(_event, selected) => selected && onChange({ ...state, locale: selected.key as WorkbenchState['locale'] })} />
      <Toggle label={english ? 'Throttle (30% 429)' : 'Strypning (30 % 429)'} checked={props.throttled}
        onChange={(_event, checked) => props.onThrottle(checked === true)} />
      <DefaultButton text={english ? 'Reset demo data' : 'Återställ demodata'} disabled={props.busy} onClick={props.onReset} />
    </header>
  );
}
