/** @jest-environment jsdom */
import * as React from 'react';
import { act, render } from '@testing-library/react';
import { newClientKey } from '../clientKey';
import { forgetDraftMemory, listDrafts, readDraft, removeDraft, writeDraft } from '../draftStore';
import { useDraft, type IDraft } from '../useDraft';

interface IForm { title: string }
const isForm = (value: unknown): value is IForm => typeof (value as IForm | null)?.title === 'string';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeEach(() => {
  jest.restoreAllMocks();
  window.sessionStorage.clear();
  forgetDraftMemory();
});
afterEach(() => jest.restoreAllMocks());

function Probe({ storageKey, initial, out }: { storageKey: string; initial: IForm; out: { draft?: IDraft<IForm> } }): null {
  out.draft = useDraft({ storageKey, initial, isValue: isForm, meta: { kind: 'test' } });
  return null;
}

describe('client keys', () => {
  it('are version 4 UUIDs, also where crypto.randomUUID is missing', () => {
    expect(newClientKey()).toMatch(uuid);
    const original = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = new Set(Array.from({ length: 50 }, newClientKey));
      expect(keys.size).toBe(50);
      keys.forEach((key) => expect(key).toMatch(uuid));
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});

describe('the draft store', () => {
  it('stores in sessionStorage, reads back only valid records, and lists by prefix', () => {
    expect(writeDraft('me|2023|a', { title: 'A' }, 'k1', { kind: 'x' })).toBe(true);
    writeDraft('me|2023|b', { nope: 1 }, 'k2');
    writeDraft('other|2023|c', { title: 'C' }, 'k3');
    window.sessionStorage.setItem('miljomal.draft.v1|me|2023|broken', '{not json');
    expect(readDraft('me|2023|a', isForm)).toMatchObject({ value: { title: 'A' }, clientKey: 'k1', meta: { kind: 'x' } });
    expect(readDraft('me|2023|b', isForm)).toBeUndefined();
    expect(readDraft('me|2023|broken', isForm)).toBeUndefined();
    expect(listDrafts('me|2023|').map((draft) => draft.key).sort()).toEqual(['me|2023|a', 'me|2023|b']);
    removeDraft('me|2023|a');
    expect(readDraft('me|2023|a', isForm)).toBeUndefined();
  });

  it('keeps drafts in memory when storage refuses (full, or blocked in a locked-down client)', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    expect(writeDraft('me|2023|a', { title: 'A' }, 'k1')).toBe(false);
    expect(readDraft('me|2023|a', isForm)?.value).toEqual({ title: 'A' });
    jest.restoreAllMocks();
    jest.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => { throw new Error('SecurityError'); });
    expect(writeDraft('me|2023|b', { title: 'B' }, 'k2')).toBe(false);
    expect(listDrafts('me|2023|').map((draft) => draft.key).sort()).toEqual(['me|2023|a', 'me|2023|b']);
  });
});

describe('useDraft', () => {
  it('stores each change, restores after a remount with the same client key, and forgets on request', () => {
    const out: { draft?: IDraft<IForm> } = {};
    const first = render(<Probe storageKey="me|2023|x" initial={{ title: '' }} out={out} />);
    const key = out.draft!.clientKey;
    expect(out.draft!.restored).toBe(false);
    act(() => out.draft!.set({ title: 'Skrivet' }));
    expect(out.draft!.dirty).toBe(true);
    expect(JSON.parse(window.sessionStorage.getItem('miljomal.draft.v1|me|2023|x') ?? '{}')).toMatchObject({ v: 1, value: { title: 'Skrivet' }, clientKey: key });
    first.unmount();
    forgetDraftMemory();

    const again: { draft?: IDraft<IForm> } = {};
    render(<Probe storageKey="me|2023|x" initial={{ title: '' }} out={again} />);
    expect(again.draft!.restored).toBe(true);
    expect(again.draft!.value).toEqual({ title: 'Skrivet' });
    expect(again.draft!.clientKey).toBe(key);
    act(() => again.draft!.forget());
    expect(window.sessionStorage.length).toBe(0);
  });

  it('stores nothing while the draft equals what was saved', () => {
    const out: { draft?: IDraft<IForm> } = {};
    render(<Probe storageKey="me|2023|y" initial={{ title: 'Sparad' }} out={out} />);
    act(() => out.draft!.set({ title: 'Ändrad' }));
    expect(window.sessionStorage.length).toBe(1);
    act(() => out.draft!.set({ title: 'Sparad' }));
    expect(window.sessionStorage.length).toBe(0);
  });
});
