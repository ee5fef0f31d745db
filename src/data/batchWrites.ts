// Many writes in SharePoint's $batch: an import's thousand units in a few dozen requests instead of
// two thousand. Loaded on demand (the repository imports this module dynamically, into the
// import's chunk): the summary's first chunk has no room for it.
//
// PnPjs settles a $batch's calls only when the $batch itself was answered. When it was not (lost
// on the way back, refused, throttled past every retry), its calls never settle: each is then
// reported with the $batch's error, and an add finds out by its ClientKey whether it landed, as a
// single add does (itemWrites.ts).
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import type { OrgUnit } from '../domain/model';
import type { OrgUnitAdd, OrgUnitUpdate, ResolveOutcome, WriteOutcome } from '../ports';
import { failureOf, isConflict, isForbidden, isMissingLookupTarget, isNotFound } from './errors';
import { addedItemBody, itemBody, type WriteContext } from './itemBodies';
import type { Item } from './listFields';
import { etagOf, projections, toModel } from './mapping';
import { eq } from './odata';
import { loginFromClaims, type UserIdOf } from './people';
import type { ListKey } from './schema';
import type { SiteCalendar } from './siteCalendar';
import { isUnknownPerson } from './unknownPerson';
import { listUrl } from './yearReader';

/** SharePoint refuses a $batch of more than 100 operations. */
export const batchLimit = 100;

/**
 * Keys looked up in one filter of a lost batch's lookup. The filters go inside one $batch, so the
 * URL's length limit never applies; 20 `or`ed clauses stay far below SharePoint's query limits.
 */
const keysPerFilter = 20;

/** Rounds for the parts SharePoint throttled inside an answered $batch (it judges each part on its own). */
const busyRounds = 5;
const busyPauseMs = 500;

/** What a batched write needs of the repository that loaded it. */
export interface BatchHost {
  sp: SPFI;
  webServerRelativeUrl: string;
  calendar: SiteCalendar;
  /** The repository's login → site user id cache: filled here, used by its single writes too. */
  userIds: Map<string, Promise<number>>;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown; unanswered?: true };

function list(host: BatchHost, sp: SPFI, key: ListKey): IList {
  return sp.web.getList(listUrl(host.webServerRelativeUrl, key));
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Each input's call, at most 100 to a $batch, one $batch after another (SharePoint throttles a
 * client that sends many at once). `call` must start its request before it awaits anything: a
 * request that reaches the batch after `execute` is never sent.
 */
async function inBatches<I, T>(sp: SPFI, inputs: readonly I[], call: (batched: SPFI, input: I) => Promise<T>): Promise<Array<Settled<T>>> {
  const settled: Array<Settled<T>> = new Array(inputs.length);
  for (let from = 0; from < inputs.length; from += batchLimit) {
    let waiting = Array.from({ length: Math.min(batchLimit, inputs.length - from) }, (_, offset) => from + offset);
    for (let round = 0; waiting.length > 0; round += 1) {
      const [batched, execute] = sp.batched({ maxRequests: batchLimit });
      const answers = waiting.map((index) => call(batched, inputs[index])
        .then((value): Settled<T> => ({ ok: true, value }), (error: unknown): Settled<T> => ({ ok: false, error })));
      try {
        await execute();
      } catch (error) {
        for (const index of waiting) settled[index] = { ok: false, error, unanswered: true };
        break;
      }
      const results = await Promise.all(answers);
      waiting.forEach((index, position) => { settled[index] = results[position]; });
      // A throttled part was not written: it goes again in a smaller $batch after a pause.
      const busy = waiting.filter((index) => { const result = settled[index]; return !result.ok && failureOf(result.error).cause === 'busy'; });
      if (busy.length === 0 || round + 1 >= busyRounds) break;
      waiting = busy;
      await pause(busyPauseMs * (round + 1));
    }
  }
  return settled;
}

/** ensureUser once per distinct login not yet known, in batches; the ids found are cached. */
async function ensureUsers(host: BatchHost, logins: ReadonlyArray<string | undefined>): Promise<Map<string, Settled<Item>>> {
  const wanted = new Map<string, string>();
  for (const login of logins) {
    const trimmed = login?.trim();
    if (trimmed && !wanted.has(trimmed.toLowerCase())) wanted.set(trimmed.toLowerCase(), trimmed);
  }
  const entries = Array.from(wanted.entries());
  const answers = await inBatches(host.sp, entries, (batched, [, login]) => batched.web.ensureUser(login) as Promise<Item>);
  const byLogin = new Map<string, Settled<Item>>();
  entries.forEach(([key], index) => {
    const answer = answers[index];
    byLogin.set(key, answer);
    if (answer.ok) host.userIds.set(key, Promise.resolve(answer.value.Id as number));
  });
  return byLogin;
}

export async function resolvePeople(host: BatchHost, logins: readonly string[]): Promise<ResolveOutcome[]> {
  const answers = await ensureUsers(host, logins);
  return logins.map((login): ResolveOutcome => {
    const wanted = login.trim();
    const answer = answers.get(wanted.toLowerCase());
    if (answer === undefined) return { kind: 'notFound', login: wanted };
    if (!answer.ok) return isUnknownPerson(answer.error) ? { kind: 'notFound', login: wanted } : failureOf(answer.error);
    const resolved = loginFromClaims(String(answer.value.LoginName ?? wanted));
    return { kind: 'found', person: { login: resolved, name: String(answer.value.Title ?? '') || resolved, email: (answer.value.Email as string | undefined) || undefined } };
  });
}

