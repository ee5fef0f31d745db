// The tab's arrival from Teams' context: the place, remembered in the browser, and what to say when
// the same place comes again (Teams' kept sub-entity) or one that cannot be read.
import { placeToken } from '../../../domain/places/place';
import { arriveFromTeams } from '../teamsArrival';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => { items.delete(key); },
    setItem: (key, value) => { items.set(key, value); }
  };
}

describe('arriving in the tab from a Teams deep link', () => {
  const first = placeToken({ view: 'myUnit', orgUnitId: 111, activityId: 5 }, Date.UTC(2024, 0, 10));
  const second = placeToken({ view: 'myUnit', orgUnitId: 111, goalId: 3 }, Date.UTC(2024, 0, 10));

  it('lands on each new link\'s place, and says so when Teams gives an earlier one again', () => {
    const storage = memoryStorage();
    expect(arriveFromTeams(first, storage)).toEqual({ target: { view: 'myUnit', orgUnitId: 111, activityId: 5 } });
    expect(arriveFromTeams(second, storage)).toEqual({ target: { view: 'myUnit', orgUnitId: 111, goalId: 3 } });
    expect(arriveFromTeams(first, storage)).toEqual({ target: { view: 'myUnit', orgUnitId: 111, activityId: 5 }, notice: 'teamsRepeated' });
  });

  it('opens as itself without a sub-entity, and says where to go for one it cannot read', () => {
    expect(arriveFromTeams(undefined, memoryStorage())).toEqual({});
    expect(arriveFromTeams('task456', memoryStorage())).toEqual({ notice: 'teamsUnreadable' });
  });

  it('still lands where storage is missing, refuses or holds something else', () => {
    expect(arriveFromTeams(first, undefined)).toEqual({ target: { view: 'myUnit', orgUnitId: 111, activityId: 5 } });
    const refusing = { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } } as Storage;
    expect(arriveFromTeams(first, refusing).target).toBeDefined();
    const odd = memoryStorage();
    odd.setItem('miljomal-teams-landings', '{"not":"a list"');
    expect(arriveFromTeams(first, odd).notice).toBeUndefined();
  });
});
