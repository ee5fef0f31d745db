// Every write of the Fördelning view: the domain rule first, then an optimistic change to the
// workspace, then SharePoint; on anything but "saved" the change is rolled back (or replaced by the
// other person's version) and a problem is kept for the cell, with the user's draft in it.

import * as React from 'react';
import { useServices } from '../services/services';
import { useWriteBook } from '../edit/useWriteBook';
import type { Draft, LoadedYear } from '../../ports';
import type { WriteAction } from '../../ports';
import type { Activity, Allocation, YearPicture } from '../../domain/model';
import { activitiesToMove, moveActivities } from '../../domain/changes/moveActivities';
import { sameLogin } from '../../domain/organisation';
import { canMoveActivities } from '../../domain/rules/activityRules';
import { canAllocate, canRemoveAllocation, type AllocationTarget } from '../../domain/rules/allocationRules';
import type { Refusal } from '../../domain/rules/refusal';
import type { YearWorkspace } from '../common/useYearWorkspace';
import { applyDraft, noteOf, type AllocationDraft, validateDraft } from './allocationDraft';
import { cellKey } from '../common/allocationModel';
import { runPool } from '../common/runPool';
import { dropItem, etagIn as etagOf, putItem, replaceItem, setEtag, temporaryId } from '../edit/workspaceChanges';

export type AllocationOp =
  | { kind: 'allocate'; goalId: number; orgUnitId: number; draft: AllocationDraft }
  | { kind: 'update'; allocationId: number; goalId: number; orgUnitId: number; draft: AllocationDraft }
  | { kind: 'remove'; allocationId: number; goalId: number; orgUnitId: number }
  | { kind: 'move'; allocationId: number; toAllocationId: number; goalId: number; orgUnitId: number };

export type AllocationProblem =
  | { kind: 'failed'; op: AllocationOp }
  | { kind: 'forbidden'; op: AllocationOp; action: WriteAction }
  | { kind: 'refused'; op: AllocationOp; reason: Refusal }
  /** Someone else got there first: `theirs` is now in the view; the op holds what the user wanted. */
  | { kind: 'conflict'; op: AllocationOp; theirs: Allocation }
  /** Someone else removed the allocation the user was changing. */
  | { kind: 'gone'; op: AllocationOp }
  /** "Fördela alla": these were not saved (the draft is in each op). */
  | { kind: 'bulkFailed'; ops: Array<Extract<AllocationOp, { kind: 'allocate' }>> }
  | { kind: 'bulkForbidden'; action: WriteAction };

export const bulkKey = 'bulk';

export interface IAllocationWrites {
  /** Cells being saved. */
  pending: ReadonlySet<string>;
  /** What went wrong, by cell key (or `bulkKey`), oldest first. */
  problems: ReadonlyMap<string, AllocationProblem>;
  allocate(goalId: number, orgUnitId: number, draft: AllocationDraft): Promise<void>;
  update(allocation: Allocation, draft: AllocationDraft): Promise<void>;
  remove(allocation: Allocation): Promise<void>;
  moveAndRemove(allocation: Allocation, toAllocationId: number): Promise<void>;
  allocateAll(targets: readonly AllocationTarget[], draft: AllocationDraft): Promise<void>;
  /** Runs a problem's op again (or, for a conflict, the user's version over theirs). */
  retry(key: string): void;
  dismiss(key: string): void;
}

export interface IAllocationWriteOptions {
  workspace: YearWorkspace;
  update: (change: (workspace: YearWorkspace) => YearWorkspace) => void;
  /** Tells screen reader users (and shows) what was saved. */
  announce: (event: AnnouncedEvent) => void;
}

export type AnnouncedEvent =
  | { kind: 'allocated' | 'updated' | 'removed' | 'alreadyRemoved'; goalId: number; orgUnitId: number }
  | { kind: 'moved'; count: number; goalId: number; orgUnitId: number }
  | { kind: 'bulkSaved'; count: number; notSaved: number }
  | { kind: 'problem' };

