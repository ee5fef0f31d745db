/** The change hook: listeners (persistence) are told after every mutation. */
export class ChangeListeners {
  private listeners: Array<() => void> = [];

  add(listener: () => void): void { this.listeners.push(listener); }

  notify(): void { for (const listener of this.listeners) listener(); }

  /** Runs `work` telling nobody (a bulk setup then tells once, not once per item). */
  quietly(work: () => void): void {
    const listeners = this.listeners;
    this.listeners = [];
    try {
      work();
    } finally {
      this.listeners = listeners;
    }
  }
}
