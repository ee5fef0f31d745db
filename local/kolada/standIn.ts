// A local stand-in for Kolada's API v3 (docs/kolada.md), started by the tests and the workbench:
// the documented shapes (`{ values, count, next_url, previous_url }`, `per_page` and `page`, a
// missing figure with status "Missing", a deleted one flagged `isdeleted`, at most 25 ids in a
// segment, an unknown key figure answering an empty list) and, when told, a 5xx, a slow answer, or
// an answer that is not Kolada's shape. CORS: whether Kolada answers a SharePoint page's origin is
// not verified, so the stand-in is strict: it names only the origins it is given in
// Access-Control-Allow-Origin, for GET, with no credentials; any other page's request is refused
// by the browser, as it would be if Kolada did not allow it.
import * as http from 'http';
import { standInData, standInKpis, standInOrganisations, type StandInEntry } from './standInData';

export type StandInFault =
  /** Answers as documented. */
  | 'none'
  /** 503 with a JSON body, as a server in trouble. */
  | 'unavailable'
  /** Waits `slowMs` before answering (the client gives up first). */
  | 'slow'
  /** 200 with JSON that is not Kolada's shape. */
  | 'unexpected'
  /** 200 with an HTML page (a captive portal, a proxy's error page). */
  | 'html';

export interface KoladaStandInOptions {
  port?: number;
  host?: string;
  /** Items per page when the request names no `per_page`; Kolada's default is 5000. */
  pageSize?: number;
  /** Origins whose pages may read the answers (CORS); none by default. */
  allowOrigin?: (origin: string) => boolean;
  slowMs?: number;
}

export interface KoladaStandIn {
  /** The API's base, as `https://api.kolada.se/v3`. */
  baseUrl: string;
  fault: StandInFault;
  /** Every request's path and query, in order (tests count pages). */
  readonly requests: string[];
  close(): Promise<void>;
}

const maxIdsPerSegment = 25;

function words(text: string): string[] {
  return text.toLocaleLowerCase('sv').split(/\s+/).filter((word) => word !== '');
}

function matches(title: string, query: string | null): boolean {
  if (query === null || query.trim() === '') return true;
  const lower = title.toLocaleLowerCase('sv');
  return words(query).every((word) => lower.includes(word));
}

function ids(segment: string): string[] {
  return decodeURIComponent(segment).split(',').map((id) => id.trim()).filter((id) => id !== '');
}

export async function startKoladaStandIn(options: KoladaStandInOptions = {}): Promise<KoladaStandIn> {
  const requests: string[] = [];
  const slowMs = options.slowMs ?? 20000;
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = '';
  const state: KoladaStandIn = {
    get baseUrl() { return baseUrl; },
    fault: 'none',
    requests,
    close: async () => undefined
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(`${url.pathname}${url.search}`);
    const origin = request.headers.origin;
    const corsHeaders: Record<string, string> = { Vary: 'Origin' };
    if (origin !== undefined && options.allowOrigin?.(origin) === true) corsHeaders['Access-Control-Allow-Origin'] = origin;
    const send = (status: number, body: unknown, contentType = 'application/json; charset=utf-8'): void => {
      response.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...corsHeaders });
      response.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (request.method === 'OPTIONS') {
      // A preflight: only a simple GET is ever allowed, and only to the origins given.
      response.writeHead(204, { ...corsHeaders, ...(corsHeaders['Access-Control-Allow-Origin'] === undefined ? {} : { 'Access-Control-Allow-Methods': 'GET' }) });
      response.end();
      return;
    }
    if (request.method !== 'GET') {
      send(405, { detail: 'Method Not Allowed' });
      return;
    }
    const answer = (): void => {
      switch (state.fault) {
        case 'unavailable': send(503, { detail: 'Service Unavailable' }); return;
        case 'unexpected': send(200, { results: [{ id: 'N00401' }], total: 1 }); return;
        case 'html': send(200, '<!doctype html><title>Inloggning krävs</title><p>Logga in för att fortsätta.</p>', 'text/html; charset=utf-8'); return;
        default: route(url, send);
      }
    };
    if (state.fault === 'slow') {
      const timer = setTimeout(() => { timers.delete(timer); if (!response.destroyed) answer(); }, slowMs);
      timers.add(timer);
      return;
    }
    answer();
  });

  /** One page of `items` as Kolada pages them: `page` from 1, `per_page`, absolute next and previous URLs. */
  const paged = <T>(url: URL, items: readonly T[]): unknown => {
    const perPage = Math.max(1, Number(url.searchParams.get('per_page') ?? options.pageSize ?? 5000) || 5000);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const values = items.slice((page - 1) * perPage, page * perPage);
    const at = (number: number): string => {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(number));
      next.searchParams.set('per_page', String(perPage));
      return `${baseUrl.replace(/\/v3$/, '')}${next.pathname}${next.search}`;
    };
    return {
      values,
      count: values.length,
      ...(page * perPage < items.length ? { next_url: at(page + 1) } : {}),
      ...(page > 1 ? { previous_url: at(page - 1) } : {})
    };
  };

  const route = (url: URL, send: (status: number, body: unknown) => void): void => {
    const path = url.pathname.replace(/\/+$/, '');
    const parts = path.split('/').filter((part) => part !== '');
    if (parts[0] !== 'v3') {
      send(404, { detail: 'Not Found' });
      return;
    }
    const [, entity, ...rest] = parts;
    if (entity === 'kpi' && rest.length <= 1) {
      const wanted = rest.length === 1 ? ids(rest[0]) : undefined;
      send(200, paged(url, standInKpis.filter((kpi) => (wanted === undefined || wanted.includes(kpi.id)) && matches(kpi.title, url.searchParams.get('title')))));
      return;
    }
    if (entity === 'municipality' && rest.length <= 1) {
      const wanted = rest.length === 1 ? ids(rest[0]) : undefined;
      const type = url.searchParams.get('type');
      send(200, paged(url, standInOrganisations.filter((org) => (wanted === undefined || wanted.includes(org.id))
        && (type === null || org.type === type) && matches(org.title, url.searchParams.get('title')))));
      return;
    }
    if (entity === 'data' && rest.length === 6 && rest[0] === 'kpi' && rest[2] === 'municipality' && rest[4] === 'year') {
      const kpis = ids(rest[1]);
      const orgs = ids(rest[3]);
      const years = ids(rest[5]);
      if ([kpis, orgs, years].some((list) => list.length === 0 || list.length > maxIdsPerSegment) || years.some((year) => !/^\d{4}$/.test(year))) {
        send(400, { detail: `At most ${maxIdsPerSegment} ids in each segment, years as four digits.` });
        return;
      }
      // An unknown key figure is no error: there is simply nothing for it.
      const entries: StandInEntry[] = standInData.filter((entry) => kpis.includes(entry.kpi) && orgs.includes(entry.municipality) && years.includes(String(entry.period)));
      send(200, paged(url, entries));
      return;
    }
    send(404, { detail: 'Not Found' });
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as { port: number };
  baseUrl = `http://127.0.0.1:${address.port}/v3`;
  state.close = async () => {
    for (const timer of timers) clearTimeout(timer);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}
