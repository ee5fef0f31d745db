/**
 * JSON file persistence: loads at start; after changes, writes debounced (and at least every
 * `maxWaitMs` during a burst) to a temporary file, fsyncs it, then renames it over the data file,
 * so a kill in the middle of a write leaves the previous file intact.
 */
import { promises as fsp, existsSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreData } from './model';

export function loadDataFile(file: string): StoreData | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as StoreData;
  } catch (error) {
    throw new Error(`The data file ${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}); move it away or start with --memory.`);
  }
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

export class Persistence {
  private timer: NodeJS.Timeout | undefined;
  private firstPending = 0;
  private writing: Promise<void> | undefined;
  private dirty = false;
  private writeCount = 0;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => unknown,
    private readonly debounceMs = 200,
    private readonly maxWaitMs = 2000
  ) {
    mkdirSync(dirname(file), { recursive: true });
  }

  schedule(): void {
    this.dirty = true;
    const now = Date.now();
    if (!this.timer) this.firstPending = now;
    if (this.timer) clearTimeout(this.timer);
    const wait = now - this.firstPending >= this.maxWaitMs ? 0 : this.debounceMs;
    this.timer = setTimeout(() => { this.timer = undefined; void this.flush(); }, wait);
    this.timer.unref();
  }

  /** Writes now if anything changed; resolves when the file is on disk. */
  async flush(): Promise<void> {
    if (this.timer) { clearTimeout(this.timer); this.timer = undefined; }
    while (this.writing) await this.writing;
    if (!this.dirty) return;
    this.dirty = false;
    this.writing = this.write().finally(() => { this.writing = undefined; });
    await this.writing;
  }

  private async write(): Promise<void> {
    const temporary = `${this.file}.${process.pid}.${++this.writeCount}.tmp`;
    const handle = await fsp.open(temporary, 'w');
    try {
      for (const chunk of jsonChunks(this.snapshot())) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temporary, this.file);
  }
}
