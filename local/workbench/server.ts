// `npm start`: the product on a laptop with no tenant. Starts the SharePoint list emulator
// (seeded with the demo region on first run, kept in .data/ afterwards), bundles the page and
// serves it on http://localhost:4321 (PORT changes it), passing /sites/miljo to the emulator so
// the page and the API share one origin, as on SharePoint.
import * as http from 'http';
import { readFile } from 'fs/promises';
import * as path from 'path';
import { clockOnDay } from '../../src/domain/clock';
import { demoToday } from '../../src/domain';
import { startEmulator, Emulator } from '../emulator/server';
import { proxyToEmulator } from '../emulator/proxy';
import type { StoreData } from '../emulator/model';
import { EVERYTHING_CHANGED } from '../emulator/store/changes';
import '../seed/registerDemoSeed';
import { bundleWorkbench, type WorkbenchBuild } from './bundle';
import { guideAnswer } from './guides';
import { adminRefusal, isLoopbackHost } from '../emulator/loopback';
import { startKoladaStandIn, type KoladaStandIn } from '../kolada/standIn';

export interface WorkbenchOptions {
  port: number;
  /** The page's build: development (the default, `npm start`) or production (browser tests). */
  build?: WorkbenchBuild;
  /** Undefined keeps the emulator's data in memory (tests). */
  dataFile?: string;
  host?: string;
  /**
   * What an empty store is seeded with: the demo region (default), the region of three
   * förvaltningar, or nothing (benchmarks fill it).
   */
  seed?: WorkbenchSeed;
  /** Told as each slow step of the start begins, so `npm start` can say what it is doing. */
  onStep?: (step: WorkbenchStep) => void;
}

export type WorkbenchStep = 'emulator' | 'bundle';
export type WorkbenchSeed = 'demo' | 'region' | 'none';

export interface Workbench {
  url: string;
  emulator: Emulator;
  /** The stand-in for Kolada's API the page fetches key figures from (another origin, as Kolada is). */
  kolada: KoladaStandIn;
  close(): Promise<void>;
}

// The package exports no fonts/ path: find it beside the package's CommonJS entry.
const iconFontFolder = path.join(path.dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');

const throttledFaults = { throttle429: 0.3, retryAfterSeconds: 0 };

function refuse(response: http.ServerResponse, message: string): void {
  response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(message);
}

/** `vouched`: the workbench checked the page's origin itself, so the emulator is not shown it. */
/** An administration request the workbench vouched for goes on without the page's Origin. */
function proxy(emulator: Emulator, request: http.IncomingMessage, response: http.ServerResponse, vouched = false): void {
  proxyToEmulator(emulator, request, response, (headers) => {
    if (vouched) delete headers.origin;
    return headers;
  });
}

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  options.onStep?.('emulator');
  // The demo's one clock: what it saves is dated on the demo's day, as the page's today is.
  const seed = options.seed ?? 'demo';
  const emulator = await startEmulator({ port: 0, dataFile: options.dataFile, seed, now: clockOnDay(demoToday) });
  // The demo as seeded, kept after the first seed: a reset loads it again in milliseconds where
  // seeding through the product's own provisioning took seconds (browser tests reset before each test).
  const demoSeed = seed === 'none' ? 'demo' : seed;
  let seededDemo = options.dataFile === undefined && seed !== 'none'
    ? JSON.stringify(emulator.store.toJSON()) : undefined;
  const resetToDemo = async (): Promise<void> => {
    if (seededDemo === undefined) {
      emulator.store.reset();
      await emulator.seed(demoSeed);
      seededDemo = JSON.stringify(emulator.store.toJSON());
      return;
    }
    emulator.store.load(JSON.parse(seededDemo) as StoreData);
    emulator.store.changed(EVERYTHING_CHANGED);
  };
  // Another origin than the page's, as Kolada's is: it answers this workbench's page only (CORS).
  let port = 0;
  const kolada = await startKoladaStandIn({
    host: options.host,
    pageSize: 4,
    allowOrigin: (origin) => origin === `http://localhost:${port}` || origin === `http://127.0.0.1:${port}`
  });
  options.onStep?.('bundle');
  const [bundle, page] = await Promise.all([
    bundleWorkbench(options.build),
    readFile(path.join(__dirname, 'client', 'index.html'), 'utf8')
  ]);

  const server = http.createServer((request, response) => {
    // A foreign Host is a page that rebound its own name to loopback: nothing is served or passed on.
    if (!isLoopbackHost(request.headers.host)) {
      refuse(response, 'The workbench answers loopback host names only.');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const administration = url.pathname.startsWith('/_emulator/') || url.pathname.startsWith('/_workbench/');
    const refusal = administration ? adminRefusal(request.headers, port) : undefined;
    if (refusal) {
      refuse(response, refusal);
      return;
    }
    if (url.pathname.startsWith('/sites/') || url.pathname.startsWith('/_emulator/')) {
      proxy(emulator, request, response, administration);
      return;
    }
    if (url.pathname === '/_workbench/throttle') {
      // GET tells the page whether throttling is on (it outlives a reload); POST switches it.
      if (request.method === 'POST') emulator.faults.settings = url.searchParams.get('on') === 'true' ? { ...throttledFaults } : {};
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify({ throttled: (emulator.faults.settings.throttle429 ?? 0) > 0 }));
      return;
    }
    if (url.pathname === '/_workbench/kolada') {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify({ baseUrl: kolada.baseUrl }));
      return;
    }
    if (request.method === 'POST' && url.pathname === '/_workbench/reset') {
      resetToDemo().then(() => {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end('{"reset":true}');
      }, (error: Error) => {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(error.message);
      });
      return;
    }
    if (url.pathname.startsWith('/fonts/') && /^\/fonts\/[\w.-]+\.woff$/.test(url.pathname)) {
      // Fluent UI's icon font, served here: the workbench works offline (SharePoint serves its own).
      readFile(path.join(iconFontFolder, path.basename(url.pathname))).then((font) => {
        response.writeHead(200, { 'Content-Type': 'font/woff', 'Cache-Control': 'max-age=86400' });
        response.end(font);
      }, () => {
        response.writeHead(404);
        response.end();
      });
      return;
    }
    if (url.pathname.startsWith('/hjalp/')) {
      guideAnswer(url.pathname).then((answer) => {
        response.writeHead(answer === undefined ? 404 : 200, { 'Content-Type': answer?.contentType ?? 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(answer?.body ?? 'Not found');
      }, () => {
        response.writeHead(500);
        response.end();
      });
      return;
    }
    if (url.pathname === '/workbench.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(bundle.script);
      return;
    }
    if (url.pathname === '/workbench.js.map') {
      // Read only by the browser's developer tools.
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(bundle.sourceMap);
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(page);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as { port: number };
  port = address.port;
  return {
    url: `http://localhost:${address.port}`,
    emulator,
    kolada,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await kolada.close();
      await emulator.close();
    }
  };
}
