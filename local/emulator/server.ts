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
import { UserDef } from './model';
import { ApiOptions, ApiResponse, errorResponse } from './exchange';
import { handleApi } from './dispatch';
import { runBatch } from './batch';
import { AdminTargets, handleAdmin } from './admin';
import { SpError, invalidDigest, invalidQuery, notSupported } from './errors';
import { FaultDecision, Faults, FaultSettings, validateFaults } from './faults';
import { Persistence, loadDataFile } from './persistence';
import { Stats, pathKind } from './stats';
import { DEFAULT_UNIQUE_VIOLATION, Store, UniqueViolationSettings } from './store';
import { UnknownSeedError, getSeed } from './seeds';
import { loadSeeder } from './seeders';
import { validDigest } from './digest';
import { contentTypeFor, errorFormatFromAccept, errorPayload } from './format';
import type { TenantProperty } from './model';
import { DEFAULT_TIME_ZONE_ID, siteTimeZone } from './timeZones';
import { LOOPBACK_HOSTS, adminRefusal, hostnameOf, loopbackOrigin } from './loopback';

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
  /** The clock items' Created and Modified are written by; the real one when absent. */
  now?: () => Date;
  /** Run this registered seeder once the server listens, if the store has no lists. */
  seed?: string;
  /** Journal size (bytes) after which a commit writes a snapshot instead, default 4 MB (at least the snapshot's size). */
  compactAfterBytes?: number;
  /**
   * The site's time zone: SharePoint's id, an IANA name or a word of its description
   * (`13`, `America/Los_Angeles`, `Pacific`). Default W. Europe Standard Time (4, Stockholm); given for
   * an existing data file, it changes that site's regional settings.
   */
  timeZone?: number | string;
  /** Random source for fault injection (tests). */
  random?: () => number;
  /** Tenant properties (storage entities) SharePoint would read from the app catalog. */
  tenantProperties?: Record<string, TenantProperty>;
}

