// The Administration view's writes: goals and org units. The same pattern as Fördelning: the
// domain's rule and validation first, an optimistic change, then SharePoint; anything but
// "saved" rolls back (or shows the saved version) and keeps the user's draft in a problem.

import * as React from 'react';
import { useServices } from '../services/services';
import { useWriteBook } from '../edit/useWriteBook';
import { newClientKey } from '../edit/clientKey';
import type { Draft } from '../../ports';
import type { WriteAction, WriteOutcome } from '../../ports';
import type { Goal, OrgUnit } from '../../domain/model';
import { canEditGoals, canEditOrganisation } from '../../domain/rules/adminRules';
import type { Refusal } from '../../domain/rules/refusal';
import type { YearWorkspace } from '../common/useYearWorkspace';
import { dropItem, etagIn as etagOf, putItem, replaceItem, setEtag, temporaryId } from '../edit/workspaceChanges';
import { goalFromDraft, validateGoalDraft, type GoalDraft } from './goalDraft';
import { orgUnitFromDraft, validateOrgUnitDraft, type OrgUnitDraft } from './orgUnitDraft';

export type AdminOp =
  | { kind: 'addGoal'; draft: GoalDraft }
  | { kind: 'updateGoal'; id: number; draft: GoalDraft }
  /** `clientKey` is made when the op is first run and kept for its retries: the unit lands once. */
  | { kind: 'addOrgUnit'; draft: OrgUnitDraft; clientKey?: string }
  | { kind: 'updateOrgUnit'; id: number; draft: OrgUnitDraft };

export type OrgUnitOp = Extract<AdminOp, { kind: 'addOrgUnit' | 'updateOrgUnit' }>;

export type AdminProblem =
  | { kind: 'failed'; op: AdminOp }
  | { kind: 'forbidden'; op: AdminOp; action: WriteAction }
  | { kind: 'refused'; op: AdminOp; reason: Refusal }
  | { kind: 'conflict'; op: AdminOp; theirs: Goal | OrgUnit }
  | { kind: 'gone'; op: AdminOp };

/** What a save did, for the confirmation line. */
export type AdminEvent =
  | { kind: 'goalAdded' | 'goalUpdated' | 'goalRetired' | 'goalReinstated'; name: string }
  | { kind: 'unitAdded' | 'unitUpdated' | 'unitClosed' | 'unitReopened' | 'unitMoved'; name: string }
  | { kind: 'problem' };

/** How one save ended, for a caller that saves many (an import): the saved item, or its problem. */
export type AdminResult = { kind: 'saved'; value: Goal | OrgUnit } | { kind: 'problem'; problem: AdminProblem };

export interface IAdminWrites {
  problems: ReadonlyMap<string, AdminProblem>;
  pending: ReadonlySet<string>;
  run(op: AdminOp): Promise<void>;
  /**
   * The same save, quietly: nothing announced and no problem kept (an import of a thousand rows
   * reports them itself); the answer says how it ended.
   */
  saveQuietly(op: AdminOp): Promise<AdminResult>;
  /**
   * Org units' saves at once, quietly (an import's batch): the adds and the updates each go to
   * SharePoint in batched requests, and the view changes once before and once after, however
   * many. None may be another's parent. Each op's result in the order given.
   */
  saveUnitsQuietly(ops: readonly OrgUnitOp[]): Promise<AdminResult[]>;
  retry(key: string): void;
  dismiss(key: string): void;
}

export interface IAdminWriteOptions {
  workspace: YearWorkspace;
  update: (change: (workspace: YearWorkspace) => YearWorkspace) => void;
  announce: (event: AdminEvent) => void;
}

let nextNewKey = 0;

/** A new unit's key is made when its op first runs and kept for every retry: the unit lands once. */
function withClientKey(op: AdminOp): AdminOp {
  return op.kind === 'addOrgUnit' && op.clientKey === undefined ? { ...op, clientKey: newClientKey() } : op;
}

