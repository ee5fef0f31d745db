/**
 * Persistence that survives `kill -9`: a snapshot file plus a journal beside it (`<file>.journal`).
 * Every change is a journal line, written and fsynced before the answer that acknowledges it leaves
 * (`commit`, called by the server before it sends anything). Each line carries a sequence number;
 * the snapshot names the last one it includes, so a crash between writing a snapshot and emptying
 * the journal replays nothing twice. Snapshots are written synchronously (one moment: items and
 * counters agree), to a temporary file that is fsynced and renamed over the data file.
 */
import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { ItemRecord, ListDef, StoreData } from './model';
import { Change } from './store/changes';
import { logReplayed } from './store/changeLog';

/** A journal line: the change, with the values it left (the site's, or one item's). */
type Entry =
  | { sequence: number; kind: 'item'; listId: string; item: ItemRecord; nextItemId: number; lastItemModified: string }
  | { sequence: number; kind: 'itemRemoved'; listId: string; itemId: number; lastItemModified: string }
  | { sequence: number; kind: 'site'; site: StoreData };

export function journalFileOf(file: string): string {
  return `${file}.journal`;
}

function notValid(file: string, error: unknown): Error {
  return new Error(`The data file ${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}); move it away or start with --memory.`);
}

/**
 * JSON text of the store in chunks, so that 50,000 items never become one giant string: list items
 * are written a thousand at a time. The result parses to the same value as JSON.stringify.
 */
export function* jsonChunks(data: unknown): Generator<string> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) { yield JSON.stringify(data); return; }
  const entries = Object.entries(data as Record<string, unknown>);
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [name, value] = entries[i];
    yield `${i ? ',' : ''}${JSON.stringify(name)}:`;
    if (name === 'lists' && Array.isArray(value)) {
      yield '[';
      for (let listIndex = 0; listIndex < value.length; listIndex++) {
        const { items, ...rest } = value[listIndex] as { items?: unknown[] } & Record<string, unknown>;
        const head = JSON.stringify(rest);
        yield `${listIndex ? ',' : ''}${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"items":[`;
        const listItems = items ?? [];
        for (let start = 0; start < listItems.length; start += 1000) {
          yield `${start ? ',' : ''}${listItems.slice(start, start + 1000).map((item) => JSON.stringify(item)).join(',')}`;
        }
        yield ']}';
      }
      yield ']';
    } else {
      yield JSON.stringify(value);
    }
  }
  yield '}';
}

/** The site without its items: what a `site` line holds. */
function siteWithoutItems(data: StoreData): StoreData {
  return { ...data, lists: data.lists.map((list) => ({ ...list, items: [] })) };
}

function listOf(data: StoreData, listId: string): ListDef | undefined {
  return data.lists.find((list) => list.id === listId);
}

/** Index of the item with `id` in a list kept in id order, or where it would go. */
function positionOf(items: ItemRecord[], id: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle].id < id) low = middle + 1; else high = middle;
  }
  return low;
}

function replay(data: StoreData, entry: Entry): StoreData {
  if (entry.kind === 'site') {
    const itemsOf = new Map(data.lists.map((list) => [list.id, list.items]));
    return { ...entry.site, lists: entry.site.lists.map((list) => ({ ...list, items: itemsOf.get(list.id) ?? [] })) };
  }
  const list = listOf(data, entry.listId);
  // A list deleted later in the journal took its items with it.
  if (!list) return data;
  const id = entry.kind === 'item' ? entry.item.id : entry.itemId;
  const at = positionOf(list.items, id);
  const present = list.items[at]?.id === id;
  if (entry.kind === 'item') {
    list.items.splice(at, present ? 1 : 0, entry.item);
    list.nextItemId = Math.max(list.nextItemId, entry.nextItemId);
  } else if (present) {
    list.items.splice(at, 1);
  }
  list.lastItemModified = entry.lastItemModified;
  logReplayed(list, entry);
  return data;
}

