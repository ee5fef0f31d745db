// A form's draft: what the user typed, kept until it is saved or discarded. Every change is stored
// (see draftStore), so a failed save, a closed panel or a reload of the tab loses nothing; the
// client key for an add is made once per draft and stored with it.
import * as React from 'react';
import { newClientKey } from './clientKey';
import { readDraft, removeDraft, writeDraft, type DraftMeta } from './draftStore';

export interface IDraftOptions<T> {
  /** Where the draft is stored; undefined keeps it in this component only. Changing it moves the draft. */
  storageKey: string | undefined;
  /** What a fresh draft starts from: the saved item, or an empty form. */
  initial: T;
  /** Accepts a stored value as a draft of this form (a stored one may be from an older version). */
  isValue: (value: unknown) => value is T;
  /** Stored beside the value, to list and reopen the draft. */
  meta?: DraftMeta;
}

export interface IDraft<T> {
  value: T;
  /** Changes some fields. */
  set(patch: Partial<T>): void;
  replace(value: T): void;
  /** It differs from `initial`. */
  dirty: boolean;
  /** It was read back from storage (a reload, or a panel opened again). */
  restored: boolean;
  /** The meta stored with a restored draft (e.g. the version it was based on); undefined for a fresh one. */
  storedMeta: DraftMeta | undefined;
  /** The key an add of this draft carries; the same for every retry. */
  clientKey: string;
  /** A new client key: the draft is now for a new item (e.g. saved as new after the old was removed). */
  renewClientKey(): void;
  /** Stores the draft now whatever its state: call on every failed save. */
  keep(): void;
  /** Forgets the draft (after it was saved, or when the user discards it). */
  forget(): void;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function useDraft<T>(options: IDraftOptions<T>): IDraft<T> {
  const { storageKey, initial, isValue, meta } = options;
  const [start] = React.useState(() => {
    const stored = storageKey === undefined ? undefined : readDraft(storageKey, isValue);
    return stored === undefined
      ? { value: initial, clientKey: newClientKey(), restored: false, meta: undefined }
      : { value: stored.value, clientKey: stored.clientKey, restored: true, meta: stored.meta };
  });
  const [value, setValue] = React.useState<T>(start.value);
  const [clientKey, setClientKey] = React.useState(start.clientKey);
  const dirty = !same(value, initial);

  // The latest of everything, for the callbacks and effects below.
  const latest = React.useRef({ value, clientKey, meta, storageKey, dirty });
  latest.current = { value, clientKey, meta, storageKey, dirty };
  const forgotten = React.useRef(false);

  // Store each change while it differs from what was saved; a draft back at its start is no draft.
  const metaText = JSON.stringify(meta ?? {});
  React.useEffect(() => {
    if (storageKey === undefined || forgotten.current) return;
    if (dirty) writeDraft(storageKey, value, clientKey, latest.current.meta);
    else removeDraft(storageKey);
  }, [storageKey, value, clientKey, dirty, metaText]);

  // A new storage key (the draft is now for something else): nothing stays under the old one.
  const previousKey = React.useRef(storageKey);
  React.useEffect(() => {
    if (previousKey.current !== undefined && previousKey.current !== storageKey) removeDraft(previousKey.current);
    previousKey.current = storageKey;
  }, [storageKey]);

  const set = React.useCallback((patch: Partial<T>) => {
    forgotten.current = false;
    setValue((previous) => ({ ...previous, ...patch }));
  }, []);
  const replace = React.useCallback((next: T) => {
    forgotten.current = false;
    setValue(next);
  }, []);
  const keep = React.useCallback(() => {
    const current = latest.current;
    forgotten.current = false;
    if (current.storageKey !== undefined) writeDraft(current.storageKey, current.value, current.clientKey, current.meta);
  }, []);
  const forget = React.useCallback(() => {
    forgotten.current = true;
    const key = latest.current.storageKey;
    if (key !== undefined) removeDraft(key);
  }, []);
  const renewClientKey = React.useCallback(() => setClientKey(newClientKey()), []);

  return { value, set, replace, dirty, restored: start.restored, storedMeta: start.meta, clientKey, renewClientKey, keep, forget };
}
