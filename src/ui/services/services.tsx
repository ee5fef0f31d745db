// What every view needs from its host, given once by the app root instead of threaded through
// props: the door to the data, the strings of the page's language, the language itself and today.
import * as React from 'react';
import type { Clock } from '../../domain/clock';
import type { IsoDate } from '../../domain/model';
import type { IKolada, IMiljoRepository } from '../../ports';
import type { UiLocale } from '../common/text';

export interface IServices {
  /** The UI's only door to SharePoint (or to an in-memory twin in tests), made once by the host. */
  repository: IMiljoRepository;
  strings: IMiljomalWebPartStrings;
  locale: UiLocale;
  /** Today as YYYY-MM-DD in the user's calendar; fixed by tests and the workbench. */
  today: IsoDate;
  /** Now, for every time the UI writes or prints (saved at, exported at): the host's one clock. */
  now: Clock;
  /** Where the role guides live (a folder ending in "/", or one page); unset hides the Help link. */
  helpPage?: string;
  /** Kolada's key figures (src/data/kolada in the browser); unset hides "Hämta från Kolada". */
  kolada?: IKolada;
  /** The förvaltning the page is fixed to (a nämnd's page, set in the property pane); unset offers every one. */
  forvaltningId?: number;
}

const ServicesContext = React.createContext<IServices | undefined>(undefined);

export function ServicesProvider(props: { services: IServices; children?: React.ReactNode }): React.ReactElement {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

/** The host's services; a view rendered outside the app root is a bug, said at once. */
export function useServices(): IServices {
  const services = React.useContext(ServicesContext);
  if (services === undefined) throw new Error('useServices: render inside <ServicesProvider> (the app root provides it)');
  return services;
}

export function useStrings(): IMiljomalWebPartStrings {
  return useServices().strings;
}
