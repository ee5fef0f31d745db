// Saves SharePoint has asked to wait (429/503 with Retry-After): the retry behaviour reports each
// wait here and the repository lets the UI watch them, so a person sees why a save takes long.

export type WaitListener = (retryAt: Date | undefined) => void;

export class SharePointWaits {
  private readonly active = new Set<number>();
  private readonly listeners = new Set<WaitListener>();

  /** A request waits until `retryAt` (ms since epoch); call the answer when it tries again. */
  public begin(retryAt: number): () => void {
    // One entry per wait even when two end at the same millisecond.
    const entry = retryAt + Math.random() / 1000;
    this.active.add(entry);
    this.tell();
    return () => {
      this.active.delete(entry);
      this.tell();
    };
  }

  public watch(listener: WaitListener): () => void {
    this.listeners.add(listener);
    listener(this.latest());
    return () => { this.listeners.delete(listener); };
  }

  /** The last moment anything waits for: a save is done waiting only then. */
  private latest(): Date | undefined {
    return this.active.size === 0 ? undefined : new Date(Math.floor(Math.max(...this.active)));
  }

  private tell(): void {
    const latest = this.latest();
    this.listeners.forEach((listener) => listener(latest));
  }
}
