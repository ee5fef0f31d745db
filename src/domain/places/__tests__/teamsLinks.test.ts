// Teams deep links into the tab: built from the tab's own "Copy link to tab", read back the way
// Teams hands them to the tab, percent-encoded whole, and never longer than Teams can open.
import fc from 'fast-check';
import { pageWithPlaceSlot, parseTeamsDeepLink, teamsDeepLink, teamsLinkLimit, teamsTabOf, type TeamsTab } from '../teamsLinks';
import { placeHref, placeToken, type NavTarget } from '../place';
import { placeFromToken } from '../teamsLanding';

const appId = '49cb0841-c66f-4c93-ae2b-7869e12d2dd5';
/** What Teams' "Copy link to tab" gives for a channel tab (context JSON percent-encoded, as Teams writes it). */
const channelTabLink = `https://teams.microsoft.com/l/entity/${appId}/_djb2_msteams_prefix_3411765530?context=%7B%22channelId%22%3A%2219%3A9c6f07f1d74848bea11164003932de4b%40thread.tacv2%22%7D&groupId=6a5e3b0c-2f1b-4a55-9f6e-0d7a2b7c9e11&tenantId=0b7a1c5e-8c1d-4f2e-9a3b-5d6e7f8a9b0c`;
const personalAppLink = `https://teams.microsoft.com/l/entity/${appId}/${appId}`;

describe('reading a Teams link to a tab', () => {
  it('reads the app, the tab, the channel and the team from "Copy link to tab"', () => {
    expect(teamsTabOf(channelTabLink)).toEqual({
      appId, entityId: '_djb2_msteams_prefix_3411765530', channelId: '19:9c6f07f1d74848bea11164003932de4b@thread.tacv2',
      groupId: '6a5e3b0c-2f1b-4a55-9f6e-0d7a2b7c9e11', tenantId: '0b7a1c5e-8c1d-4f2e-9a3b-5d6e7f8a9b0c'
    });
    expect(teamsTabOf(personalAppLink)).toEqual({ appId, entityId: appId });
  });

  it('reads a context written with single quotes or unencoded, as links in the wild carry it', () => {
    expect(parseTeamsDeepLink(`${personalAppLink}?label=Upgrade&context={'subEntityId':'myUnit.u111'}`)?.subEntityId).toBe('myUnit.u111');
    expect(parseTeamsDeepLink(`${personalAppLink}?context={"subEntityId": "myUnit.u111.a5"}`)?.subEntityId).toBe('myUnit.u111.a5');
  });

  it('is not fooled by other addresses', () => {
    for (const link of [
      'https://contoso.sharepoint.com/sites/miljo/SitePages/Min-enhet.aspx',
      'https://teams.microsoft.com/l/chat/0/0?users=a@b.se',
      `http://teams.microsoft.com/l/entity/${appId}/tab`,
      `https://teams.microsoft.com.evil.example/l/entity/${appId}/tab`,
      `https://teams.microsoft.com/l/entity/${appId}`,
      'not a link'
    ]) expect(teamsTabOf(link)).toBeUndefined();
  });
});

describe('a deep link to a place in the tab', () => {
  const tab = teamsTabOf(channelTabLink)!;
  const target: NavTarget = { view: 'myUnit', orgUnitId: 111, activityId: 5 };

  it('carries the place as the sub-entity, with the channel, in a context percent-encoded whole', () => {
    const link = teamsDeepLink(tab, placeToken(target))!;
    expect(link.startsWith(`https://teams.microsoft.com/l/entity/${appId}/_djb2_msteams_prefix_3411765530?context=%7B%22subEntityId%22%3A%22myUnit.u111.a5%22%2C%22channelId%22%3A%2219%3A9c6f07f1d74848bea11164003932de4b%40thread.tacv2%22%7D&groupId=`)).toBe(true);
    expect(link).not.toMatch(/[{}"\s]/);
    const read = parseTeamsDeepLink(link)!;
    expect(read.tab).toEqual(tab);
    expect(placeFromToken(read.subEntityId)?.target).toEqual(target);
  });

  it('keeps a fallback address and a label, encoded, while the link stays short', () => {
    const labelled: TeamsTab = { appId, entityId: 'tab', label: 'Miljömål & uppföljning', webUrl: 'https://contoso.sharepoint.com/sites/miljo/SitePages/Min enhet.aspx?a=1&b=2' };
    const link = teamsDeepLink(labelled, 'myUnit.u1')!;
    expect(link).toContain('label=Milj%C3%B6m%C3%A5l%20%26%20uppf%C3%B6ljning');
    expect(link).toContain('webUrl=https%3A%2F%2Fcontoso.sharepoint.com%2Fsites%2Fmiljo%2FSitePages%2FMin%20enhet.aspx%3Fa%3D1%26b%3D2');
    expect(parseTeamsDeepLink(link)?.tab).toEqual(labelled);
  });

  it(`never passes ${teamsLinkLimit} characters: the fallback address goes first, then the label; else there is no link`, () => {
    const long: TeamsTab = { appId, entityId: 'tab', label: 'Miljömål', webUrl: `https://contoso.sharepoint.com/${'x'.repeat(1900)}` };
    const link = teamsDeepLink(long, 'myUnit.u1')!;
    expect(link.length).toBeLessThanOrEqual(teamsLinkLimit);
    expect(link).toContain('label=');
    expect(link).not.toContain('webUrl=');
    expect(teamsDeepLink({ appId, entityId: 'x'.repeat(2000) }, 'myUnit.u1')).toBeUndefined();
    // A tab whose link cannot be made short enough: the current page's link is used instead.
    const tooLong = pageWithPlaceSlot(`https://teams.microsoft.com/l/entity/${appId}/${'x'.repeat(2000)}`);
    expect(placeHref(target, { myUnit: tooLong }, 'https://contoso.sharepoint.com/sites/miljo/SitePages/Start.aspx'))
      .toBe('https://contoso.sharepoint.com/sites/miljo/SitePages/Start.aspx?miljomal-view=myUnit&miljomal-unit=111&miljomal-activity=5');
  });

  it('reads back every place it builds, with any label, within the limit', () => {
    const targets = fc.oneof(
      fc.record({ view: fc.constant('myUnit' as const), orgUnitId: fc.nat(9_999_999_999), goalId: fc.option(fc.nat(99999), { nil: undefined }), activityId: fc.option(fc.nat(99999), { nil: undefined }) }),
      fc.record({ view: fc.constant('allocation' as const), orgUnitId: fc.nat(99999), goalId: fc.option(fc.nat(99999), { nil: undefined }), year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: undefined }) }));
    fc.assert(fc.property(targets, fc.string({ maxLength: 300, unit: 'grapheme' }), fc.integer({ min: 0, max: 4_000_000_000_000 }), (place, label, stamp) => {
      const clean = Object.fromEntries(Object.entries(place).filter(([, value]) => value !== undefined)) as NavTarget;
      const link = placeHref(clean, { myUnit: pageWithPlaceSlot(teamsDeepLink({ ...tab, label }, 'x')!), allocation: pageWithPlaceSlot(teamsDeepLink({ ...tab, label }, 'x')!) }, 'https://contoso.sharepoint.com/', stamp);
      expect(link.startsWith('https://teams.microsoft.com/l/entity/')).toBe(true);
      expect(link.length).toBeLessThanOrEqual(teamsLinkLimit);
      const read = placeFromToken(parseTeamsDeepLink(link)?.subEntityId);
      expect(read?.target).toEqual(clean);
      expect(read?.stamp).toBe(Math.floor(stamp / 1000) * 1000);
    }));
  });
});
