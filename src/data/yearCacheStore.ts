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
    set: (key, value) => afterNextPaint().then(() => set(key, value, opened())),
    delete: (key) => del(key, opened())
  };
}

/**
 * Resolves once the page has painted what it is rendering now. IndexedDB clones a value on the
 * page's thread as it is put: the large region's year held it for a quarter of a second between its
 * data and its summary. A hidden page paints no frames, so a second at most.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
  });
}
