// Runs many writes with a few in flight: bulk allocation and moving activities.

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
