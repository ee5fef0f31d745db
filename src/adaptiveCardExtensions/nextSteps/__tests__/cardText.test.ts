// The card's and the quick view's words for each role, from the demo region's year as the lean read
// gives it, in Swedish and English, each item a link to its place (a Teams deep link where the
// property names a Teams tab); and the card's two string files with the same keys.
import * as fs from 'fs';
import * as path from 'path';
import { demoDepartmentIds, demoRegion2023, demoToday, demoUnitIds, type FollowUpPeriod } from '../../../domain';
import { cardContent, type CardViewer } from '../../../domain/card/cardContent';
import { placeHref, type NavTarget } from '../../../domain/places/place';
import { placeFromToken } from '../../../domain/places/teamsLanding';
import { pageWithPlaceSlot, parseTeamsDeepLink } from '../../../domain/places/teamsLinks';
import { cardDisplay, quickViewCard, type CardNames } from '../cardText';
import { followedPeriod } from '../loadCard';

function loc(locale: string): IMiljomalCardStrings {
  const source = fs.readFileSync(path.join(__dirname, '..', 'loc', `${locale}.js`), 'utf8');
  let strings: IMiljomalCardStrings | undefined;
  new Function('define', source)((_: unknown, factory: () => IMiljomalCardStrings) => { strings = factory(); });
  return strings!;
}
const sv = loc('sv-se');
const en = loc('en-us');

const helar: FollowUpPeriod = { year: 2023, kind: 'helar' };
const names: CardNames = {
  orgUnit: (id) => demoRegion2023.orgUnits.find((unit) => unit.id === id)?.name ?? '',
  goalCode: (id) => demoRegion2023.goals.find((goal) => goal.id === id)?.code ?? '',
  activityTitle: (id) => demoRegion2023.activities.find((activity) => activity.id === id)?.title
};
const page = 'https://region.sharepoint.com/sites/miljo/';
const tab = 'https://teams.microsoft.com/l/entity/49cb0841-c66f-4c93-ae2b-7869e12d2dd5/49cb0841-c66f-4c93-ae2b-7869e12d2dd5';
const onPage = (target: NavTarget): string => placeHref(target, {}, page);
const inTeams = (target: NavTarget): string => placeHref(target, { myUnit: pageWithPlaceSlot(tab), allocation: pageWithPlaceSlot(tab) }, page, Date.UTC(2023, 9, 20));

function display(viewer: CardViewer, strings: IMiljomalCardStrings, locale: string, hrefFor = onPage, today = demoToday) {
  return cardDisplay(cardContent({ picture: demoRegion2023, viewer, period: helar, today }), names, strings, locale, hrefFor);
}

