// A write that throws (a network error, a bug in a layer below) is a failed write like any other:
// the UI keeps the draft and offers to try again.

import type { RemoveOutcome, WriteOutcome } from '../../data/writeOutcome';

function failure(error: unknown): { kind: 'failed'; message: string } {
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}

export async function attemptWrite<T>(write: () => Promise<WriteOutcome<T>>): Promise<WriteOutcome<T>> {
  try {
    return await write();
  } catch (error) {
    return failure(error);
  }
}

export async function attemptRemove(remove: () => Promise<RemoveOutcome>): Promise<RemoveOutcome> {
  try {
    return await remove();
  } catch (error) {
    return failure(error);
  }
}

/** Runs tasks with at most `limit` in flight, in order; a task asks `stop` before it starts. */
export async function runPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !stop()) {
      const item = items[next];
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
