/**
 * SharePoint's change log of a list's items: every add, update and delete gets the list's next change
 * number, and a change token names a point in it ("1;3;<list id>;<ticks>;<number>"). The log lives in
 * the list's definition, so the snapshot carries it; a journal line of an item (which carries no log)
 * appends the same entry again when it is replayed (persistence.ts calls `logReplayed`), so the log
 * survives `kill -9` as the items do. SharePoint keeps 60 days; the emulator keeps the last
 * `RETAINED` changes, and a reset or bulk setup (which tells nobody of its items) starts the log
 * again: a token from before either is "too old", as one older than SharePoint's 60 days is.
 */
import { ChangeType, ChangeLogDef, ItemRecord, ListDef, LoggedChange } from '../model';
import { SpError } from '../errors';
import { Change } from './changes';

export const RETAINED = 20000;

/** A log that starts now; a log started again takes a number of its own, so every earlier token is too old. */
function newLog(list: ListDef, time: string): ChangeLogDef {
  const last = list.changeLog ? list.changeLog.last + 1 : 0;
  return { start: last, last, highestId: list.nextItemId - 1, lastTime: time, entries: [] };
}

export function logOf(list: ListDef): ChangeLogDef {
  list.changeLog ??= newLog(list, list.lastItemModified);
  return list.changeLog;
}

function append(log: ChangeLogDef, type: ChangeType, itemId: number, time: string, uniqueId: string): void {
  log.last++;
  log.entries.push([log.last, type, itemId, time, uniqueId]);
  log.lastTime = time;
  if (log.entries.length > RETAINED) {
    const dropped = log.entries.splice(0, log.entries.length - RETAINED);
    log.start = dropped[dropped.length - 1][0];
  }
}

function logItem(list: ListDef, item: ItemRecord): void {
  const log = logOf(list);
  const added = item.id > log.highestId;
  if (added) log.highestId = item.id;
  append(log, added ? ChangeType.Add : ChangeType.Update, item.id, item.modified, item.guid);
}

function logRemoved(list: ListDef, itemId: number, time: string): void {
  const log = logOf(list);
  // The item is gone; its UniqueId is the one its last logged change named, when still retained.
  let uniqueId = '';
  for (let index = log.entries.length - 1; index >= 0 && !uniqueId; index--) if (log.entries[index][2] === itemId) uniqueId = log.entries[index][4];
  append(log, ChangeType.DeleteObject, itemId, time, uniqueId);
}

/** The store's listener (registered before persistence's, so a snapshot taken for the same change holds the entry). */
export function recordChange(listsById: (id: string) => ListDef | undefined, allLists: () => ListDef[], change: Change): void {
  switch (change.kind) {
    case 'item': {
      const list = listsById(change.listId);
      if (list) logItem(list, change.item);
      return;
    }
    case 'itemRemoved': {
      const list = listsById(change.listId);
      if (list) logRemoved(list, change.itemId, change.lastItemModified);
      return;
    }
    case 'site':
      for (const list of allLists()) logOf(list);
      return;
    case 'all':
      for (const list of allLists()) list.changeLog = newLog(list, list.lastItemModified);
  }
}

/** What replaying a journal line of an item adds to the log: the entry the live store made for it. */
export function logReplayed(list: ListDef, entry: { kind: 'item'; item: ItemRecord } | { kind: 'itemRemoved'; itemId: number; lastItemModified: string }): void {
  if (entry.kind === 'item') logItem(list, entry.item);
  else logRemoved(list, entry.itemId, entry.lastItemModified);
}

// ---------------------------------------------------------------- tokens

/** .NET ticks (100 ns since 0001-01-01), as SharePoint writes a token's time. */
function ticksOf(iso: string): string {
  return (BigInt(Date.parse(iso)) * 10000n + 621355968000000000n).toString();
}

export function tokenOf(list: ListDef, number: number, time: string): string {
  return `1;3;${list.id};${ticksOf(time)};${number}`;
}

export function currentToken(list: ListDef): string {
  const log = logOf(list);
  return tokenOf(list, log.last, log.lastTime);
}

/** SPException's generic code, as SharePoint answers a bad or too old token (HTTP 500). */
const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';

export function tokenTooOld(): SpError {
  return new SpError(500, SP_EXCEPTION, 'The changeToken refers to a time before the start of the current change log.');
}

/** The wording for a token of another list or object is not confirmed against SharePoint (see README). */
function tokenOfAnotherObject(): SpError {
  return new SpError(500, SP_EXCEPTION, 'The change token refers to a different object than the one being queried.');
}

function tokenNotValid(): SpError {
  return new SpError(400, '-1, System.ArgumentException', 'The change token is not valid.');
}

/** The change number a token names in this list's log; refuses a token of another list. */
export function tokenNumber(list: ListDef, value: unknown): number {
  if (typeof value !== 'string') throw tokenNotValid();
  const parts = value.split(';');
  if (parts.length !== 5 || parts[0] !== '1' || !/^\d+$/.test(parts[3]) || !/^\d+$/.test(parts[4])) throw tokenNotValid();
  if (parts[1] !== '3' || parts[2].toLowerCase() !== list.id.toLowerCase()) throw tokenOfAnotherObject();
  return Number(parts[4]);
}

export interface ChangeRange {
  /** Changes after this number... */
  after?: number;
  /** ...up to and including this one. */
  upTo?: number;
  types: ReadonlySet<ChangeType>;
  limit: number;
}

/** The logged changes in the range, oldest first; a start before the log's is refused as SharePoint refuses it. */
export function changesIn(list: ListDef, range: ChangeRange): LoggedChange[] {
  const log = logOf(list);
  const after = range.after ?? log.start;
  if (after < log.start) throw tokenTooOld();
  const found: LoggedChange[] = [];
  for (const entry of log.entries) {
    if (entry[0] <= after) continue;
    if (range.upTo !== undefined && entry[0] > range.upTo) break;
    if (!range.types.has(entry[1])) continue;
    found.push(entry);
    if (found.length >= range.limit) break;
  }
  return found;
}
