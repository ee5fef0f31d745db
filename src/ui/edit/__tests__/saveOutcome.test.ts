import type { WriteOutcome } from '../../../ports';
import { allowed, refused } from '../../../domain';
import { runSave, saveStateOf } from '../saveOutcome';

interface ITrace { calls: string[] }

function steps(outcome: WriteOutcome<string>, trace: ITrace) {
  return {
    check: () => allowed,
    apply: () => { trace.calls.push('apply'); return () => trace.calls.push('undo'); },
    write: () => { trace.calls.push('write'); return Promise.resolve(outcome); },
    onSaved: (value: string, etag: string) => { trace.calls.push(`saved ${value} ${etag}`); },
    onConflict: (theirs: string, etag: string) => { trace.calls.push(`conflict ${theirs} ${etag}`); },
    onGone: () => { trace.calls.push('gone'); }
  };
}

describe('runSave', () => {
  it('keeps the optimistic change when saved', async () => {
    const trace: ITrace = { calls: [] };
    expect(await runSave(steps({ kind: 'saved', value: 'mine', etag: '"2"' }, trace))).toEqual({ kind: 'saved', value: 'mine', etag: '"2"' });
    expect(trace.calls).toEqual(['apply', 'write', 'saved mine "2"']);
  });

  it.each([
    [{ kind: 'conflict', current: 'theirs', etag: '"3"' }, ['apply', 'write', 'undo', 'conflict theirs "3"'], { kind: 'conflict', theirs: 'theirs', etag: '"3"' }],
    [{ kind: 'gone' }, ['apply', 'write', 'undo', 'gone'], { kind: 'gone' }],
    [{ kind: 'forbidden', action: 'editActivity' }, ['apply', 'write', 'undo'], { kind: 'forbidden', action: 'editActivity' }],
    [{ kind: 'failed', cause: 'rejected', message: 'HTTP 500: boom' }, ['apply', 'write', 'undo'], { kind: 'failed', cause: 'rejected', message: 'HTTP 500: boom' }]
  ] as Array<[WriteOutcome<string>, string[], unknown]>)('rolls back on %j', async (outcome, calls, state) => {
    const trace: ITrace = { calls: [] };
    expect(await runSave(steps(outcome, trace))).toEqual(state);
    expect(trace.calls).toEqual(calls);
  });

  it('refuses before applying or writing when the rule says no', async () => {
    const trace: ITrace = { calls: [] };
    const state = await runSave({ ...steps({ kind: 'gone' }, trace), check: () => refused('outsideScope', {}) });
    expect(state).toEqual({ kind: 'refused', reason: { code: 'outsideScope', params: {} } });
    expect(trace.calls).toEqual([]);
  });

  it('maps each repository outcome to a UI state', () => {
    expect(saveStateOf({ kind: 'gone' })).toEqual({ kind: 'gone' });
    expect(saveStateOf({ kind: 'conflict', current: 1, etag: 'e' })).toEqual({ kind: 'conflict', theirs: 1, etag: 'e' });
  });
});