/** Writes allowed in flight at once for "fördela alla": a browser's share of SharePoint's patience. */
const bulkConcurrency = 3;

export function useAllocationWrites(options: IAllocationWriteOptions): IAllocationWrites {
  const { update, announce } = options;
  const { repository, now } = useServices();
  const onProblem = React.useCallback(() => announce({ kind: 'problem' }), [announce]);
  const { latest: workspaceRef, change, pending, markPending, problems, problemsNow, setProblem } =
    useWriteBook<AllocationProblem>({ workspace: options.workspace, update, onProblem });

  /** Adds one allocation; returns the problem instead of keeping it when `collect` is set. */
  const addOne = React.useCallback(async (
    goalId: number,
    orgUnitId: number,
    draft: AllocationDraft,
    collect: boolean
  ): Promise<AllocationProblem | undefined> => {
    const key = cellKey(goalId, orgUnitId);
    const op: AllocationOp = { kind: 'allocate', goalId, orgUnitId, draft };
    const workspace = workspaceRef.current;
    const report = (problem: AllocationProblem | undefined): AllocationProblem | undefined => {
      if (!collect) setProblem(key, problem);
      return problem;
    };
    const rule = canAllocate(workspace.actor, { goalId, orgUnitId }, workspace.picture);
    if (!rule.ok) return report({ kind: 'refused', op, reason: rule.reason });
    const validation = validateDraft(draft);
    if (!validation.ok) {
      const reason = Object.values(validation.errors)[0];
      if (reason !== undefined) return report({ kind: 'refused', op, reason });
    }
    const body: Draft<Allocation> = {
      goalId,
      orgUnitId,
      allocatedBy: workspace.user.person,
      allocatedAt: now().toISOString(),
      agreedWithUnitHead: draft.agreed,
      agreedOn: draft.agreed ? draft.agreedOn : undefined,
      note: noteOf(draft)
    };
    const standIn = temporaryId();
    change((current) => putItem(current, 'allocations', { ...body, id: standIn }));
    if (!collect) setProblem(key, undefined);
    markPending([key], true);
    const outcome = await repository.addAllocation(body, workspace.year);
    markPending([key], false);
    if (outcome.kind === 'saved' || outcome.kind === 'conflict') {
      const saved = outcome.kind === 'saved' ? outcome.value : outcome.current;
      change((current) => setEtag(replaceItem(current, 'allocations', standIn, saved), 'allocations', saved.id, outcome.etag));
      // The same goal at the same unit is one allocation: a colleague's, made first, stands.
      if (outcome.kind === 'conflict' || !sameLogin(saved.allocatedBy.login, workspace.user.person.login)) {
        return report({ kind: 'conflict', op, theirs: saved });
      }
      if (!collect) announce({ kind: 'allocated', goalId, orgUnitId });
      return undefined;
    }
    change((current) => dropItem(current, 'allocations', standIn));
    if (outcome.kind === 'forbidden') return report({ kind: 'forbidden', op, action: outcome.action });
    return report({ kind: 'failed', op });
  }, [repository, change, markPending, setProblem, announce]);

  const allocate = React.useCallback(async (goalId: number, orgUnitId: number, draft: AllocationDraft): Promise<void> => {
    await addOne(goalId, orgUnitId, draft, false);
  }, [addOne]);

  const updateOne = React.useCallback(async (allocation: Allocation, draft: AllocationDraft): Promise<void> => {
    const { goalId, orgUnitId } = allocation;
    const key = cellKey(goalId, orgUnitId);
    const op: AllocationOp = { kind: 'update', allocationId: allocation.id, goalId, orgUnitId, draft };
    const workspace = workspaceRef.current;
    // Changing an allocation is allocating it again: the same scope, the same open unit and goal.
    const others: YearPicture = {
      ...workspace.picture,
      allocations: workspace.picture.allocations.filter((candidate) => candidate.id !== allocation.id)
    };
    const rule = canAllocate(workspace.actor, { goalId, orgUnitId }, others);
    if (!rule.ok) return setProblem(key, { kind: 'refused', op, reason: rule.reason });
    const validation = validateDraft(draft);
    if (!validation.ok) {
      const reason = Object.values(validation.errors)[0];
      if (reason !== undefined) return setProblem(key, { kind: 'refused', op, reason });
    }
    const next = applyDraft(allocation, draft);
    change((current) => putItem(current, 'allocations', next));
    setProblem(key, undefined);
    markPending([key], true);
    const outcome = await repository.updateAllocation(next, etagOf(workspace, 'allocations', allocation.id));
    markPending([key], false);
    switch (outcome.kind) {
      case 'saved':
        change((current) => setEtag(current, 'allocations', allocation.id, outcome.etag));
        announce({ kind: 'updated', goalId, orgUnitId });
        return;
      case 'conflict':
        change((current) => setEtag(putItem(current, 'allocations', outcome.current), 'allocations', allocation.id, outcome.etag));
        return setProblem(key, { kind: 'conflict', op, theirs: outcome.current });
      case 'gone':
        change((current) => setEtag(dropItem(current, 'allocations', allocation.id), 'allocations', allocation.id, undefined));
        return setProblem(key, { kind: 'gone', op });
      case 'forbidden':
        change((current) => putItem(current, 'allocations', allocation));
        return setProblem(key, { kind: 'forbidden', op, action: outcome.action });
      case 'failed':
        change((current) => putItem(current, 'allocations', allocation));
        return setProblem(key, { kind: 'failed', op });
    }
  }, [repository, change, markPending, setProblem, announce]);

  /**
   * After a refused removal: the allocation as SharePoint has it now, with its ETag, if it is still
   * there, and the activities it holds now (SharePoint keeps an allocation that has any).
   */
  const readBack = React.useCallback(async (allocationId: number): Promise<{ found: Allocation; etag: string; fresh: LoadedYear } | undefined | 'failed'> => {
    try {
      const fresh = await repository.loadYear(workspaceRef.current.year);
      const found = fresh.picture.allocations.find((candidate) => candidate.id === allocationId);
      return found === undefined ? undefined : { found, etag: fresh.etags.allocations.get(allocationId) ?? '', fresh };
    } catch {
      return 'failed';
    }
  }, [repository]);

  const remove = React.useCallback(async (allocation: Allocation): Promise<void> => {
    const { goalId, orgUnitId } = allocation;
    const key = cellKey(goalId, orgUnitId);
    const op: AllocationOp = { kind: 'remove', allocationId: allocation.id, goalId, orgUnitId };
    const workspace = workspaceRef.current;
    const rule = canRemoveAllocation(workspace.actor, allocation.id, workspace.picture);
    if (!rule.ok) return setProblem(key, { kind: 'refused', op, reason: rule.reason });
    change((current) => dropItem(current, 'allocations', allocation.id));
    setProblem(key, undefined);
    markPending([key], true);
    const outcome = await repository.removeAllocation(allocation.id, etagOf(workspace, 'allocations', allocation.id));
    if (outcome.kind === 'conflict') {
      const current = await readBack(allocation.id);
      markPending([key], false);
      if (current === 'failed') {
        change((latest) => putItem(latest, 'allocations', allocation));
        return setProblem(key, { kind: 'failed', op });
      }
      if (current === undefined) {
        change((latest) => setEtag(latest, 'allocations', allocation.id, undefined));
        announce({ kind: 'alreadyRemoved', goalId, orgUnitId });
        return;
      }
      change((latest) => setEtag(putItem(latest, 'allocations', current.found), 'allocations', allocation.id, current.etag));
      // Someone registered activities on it meanwhile: show them, and why it stays.
      const added = current.fresh.picture.activities.filter((activity) => activity.allocationId === allocation.id);
      if (added.length > 0) {
        change((latest) => added.reduce((next, activity) => setEtag(putItem(next, 'activities', activity), 'activities', activity.id,
          current.fresh.etags.activities.get(activity.id)), latest));
        const rule = canRemoveAllocation(workspace.actor, allocation.id, current.fresh.picture);
        if (!rule.ok) return setProblem(key, { kind: 'refused', op, reason: rule.reason });
      }
      return setProblem(key, { kind: 'conflict', op, theirs: current.found });
    }
    markPending([key], false);
    switch (outcome.kind) {
      case 'removed':
      case 'gone':
        change((current) => setEtag(current, 'allocations', allocation.id, undefined));
        announce({ kind: outcome.kind === 'removed' ? 'removed' : 'alreadyRemoved', goalId, orgUnitId });
        return;
      case 'forbidden':
        change((current) => putItem(current, 'allocations', allocation));
        return setProblem(key, { kind: 'forbidden', op, action: outcome.action });
      case 'failed':
        change((current) => putItem(current, 'allocations', allocation));
        return setProblem(key, { kind: 'failed', op });
    }
  }, [repository, change, markPending, setProblem, announce, readBack]);

  /** Moves one activity; a colleague's newer version is moved instead, unless they moved it already. */
  const moveOne = React.useCallback(async (activity: Activity, toAllocationId: number): Promise<'moved' | WriteAction | 'failed'> => {
    const fromAllocationId = activity.allocationId;
    let version = activity;
    let etag = etagOf(workspaceRef.current, 'activities', activity.id);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const moved: Activity = { ...version, allocationId: toAllocationId };
      const outcome = await repository.updateActivity(moved, etag);
      switch (outcome.kind) {
        case 'saved':
          change((current) => setEtag(putItem(current, 'activities', moved), 'activities', moved.id, outcome.etag));
          return 'moved';
        case 'gone':
          change((current) => dropItem(current, 'activities', activity.id));
          return 'moved';
        case 'conflict':
          if (outcome.current.allocationId !== fromAllocationId) {
            change((current) => setEtag(putItem(current, 'activities', outcome.current), 'activities', activity.id, outcome.etag));
            return 'moved';
          }
          version = outcome.current;
          etag = outcome.etag;
          break;
        case 'forbidden':
          return outcome.action;
        case 'failed':
          return 'failed';
      }
    }
    return 'failed';
  }, [repository, change]);

  const moveAndRemove = React.useCallback(async (allocation: Allocation, toAllocationId: number): Promise<void> => {
    const { goalId, orgUnitId } = allocation;
    const key = cellKey(goalId, orgUnitId);
    const op: AllocationOp = { kind: 'move', allocationId: allocation.id, toAllocationId, goalId, orgUnitId };
    const workspace = workspaceRef.current;
    const rule = canMoveActivities(workspace.actor, allocation.id, toAllocationId, workspace.picture);
    if (!rule.ok) return setProblem(key, { kind: 'refused', op, reason: rule.reason });
    const toMove = activitiesToMove(workspace.picture.activities, allocation.id);
    change((current) => ({
      ...current,
      picture: { ...current.picture, activities: moveActivities(current.picture.activities, allocation.id, toAllocationId) }
    }));
    setProblem(key, undefined);
    markPending([key], true);
    for (let index = 0; index < toMove.length; index += 1) {
      const result = await moveOne(toMove[index], toAllocationId);
      if (result === 'moved') continue;
      // Those not moved go back where they were; those moved stay moved (they are saved).
      const notMoved = toMove.slice(index);
      change((current) => notMoved.reduce((latest, activity) => putItem(latest, 'activities', activity), current));
      markPending([key], false);
      return setProblem(key, result === 'failed' ? { kind: 'failed', op } : { kind: 'forbidden', op, action: result });
    }
    markPending([key], false);
    announce({ kind: 'moved', count: toMove.length, goalId, orgUnitId });
    await remove(allocation);
  }, [change, markPending, setProblem, announce, moveOne, remove]);

  const allocateAll = React.useCallback(async (targets: readonly AllocationTarget[], draft: AllocationDraft): Promise<void> => {
    const keys = targets.map((target) => cellKey(target.goalId, target.orgUnitId));
    setProblem(bulkKey, undefined);
    markPending(keys, true);
    const failed: Array<Extract<AllocationOp, { kind: 'allocate' }>> = [];
    let forbidden: WriteAction | undefined;
    let saved = 0;
    await runPool(targets, bulkConcurrency, async (target) => {
      const problem = await addOne(target.goalId, target.orgUnitId, draft, true);
      if (problem === undefined || problem.kind === 'conflict') saved += 1;
      else if (problem.kind === 'forbidden') forbidden = problem.action;
      else if (problem.kind === 'failed') failed.push({ kind: 'allocate', goalId: target.goalId, orgUnitId: target.orgUnitId, draft });
      // A cell a colleague filled, or one that closed meanwhile, needs no more from us.
    }, () => forbidden !== undefined);
    markPending(keys, false);
    if (forbidden !== undefined) setProblem(bulkKey, { kind: 'bulkForbidden', action: forbidden });
    else if (failed.length > 0) setProblem(bulkKey, { kind: 'bulkFailed', ops: failed }, saved > 0);
    if (saved > 0) announce({ kind: 'bulkSaved', count: saved, notSaved: forbidden === undefined ? failed.length : 0 });
  }, [addOne, markPending, setProblem, announce]);


  const retry = React.useCallback((key: string): void => {
    const problem = problemsNow().get(key);
    if (problem === undefined) return;
    const picture = workspaceRef.current.picture;
    const byId = (id: number): Allocation | undefined => picture.allocations.find((candidate) => candidate.id === id);
    if (problem.kind === 'bulkFailed') {
      const draft = problem.ops[0]?.draft;
      if (draft !== undefined) allocateAll(problem.ops, draft).catch(() => undefined);
      return;
    }
    if (problem.kind === 'bulkForbidden') return;
    const op = problem.op;
    if (problem.kind === 'conflict') {
      // The user's version over theirs, now that theirs (and its ETag) is what the view holds.
      const theirs = byId(problem.theirs.id) ?? problem.theirs;
      if (op.kind === 'allocate' || op.kind === 'update') updateOne(theirs, op.draft).catch(() => undefined);
      if (op.kind === 'remove') remove(theirs).catch(() => undefined);
      return;
    }
    switch (op.kind) {
      case 'allocate':
        addOne(op.goalId, op.orgUnitId, op.draft, false).catch(() => undefined);
        return;
      case 'update': {
        const current = byId(op.allocationId);
        // Gone: allocate it again with what the user wrote.
        if (current === undefined) addOne(op.goalId, op.orgUnitId, op.draft, false).catch(() => undefined);
        else updateOne(current, op.draft).catch(() => undefined);
        return;
      }
      case 'remove': {
        const current = byId(op.allocationId);
        if (current !== undefined) remove(current).catch(() => undefined);
        else setProblem(key, undefined);
        return;
      }
      case 'move': {
        const current = byId(op.allocationId);
        if (current !== undefined) moveAndRemove(current, op.toAllocationId).catch(() => undefined);
        else setProblem(key, undefined);
        return;
      }
    }
  }, [addOne, updateOne, remove, moveAndRemove, allocateAll, setProblem]);

  const dismiss = React.useCallback((key: string): void => setProblem(key, undefined), [setProblem]);

  return { pending, problems, allocate, update: updateOne, remove, moveAndRemove, allocateAll, retry, dismiss };
}
