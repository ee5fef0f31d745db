// Kolada's API v3 from the browser: plain GETs with no credentials and no custom header (a
// "simple" CORS request, so no preflight), every page followed by `next_url`, each request given
// up after 15 seconds. Every failure is an answer (the port's KoladaFailure), never a throw.
// What the answers hold is read by the domain (koladaAnswer.ts), strictly.
import type { IKolada, KoladaAnswer, KoladaFailure, KoladaValuesWanted } from '../../ports/kolada';
import {
  readDataPage, readKpiPage, readOrganisationPage, type KoladaDataPoint, type KoladaKpi, type KoladaOrganisation, type KoladaPage
} from '../../domain/kolada/koladaAnswer';
import { isKoladaKpiId } from '../../domain/kolada/koladaIds';

import { koladaBaseUrl } from './koladaAddress';

export { koladaAddress, koladaBaseUrl } from './koladaAddress';

/** Kolada takes at most 25 ids in a segment of a data address. */
export const koladaIdsPerSegment = 25;

const defaultTimeoutMs = 15000;
/** A search or a region's figures are a page or two: more is an answer gone wrong. */
const maxPages = 50;

export interface KoladaClientOptions {
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

class KoladaProblem extends Error {
  public constructor(public readonly cause: KoladaFailure) {
    super(cause);
    this.name = 'KoladaProblem';
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let from = 0; from < items.length; from += size) result.push(items.slice(from, from + size));
  return result;
}

export class KoladaClient implements IKolada {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly fetchOf: typeof fetch;

  public constructor(options: KoladaClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? koladaBaseUrl).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    // Called unbound, window.fetch throws "Illegal invocation".
    this.fetchOf = options.fetch ?? ((input, init) => fetch(input, init));
  }

  public searchKpis(title: string): Promise<KoladaAnswer<readonly KoladaKpi[]>> {
    const words = title.trim();
    const id = words.toUpperCase();
    const path = isKoladaKpiId(id) ? `/kpi/${id}` : `/kpi?title=${encodeURIComponent(words)}`;
    return this.answer(() => this.allPages(path, readKpiPage));
  }

  public searchOrganisations(title: string): Promise<KoladaAnswer<readonly KoladaOrganisation[]>> {
    const words = title.trim();
    const path = /^\d{4}$/.test(words) ? `/municipality/${words}` : `/municipality?title=${encodeURIComponent(words)}`;
    return this.answer(async () => {
      const found = await this.allPages(path, readOrganisationPage);
      // A region first: this is a region's product.
      return [...found].sort((a, b) => Number(b.type === 'L') - Number(a.type === 'L') || a.title.localeCompare(b.title, 'sv'));
    });
  }

  public readValues(wanted: KoladaValuesWanted): Promise<KoladaAnswer<readonly KoladaDataPoint[]>> {
    return this.answer(async () => {
      if (wanted.kpis.length === 0 || wanted.orgs.length === 0 || wanted.years.length === 0) return [];
      const points: KoladaDataPoint[] = [];
      for (const kpis of chunks(wanted.kpis, koladaIdsPerSegment)) {
        for (const orgs of chunks(wanted.orgs, koladaIdsPerSegment)) {
          for (const years of chunks(wanted.years, koladaIdsPerSegment)) {
            const path = `/data/kpi/${kpis.map(encodeURIComponent).join(',')}/municipality/${orgs.map(encodeURIComponent).join(',')}/year/${years.join(',')}`;
            points.push(...await this.allPages(path, readDataPage));
          }
        }
      }
      return points;
    });
  }

  private async answer<T>(read: () => Promise<T>): Promise<KoladaAnswer<T>> {
    try {
      return { kind: 'ok', value: await read() };
    } catch (error) {
      return { kind: 'failed', cause: error instanceof KoladaProblem ? error.cause : 'unexpected' };
    }
  }

  /** The first page and every `next_url` after it; a next page elsewhere than Kolada is not followed. */
  private async allPages<T>(path: string, read: (answer: unknown) => KoladaPage<T>): Promise<T[]> {
    const values: T[] = [];
    let url: string | undefined = `${this.baseUrl}${path}`;
    const origin = new URL(this.baseUrl).origin;
    for (let pages = 0; url !== undefined; pages += 1) {
      if (pages >= maxPages || new URL(url).origin !== origin) throw new KoladaProblem('unexpected');
      const page = read(await this.get(url));
      if (!page.ok) throw new KoladaProblem('unexpected');
      values.push(...page.values);
      url = page.nextUrl;
    }
    return values;
  }

  private async get(url: string): Promise<unknown> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; controller.abort(); }, this.timeoutMs);
    try {
      let response: Response;
      try {
        response = await this.fetchOf(url, { method: 'GET', headers: { Accept: 'application/json' }, credentials: 'omit', signal: controller.signal });
      } catch {
        // The browser says no more than this for an unreachable host and a CORS refusal alike.
        throw new KoladaProblem(timedOut ? 'timeout' : 'unreachable');
      }
      if (!response.ok) throw new KoladaProblem('failed');
      try {
        return await response.json();
      } catch {
        throw new KoladaProblem(timedOut ? 'timeout' : 'unexpected');
      }
    } finally {
      clearTimeout(timer);
    }
  }
}
