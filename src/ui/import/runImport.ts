// Writing a preview's valid rows: parents before children (a new unit's id is known only once it
// is saved), a few writes in flight as a browser allows, a progress count after each, and a stop
// that lets the writes already sent finish. Every row is one save of its own, so whatever happens
// midway the lists hold whole items: importing the same file again finds the saved rows unchanged
// and writes the rest.

import type { PreviewRow } from '../../domain/import/preview';
import type { OrgUnitPlan } from '../../domain/import/orgImport';
import { writeOrder } from '../../domain/import/orgImport';
import { runPool } from '../common/runPool';

/** How one row's save ended; `message` is already in the user's language. */
export type RowSaveResult = { kind: 'saved'; id: number } | { kind: 'failed'; message: string };

export type RowOutcome = RowSaveResult | { kind: 'notStarted' };

export interface ImportProgress {
  done: number;
  failed: number;
  total: number;
}

export interface ImportRunOptions {
  /** Asked before each row starts. */
  stop: () => boolean;
  onProgress: (progress: ImportProgress) => void;
  /** Writes in flight; a browser sends six to one host at most, and SharePoint throttles beyond. */
  limit?: number;
}

export interface ImportRunResult {
  outcomes: ReadonlyMap<number, RowOutcome>;
  saved: number;
  failed: number;
  notStarted: number;
}

const defaultLimit = 4;

async function runLevels<P>(
  levels: ReadonlyArray<ReadonlyArray<PreviewRow<P> & { plan: P }>>,
  save: (row: PreviewRow<P> & { plan: P }, outcomes: ReadonlyMap<number, RowOutcome>) => Promise<RowOutcome>,
  options: ImportRunOptions
): Promise<ImportRunResult> {
  const outcomes = new Map<number, RowOutcome>();
  const total = levels.reduce((sum, level) => sum + level.length, 0);
  let done = 0;
  let failed = 0;
  options.onProgress({ done, failed, total });
  for (const level of levels) {
    if (options.stop()) break;
    await runPool(level, options.limit ?? defaultLimit, async (row) => {
      const outcome = await save(row, outcomes);
      outcomes.set(row.rowNumber, outcome);
      if (outcome.kind !== 'notStarted') done += 1;
      if (outcome.kind === 'failed') failed += 1;
      options.onProgress({ done, failed, total });
    }, options.stop);
  }
  const all = levels.flat();
  for (const row of all) {
    if (!outcomes.has(row.rowNumber)) outcomes.set(row.rowNumber, { kind: 'notStarted' });
  }
  const count = (kind: RowOutcome['kind']): number => Array.from(outcomes.values()).filter((outcome) => outcome.kind === kind).length;
  return { outcomes, saved: count('saved'), failed: count('failed'), notStarted: count('notStarted') };
}

/**
 * The organisation's rows, level by level. `save` gets the parent's id (the new unit's, for a
 * parent of the same file); a row whose parent was not saved is not started.
 */
export function runOrgImport(
  rows: readonly PreviewRow<OrgUnitPlan>[],
  save: (plan: OrgUnitPlan, parentId: number | undefined) => Promise<RowSaveResult>,
  options: ImportRunOptions
): Promise<ImportRunResult> {
  const levels = writeOrder(rows).map((level) => level.filter((row): row is PreviewRow<OrgUnitPlan> & { plan: OrgUnitPlan } => row.plan !== undefined));
  return runLevels(levels, async (row, outcomes) => {
    const { parent } = row.plan;
    if (parent.kind !== 'row') return save(row.plan, parent.kind === 'unit' ? parent.unitId : undefined);
    const parentOutcome = outcomes.get(parent.rowNumber);
    return parentOutcome?.kind === 'saved' ? save(row.plan, parentOutcome.id) : { kind: 'notStarted' };
  }, options);
}

/** Rows that need nothing of each other (goals, values). */
export function runFlatImport<P>(
  rows: readonly PreviewRow<P>[],
  save: (plan: P) => Promise<RowSaveResult>,
  options: ImportRunOptions
): Promise<ImportRunResult> {
  const valid = rows.filter((row): row is PreviewRow<P> & { plan: P } => row.plan !== undefined && (row.fate === 'new' || row.fate === 'changed'));
  return runLevels([valid], (row) => save(row.plan), options);
}
