/** The change hook: listeners (persistence) are told after every mutation what it touched. */
import { ItemRecord } from '../model';

/**
 * What one mutation changed: one item (added or updated), one item removed, the site without its
 * items (web, principals, lists' definitions and permissions), or everything (a reset, a bulk setup,
 * a field whose values left every item).
 */
export type Change =
  | { kind: 'item'; listId: string; item: ItemRecord; nextItemId: number; lastItemModified: string }
  | { kind: 'itemRemoved'; listId: string; itemId: number; lastItemModified: string }
  | { kind: 'site' }
  | { kind: 'all' };

export const SITE_CHANGE: Change = { kind: 'site' };
export const EVERYTHING_CHANGED: Change = { kind: 'all' };

export class ChangeListeners {
  private listeners: Array<(change: Change) => void> = [];

  add(listener: (change: Change) => void): void { this.listeners.push(listener); }

  notify(change: Change = SITE_CHANGE): void { for (const listener of this.listeners) listener(change); }

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
