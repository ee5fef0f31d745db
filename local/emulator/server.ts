/**
 * The SharePoint Online list REST emulator: a plain node:http server on loopback.
 *
 *   const emu = await startEmulator({ port: 0 });   // emu.url = http://127.0.0.1:<port>/sites/miljo
 *   ...
 *   await emu.close();
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { ApiResponse, errorResponse, handleApi } from './api';
import { parseBatch, writeBatchResponse } from './batch';
import { SpError, invalidDigest, invalidQuery, notSupported } from './errors';
import { Faults, FaultSettings, validateFaults } from './faults';
import { Persistence, loadDataFile } from './persistence';
import { Stats, pathKind } from './stats';
import { DEFAULT_UNIQUE_VIOLATION, Store, UniqueViolationSettings } from './store';
import { UnknownSeedError, getSeed } from './seeds';
import { loadSeeder } from './seeders';
import { validDigest } from './digest';
import { contentTypeFor, errorFormatFromAccept, errorPayload } from './format';

export interface EmulatorOptions {
  /** 0 = ephemeral; default 4322. */
  port?: number;
  /** Always loopback; default 127.0.0.1. */
  host?: string;
  /** JSON data file; undefined keeps everything in memory. */
  dataFile?: string;
  /** Login (or e-mail) of the user when a request has no X-Emulator-User header; a site admin. */
  defaultUser?: string;
  faults?: FaultSettings;
  /** Server-relative site path, default /sites/miljo. */
  sitePath?: string;
  /** Web title, default "Miljö" (groups are "<title> Owners/Members/Visitors"). */
  webTitle?: string;
  /** Form digest lifetime, default 1800 s. */
  digestTimeoutSeconds?: number;
  /**
   * createfieldasxml without Options & 8 (AddFieldInternalNameHint) derives the internal name from
   * DisplayName, as SharePoint does. Default true; false uses Name.
   */
  fieldNameFromDisplayName?: boolean;
  /** Status and body of a unique-value refusal (default 400, SPDuplicateValuesFoundException). */
  uniqueViolation?: Partial<UniqueViolationSettings>;
  /** Run this registered seeder once the server listens, if the store has no lists. */
  seed?: string;
  /** Debounce of data file writes, default 200 ms. */
  persistDebounceMs?: number;
  /** Random source for fault injection (tests). */
  random?: () => number;
}

export interface Emulator {
  /** The site URL, e.g. http://127.0.0.1:4322/sites/miljo. */
  url: string;
  port: number;
  store: Store;
  faults: Faults;
  stats: Stats;
  server: http.Server;
  /** Writes pending changes to the data file now. */
  flush(): Promise<void>;
  /** Runs a registered seeder against this emulator. */
  seed(name: string): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_USER = 'admin@contoso.onmicrosoft.com';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function hostnameOf(host: string | undefined): string {
  if (!host) return '';
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0].toLowerCase();
}

