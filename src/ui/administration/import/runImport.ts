// Writing a preview's valid rows: parents before children (a new unit's id is known only once it
// is saved), a progress count after each save, and a stop that lets the writes already sent
// finish. The organisation goes in batches of a hundred units, one level after another (a batch is
// a request or two to SharePoint, where a unit at a time was two each); goals and values a row at a
// time, a few in flight as a browser allows. Every row is a whole item, so whatever happens midway
// the lists hold whole items under saved parents: importing the same file again finds the saved
// rows unchanged and writes the rest.

import type { PreviewRow } from '../../../domain/import/preview';
import type { OrgUnitPlan } from '../../../domain/import/orgImport';
import { writeOrder } from '../../../domain/import/orgImport';
import { runPool } from '../../common/runPool';

/** How one row's save ended; `message` is already in the user's language. */
export type RowSaveResult = { kind: 'saved'; id: number } | { kind: 'failed'; message: string };

export type RowOutcome = RowSaveResult | { kind: 'notStarted' };

export interface ImportProgress {
  done: number;
  failed: number;
  total: number;
}

export interface ImportRunOptions {
  /** Asked before each row (or batch of rows) starts. */
  stop: () => boolean;
  onProgress: (progress: ImportProgress) => void;
  /** Writes in flight; a browser sends six to one host at most, and SharePoint throttles beyond. */
  limit?: number;
  /** Units to a batch: SharePoint takes at most a hundred operations to a request. */
  batchSize?: number;
}

export interface ImportRunResult {
  outcomes: ReadonlyMap<number, RowOutcome>;
  saved: number;
  failed: number;
  notStarted: number;
}

const defaultLimit = 4;
export const defaultBatchSize = 100;

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let from = 0; from < items.length; from += size) chunks.push(items.slice(from, from + size));
  return chunks;
}

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
  return summary(levels.flat(), outcomes);
}

/** A unit to save in a batch, with its parent's id (the new unit's, for a parent of the same file). */
export interface UnitToSave {
  plan: OrgUnitPlan;
  parentId: number | undefined;
}

/**
 * The organisation's rows, level by level, in batches: `saveBatch` gets the units of one batch and
 * answers each in the order given. A row whose parent was not saved is not started.
 */
export function runOrgImport(
  rows: readonly PreviewRow<OrgUnitPlan>[],
  saveBatch: (units: readonly UnitToSave[]) => Promise<RowSaveResult[]>,
  options: ImportRunOptions
): Promise<ImportRunResult> {
  type Planned = PreviewRow<OrgUnitPlan> & { plan: OrgUnitPlan };
  const size = options.batchSize ?? defaultBatchSize;
  // One batch at a time: a batch already is as many writes as SharePoint takes to a request.
  const levels = writeOrder(rows).map((level) => chunksOf(level.filter((row): row is Planned => row.plan !== undefined), size));
  return runBatches(levels, saveBatch, options);
}

async function runBatches(
  levels: ReadonlyArray<ReadonlyArray<ReadonlyArray<PreviewRow<OrgUnitPlan> & { plan: OrgUnitPlan }>>>,
  saveBatch: (units: readonly UnitToSave[]) => Promise<RowSaveResult[]>,
  options: ImportRunOptions
): Promise<ImportRunResult> {
  const outcomes = new Map<number, RowOutcome>();
  const all = levels.flat(2);
  const total = all.length;
  let done = 0;
  let failed = 0;
  options.onProgress({ done, failed, total });
  for (const level of levels) {
    for (const batch of level) {
      if (options.stop()) break;
      const units: Array<{ rowNumber: number; unit: UnitToSave }> = [];
      for (const row of batch) {
        const { parent } = row.plan;
        if (parent.kind !== 'row') {
          units.push({ rowNumber: row.rowNumber, unit: { plan: row.plan, parentId: parent.kind === 'unit' ? parent.unitId : undefined } });
          continue;
        }
        const parentOutcome = outcomes.get(parent.rowNumber);
        if (parentOutcome?.kind === 'saved') units.push({ rowNumber: row.rowNumber, unit: { plan: row.plan, parentId: parentOutcome.id } });
        else outcomes.set(row.rowNumber, { kind: 'notStarted' });
      }
      if (units.length === 0) continue;
      const results = await saveBatch(units.map(({ unit }) => unit));
      units.forEach(({ rowNumber }, index) => {
        const result: RowSaveResult = results[index] ?? { kind: 'failed', message: '' };
        outcomes.set(rowNumber, result);
        done += 1;
        if (result.kind === 'failed') failed += 1;
      });
      options.onProgress({ done, failed, total });
    }
    if (options.stop()) break;
  }
  return summary(all, outcomes);
}

function summary(rows: ReadonlyArray<{ rowNumber: number }>, outcomes: Map<number, RowOutcome>): ImportRunResult {
  for (const row of rows) {
    if (!outcomes.has(row.rowNumber)) outcomes.set(row.rowNumber, { kind: 'notStarted' });
  }
  const count = (kind: RowOutcome['kind']): number => Array.from(outcomes.values()).filter((outcome) => outcome.kind === kind).length;
  return { outcomes, saved: count('saved'), failed: count('failed'), notStarted: count('notStarted') };
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
