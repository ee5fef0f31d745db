// The smallest picture a write can land in: one goal, one department, one allocation of 2024,
// provisioned and written through the product's own repository.
import type { YearPicture } from '../../src/domain/model';
import { provisionLists } from '../../src/data/provisioning';
import { importPicture } from '../../local/seed/importPicture';
import type { Connected } from './emulator';

export const allocatingHead = { login: 'avdchef@region.example', name: 'Avdelningschef' };

export const onePicture: YearPicture = {
  year: 2024,
  goals: [{ id: 1, year: 2024, code: 'M1', title: 'Minskade utsläpp', description: '', indicator: '', measuredRegionWide: true }],
  orgUnits: [{ id: 1, name: 'Förvaltningen', level: 'forvaltning' }, { id: 2, name: 'Regionservice', level: 'avdelning', parentId: 1 }],
  allocations: [{ id: 1, goalId: 1, orgUnitId: 2, allocatedBy: allocatingHead, allocatedAt: '2024-02-01T09:00:00Z', agreedWithUnitHead: false }],
  activities: [], followUps: [], indicators: [], indicatorValues: []
};

/** The lists made and the one picture written; the ids SharePoint gave it. */
export async function withOnePicture(connected: Connected): Promise<{ goalId: number; unitId: number; allocationId: number }> {
  const result = await provisionLists(connected.sp(), connected.webUrl);
  if (result.kind !== 'done') throw new Error('provisioning failed');
  const ids = await importPicture(connected.repository(), onePicture);
  return { goalId: ids.goals.get(1)!, unitId: ids.orgUnits.get(2)!, allocationId: ids.allocations.get(1)! };
}
