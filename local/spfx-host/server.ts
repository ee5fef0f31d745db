// `npm run host`: the packaged web part inside SharePoint Framework 1.23.2's own runtime, booted
// from node_modules, against the emulator. One https loopback origin serves the host page, the
// framework's dist folders, the web part's assets and the stand-ins, and passes /sites/* and /_api/*
// to the emulator (saying its own host and protocol, so the emulator's absolute URLs stay on this
// origin, as SharePoint's do). https because the web part refuses a site that is not https.
// See ../../../shared/SPFX-HOST.md for the boot sequence and why each stand-in exists.
import * as http from 'http';
import * as https from 'https';
import { existsSync, readFileSync } from 'fs';
import { readFile } from 'fs/promises';
import * as path from 'path';
import { startEmulator, Emulator } from '../emulator/server';
import { proxyToEmulator } from '../emulator/proxy';
import '../seed/registerDemoSeed';
import { personaByKey } from '../workbench/client/personas';
import { hostTheme } from '../../src/ui/theme/hostThemes';
import { loopbackCertificate } from './certificate';
import {
  applicationBaseId, assemblyComponents, frameworkPackages, libraryManifest, Manifest, missingReferences,
  packageOutput, rebased
} from './manifests';
import { applicationBaseModule, stubModule } from './stubs';

export interface SpfxHostOptions {
  port: number;
  /** Undefined keeps the emulator's data in memory (tests). */
  dataFile?: string;
}

export interface SpfxHost {
  url: string;
  emulator: Emulator;
  /** Scripts the page asked for that must never load (a library the assembly carries, say). */
  unexpectedFetches: string[];
  close(): Promise<void>;
}

const projectRoot = path.resolve(__dirname, '..', '..');
const reactVersion = '17.0.1';
const reactIds = { react: '0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d', reactDom: 'aa0a46ec-1505-43cd-a44a-93f3a5aa460a' };
const userCookie = 'spfx-host-user';

interface Served {
  /** Framework package folder name → its dist folder. */
  dist: Map<string, string>;
  /** Stand-in script name → its source. */
  stubs: Map<string, string>;
  manifests(origin: string): Manifest[];
}

function prepare(): Served {
  const packages = frameworkPackages();
  const assembly = readFileSync(path.join(packages.find((entry) => entry.folder === 'sp-loader')!.distFolder, 'sp-loader-assembly_default.js'), 'utf8');
  const { webPart, card } = packageOutput();
  const framework = packages.flatMap((entry) => entry.manifests.map((manifest) => ({ manifest, folder: entry.folder })));
  const frameworkIds = new Set(framework.map((entry) => entry.manifest.id));
  const built = assemblyComponents(assembly).filter((component) => !frameworkIds.has(component.id));
  const stubs = new Map<string, string>();
  const make = (origin: string): Manifest[] => {
    const own: Manifest[] = [
      ...framework.map(({ manifest, folder }) => rebased(manifest, `${origin}/framework/${folder}/`)),
      rebased(webPart, `${origin}/assets/`),
      ...(card === undefined ? [] : [rebased(card, `${origin}/assets/`)]),
      libraryManifest({ id: reactIds.react, name: 'react', version: reactVersion, baseUrl: `${origin}/react/`, file: 'react.production.min.js' }),
      libraryManifest({
        id: reactIds.reactDom, name: 'react-dom', version: reactVersion, baseUrl: `${origin}/react/`, file: 'react-dom.production.min.js',
        dependencies: { react: { id: reactIds.react, version: reactVersion } }
      }),
      libraryManifest({ id: applicationBaseId, name: '@microsoft/sp-application-base', version: '1.23.2', baseUrl: `${origin}/stubs/`, file: 'sp-application-base.js' }),
      // Pinned from the assembly: a fetch of these scripts means the boot went another way.
      ...built.map((component) => libraryManifest({ ...component, name: `assembly-${component.id}`, baseUrl: `${origin}/never/`, file: `${component.id}.js` }))
    ];
    const stood = missingReferences(own).map((reference) => {
      stubs.set(`${reference.id}.js`, stubModule(reference.name, reference.id, reference.version));
      return libraryManifest({ id: reference.id, name: reference.name, version: reference.version, baseUrl: `${origin}/stubs/`, file: `${reference.id}.js` });
    });
    return [...own, ...stood];
  };
  stubs.set('sp-application-base.js', applicationBaseModule(applicationBaseId, '1.23.2'));
  make('https://localhost'); // fills `stubs` once; the manifests themselves are made per origin
  return { dist: new Map(packages.map((entry) => [entry.folder, entry.distFolder])), stubs, manifests: make };
}

