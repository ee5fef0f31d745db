// The contract on the in-memory repository the component tests use.
import type { CurrentUser, IMiljoRepository } from '../../../src/ports';
import { MemoryRepository, readerOf } from '../../support/memoryRepository';
import { contractDirectory, contractReader, contractStaff, describeRepositoryContract, seeded } from '../repositoryContract';

/** The one store seen as `user`: each call is made as them (the contract's calls come one at a time). */
function as(memory: MemoryRepository, user: CurrentUser): IMiljoRepository {
  return new Proxy(memory, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        target.user = user;
        return (value as (...args: unknown[]) => unknown).apply(target, args);
      };
    }
  });
}

describeRepositoryContract('in memory', async () => {
  const memory = new MemoryRepository([], readerOf(contractStaff, true));
  memory.directory = contractDirectory;
  await seeded(as(memory, readerOf(contractStaff, true)));
  return {
    staff: () => as(memory, readerOf(contractStaff, true)),
    reader: () => as(memory, readerOf(contractReader)),
    close: async () => undefined
  };
});
