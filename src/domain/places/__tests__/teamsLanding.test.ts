// What the tab does with Teams' sub-entity: lands on a place, says so when it may be a place Teams
// kept from an earlier link, says where to go when it cannot read it, and opens as itself without one.
import { placeToken } from '../place';
import { rememberedLandings, teamsLanding, withLanding } from '../teamsLanding';

const token = placeToken({ view: 'myUnit', orgUnitId: 111, activityId: 5 }, Date.UTC(2024, 0, 10));

describe('landing from a Teams deep link', () => {
  it('opens the tab\'s own view without a sub-entity (some clients drop it)', () => {
    expect(teamsLanding(undefined, [])).toEqual({ kind: 'none' });
    expect(teamsLanding('', [])).toEqual({ kind: 'none' });
    expect(teamsLanding(null, [])).toEqual({ kind: 'none' });
  });

  it('lands on a new place', () => {
    expect(teamsLanding(token, [])).toEqual({ kind: 'place', target: { view: 'myUnit', orgUnitId: 111, activityId: 5 }, token });
  });

  it('lands on a place already landed on and says Teams may have kept it', () => {
    expect(teamsLanding(token, [token]).kind).toBe('repeated');
  });

  it('says where to go for a sub-entity that is no place of ours', () => {
    expect(teamsLanding('task456', [])).toEqual({ kind: 'unreadable' });
  });

  it('remembers the latest landings only, newest last', () => {
    let landed: string[] = [];
    for (let i = 0; i < rememberedLandings + 5; i += 1) landed = withLanding(landed, `myUnit.u${i}`);
    expect(landed).toHaveLength(rememberedLandings);
    expect(landed[0]).toBe('myUnit.u5');
    expect(withLanding(landed, 'myUnit.u5').at(-1)).toBe('myUnit.u5');
    expect(withLanding(landed, 'myUnit.u5')).toHaveLength(rememberedLandings);
  });
});