/** A lazy chunk is asked for relative to the package that loads it, but may ship in another one. */
function findInDist(served: Served, folder: string, file: string): string | undefined {
  const own = served.dist.get(folder);
  if (own !== undefined && existsSync(path.join(own, file))) return path.join(own, file);
  if (!file.startsWith('chunk.')) return undefined;
  for (const dist of served.dist.values()) {
    if (existsSync(path.join(dist, file))) return path.join(dist, file);
  }
  return undefined;
}

function contentType(file: string): string {
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.json')) return 'application/json; charset=utf-8';
  if (file.endsWith('.html')) return 'text/html; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  return 'application/octet-stream';
}

function cookie(request: http.IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie ?? '';
  const match = header.split(';').map((part) => part.trim().split('=')).find(([key]) => key === name);
  return match === undefined ? undefined : decodeURIComponent(match[1] ?? '');
}

function proxy(emulator: Emulator, request: http.IncomingMessage, response: http.ServerResponse, publicHost: string): void {
  const login = personaByKey(cookie(request, userCookie) ?? null).person.login;
  proxyToEmulator(emulator, request, response, (headers) => ({
    ...headers, 'x-forwarded-host': publicHost, 'x-forwarded-proto': 'https', 'x-emulator-user': login
  }));
}

async function sendFile(response: http.ServerResponse, file: string | undefined): Promise<void> {
  if (file === undefined) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, { 'Content-Type': contentType(file), 'Cache-Control': 'no-store' });
  response.end(body);
}

export async function startSpfxHost(options: SpfxHostOptions): Promise<SpfxHost> {
  const served = prepare();
  const emulator = await startEmulator({ port: 0, dataFile: options.dataFile, seed: 'demo', sitePath: '/sites/miljo' });
  const page = await readFile(path.join(__dirname, 'client', 'index.html'), 'utf8');
  const unexpectedFetches: string[] = [];
  const { assetsFolder } = packageOutput();

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    const publicHost = request.headers.host ?? 'localhost';
    if (!/^(localhost|127\.0\.0\.1)(:\d+)?$/.test(publicHost)) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('The SPFx host answers loopback host names only.');
      return;
    }
    const origin = `https://${publicHost}`;
    const url = new URL(request.url ?? '/', origin);
    const [, area, ...rest] = url.pathname.split('/');
    const file = rest.join('/');
    if (file.includes('..')) {
      response.writeHead(400);
      response.end();
      return;
    }
    switch (area) {
      case 'sites':
        proxy(emulator, request, response, publicHost);
        return;
      case '_api':
        // The tenant's root site, where a Teams personal app runs: it holds no lists, but tenant
        // properties are read on any site, so those (and nothing else) are answered for it.
        if (/^\/_api\/web\/getstorageentity\(/i.test(url.pathname)) {
          request.url = `/sites/miljo${request.url ?? ''}`;
          proxy(emulator, request, response, publicHost);
          return;
        }
        break;
      case '':
      case 'index.html': {
        const persona = url.searchParams.get('user');
        response.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store',
          'Set-Cookie': `${userCookie}=${encodeURIComponent(persona ?? 'regionalStaff')}; Path=/; Secure; SameSite=Strict`
        });
        response.end(page);
        return;
      }
      case 'host':
        if (file === 'config.json') {
          response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
          response.end(JSON.stringify({ darkSectionTheme: hostTheme('sharePointDarkSection') }));
          return;
        }
        await sendFile(response, file === 'host.js' ? path.join(__dirname, 'client', 'host.js') : undefined);
        return;
      case 'manifests.json':
        response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(JSON.stringify(served.manifests(origin)));
        return;
      case 'framework':
        await sendFile(response, findInDist(served, rest[0], rest.slice(1).join('/')));
        return;
      case 'assets':
        await sendFile(response, existsSync(path.join(assetsFolder, file)) ? path.join(assetsFolder, file) : undefined);
        return;
      case 'adaptivecards':
        // The quick view's Adaptive Card as a host renders it (the dashboard uses this package too).
        await sendFile(response, file === 'adaptivecards.min.js' ? path.join(projectRoot, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js') : undefined);
        return;
      case 'react':
        await sendFile(response, ['react.production.min.js', 'react-dom.production.min.js'].includes(file)
          ? path.join(projectRoot, 'node_modules', file.startsWith('react-dom') ? 'react-dom' : 'react', 'umd', file) : undefined);
        return;
      case 'stubs': {
        const source = served.stubs.get(file);
        if (source === undefined) break;
        response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(source);
        return;
      }
      case 'never':
        unexpectedFetches.push(url.pathname);
        break;
      default:
        break;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  };

  const { key, cert } = await loopbackCertificate();
  const server = https.createServer({ key, cert }, (request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(error.message);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const address = server.address() as { port: number };
  return {
    url: `https://localhost:${address.port}`,
    emulator,
    unexpectedFetches,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator.close();
    }
  };
}
