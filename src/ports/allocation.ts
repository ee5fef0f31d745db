// Allocating (fördela ner) goals to departments and units.
// Part of the port (repository.ts composes the parts): SharePointRepository (src/data) is the real
// one, MemoryRepository (test/support) the tests' twin, and test/contract holds both to the same expectations.
import type { Allocation } from '../domain/model';
import type { Draft, RemoveOutcome, WriteOutcome } from './outcomes';

/** Writes never reject: every failure is an outcome. */
export interface IAllocation {
  /** Idempotent: an allocation that already exists (a retried create, or a colleague) is returned. */
  addAllocation(allocation: Draft<Allocation>, year: number): Promise<WriteOutcome<Allocation>>;
  updateAllocation(allocation: Allocation, etag: string): Promise<WriteOutcome<Allocation>>;
  removeAllocation(allocationId: number, etag: string): Promise<RemoveOutcome>;
}
