// Kolada, the open database of municipal and regional key figures (https://api.kolada.se/v3): the
// UI's door to it, given by the host through the services like the repository. Not part of
// IMiljoRepository: it is not SharePoint and writes nothing. src/data/kolada holds the browser's
// implementation; test/support/ and local/kolada/ the tests'.
import type { KoladaDataPoint, KoladaKpi, KoladaOrganisation } from '../domain/kolada/koladaAnswer';

/** Why Kolada gave nothing usable; the UI words each, never an HTTP status. */
export type KoladaFailure =
  /** No answer at all: offline, a proxy, or the browser not allowed to ask Kolada from this page (CORS). */
  | 'unreachable'
  /** No answer within the time the client waits (15 seconds). */
  | 'timeout'
  /** Kolada answered with an error of its own (a 5xx, or a request it refused). */
  | 'failed'
  /** An answer that is not Kolada's documented shape: nothing of it is used. */
  | 'unexpected';

export type KoladaAnswer<T> = { kind: 'ok'; value: T } | { kind: 'failed'; cause: KoladaFailure };

export interface KoladaValuesWanted {
  kpis: readonly string[];
  /** Organisation ids ("0020"). */
  orgs: readonly string[];
  years: readonly number[];
}

/** Every call answers: never rejects. */
export interface IKolada {
  /** Key figures whose title holds the words (a key figure's id, "N00401", finds that one). */
  searchKpis(title: string): Promise<KoladaAnswer<readonly KoladaKpi[]>>;
  /** Regions and municipalities whose name holds the words. */
  searchOrganisations(title: string): Promise<KoladaAnswer<readonly KoladaOrganisation[]>>;
  /** Every figure of the key figures for the organisations and years, all pages read. */
  readValues(wanted: KoladaValuesWanted): Promise<KoladaAnswer<readonly KoladaDataPoint[]>>;
}
