// A place's addresses: the page's query (unchanged from before Teams links) and the sub-entity token.
import { pageHref, placeHref, placeToken, targetFromSearch, type NavTarget } from '../place';
import { placeFromToken } from '../teamsLanding';
import { pageWithPlaceSlot } from '../teamsLinks';

const page = 'https://contoso.sharepoint.com/sites/miljo/SitePages/Start.aspx?stay=1';

describe('the token a Teams deep link carries', () => {
  it.each([
    [{ view: 'myUnit', orgUnitId: 111 }, 'myUnit.u111'],
    [{ view: 'myUnit', orgUnitId: 111, goalId: 3 }, 'myUnit.u111.g3'],
    [{ view: 'myUnit', orgUnitId: 111, activityId: 5 }, 'myUnit.u111.a5'],
    [{ view: 'allocation', orgUnitId: 11, year: 2023, goalId: 3 }, 'allocation.u11.y2023.g3']
  ] as Array<[NavTarget, string]>)('writes %j as %s and reads it back', (target, token) => {
    expect(placeToken(target)).toBe(token);
    expect(placeFromToken(token)).toEqual({ target });
  });

  it('carries when the link was made, to the second', () => {
    const token = placeToken({ view: 'myUnit', orgUnitId: 1 }, Date.UTC(2024, 0, 10, 8, 30, 15, 999));
    expect(token).toMatch(/^myUnit\.u1\.t[0-9a-z]+$/);
    expect(placeFromToken(token)?.stamp).toBe(Date.UTC(2024, 0, 10, 8, 30, 15));
  });

  it.each(['', 'myUnit', 'summary.u1', 'myUnit.u', 'myUnit.uABC', 'myUnit.u1.u2', 'myUnit.u1.x', 'myUnit.u1.g3.', 'myUnit u1',
    'myUnit.u12345678901', '{"view":"myUnit"}', 'myUnit.g3'])('refuses %j', (token) => {
    expect(placeFromToken(token)).toBeUndefined();
  });
});

describe('the address of a place', () => {
  const target: NavTarget = { view: 'allocation', orgUnitId: 11, year: 2023, goalId: 3 };

  it('is the page\'s query when no Teams tab is named, as before', () => {
    const href = placeHref(target, {}, page);
    expect(href).toBe('https://contoso.sharepoint.com/sites/miljo/SitePages/Start.aspx?stay=1&miljomal-view=allocation&miljomal-year=2023&miljomal-unit=11&miljomal-goal=3');
    expect(targetFromSearch(new URL(href).search)).toEqual(target);
    expect(placeHref(target, { allocation: 'https://contoso.sharepoint.com/sites/miljo/SitePages/Fordelning.aspx' }, page))
      .toBe(pageHref(target, 'https://contoso.sharepoint.com/sites/miljo/SitePages/Fordelning.aspx', page));
  });

  it('is a Teams deep link when the view\'s page is a Teams tab, the other view keeping its page', () => {
    const tab = 'https://teams.microsoft.com/l/entity/49cb0841-c66f-4c93-ae2b-7869e12d2dd5/49cb0841-c66f-4c93-ae2b-7869e12d2dd5';
    expect(pageWithPlaceSlot(page)).toBe(page);
    expect(placeHref({ view: 'myUnit', orgUnitId: 111 }, { myUnit: pageWithPlaceSlot(tab) }, page))
      .toBe(`${tab}?context=%7B%22subEntityId%22%3A%22myUnit.u111%22%7D`);
    expect(placeHref(target, { myUnit: pageWithPlaceSlot(tab) }, page)).toContain('miljomal-view=allocation');
  });
});
