// The Kolada client loaded when it is first asked something: only the indicators' dialogs ask, so
// its code (and the domain's reading of Kolada's answers) stays out of the web part's first chunk.
import type { IKolada } from '../../ports/kolada';

export function lazyKolada(baseUrl: string): IKolada {
  let client: Promise<IKolada> | undefined;
  const load = (): Promise<IKolada> => {
    client ??= import(/* webpackChunkName: 'miljomal-kolada' */ './koladaClient').then((module) => new module.KoladaClient({ baseUrl }));
    return client;
  };
  return {
    searchKpis: async (title) => (await load()).searchKpis(title),
    searchOrganisations: async (title) => (await load()).searchOrganisations(title),
    readValues: async (wanted) => (await load()).readValues(wanted)
  };
}