/** Write bodies whose people were resolved together beforehand; a person who failed fails the body. */
async function writeContext(host: BatchHost, logins: ReadonlyArray<string | undefined>): Promise<WriteContext> {
  const answers = await ensureUsers(host, logins.filter((login) => login !== undefined && !host.userIds.has(login.trim().toLowerCase())));
  const userIdOf: UserIdOf = async (login) => {
    if (!login) return null;
    const key = login.trim().toLowerCase();
    const answer = answers.get(key);
    if (answer !== undefined && !answer.ok) throw answer.error;
    const cached = host.userIds.get(key);
    if (cached !== undefined) return cached;
    // Not asked for above (a login the caller left out): one ensureUser of its own.
    return (host.sp.web.ensureUser(login) as Promise<Item>).then((user) => user.Id as number);
  };
  return { userIdOf, calendar: host.calendar };
}

async function settle<T>(work: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * The items that hold these keys, each read in as few requests as the keys allow: one $batch of
 * `or` filters. An empty map when that read fails too: the writes' own failures say more.
 */
async function itemsByKey(host: BatchHost, key: ListKey, field: string, values: readonly string[]): Promise<Map<string, Item>> {
  const found = new Map<string, Item>();
  const groups: string[][] = [];
  for (let from = 0; from < values.length; from += keysPerFilter) groups.push(values.slice(from, from + keysPerFilter));
  const projection = projections[key];
  const answers = await inBatches(host.sp, groups, (batched, group) => {
    let query = list(host, batched, key).items.select(...projection.select, field).filter(group.map((value) => eq(field, value)).join(' or ')).top(group.length);
    if (projection.expand.length > 0) query = query.expand(...projection.expand);
    return query() as Promise<Item[]>;
  });
  for (const answer of answers) {
    if (answer.ok) for (const item of answer.value) found.set(String(item[field]), item);
  }
  return found;
}

export async function addOrgUnits(host: BatchHost, units: ReadonlyArray<OrgUnitAdd>): Promise<Array<WriteOutcome<OrgUnit>>> {
  const outcomes: Array<WriteOutcome<OrgUnit>> = new Array(units.length);
  const context = await writeContext(host, units.map(({ unit }) => unit.head?.login));
  const bodies = await Promise.all(units.map(({ unit, clientKey }) => settle(addedItemBody('orgUnits', unit, context, { clientKey }))));
  const sendable: number[] = [];
  bodies.forEach((body, index) => {
    if (body.ok) sendable.push(index);
    else outcomes[index] = failureOf(body.error);
  });
  const answers = await inBatches(host.sp, sendable, (batched, index) => {
    const body = bodies[index] as { ok: true; value: Item };
    return list(host, batched, 'orgUnits').items.add(body.value) as Promise<Item>;
  });

  // The adds whose fate is unknown: their batch went unanswered, or SharePoint refused them for a
  // reason an earlier try that landed explains (a duplicate ClientKey when a lost $batch was retried).
  const unknown: Array<{ index: number; error: unknown }> = [];
  sendable.forEach((index, position) => {
    const answer = answers[position];
    if (answer.ok) {
      outcomes[index] = { kind: 'saved', value: { ...units[index].unit, id: (answer.value.Id ?? answer.value.ID) as number }, etag: etagOf(answer.value) };
    } else if (isForbidden(answer.error)) {
      outcomes[index] = { kind: 'forbidden', action: 'editOrganisation' };
    } else if (isMissingLookupTarget(answer.error)) {
      // The parent was removed before the add landed.
      outcomes[index] = { kind: 'gone' };
    } else {
      unknown.push({ index, error: answer.error });
    }
  });
  if (unknown.length > 0) {
    const landed = await itemsByKey(host, 'orgUnits', 'ClientKey', unknown.map(({ index }) => units[index].clientKey));
    for (const { index, error } of unknown) {
      const item = landed.get(units[index].clientKey);
      outcomes[index] = item === undefined ? failureOf(error) : { kind: 'saved', value: toModel.orgUnits(item, host.calendar), etag: etagOf(item) };
    }
  }
  return outcomes;
}

/**
 * Updates in batches. A conflict is left to the single update: it reads the current item and tells
 * this update's own landed try from someone else's change. An update whose $batch went unanswered
 * fails; importing again finds it unchanged if it landed.
 */
export async function updateOrgUnits(
  host: BatchHost,
  units: ReadonlyArray<OrgUnitUpdate>,
  single: (update: OrgUnitUpdate) => Promise<WriteOutcome<OrgUnit>>
): Promise<Array<WriteOutcome<OrgUnit>>> {
  const outcomes: Array<WriteOutcome<OrgUnit>> = new Array(units.length);
  const context = await writeContext(host, units.map(({ unit }) => unit.head?.login));
  const bodies = await Promise.all(units.map(({ unit }) => settle(itemBody('orgUnits', unit, context))));
  const sendable = units.map((_, index) => index).filter((index) => bodies[index].ok);
  bodies.forEach((body, index) => { if (!body.ok) outcomes[index] = failureOf(body.error); });
  const answers = await inBatches(host.sp, sendable, (batched, index) => {
    const body = bodies[index] as { ok: true; value: Item };
    return list(host, batched, 'orgUnits').items.getById(units[index].unit.id).update(body.value, units[index].etag) as Promise<{ etag?: string }>;
  });
  const again: number[] = [];
  sendable.forEach((index, position) => {
    const answer = answers[position];
    if (answer.ok) outcomes[index] = { kind: 'saved', value: units[index].unit, etag: answer.value?.etag ?? '' };
    else if (isForbidden(answer.error)) outcomes[index] = { kind: 'forbidden', action: 'editOrganisation' };
    else if (isNotFound(answer.error)) outcomes[index] = { kind: 'gone' };
    else if (isConflict(answer.error)) again.push(index);
    else outcomes[index] = failureOf(answer.error);
  });
  for (const index of again) outcomes[index] = await single(units[index]);
  return outcomes;
}