/** Journal lines after the snapshot's; a torn last line (a write the crash cut short, never acknowledged) is dropped. */
function readJournal(file: string, after: number): Entry[] {
  const journal = journalFileOf(file);
  if (!existsSync(journal)) return [];
  const lines = readFileSync(journal, 'utf8').split('\n');
  const entries: Entry[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index].trim()) continue;
    try {
      const entry = JSON.parse(lines[index]) as Entry;
      if (entry.sequence > after) entries.push(entry);
    } catch (error) {
      const isLast = lines.slice(index + 1).every((line) => !line.trim());
      if (!isLast) throw notValid(journal, error);
    }
  }
  return entries;
}

export interface Loaded {
  data: StoreData;
  /** The last sequence number the data includes. */
  sequence: number;
}

/** The snapshot with the journal replayed over it; undefined when there is neither. */
export function loadDataFile(file: string): Loaded | undefined {
  let data: StoreData | undefined;
  if (existsSync(file)) {
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as StoreData;
    } catch (error) {
      throw notValid(file, error);
    }
  }
  let sequence = data?.journalSequence ?? 0;
  for (const entry of readJournal(file, sequence)) {
    if (!data && entry.kind !== 'site') throw new Error(`The journal ${journalFileOf(file)} has no data file to start from; move it away.`);
    data = replay(data as StoreData, entry);
    sequence = entry.sequence;
  }
  return data ? { data, sequence } : undefined;
}

export class Persistence {
  private readonly journal: number;
  private pending: string[] = [];
  private sequence: number;
  private journalBytes = 0;
  private snapshotBytes = 0;
  private closed = false;

  /**
   * `snapshot` gives the live store; `compactAfterBytes` is the journal size at which the next commit
   * writes a snapshot instead (at least the snapshot's own size, so a big store is not rewritten often).
   */
  constructor(private readonly file: string, private readonly snapshot: () => StoreData, sequence: number,
    private readonly compactAfterBytes = 4 * 1024 * 1024) {
    mkdirSync(dirname(file), { recursive: true });
    this.sequence = sequence;
    this.journal = openSync(journalFileOf(file), 'a');
    // What was loaded (a replayed journal, or the new site) starts as one snapshot.
    this.compact();
  }

  /** Called with every change, at the moment it happens: the line is taken then, not later. */
  record(change: Change): void {
    if (change.kind === 'all') {
      this.pending = [];
      this.sequence++;
      this.compact();
      return;
    }
    const sequence = ++this.sequence;
    const entry: Entry = change.kind === 'site' ? { sequence, kind: 'site', site: siteWithoutItems(this.snapshot()) } : { sequence, ...change };
    this.pending.push(`${JSON.stringify(entry)}\n`);
  }

  /** On disk before the caller answers: the journal lines since the last commit, fsynced. */
  commit(): void {
    if (this.pending.length === 0 || this.closed) return;
    const text = this.pending.join('');
    writeSync(this.journal, text);
    fsyncSync(this.journal);
    this.pending = [];
    this.journalBytes += Buffer.byteLength(text);
    if (this.journalBytes > Math.max(this.compactAfterBytes, this.snapshotBytes)) this.compact();
  }

  /** Commits and writes a snapshot (on close, and whenever the journal has grown). */
  flush(): void {
    this.commit();
    this.compact();
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    closeSync(this.journal);
    this.closed = true;
  }

  private compact(): void {
    const temporary = `${this.file}.${process.pid}.tmp`;
    const data: StoreData = { ...this.snapshot(), journalSequence: this.sequence };
    const handle = openSync(temporary, 'w');
    try {
      for (const chunk of jsonChunks(data)) writeSync(handle, chunk);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, this.file);
    this.syncFolder();
    // The snapshot now holds every line: the journal starts again.
    ftruncateSync(this.journal, 0);
    fsyncSync(this.journal);
    this.journalBytes = 0;
    this.snapshotBytes = statSync(this.file).size;
  }

  /** The rename itself must be on disk before the journal that it replaces is emptied. */
  private syncFolder(): void {
    let folder: number | undefined;
    try {
      folder = openSync(dirname(this.file), 'r');
      fsyncSync(folder);
    } catch {
      // Some file systems do not fsync folders; the rename is then as durable as they make it.
    } finally {
      if (folder !== undefined) closeSync(folder);
    }
  }
}
