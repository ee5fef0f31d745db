// The organisation import's batch save straight on a repository, for the emulator test and the
// bench: what useAdminWrites.saveUnitsQuietly sends, without the view around it.
import type { OrgUnit } from '../../src/domain/model';
import type { IMiljoRepository, WriteOutcome } from '../../src/ports';
import { newClientKey } from '../../src/ui/edit/clientKey';
import type { RowSaveResult, UnitToSave } from '../../src/ui/administration/import/runImport';

/** The adds and the updates of a batch, each in the repository's batched write, answered in the runner's order. */
export function batchedUnitSaver(repository: IMiljoRepository, etags: ReadonlyMap<number, string>): (units: readonly UnitToSave[]) => Promise<RowSaveResult[]> {
  return async (units) => {
    const drafts = units.map(({ plan, parentId }) => ({ plan, unit: { ...plan.unit, ...(parentId === undefined ? {} : { parentId }) } }));
    const adds = drafts.filter(({ plan }) => plan.unitId === undefined);
    const updates = drafts.filter(({ plan }) => plan.unitId !== undefined);
    const [added, updated] = await Promise.all([
      adds.length === 0 ? [] : repository.addOrgUnits(adds.map(({ unit }) => ({ unit, clientKey: newClientKey() }))),
      updates.length === 0 ? [] : repository.updateOrgUnits(updates.map(({ plan, unit }) => ({ unit: { ...unit, id: plan.unitId as number }, etag: etags.get(plan.unitId as number) ?? '' })))
    ]);
    const outcomes = new Map<unknown, WriteOutcome<OrgUnit>>([
      ...adds.map((draft, index) => [draft, added[index]] as const),
      ...updates.map((draft, index) => [draft, updated[index]] as const)
    ]);
    return drafts.map((draft): RowSaveResult => {
      const outcome = outcomes.get(draft);
      return outcome?.kind === 'saved' ? { kind: 'saved', id: outcome.value.id } : { kind: 'failed', message: outcome?.kind ?? 'no answer' };
    });
  };
}
