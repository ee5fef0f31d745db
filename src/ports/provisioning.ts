// The lists themselves: whether they are there and current, and making them ("Skapa listor").
// Part of the port (repository.ts composes the parts): SharePointRepository (src/data) is the real
// one, MemoryRepository (test/support) the tests' twin, and test/contract holds both to the same expectations.
import type { ListsStatus, ProvisioningResult } from './collections';

/** Never rejects for a failure of SharePoint's: provision answers it as a result. */
export interface IProvisioning {
  checkLists(): Promise<ListsStatus>;
  provision(): Promise<ProvisioningResult>;
  /** May the user create and change lists on the site ("Skapa listor")? Site owners may. */
  canManageLists(): Promise<boolean>;
}
