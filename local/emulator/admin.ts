/** The `/_emulator/*` endpoints: faults, reset, seed, stats, users for the workbench's switcher, health. Never faulted. */
import { Faults, validateFaults } from './faults';
import { Stats } from './stats';
import { Store } from './store';
import { UnknownSeedError } from './seeds';

export interface AdminTargets {
  store: Store;
  faults: Faults;
  stats: Stats;
  runSeed(name: string): Promise<void>;
  /** Known once the server listens. */
  siteUrl(): string;
}

export type JsonReply = (status: number, value: unknown) => void;

const ENDPOINTS = ['GET|POST /_emulator/faults', 'POST /_emulator/reset', 'POST /_emulator/seed {"name"}', 'GET /_emulator/stats',
  'POST /_emulator/stats/reset', 'GET|POST /_emulator/users',
  'GET|POST /_emulator/directory {"login","title"?,"email"?} or {"people":[...]}', 'GET /_emulator/health'];

function parseObject(body: string): Record<string, unknown> {
  if (!body.trim()) return {};
  const value = JSON.parse(body) as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('Body must be a JSON object.');
  return value as Record<string, unknown>;
}

const optionalString = (value: unknown): string | undefined => typeof value === 'string' ? value : undefined;

async function answer(targets: AdminTargets, method: string, url: URL, body: string, reply: JsonReply): Promise<void> {
  const { store, faults, stats } = targets;
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  if (path === '/_emulator/faults') {
    if (method === 'POST') faults.settings = validateFaults(parseObject(body));
    else if (method !== 'GET') throw new Error(`${method} not allowed`);
    reply(200, faults.settings);
  } else if (path === '/_emulator/reset' && method === 'POST') {
    store.reset();
    reply(200, { ok: true });
  } else if (path === '/_emulator/seed' && method === 'POST') {
    const name = String(parseObject(body).name ?? url.searchParams.get('name') ?? '');
    if (!name) throw new Error('Name the seeder: {"name":"demo"}');
    try {
      await targets.runSeed(name);
    } catch (error) {
      if (error instanceof UnknownSeedError) { reply(404, { error: error.message }); return; }
      throw error;
    }
    reply(200, { ok: true, seed: name });
  } else if (path === '/_emulator/stats') {
    if (method !== 'GET') throw new Error(`${method} not allowed`);
    reply(200, stats.snapshot());
  } else if (path === '/_emulator/stats/reset' && method === 'POST') {
    stats.reset();
    reply(200, { ok: true });
  } else if (path === '/_emulator/users') {
    if (method === 'POST') {
      const request = parseObject(body);
      if (typeof request.login !== 'string') throw new Error('{"login": "...", "title"?: "...", "email"?: "...", "isSiteAdmin"?: bool}');
      const user = store.signIn(request.login, { title: optionalString(request.title), email: optionalString(request.email) });
      if (typeof request.isSiteAdmin === 'boolean') store.updateUser(user, { IsSiteAdmin: request.isSiteAdmin });
      reply(200, user);
      return;
    }
    if (method !== 'GET') throw new Error(`${method} not allowed`);
    reply(200, store.data.users.map((user) => ({ ...user, groups: store.groupsOf(user).map((group) => group.title) })));
  } else if (path === '/_emulator/directory') {
    if (method === 'POST') {
      const request = parseObject(body);
      const people = Array.isArray(request.people) ? request.people as unknown[] : [request];
      const added = people.map((person) => {
        const entry = person as Record<string, unknown>;
        if (typeof entry?.login !== 'string') throw new Error('{"login": "...", "title"?: "...", "email"?: "..."} or {"people": [...]}');
        return store.addPerson(entry.login, { title: optionalString(entry.title), email: optionalString(entry.email) });
      });
      reply(200, added);
      return;
    }
    if (method !== 'GET') throw new Error(`${method} not allowed`);
    reply(200, store.people());
  } else if (path === '/_emulator/health') {
    reply(200, { ok: true, siteUrl: targets.siteUrl() });
  } else {
    reply(404, { error: `Unknown emulator endpoint ${method} ${url.pathname}`, endpoints: ENDPOINTS });
  }
}

/** Answers one admin request; a bad request is a 400 with the reason. */
export async function handleAdmin(targets: AdminTargets, method: string, url: URL, body: string, reply: JsonReply): Promise<void> {
  try {
    await answer(targets, method, url, body, reply);
  } catch (error) {
    reply(400, { error: error instanceof Error ? error.message : String(error) });
  }
}
