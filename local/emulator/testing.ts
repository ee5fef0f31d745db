/**
 * Test helpers: start an in-memory emulator on an ephemeral port and get a real PnPjs `sp` per user.
 *
 *   const emu = await startTestEmulator();
 *   const sp = emu.sp();                          // default user (site admin)
 *   const anna = emu.sp('anna@contoso.onmicrosoft.com');
 *   ...
 *   await emu.close();                            // closes keep-alive sockets too
 */
import { SPFI, SPBrowser, spfi } from '@pnp/sp';
import { BrowserFetchWithRetry, InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import { Emulator, EmulatorOptions, startEmulator } from './server';
import { adminHeaders } from './loopback';

export interface SpOptions {
  /** Retries of BrowserFetchWithRetry (default 3, as PnPjs). */
  retries?: number;
  /** First retry interval in ms without Retry-After (default 200, as PnPjs). */
  interval?: number;
}

/**
 * A PnPjs root for `siteUrl` acting as `login` (sent as X-Emulator-User; omitted = the emulator's
 * default user). Same behaviours as SPBrowser: DefaultHeaders, DefaultInit, BrowserFetchWithRetry,
 * DefaultParse, RequestDigest.
 */
export function spForUser(siteUrl: string, login?: string, options: SpOptions = {}): SPFI {
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
  if (options.retries !== undefined || options.interval !== undefined) {
    sp.using(BrowserFetchWithRetry({ retries: options.retries ?? 3, interval: options.interval ?? 200 }));
  }
  if (login) sp.using(InjectHeaders({ 'X-Emulator-User': login }));
  return sp;
}

/** Someone for the tenant's directory (`POST /_emulator/directory`). */
export interface PersonEntry { login: string; title?: string; email?: string }

/** `/_emulator/<path>` of the emulator serving `siteUrl`, with the header administration needs. */
export function adminFetch(siteUrl: string, path: string, init: { method?: string; body?: string } = {}): Promise<Response> {
  return globalThis.fetch(`${new URL(siteUrl).origin}/_emulator/${path.replace(/^\//, '')}`, {
    method: init.method ?? 'GET', headers: { 'Content-Type': 'application/json', ...adminHeaders }, body: init.body
  });
}

/** Puts people in the tenant's directory of an emulator started elsewhere, so the site can ensure them. */
export async function addPeople(siteUrl: string, people: ReadonlyArray<string | PersonEntry>): Promise<void> {
  const entries = people.map((person) => (typeof person === 'string' ? { login: person } : person));
  const response = await adminFetch(siteUrl, 'directory', { method: 'POST', body: JSON.stringify({ people: entries }) });
  if (!response.ok) throw new Error(`Adding people to the directory: ${response.status} ${await response.text()}`);
}

export interface TestEmulator extends Emulator {
  /** PnPjs for a user (default: the emulator's default user). */
  sp(login?: string, options?: SpOptions): SPFI;
  /** Raw fetch against a path under the site (e.g. "/_api/web"), with a valid digest on writes unless `digest: false`. */
  fetch(path: string, init?: RawInit): Promise<Response>;
  /** A valid form digest. */
  digest(): Promise<string>;
  /** `/_emulator/<path>` with the administration header (`emu.admin('reset', { method: 'POST' })`). */
  admin(path: string, init?: { method?: string; body?: string }): Promise<Response>;
  /** Puts people in the tenant's directory (logins or entries). */
  addPeople(...people: Array<string | PersonEntry>): Promise<void>;
}

export interface RawInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Add a valid X-RequestDigest on non-GET requests (default true). */
  digest?: boolean;
  user?: string;
}

/** Starts an in-memory emulator on an ephemeral port (options as startEmulator; port defaults to 0). */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emu = await startEmulator({ port: 0, ...options });
  const digest = async (): Promise<string> => {
    const response = await globalThis.fetch(`${emu.url}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata' } });
    const info = (await response.json()) as { FormDigestValue: string };
    return info.FormDigestValue;
  };
  return Object.assign(emu, {
    sp: (login?: string, spOptions?: SpOptions) => spForUser(emu.url, login, spOptions),
    digest,
    admin: (path: string, init?: { method?: string; body?: string }) => adminFetch(emu.url, path, init),
    addPeople: (...people: Array<string | PersonEntry>) => addPeople(emu.url, people),
    fetch: async (path: string, init: RawInit = {}): Promise<Response> => {
      const method = init.method ?? 'GET';
      const headers: Record<string, string> = { Accept: 'application/json;odata=nometadata', ...init.headers };
      if (init.user) headers['X-Emulator-User'] = init.user;
      if (method !== 'GET' && init.digest !== false && !headers['X-RequestDigest']) headers['X-RequestDigest'] = await digest();
      if (init.body !== undefined && !headers['Content-Type']) headers['Content-Type'] = 'application/json;charset=utf-8';
      return globalThis.fetch(`${emu.url}${path}`, { method, headers, body: init.body });
    }
  });
}