describe('the card in words', () => {
  it('tells Måltidsservice\'s head of two follow-ups before 15 January, listing them with days left', () => {
    const shown = display({ isRegionalStaff: false, headOfOrgUnitIds: [demoUnitIds.maltidsservice] }, sv, 'sv-SE');
    expect(shown.heading).toBe('Måltidsservice');
    expect(shown.primary).toBe('2 uppföljningar före 15 januari');
    expect(shown.quickViewTitle).toBe('Nästa steg, helår 2023');
    expect(shown.items.map((item) => item.text)).toEqual(['Fler maträtter skickas till Kajutan', 'Minskat matsvinn genom uppdaterade recept']);
    expect(shown.items[0].detail).toMatch(/^M\d · Följ upp för helår 2023 · \d+ dagar kvar$/);
    expect(new URL(shown.items[0].href).searchParams.get('miljomal-view')).toBe('myUnit');
  });

  it('says it in English, late past the deadline', () => {
    const shown = display({ isRegionalStaff: false, headOfOrgUnitIds: [demoUnitIds.maltidsservice] }, en, 'en-US', onPage, '2024-01-20');
    expect(shown.primary).toBe('2 follow-ups late since January 15');
    expect(shown.items[0].detail).toMatch(/Follow up for full year 2023 · late since January 15$/);
  });

  it('gives a department head the units, and the staff the headline, each item a link to its place', () => {
    const head = display({ isRegionalStaff: false, headOfOrgUnitIds: [demoDepartmentIds.regionservice] }, sv, 'sv-SE', onPage, '2024-01-20');
    expect(head.heading).toBe(names.orgUnit(demoDepartmentIds.regionservice));
    expect(head.primary).toMatch(/^Sena enheter: \d+ av \d+$/);
    expect(head.items.length).toBeGreaterThan(0);
    const staff = display({ isRegionalStaff: true, headOfOrgUnitIds: [] }, en, 'en-US');
    expect(staff.heading).toBe('The region');
    expect(staff.primary).toMatch(/^\d+ of \d+ departments hold every goal; \d+ of \d+ activities followed up; \d+ of \d+ departments ready$/);
    expect(staff.items.every((item) => /^\d+ of \d+ goals allocated$/.test(item.detail))).toBe(true);
  });

  it('links each item into the Teams tab where the property names one', () => {
    const shown = display({ isRegionalStaff: false, headOfOrgUnitIds: [demoUnitIds.maltidsservice] }, sv, 'sv-SE', inTeams);
    expect(shown.openInTeams).toBe(true);
    for (const item of shown.items) {
      const place = placeFromToken(parseTeamsDeepLink(item.href)?.subEntityId)?.target;
      expect(place).toMatchObject({ view: 'myUnit', orgUnitId: demoUnitIds.maltidsservice });
    }
  });

  it('builds the quick view as an Adaptive Card: a heading, each item a link, and a way into Miljömål', () => {
    const shown = display({ isRegionalStaff: false, headOfOrgUnitIds: [demoUnitIds.maltidsservice] }, sv, 'sv-SE');
    const card = quickViewCard(shown, sv) as { type: string; body: Array<Record<string, unknown>>; actions: Array<Record<string, unknown>> };
    expect(card.type).toBe('AdaptiveCard');
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'Nästa steg, helår 2023', weight: 'Bolder' });
    expect(card.body.slice(1).map((element) => (element.selectAction as { url: string }).url)).toEqual(shown.items.map((item) => item.href));
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Öppna Miljömål', url: shown.items[0].href }]);
    const reader = quickViewCard(display({ isRegionalStaff: false, headOfOrgUnitIds: [] }, sv, 'sv-SE'), sv) as { body: Array<{ text?: string }>; actions?: unknown };
    expect(reader.body.map((element) => element.text)).toEqual(['Nästa steg, helår 2023', 'Inget att göra här just nu.']);
    expect(reader.actions).toBeUndefined();
  });
});

describe('the card\'s strings', () => {
  it('have the same keys and placeholders in sv-SE and en-US, each declared', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(sv) as Array<keyof IMiljomalCardStrings>) {
      expect([key, (en[key].match(/\{\d\}/g) ?? []).sort()]).toEqual([key, (sv[key].match(/\{\d\}/g) ?? []).sort()]);
    }
    const typings = fs.readFileSync(path.join(__dirname, '..', 'loc', 'mystrings.d.ts'), 'utf8');
    expect(Array.from(typings.matchAll(/^\s*(\w+): string;/gm), (match) => match[1]).sort()).toEqual(Object.keys(sv).sort());
  });
});

describe('the period the card follows', () => {
  it('is today\'s when its year has goals, else the newest earlier year\'s helår', () => {
    expect(followedPeriod([2024, 2023], '2024-10-01')).toEqual({ year: 2024, kind: 'helar' });
    expect(followedPeriod([2024, 2023], '2024-03-01')).toEqual({ year: 2024, kind: 'delar' });
    expect(followedPeriod([2023], '2026-03-01')).toEqual({ year: 2023, kind: 'helar' });
    expect(followedPeriod([], '2026-03-01')).toEqual({ year: 2026, kind: 'delar' });
  });
});
