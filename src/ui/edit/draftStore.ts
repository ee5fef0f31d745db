// Where unsaved drafts live between panels, failed saves and reloads: the tab's sessionStorage,
// guarded (it may be missing, full, or refuse access in a locked-down Teams client), with a copy in
// memory so a draft outlives its panel even when storage says no. Stored records are checked when
// read back: they may come from an older version of the web part, or have been edited by hand.

/** What a view stores beside a draft's value, to list and reopen it (e.g. what the draft is for). */
export type DraftMeta = Record<string, string | number | boolean | undefined>;

export interface IStoredDraft<T = unknown> {
  key: string;
  value: T;
  /** The key an add of this draft carries, so a retry after a reload still cannot make a twin. */
  clientKey: string;
  meta: DraftMeta;
  storedAt: string;
}

interface IRecord {
  v: 1;
  value: unknown;
  clientKey: string;
  meta: DraftMeta;
  storedAt: string;
}

const prefix = 'miljomal.draft.v1|';
const memory = new Map<string, string>();
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage ?? undefined;
  } catch {
    // Reading the property itself throws where storage is blocked.
    return undefined;
  }
}

function notify(): void {
  listeners.forEach((listener) => listener());
}

function parse(text: string | null | undefined): IRecord | undefined {
  if (text === null || text === undefined) return undefined;
  try {
    const record = JSON.parse(text) as Partial<IRecord> | null;
    if (record === null || typeof record !== 'object' || record.v !== 1) return undefined;
    if (typeof record.clientKey !== 'string' || typeof record.storedAt !== 'string') return undefined;
    const meta = record.meta !== null && typeof record.meta === 'object' ? record.meta : {};
    return { v: 1, value: record.value, clientKey: record.clientKey, meta, storedAt: record.storedAt };
  } catch {
    return undefined;
  }
}

function rawRead(key: string): string | undefined {
  try {
    const stored = storage()?.getItem(prefix + key);
    if (stored !== null && stored !== undefined) return stored;
  } catch {
    // Blocked or broken storage: the memory copy is all there is.
  }
  return memory.get(key);
}

/** The draft stored under `key`, if there is one and `isValue` accepts it. */
export function readDraft<T>(key: string, isValue: (value: unknown) => value is T): IStoredDraft<T> | undefined {
  const record = parse(rawRead(key));
  if (record === undefined || !isValue(record.value)) return undefined;
  return { key, value: record.value, clientKey: record.clientKey, meta: record.meta, storedAt: record.storedAt };
}

/** Stores a draft; true when it reached sessionStorage (it is kept in memory either way). */
export function writeDraft(key: string, value: unknown, clientKey: string, meta: DraftMeta = {}): boolean {
  const record: IRecord = { v: 1, value, clientKey, meta, storedAt: new Date().toISOString() };
  const text = JSON.stringify(record);
  memory.set(key, text);
  let stored = false;
  try {
    const target = storage();
    if (target !== undefined) {
      target.setItem(prefix + key, text);
      stored = true;
    }
  } catch {
    // Full (QuotaExceededError) or blocked: the memory copy keeps the draft for this page.
  }
  notify();
  return stored;
}

export function removeDraft(key: string): void {
  const had = memory.delete(key);
  let removed = false;
  try {
    const target = storage();
    if (target !== undefined && target.getItem(prefix + key) !== null) {
      target.removeItem(prefix + key);
      removed = true;
    }
  } catch {
    // Nothing more can be done.
  }
  if (had || removed) notify();
}

/** Every stored draft whose key starts with `keyPrefix` (valid records only), oldest first. */
export function listDrafts(keyPrefix: string): IStoredDraft[] {
  const keys = new Set<string>();
  try {
    const target = storage();
    if (target !== undefined) {
      for (let index = 0; index < target.length; index += 1) {
        const full = target.key(index);
        if (full !== null && full.startsWith(prefix + keyPrefix)) keys.add(full.slice(prefix.length));
      }
    }
  } catch {
    // Use the memory copies.
  }
  memory.forEach((_text, key) => { if (key.startsWith(keyPrefix)) keys.add(key); });
  const drafts: IStoredDraft[] = [];
  keys.forEach((key) => {
    const record = parse(rawRead(key));
    if (record !== undefined) drafts.push({ key, value: record.value, clientKey: record.clientKey, meta: record.meta, storedAt: record.storedAt });
  });
  return drafts.sort((a, b) => a.storedAt.localeCompare(b.storedAt) || a.key.localeCompare(b.key));
}

/** Called whenever a draft is written or removed (so a list of drafts can follow). */
export function subscribeDrafts(listener: () => void): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}

/** Forgets the memory copies (storage is left alone): what a reload does. For tests. */
export function forgetDraftMemory(): void {
  memory.clear();
}
