import { demoMiljostrateg, demoRegion2023, demoToday } from '../../../domain';
import { MemoryRepository } from '../../../../test/support/memoryRepository';
import { loadWorkspace } from '../useYearWorkspace';

describe('loadWorkspace', () => {
  it('loads the year being followed up, the user, and the actor the rules judge', async () => {
    const repository = new MemoryRepository([demoRegion2023]);
    const state = await loadWorkspace(repository, demoToday);
    if (state.kind !== 'ready') throw new Error(state.kind);
    expect(state.workspace.year).toBe(2023);
    expect(state.workspace.picture.activities).toHaveLength(10);
    expect(state.workspace.actor).toMatchObject({ isRegionalStaff: false, headOfOrgUnitIds: [] });
  });

  it('says which lists are missing instead of loading', async () => {
    const repository = new MemoryRepository([demoRegion2023]);
    repository.missingLists = ['activities'];
    expect(await loadWorkspace(repository, demoToday)).toEqual({ kind: 'listsMissing', missing: [{ collection: 'activities', title: 'Aktiviteter', url: 'Lists/MiljoActivities' }] });
  });

  it('makes regional staff of someone in the group', async () => {
    const repository = new MemoryRepository([demoRegion2023]);
    repository.currentUser = () => Promise.resolve({ person: demoMiljostrateg, groups: ['Miljömål regionstab'], isRegionalStaff: true, isDepartmentHead: false, isUnitHead: false, staffOfForvaltningIds: [], isSiteAdmin: false });
    const state = await loadWorkspace(repository, demoToday);
    expect(state.kind === 'ready' && state.workspace.actor.isRegionalStaff).toBe(true);
  });
});
