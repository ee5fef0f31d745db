// Fluent UI's icons on every host. A SharePoint page registers the icon font for the web parts on
// it; a Teams tab or personal app does not (SharePoint/sp-dev-docs#3844, confirmed bug;
// microsoft/fluentui#15188: "SPFx might call that on your behalf where a Teams Tab does not"), and
// without it every chevron and glyph is an empty box. So: register them only where nobody has,
// from a chunk of their own, and stay quiet about names the page registered before us.
import { GlobalSettings } from '@fluentui/react/lib/Utilities';

/** Fluent keeps its icon registry in the page's global settings, shared by every copy of Fluent. */
function iconsRegistered(): boolean {
  const registry = GlobalSettings.getValue<Record<string, unknown> | undefined>('icons', undefined);
  return registry !== undefined && registry.chevrondown !== undefined;
}

export async function ensureIcons(): Promise<void> {
  if (iconsRegistered()) return;
  const { initializeIcons } = await import(/* webpackChunkName: 'miljomal-icons' */ '@fluentui/react/lib/Icons');
  initializeIcons(undefined, { disableWarnings: true });
}