/** The key a problem is kept under: one per existing item, a fresh one per new item. */
export function opKey(op: AdminOp): string {
  switch (op.kind) {
    case 'updateGoal': return `goal:${op.id}`;
    case 'updateOrgUnit': return `unit:${op.id}`;
    default:
      nextNewKey += 1;
      return `${op.kind}:${nextNewKey}`;
  }
}

function goalEvent(before: Goal | undefined, after: Goal): AdminEvent {
  const name = `${after.code} ${after.title}`;
  if (before === undefined) return { kind: 'goalAdded', name };
  if (before.retired !== true && after.retired === true) return { kind: 'goalRetired', name };
  if (before.retired === true && after.retired !== true) return { kind: 'goalReinstated', name };
  return { kind: 'goalUpdated', name };
}

function unitEvent(before: OrgUnit | undefined, after: OrgUnit): AdminEvent {
  const name = after.name;
  if (before === undefined) return { kind: 'unitAdded', name };
  if (before.closed !== true && after.closed === true) return { kind: 'unitClosed', name };
  if (before.closed === true && after.closed !== true) return { kind: 'unitReopened', name };
  if (before.parentId !== after.parentId) return { kind: 'unitMoved', name };
  return { kind: 'unitUpdated', name };
}

/** The workspace once a save ended: the saved item in its stand-in's place, theirs, nothing, or as before. */
function afterSave<T extends Goal | OrgUnit>(
  current: YearWorkspace, collection: 'goals' | 'orgUnits', id: number, before: T | undefined, outcome: WriteOutcome<T>
): YearWorkspace {
  // A goal and an org unit are both items of the picture; the collection says which.
  const put = (workspace: YearWorkspace, value: T): YearWorkspace => putItem(workspace, collection, value as never);
  switch (outcome.kind) {
    case 'saved': return setEtag(replaceItem(current, collection, id, outcome.value as never), collection, outcome.value.id, outcome.etag);
    case 'conflict': return setEtag(put(current, outcome.current), collection, outcome.current.id, outcome.etag);
    case 'gone': return setEtag(dropItem(current, collection, id), collection, id, undefined);
    case 'forbidden':
    case 'failed':
      return before === undefined ? dropItem(current, collection, id) : put(current, before);
  }
}

function resultOf<T extends Goal | OrgUnit>(outcome: WriteOutcome<T>, op: AdminOp): AdminResult {
  switch (outcome.kind) {
    case 'saved': return { kind: 'saved', value: outcome.value };
    case 'conflict': return { kind: 'problem', problem: { kind: 'conflict', op, theirs: outcome.current } };
    case 'gone': return { kind: 'problem', problem: { kind: 'gone', op } };
    case 'forbidden': return { kind: 'problem', problem: { kind: 'forbidden', op, action: outcome.action } };
    case 'failed': return { kind: 'problem', problem: { kind: 'failed', op } };
  }
}

type PreparedUnit = { kind: 'write'; before: OrgUnit | undefined; item: Draft<OrgUnit> } | { kind: 'refused'; problem: AdminProblem };

/** An org unit's op checked by the rule and validated against the workspace: what to write, or why not. */
function prepareUnit(op: OrgUnitOp, { actor, picture }: YearWorkspace): PreparedUnit {
  const rule = canEditOrganisation(actor);
  if (!rule.ok) return { kind: 'refused', problem: { kind: 'refused', op, reason: rule.reason } };
  const before = op.kind === 'updateOrgUnit' ? picture.orgUnits.find((unit) => unit.id === op.id) : undefined;
  if (op.kind === 'updateOrgUnit' && before === undefined) return { kind: 'refused', problem: { kind: 'gone', op } };
  const errors = validateOrgUnitDraft(op.draft, picture.orgUnits, before?.id);
  const reason = errors === undefined ? undefined : Object.values(errors.fields)[0];
  if (reason !== undefined) return { kind: 'refused', problem: { kind: 'refused', op, reason } };
  return { kind: 'write', before, item: orgUnitFromDraft(op.draft, before) };
}