function loopbackOrigin(origin: string | undefined): boolean {
  if (!origin) return false;
  try {
    const u = new URL(origin);
    return LOOPBACK_HOSTS.has(u.hostname) || u.hostname === '[::1]';
  } catch {
    return false;
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function lowerHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.has(host)) throw new Error(`The emulator binds loopback only (got host ${host}).`);
  const sitePath = (options.sitePath ?? '/sites/miljo').replace(/\/+$/, '');
  const defaultUser = options.defaultUser ?? DEFAULT_USER;
  const loaded = options.dataFile ? loadDataFile(options.dataFile) : undefined;
  const store = new Store({
    sitePath,
    webTitle: options.webTitle ?? 'Miljö',
    defaultUser,
    fieldNameFromDisplayName: options.fieldNameFromDisplayName ?? true,
    uniqueViolation: { ...DEFAULT_UNIQUE_VIOLATION, ...options.uniqueViolation }
  }, loaded);
  const persistence = options.dataFile ? new Persistence(options.dataFile, () => store.toJSON(), options.persistDebounceMs ?? 200) : undefined;
  if (persistence) {
    store.onChange(() => persistence.schedule());
    if (!loaded) persistence.schedule(); // a new data file holds the initial site from the start
  }
  const faults = new Faults(options.faults ? validateFaults(options.faults) : {}, options.random);
  const stats = new Stats();
  const apiOptions = {
    store,
    digestTimeoutSeconds: options.digestTimeoutSeconds ?? 1800,
    fieldNameFromDisplayName: options.fieldNameFromDisplayName ?? true
  };
  let siteUrl = '';

  const runSeed = async (name: string): Promise<void> => {
    if (name === 'none') return;
    await loadSeeder(name);
    const seeder = getSeed(name);
    if (!seeder) throw new UnknownSeedError(name);
    await seeder(siteUrl, { store, defaultUser });
  };

  const send = (res: http.ServerResponse, status: number, headers: Record<string, string>, body: string, corsHeaders: Record<string, string>): void => {
    const buf = Buffer.from(body, 'utf8');
    const requestId = randomUUID();
    res.writeHead(status, {
      ...headers,
      ...corsHeaders,
      'Content-Length': String(buf.length),
      SPRequestGuid: requestId,
      'request-id': requestId,
      'X-SharePointHealthScore': '0',
      'X-Emulator': 'sharepoint-list-emulator'
    });
    res.end(buf);
    if (!res.req.url?.includes('/_emulator/')) stats.response(status, buf.length);
  };

  const json = (res: http.ServerResponse, status: number, value: unknown, cors: Record<string, string>): void => {
    send(res, status, { 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify(value), cors);
  };

  const admin = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: string, cors: Record<string, string>): Promise<void> => {
    const path = url.pathname.replace(/\/+$/, '').toLowerCase();
    const m = req.method ?? 'GET';
    const parse = (): Record<string, unknown> => {
      if (!body.trim()) return {};
      const v = JSON.parse(body) as unknown;
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('Body must be a JSON object.');
      return v as Record<string, unknown>;
    };
    try {
      if (path === '/_emulator/faults') {
        if (m === 'POST') faults.settings = validateFaults(parse());
        else if (m !== 'GET') throw new Error(`${m} not allowed`);
        json(res, 200, faults.settings, cors);
        return;
      }
      if (path === '/_emulator/reset' && m === 'POST') {
        store.reset();
        json(res, 200, { ok: true }, cors);
        return;
      }
      if (path === '/_emulator/seed' && m === 'POST') {
        const name = String(parse().name ?? url.searchParams.get('name') ?? '');
        if (!name) throw new Error('Name the seeder: {"name":"demo"}');
        try {
          await runSeed(name);
        } catch (e) {
          if (e instanceof UnknownSeedError) { json(res, 404, { error: e.message }, cors); return; }
          throw e;
        }
        json(res, 200, { ok: true, seed: name }, cors);
        return;
      }
      if (path === '/_emulator/stats') {
        if (m !== 'GET') throw new Error(`${m} not allowed`);
        json(res, 200, stats.snapshot(), cors);
        return;
      }
      if (path === '/_emulator/stats/reset' && m === 'POST') {
        stats.reset();
        json(res, 200, { ok: true }, cors);
        return;
      }
      if (path === '/_emulator/users') {
        if (m === 'POST') {
          const b = parse();
          if (typeof b.login !== 'string') throw new Error('{"login": "...", "title"?: "...", "email"?: "...", "isSiteAdmin"?: bool}');
          const u = store.ensureUser(b.login, { title: typeof b.title === 'string' ? b.title : undefined, email: typeof b.email === 'string' ? b.email : undefined });
          if (typeof b.isSiteAdmin === 'boolean') { u.isSiteAdmin = b.isSiteAdmin; store.changed(); }
          json(res, 200, u, cors);
          return;
        }
        if (m !== 'GET') throw new Error(`${m} not allowed`);
        json(res, 200, store.data.users.map((u) => ({ ...u, groups: store.groupsOf(u).map((g) => g.title) })), cors);
        return;
      }
      if (path === '/_emulator/health') {
        json(res, 200, { ok: true, siteUrl }, cors);
        return;
      }
      json(res, 404, {
        error: `Unknown emulator endpoint ${m} ${url.pathname}`,
        endpoints: ['GET|POST /_emulator/faults', 'POST /_emulator/reset', 'POST /_emulator/seed {"name"}', 'GET /_emulator/stats',
          'POST /_emulator/stats/reset', 'GET|POST /_emulator/users', 'GET /_emulator/health']
      }, cors);
    } catch (e) {
      json(res, 400, { error: e instanceof Error ? e.message : String(e) }, cors);
    }
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const headers = lowerHeaders(req.headers);
    const origin = headers.origin;
    const cors: Record<string, string> = loopbackOrigin(origin) ? {
      'Access-Control-Allow-Origin': origin ?? '',
      'Access-Control-Expose-Headers': 'ETag, Retry-After, Location, SPRequestGuid, request-id',
      Vary: 'Origin'
    } : {};
    if (!LOOPBACK_HOSTS.has(hostnameOf(headers.host))) {
      send(res, 403, { 'Content-Type': 'text/plain; charset=utf-8' }, 'The SharePoint emulator answers loopback host names only.', {});
      return;
    }
    if (req.method === 'OPTIONS') {
      send(res, 204, {
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, MERGE, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': headers['access-control-request-headers'] ?? '*',
        'Access-Control-Max-Age': '600'
      }, '', cors);
      return;
    }
    const raw = await readBody(req);
    const body = raw.toString('utf8');
    // Behind a loopback proxy (the local workbench), absolute URLs (nextLink, odata.id) use the
    // proxy's host when it says so with X-Forwarded-Host.
    const forwarded = headers['x-forwarded-host']?.split(',')[0].trim();
    const publicHost = forwarded && LOOPBACK_HOSTS.has(hostnameOf(forwarded)) ? forwarded : headers.host ?? host;
    const proto = headers['x-forwarded-proto']?.split(',')[0].trim() === 'https' && forwarded ? 'https' : 'http';
    const url = new URL(req.url ?? '/', `${proto}://${publicHost}`);
    if (url.pathname.toLowerCase().startsWith('/_emulator/')) {
      await admin(req, res, url, body, cors);
      return;
    }
    stats.request(pathKind(url.pathname), raw.length);
    const latency = faults.latencyMs;
    if (latency > 0) await sleep(latency);
    const fault = faults.decide();
    if (fault) {
      stats.fault(fault.status);
      const err = new SpError(fault.status, fault.status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-1, Microsoft.SharePoint.SPServerTooBusyException',
        fault.status === 429 ? 'The request has been throttled (emulated fault).' : 'The server is too busy (emulated fault).');
      const fmt = errorFormatFromAccept(headers.accept);
      send(res, fault.status, { 'Content-Type': contentTypeFor(fmt), 'Retry-After': String(fault.retryAfter) }, errorPayload(err, fmt), cors);
      return;
    }
    let out: ApiResponse;
    try {
      const login = headers['x-emulator-user']?.trim() || defaultUser;
      const user = store.ensureUser(login);
      let method = (req.method ?? 'GET').toUpperCase();
      const xhm = headers['x-http-method'];
      if (method === 'POST' && xhm) method = xhm.toUpperCase();
      const lowerPath = decodeURIComponent(url.pathname).toLowerCase();
      if (lowerPath === `${sitePath.toLowerCase()}/_api/$batch`) {
        if (method !== 'POST') throw notSupported(`${method} on $batch`);
        if (!validDigest(headers['x-requestdigest'], apiOptions.digestTimeoutSeconds)) throw invalidDigest();
        const parts = parseBatch(body, headers['content-type']);
        const responses = parts.map((p) => {
          let partUrl: URL;
          try { partUrl = new URL(p.url, url); } catch { return errorResponse(invalidQuery(`The $batch part URL '${p.url}' is not valid.`), p.headers.accept); }
          stats.batchPart(pathKind(partUrl.pathname));
          return handleApi(apiOptions, { method: p.method, url: partUrl, headers: p.headers, body: p.body, user, inBatch: true });
        });
        const b = writeBatchResponse(responses);
        out = { status: 200, headers: { 'Content-Type': b.contentType }, body: b.body };
      } else if (!lowerPath.startsWith(`${sitePath.toLowerCase()}/_api`)) {
        if (method === 'GET' && (lowerPath === sitePath.toLowerCase() || lowerPath === `${sitePath.toLowerCase()}/`)) {
          out = { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: `SharePoint list REST emulator. REST API: ${siteUrl}/_api/web\n` };
        } else {
          throw notSupported(`the path '${url.pathname}' (only ${sitePath}/_api/... is served)`);
        }
      } else {
        out = handleApi(apiOptions, { method, url, headers, body, user, inBatch: false });
      }
    } catch (e) {
      out = errorResponse(e, headers.accept);
    }
    send(res, out.status, out.headers, out.body, cors);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const r = errorResponse(e, req.headers.accept);
      if (!res.headersSent) send(res, r.status, r.headers, r.body, {});
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4322, host, () => { server.off('error', reject); resolve(); });
  });
  const port = (server.address() as AddressInfo).port;
  siteUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}${sitePath}`;

  const emulator: Emulator = {
    url: siteUrl,
    port,
    store,
    faults,
    stats,
    server,
    flush: async () => { if (persistence) await persistence.flush(); },
    seed: runSeed,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (persistence) await persistence.flush();
    }
  };
  if (options.seed && options.seed !== 'none' && store.allLists().length === 0) {
    try {
      await runSeed(options.seed);
    } catch (e) {
      await emulator.close();
      throw e;
    }
  } else if (options.seed && options.seed !== 'none' && !(await loadSeeder(options.seed))) {
    await emulator.close();
    throw new UnknownSeedError(options.seed);
  }
  return emulator;
}
