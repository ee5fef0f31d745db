// A year cache store in memory: what IndexedDB would keep (values cloned as IndexedDB clones them).
import type { YearCacheStore } from '../../src/data/yearCacheStore';

export function memoryYearStore(): YearCacheStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: (key) => Promise.resolve(structuredClone(values.get(key))),
    set: (key, value) => { values.set(key, structuredClone(value)); return Promise.resolve(); },
    delete: (key) => { values.delete(key); return Promise.resolve(); }
  };
}