interface UnitWrite {
  index: number;
  op: OrgUnitOp;
  /** The optimistic item's: the unit's own, or a temporary one for a new unit. */
  id: number;
  before: OrgUnit | undefined;
  item: Draft<OrgUnit>;
  etag: string;
}

export function useAdminWrites({ workspace, update, announce }: IAdminWriteOptions): IAdminWrites {
  const { repository } = useServices();
  const onProblem = React.useCallback(() => announce({ kind: 'problem' }), [announce]);
  const book = useWriteBook<AdminProblem>({ workspace, update, onProblem });
  const { latest: workspaceRef, change, pending, problems, problemsNow, setProblem } = book;
  const markPending = React.useCallback((key: string, on: boolean) => book.markPending([key], on), [book.markPending]);

  /** A problem is kept for the view to show, unless the caller reports it itself. */
  const keep = React.useCallback((quiet: boolean, key: string, problem: AdminProblem): AdminResult => {
    if (!quiet) setProblem(key, problem);
    return { kind: 'problem', problem };
  }, [setProblem]);

  /** One save of a goal or org unit: the list, the write, and the words for what it did. */
  const save = React.useCallback(async <T extends Goal | OrgUnit>(
    quiet: boolean,
    key: string,
    op: AdminOp,
    collection: 'goals' | 'orgUnits',
    before: T | undefined,
    item: Draft<T>,
    write: (item: T, etag: string) => Promise<WriteOutcome<T>>,
    add: (item: Draft<T>) => Promise<WriteOutcome<T>>,
    describe: (before: T | undefined, after: T) => AdminEvent
  ): Promise<AdminResult> => {
    const id = before?.id ?? temporaryId();
    const optimistic = { ...item, id } as T;
    change((current) => putItem(current, collection, optimistic as never));
    // Quietly, no row is marked as saving either: an import draws its own progress, and a
    // thousand rows would each draw the view twice more.
    if (!quiet) {
      setProblem(key, undefined);
      markPending(key, true);
    }
    const etag = before === undefined ? '' : etagOf(workspaceRef.current, collection, before.id);
    const outcome = await (before === undefined ? add(item) : write(optimistic, etag));
    if (!quiet) markPending(key, false);
    change((current) => afterSave(current, collection, id, before, outcome));
    const result = resultOf(outcome, op);
    if (result.kind === 'problem') return keep(quiet, key, result.problem);
    if (!quiet) announce(describe(before, result.value as T));
    return result;
  }, [change, setProblem, markPending, announce, keep]);

  const runWithKey = React.useCallback(async (key: string, op: AdminOp, quiet = false): Promise<AdminResult> => {
    const { actor, picture, year } = workspaceRef.current;
    const refuse = (problem: AdminProblem): AdminResult => keep(quiet, key, problem);
    if (op.kind === 'addGoal' || op.kind === 'updateGoal') {
      const rule = canEditGoals(actor);
      if (!rule.ok) return refuse({ kind: 'refused', op, reason: rule.reason });
      const before = op.kind === 'updateGoal' ? picture.goals.find((goal) => goal.id === op.id) : undefined;
      if (op.kind === 'updateGoal' && before === undefined) return refuse({ kind: 'gone', op });
      const goalYear = before?.year ?? year;
      const validation = validateGoalDraft(op.draft, goalYear, picture.goals, before?.id);
      if (!validation.ok) {
        const reason = Object.values(validation.errors)[0];
        if (reason !== undefined) return refuse({ kind: 'refused', op, reason });
      }
      return save<Goal>(quiet, key, op, 'goals', before, goalFromDraft(op.draft, goalYear),
        (goal, etag) => repository.updateGoal(goal, etag), (goal) => repository.addGoal(goal), goalEvent);
    }
    const prepared = prepareUnit(op, workspaceRef.current);
    if (prepared.kind === 'refused') return refuse(prepared.problem);
    return save<OrgUnit>(quiet, key, op, 'orgUnits', prepared.before, prepared.item,
      (unit, etag) => repository.updateOrgUnit(unit, etag), (unit) => repository.addOrgUnit(unit, (op.kind === 'addOrgUnit' ? op.clientKey : undefined) ?? newClientKey()), unitEvent);
  }, [repository, save, keep]);

  const run = React.useCallback(async (op: AdminOp): Promise<void> => { await runWithKey(opKey(op), withClientKey(op)); }, [runWithKey]);
  const saveQuietly = React.useCallback((op: AdminOp): Promise<AdminResult> => runWithKey(opKey(op), withClientKey(op), true), [runWithKey]);

  const saveUnitsQuietly = React.useCallback(async (ops: readonly OrgUnitOp[]): Promise<AdminResult[]> => {
    const results: AdminResult[] = new Array(ops.length);
    const writes: UnitWrite[] = [];
    // Each unit is checked as if those before it were saved, as one save after another would be.
    let seen = workspaceRef.current;
    ops.forEach((given, index) => {
      const op = withClientKey(given) as OrgUnitOp;
      const prepared = prepareUnit(op, seen);
      if (prepared.kind === 'refused') {
        results[index] = { kind: 'problem', problem: prepared.problem };
        return;
      }
      const { before, item } = prepared;
      const id = before?.id ?? temporaryId();
      seen = putItem(seen, 'orgUnits', { ...item, id });
      writes.push({ index, op, id, before, item, etag: before === undefined ? '' : etagOf(workspaceRef.current, 'orgUnits', before.id) });
    });
    if (writes.length === 0) return results;
    change((current) => writes.reduce((workspace, write) => putItem(workspace, 'orgUnits', { ...write.item, id: write.id }), current));
    const adds = writes.filter((write) => write.before === undefined);
    const updates = writes.filter((write) => write.before !== undefined);
    const [added, updated] = await Promise.all([
      adds.length === 0 ? [] : repository.addOrgUnits(adds.map((write) => ({ unit: write.item, clientKey: (write.op.kind === 'addOrgUnit' ? write.op.clientKey : undefined) ?? newClientKey() }))),
      updates.length === 0 ? [] : repository.updateOrgUnits(updates.map((write) => ({ unit: { ...write.item, id: write.id }, etag: write.etag })))
    ]);
    const outcomes = new Map<UnitWrite, WriteOutcome<OrgUnit>>([
      ...adds.map((write, at): [UnitWrite, WriteOutcome<OrgUnit>] => [write, added[at]]),
      ...updates.map((write, at): [UnitWrite, WriteOutcome<OrgUnit>] => [write, updated[at]])
    ]);
    const outcomeOf = (write: UnitWrite): WriteOutcome<OrgUnit> => outcomes.get(write) ?? { kind: 'failed', cause: 'rejected', message: 'no answer' };
    change((current) => writes.reduce((workspace, write) => afterSave(workspace, 'orgUnits', write.id, write.before, outcomeOf(write)), current));
    for (const write of writes) results[write.index] = resultOf(outcomeOf(write), write.op);
    return results;
  }, [repository, change]);

  const retry = React.useCallback((key: string): void => {
    const problem = problemsNow().get(key);
    if (problem === undefined) return;
    const { op } = problem;
    // Gone: what the user wrote comes back as a new item.
    const again: AdminOp = problem.kind === 'gone' && op.kind === 'updateGoal' ? { kind: 'addGoal', draft: op.draft }
      : problem.kind === 'gone' && op.kind === 'updateOrgUnit' ? { kind: 'addOrgUnit', draft: op.draft, clientKey: newClientKey() }
        : op;
    setProblem(key, undefined);
    runWithKey(again === op ? key : opKey(again), again).catch(() => undefined);
  }, [runWithKey, setProblem]);

  const dismiss = React.useCallback((key: string): void => setProblem(key, undefined), [setProblem]);

  return { problems, pending, run, saveQuietly, saveUnitsQuietly, retry, dismiss };
}
