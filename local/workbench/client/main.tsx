// The workbench page: the web part's React root with PnPjs talking HTTP to the emulator behind
// this origin, as a chosen demo user, in a chosen host theme and language.
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { spfi, SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { ThrottlingRetry } from '../../../src/data/behaviors';
import { SharePointWaits } from '../../../src/data/waits';
import { SharePointRepository } from '../../../src/data/SharePointRepository';
import { clockOnDay, type Clock } from '../../../src/domain/clock';
import { indexedDbYearStore } from '../../../src/data/yearCacheStore';
import { MiljomalApp } from '../../../src/ui/MiljomalApp';
import { targetFromSearch } from '../../../src/ui/navigation';
import { hostTheme } from '../../../src/ui/theme/hostThemes';
import { mergeStrings } from '../../../src/webparts/miljomal/mergeStrings';
import { personaByKey } from './personas';
import { WorkbenchBar } from './WorkbenchBar';
import { readState, writeState, WorkbenchState } from './workbenchState';
import { adminHeaders } from '../../emulator/loopback';
import { KoladaClient } from '../../../src/data/kolada/koladaClient';

/* eslint-disable @typescript-eslint/no-require-imports -- the loc files are AMD modules, bundled by a plugin */
// Every loc module of config/config.json "localizedResources", merged as the web part merges them.
const localeStrings: Record<string, IMiljomalWebPartStrings> = {
  'sv-SE': mergeStrings({
    common: require('../../../src/webparts/miljomal/loc/common/sv-se.js'),
    summary: require('../../../src/webparts/miljomal/loc/summary/sv-se.js'),
    editing: require('../../../src/webparts/miljomal/loc/editing/sv-se.js'),
    allocation: require('../../../src/webparts/miljomal/loc/allocation/sv-se.js'),
    myUnit: require('../../../src/webparts/miljomal/loc/myUnit/sv-se.js'),
    administration: require('../../../src/webparts/miljomal/loc/administration/sv-se.js'),
    indicators: require('../../../src/webparts/miljomal/loc/indicators/sv-se.js')
  }),
  'en-US': mergeStrings({
    common: require('../../../src/webparts/miljomal/loc/common/en-us.js'),
    summary: require('../../../src/webparts/miljomal/loc/summary/en-us.js'),
    editing: require('../../../src/webparts/miljomal/loc/editing/en-us.js'),
    allocation: require('../../../src/webparts/miljomal/loc/allocation/en-us.js'),
    myUnit: require('../../../src/webparts/miljomal/loc/myUnit/en-us.js'),
    administration: require('../../../src/webparts/miljomal/loc/administration/en-us.js'),
    indicators: require('../../../src/webparts/miljomal/loc/indicators/en-us.js')
  })
};
/* eslint-enable @typescript-eslint/no-require-imports */

const webPath = '/sites/miljo';
const siteUrl = `${window.location.origin}${webPath}`;
/** The guides, served by the workbench from docs/guide as a tenant's "Hjälpsida" folder would hold them. */
const helpPage = `${window.location.origin}/hjalp/`;

function connect(login: string, clock: Clock): SharePointRepository {
  const waits = new SharePointWaits();
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), ThrottlingRetry(waits), InjectHeaders({ 'X-Emulator-User': login }));
  return new SharePointRepository(sp, webPath, waits, indexedDbYearStore(), clock);
}

function Workbench(): React.ReactElement {
  const [state, setState] = React.useState<WorkbenchState>(() => readState(window.location.search));
  // A gap's link names its place in the page's address, as on a SharePoint page: read once, on load.
  const [target] = React.useState(() => targetFromSearch(window.location.search));
  const [throttled, setThrottled] = React.useState(false);
  React.useEffect(() => {
    fetch('/_workbench/throttle', { headers: adminHeaders }).then((response) => response.json()).then(
      (answer: { throttled: boolean }) => setThrottled(answer.throttled), () => undefined);
  }, []);
  // Kolada's stand-in (local/kolada), on its own origin as Kolada is: its address is the workbench's to tell.
  const [kolada, setKolada] = React.useState<KoladaClient | undefined>(undefined);
  React.useEffect(() => {
    fetch('/_workbench/kolada', { headers: adminHeaders }).then((response) => response.json()).then(
      (answer: { baseUrl: string }) => setKolada(new KoladaClient({ baseUrl: answer.baseUrl })), () => undefined);
  }, []);
  const [busy, setBusy] = React.useState(false);
  const [generation, setGeneration] = React.useState(0);
  const login = personaByKey(state.persona).person.login;
  // One repository per user, made here and handed down, as the web part does.
  // The demo's one clock: its day is the page's today, its time of day the real one.
  const clock = React.useMemo(() => clockOnDay(state.today), [state.today]);
  const repository = React.useMemo(() => connect(login, clock), [login, clock]);
  const [canManageLists, setCanManageLists] = React.useState(false);
  React.useEffect(() => {
    let current = true;
    repository.canManageLists().then((may) => current && setCanManageLists(may), () => current && setCanManageLists(false));
    return () => { current = false; };
  }, [repository, generation]);

  const change = (next: WorkbenchState): void => {
    window.history.replaceState(null, '', writeState(next));
    document.documentElement.lang = next.locale;
    setState(next);
  };
  const post = async (path: string): Promise<void> => {
    const response = await fetch(path, { method: 'POST', headers: adminHeaders });
    if (!response.ok) throw new Error(await response.text());
  };
  const strings = localeStrings[state.locale];
  const theme = hostTheme(state.theme);

  return (
    <ThemeProvider theme={theme} applyTo="body">
      <WorkbenchBar state={state} strings={strings} throttled={throttled} busy={busy} onChange={change}
        onThrottle={(on) => { post(`/_workbench/throttle?on=${on}`).then(() => setThrottled(on), () => undefined); }}
        onReset={() => {
          setBusy(true);
          post('/_workbench/reset').finally(() => { setBusy(false); setGeneration((value) => value + 1); });
        }} />
      <main style={{ padding: 16 }} data-theme={state.theme}>
        <MiljomalApp key={`${login}|${state.locale}|${generation}`} view={state.view} strings={strings}
          repository={repository} locale={state.locale} today={state.today} now={clock} canManageLists={canManageLists} target={target}
          helpPage={helpPage} kolada={kolada} forvaltningId={state.forvaltning} />
      </main>
    </ThemeProvider>
  );
}

initializeIcons('/fonts/');
document.documentElement.lang = readState(window.location.search).locale;
ReactDom.render(<Workbench />, document.getElementById('root'));