export interface Emulator {
  /** The site URL, e.g. http://127.0.0.1:4322/sites/miljo. */
  url: string;
  port: number;
  store: Store;
  faults: Faults;
  /** Tenant properties by key: set one here as an administrator would in the app catalog. */
  tenantProperties: Map<string, TenantProperty>;
  stats: Stats;
  server: http.Server;
  /** Writes pending changes to the data file now. */
  flush(): Promise<void>;
  /** Runs a registered seeder against this emulator. */
  seed(name: string): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_USER = 'admin@contoso.onmicrosoft.com';

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function lowerHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const lowered: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) lowered[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return lowered;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.has(host)) throw new Error(`The emulator binds loopback only (got host ${host}).`);
  const sitePath = (options.sitePath ?? '/sites/miljo').replace(/\/+$/, '');
  const defaultUser = options.defaultUser ?? DEFAULT_USER;
  const timeZone = siteTimeZone(options.timeZone ?? DEFAULT_TIME_ZONE_ID);
  const loaded = options.dataFile ? loadDataFile(options.dataFile) : undefined;
  const store = new Store({
    sitePath,
    webTitle: options.webTitle ?? 'Miljö',
    defaultUser,
    fieldNameFromDisplayName: options.fieldNameFromDisplayName ?? true,
    uniqueViolation: { ...DEFAULT_UNIQUE_VIOLATION, ...options.uniqueViolation },
    timeZoneId: timeZone.id,
    now: options.now
  }, loaded?.data);
  if (loaded && options.timeZone !== undefined && store.timeZone().id !== timeZone.id) store.setTimeZone(timeZone.id);
  const persistence = options.dataFile
    ? new Persistence(options.dataFile, () => store.toJSON(), loaded?.sequence ?? 0, options.compactAfterBytes)
    : undefined;
  if (persistence) store.onChange((change) => persistence.record(change));
  const faults = new Faults(options.faults ? validateFaults(options.faults) : {}, options.random);
  const stats = new Stats();
  const apiOptions: ApiOptions = {
    store,
    digestTimeoutSeconds: options.digestTimeoutSeconds ?? 1800,
    fieldNameFromDisplayName: options.fieldNameFromDisplayName ?? true,
    tenantProperties: new Map(Object.entries(options.tenantProperties ?? {}))
  };
  let siteUrl = '';
  /** Known once the server listens. */
  let port = 0;

  const runSeed = async (name: string): Promise<void> => {
    if (name === 'none') return;
    await loadSeeder(name);
    const seeder = getSeed(name);
    if (!seeder) throw new UnknownSeedError(name);
    await seeder(siteUrl, { store, defaultUser });
  };

  const send = (response: http.ServerResponse, status: number, headers: Record<string, string>, body: string, corsHeaders: Record<string, string>): void => {
    // Nothing is acknowledged before it is on disk.
    persistence?.commit();
    const bytes = Buffer.from(body, 'utf8');
    const requestId = randomUUID();
    response.writeHead(status, {
      ...headers,
      ...corsHeaders,
      'Content-Length': String(bytes.length),
      SPRequestGuid: requestId,
      'request-id': requestId,
      'X-SharePointHealthScore': '0',
      'X-Emulator': 'sharepoint-list-emulator'
    });
    response.end(bytes);
    if (!response.req.url?.includes('/_emulator/')) stats.response(status, bytes.length);
  };

  const adminTargets: AdminTargets = { store, faults, stats, runSeed, siteUrl: () => siteUrl };

  /** An emulated 429 or 503, as SharePoint words them. */
  const sendFault = (response: http.ServerResponse, fault: FaultDecision, accept: string | undefined, cors: Record<string, string>): void => {
    stats.fault(fault.status);
    const throttledFault = fault.status === 429;
    const error = new SpError(fault.status,
      throttledFault ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-1, Microsoft.SharePoint.SPServerTooBusyException',
      throttledFault ? 'The request has been throttled (emulated fault).' : 'The server is too busy (emulated fault).');
    const format = errorFormatFromAccept(accept);
    send(response, fault.status, { 'Content-Type': contentTypeFor(format), 'Retry-After': String(fault.retryAfter) }, errorPayload(error, format), cors);
  };

  /** The `_api` (or `$batch`) answer to one request, as the given user. */
  const answerApi = (url: URL, method: string, headers: Record<string, string>, body: string, user: UserDef): ApiResponse => {
    const lowerPath = decodeURIComponent(url.pathname).toLowerCase();
    const lowerSitePath = sitePath.toLowerCase();
    if (lowerPath === `${lowerSitePath}/_api/$batch`) {
      if (method !== 'POST') throw notSupported(`${method} on $batch`);
      if (!validDigest(headers['x-requestdigest'], apiOptions.digestTimeoutSeconds)) throw invalidDigest();
      return runBatch(body, headers['content-type'], (part) => {
        let partUrl: URL;
        try { partUrl = new URL(part.url, url); } catch { return errorResponse(invalidQuery(`The $batch part URL '${part.url}' is not valid.`), part.headers.accept); }
        stats.batchPart(pathKind(partUrl.pathname));
        return handleApi(apiOptions, { method: part.method, url: partUrl, headers: part.headers, body: part.body, user, inBatch: true });
      });
    }
    if (lowerPath.startsWith(`${lowerSitePath}/_api`)) return handleApi(apiOptions, { method, url, headers, body, user, inBatch: false });
    if (method === 'GET' && (lowerPath === lowerSitePath || lowerPath === `${lowerSitePath}/`)) {
      return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: `SharePoint list REST emulator. REST API: ${siteUrl}/_api/web\n` };
    }
    throw notSupported(`the path '${url.pathname}' (only ${sitePath}/_api/... is served)`);
  };

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    const headers = lowerHeaders(request.headers);
    const origin = headers.origin;
    const cors: Record<string, string> = loopbackOrigin(origin) ? {
      'Access-Control-Allow-Origin': origin ?? '',
      'Access-Control-Expose-Headers': 'ETag, Retry-After, Location, SPRequestGuid, request-id',
      Vary: 'Origin'
    } : {};
    if (!LOOPBACK_HOSTS.has(hostnameOf(headers.host))) {
      send(response, 403, { 'Content-Type': 'text/plain; charset=utf-8' }, 'The SharePoint emulator answers loopback host names only.', {});
      return;
    }
    if (request.method === 'OPTIONS') {
      send(response, 204, {
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, MERGE, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': headers['access-control-request-headers'] ?? '*',
        'Access-Control-Max-Age': '600'
      }, '', cors);
      return;
    }
    const raw = await readBody(request);
    const body = raw.toString('utf8');
    // Behind a loopback proxy (the local workbench), absolute URLs (nextLink, odata.id) use the
    // proxy's host when it says so with X-Forwarded-Host.
    const forwarded = headers['x-forwarded-host']?.split(',')[0].trim();
    const publicHost = forwarded && LOOPBACK_HOSTS.has(hostnameOf(forwarded)) ? forwarded : headers.host ?? host;
    const protocol = headers['x-forwarded-proto']?.split(',')[0].trim() === 'https' && forwarded ? 'https' : 'http';
    const url = new URL(request.url ?? '/', `${protocol}://${publicHost}`);
    if (url.pathname.toLowerCase().startsWith('/_emulator/')) {
      const refusal = adminRefusal(headers, port);
      if (refusal) {
        send(response, 403, { 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify({ error: refusal }), cors);
        return;
      }
      await handleAdmin(adminTargets, request.method ?? 'GET', url, body, (status, value) => {
        send(response, status, { 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify(value), cors);
      });
      return;
    }
    stats.request(pathKind(url.pathname), raw.length);
    const latency = faults.latencyMs;
    if (latency > 0) await sleep(latency);
    const fault = faults.decide();
    if (fault) {
      sendFault(response, fault, headers.accept, cors);
      return;
    }
    let answer: ApiResponse;
    try {
      const user = store.signIn(headers['x-emulator-user']?.trim() || defaultUser);
      let method = (request.method ?? 'GET').toUpperCase();
      const tunnelledMethod = headers['x-http-method'];
      if (method === 'POST' && tunnelledMethod) method = tunnelledMethod.toUpperCase();
      answer = answerApi(url, method, headers, body, user);
    } catch (error) {
      answer = errorResponse(error, headers.accept);
    }
    send(response, answer.status, answer.headers, answer.body, cors);
  };

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const answer = errorResponse(error, request.headers.accept);
      if (!response.headersSent) send(response, answer.status, answer.headers, answer.body, {});
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4322, host, () => { server.off('error', reject); resolve(); });
  });
  port = (server.address() as AddressInfo).port;
  siteUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}${sitePath}`;

  const emulator: Emulator = {
    url: siteUrl,
    port,
    store,
    faults,
    tenantProperties: apiOptions.tenantProperties,
    stats,
    server,
    flush: async () => { persistence?.flush(); },
    seed: runSeed,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      persistence?.close();
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
