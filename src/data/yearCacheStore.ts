// Where the browser keeps the summary's years between visits: IndexedDB, through idb-keyval (one
// small store of JSON values). Behind this interface so that the repository works without it: in
// Node, in a browser that refuses IndexedDB (private windows of some), and in tests that give none.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

export interface YearCacheStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** The product's store, or undefined where there is no IndexedDB. */
export function indexedDbYearStore(databaseName = 'miljomal-summary'): YearCacheStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  let store: UseStore | undefined;
  // Opened at first use, not when the web part starts.
  const opened = (): UseStore => (store ??= createStore(databaseName, 'years'));
  return {
    get: (key) => get(key, opened()),
    set: (key, value) => set(key, value, opened()),
    delete: (key) => del(key, opened())
  };
}
