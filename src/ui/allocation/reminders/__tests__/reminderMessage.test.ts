// A reminder's words, as the head reads them in Teams or the mail: per item what is missing and the
// address where it is fixed, the last line with the unit's address, in Swedish and English, and a
// link that stays within what Teams and mail programs take however much is missing.
import { demoDepartmentIds, demoMiljostrateg, demoRegion2023, demoUnitIds, type YearPicture } from '../../../../domain';
import type { FollowUpPeriod } from '../../../../domain/model';
import { remindersFor, type Reminder } from '../../../../domain/reminders/reminders';
import { computeCoverageSummary } from '../../../../domain/summary/computeCoverageSummary';
import { english, swedish } from '../../../../../test/support/strings';
import { targetHref } from '../../../navigation';
import { gapNames } from '../../../common/gapText';
import { indexPicture } from '../../../common/pictureIndex';
import { linkLimit, reminderTo, reminderToAll, type IReminderWords } from '../reminderMessage';
import { mailtoLink, teamsChatLink } from '../reminderLinks';

const helar: FollowUpPeriod = { year: 2023, kind: 'helar' };
const page = 'https://region.sharepoint.com/sites/miljo/SitePages/Min-enhet.aspx';

function setUp(picture: YearPicture, language: 'sv' | 'en'): { reminders: Array<Reminder & { head: NonNullable<Reminder['head']> }>; words: IReminderWords } {
  const strings = language === 'sv' ? swedish : english;
  const summary = computeCoverageSummary(picture, helar);
  const index = indexPicture(picture);
  const reminders = remindersFor(summary, picture.orgUnits, { kind: 'unitHeads', departmentId: demoDepartmentIds.regionservice })
    .filter((reminder): reminder is Reminder & { head: NonNullable<Reminder['head']> } => reminder.head !== undefined);
  const words: IReminderWords = {
    strings, locale: language === 'sv' ? 'sv-SE' : 'en-US', names: gapNames(summary, index, strings),
    unitName: (id) => index.orgUnit(id)?.name ?? String(id), period: helar, today: '2024-01-10', sender: demoMiljostrateg,
    hrefFor: (target) => targetHref(target, {}, page)
  };
  return { reminders, words };
}

const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

describe('a reminder says what is missing and where it is fixed', () => {
  it.each([
    ['sv', 'saknar uppföljning för helår 2023', 'Du fyller i det i Miljömål, på intranätet eller i Teams: '],
    ['en', 'has no follow-up for full year 2023', 'You fill it in in Miljömål, on the intranet or in Teams: ']
  ] as const)('names the missing follow-up and its period, with the follow-up\'s address and the unit\'s on the last line (%s)', (language, missing, where) => {
    const { reminders, words } = setUp(demoRegion2023, language);
    const lokalvard = reminders.find((reminder) => reminder.orgUnitId === demoUnitIds.lokalvard)!;
    const gap = lokalvard.gaps.find((candidate) => candidate.code === 'activityWithoutFollowUp');
    if (gap?.code !== 'activityWithoutFollowUp') throw new Error('Lokalvård lacks a helår follow-up in the demo');
    const title = demoRegion2023.activities.find((activity) => activity.id === gap.activityId)!.title;
    const lines = plain(reminderTo(lokalvard, words).body).split('\n');
    const item = lines.findIndex((line) => line.includes(title));
    expect(lines[item]).toMatch(new RegExp(`${missing}$`));
    const address = new URL(lines[item + 1].trim());
    expect(address.origin + address.pathname).toBe(page);
    expect(address.searchParams.get('miljomal-view')).toBe('myUnit');
    expect(address.searchParams.get('miljomal-unit')).toBe(String(demoUnitIds.lokalvard));
    expect(address.searchParams.get('miljomal-activity')).toBe(String(gap.activityId));
    const last = lines.find((line) => line.startsWith(where))!;
    expect(new URL(last.slice(where.length)).searchParams.get('miljomal-unit')).toBe(String(demoUnitIds.lokalvard));
  });

  it.each([
    ['sv', 'fördelat utan samråd', 'har ingen aktivitet för M3'],
    ['en', 'allocated without consultation', 'has no activity for M3']
  ] as const)('says "allocated without samråd" and "no activity for" in words (%s)', (language, unagreed, noActivity) => {
    const m3 = demoRegion2023.goals.find((goal) => goal.code === 'M3')!;
    const picture: YearPicture = {
      ...demoRegion2023,
      allocations: [...demoRegion2023.allocations, {
        id: 99001, goalId: m3.id, orgUnitId: demoUnitIds.logistik, allocatedBy: demoMiljostrateg, allocatedAt: '2023-09-01T09:00:00Z', agreedWithUnitHead: false
      }]
    };
    // The department head's own step (samråd) is reminded to the department head by the regional staff.
    const summary = computeCoverageSummary(picture, helar);
    const staff = remindersFor(summary, picture.orgUnits, { kind: 'departmentHeads' }).find((reminder) => reminder.orgUnitId === demoDepartmentIds.regionservice)!;
    const { words } = setUp(picture, language);
    const unagreedOnly = { ...staff, head: staff.head!, gaps: staff.gaps.filter((candidate) => candidate.code === 'allocationWithoutAgreement') };
    const body = plain(reminderTo(unagreedOnly, { ...words, names: gapNames(summary, indexPicture(picture), words.strings) }).body);
    expect(body).toMatch(new RegExp(`M3 .* Logistik \\(Regionservice\\): ${unagreed}`));
    const { reminders } = setUp(picture, language);
    const logistik = reminders.find((reminder) => reminder.orgUnitId === demoUnitIds.logistik)!;
    expect(plain(reminderTo(logistik, words).body)).toContain(noActivity);
  });

  it('keeps every link under 2,000 characters when much is missing, saying how many more are in Miljömål', () => {
    const { reminders, words } = setUp(demoRegion2023, 'sv');
    const one = reminders[0];
    const many = { ...one, gaps: Array.from({ length: 40 }, () => one.gaps).flat() };
    const message = reminderTo(many, words);
    expect(teamsChatLink([one.head.login], message.subject, message.body).length).toBeLessThanOrEqual(linkLimit);
    expect(mailtoLink([one.head.email ?? one.head.login], message.subject, message.body).length).toBeLessThanOrEqual(linkLimit);
    expect(plain(message.body)).toMatch(/… och \d+ till: alla står i Miljömål \(länken nedan\)\n\nDu fyller i det i Miljömål, på intranätet eller i Teams: https:/);
    const all = reminderToAll(reminders.map((reminder) => ({ ...reminder, gaps: Array.from({ length: 40 }, () => reminder.gaps).flat() })), words);
    expect(teamsChatLink(reminders.map((reminder) => reminder.head.login), all.subject, all.body).length).toBeLessThanOrEqual(linkLimit);
  });
});
