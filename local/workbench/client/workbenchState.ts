// The workbench's choices live in the page URL, so a reload or a browser test lands on the same page.
import { demoToday } from '../../../src/domain';
import type { UiLocale } from '../../../src/ui/common/text';
import { HostThemeName, hostThemeNames } from '../../../src/ui/theme/hostThemes';
import { allViews, MiljomalView, toView } from '../../../src/ui/views';
import { personaByKey } from './personas';

export interface WorkbenchState {
  persona: string;
  view: MiljomalView;
  theme: HostThemeName;
  locale: UiLocale;
  today: string;
  /** The förvaltning the page is fixed to, as a nämnd's page sets it in the property pane; unset: all. */
  forvaltning?: number;
}

export function readState(search: string): WorkbenchState {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    persona: personaByKey(params.get('user')).key,
    view: toView(params.get('view')),
    theme: hostThemeNames.find((name) => name === theme) ?? 'sharePointLight',
    locale: params.get('lang') === 'en-US' ? 'en-US' : 'sv-SE',
    today: /^\d{4}-\d{2}-\d{2}$/.test(params.get('today') ?? '') ? params.get('today')! : demoToday,
    forvaltning: /^\d+$/.test(params.get('forvaltning') ?? '') ? Number(params.get('forvaltning')) : undefined
  };
}

export function writeState(state: WorkbenchState): string {
  const params = new URLSearchParams({ user: state.persona, view: state.view, theme: state.theme, lang: state.locale, today: state.today });
  if (state.forvaltning !== undefined) params.set('forvaltning', String(state.forvaltning));
  return `?${params.toString()}`;
}

export { allViews };
