// A reminder sent in Teams chat where Min enhet is a Teams tab: each item's address is a deep link
// into the tab at the item's place, and the chat link that carries the message stays within Teams'
// limit however many items there are.
import { demoDepartmentIds, demoMiljostrateg, demoRegion2023 } from '../../../../domain';
import type { FollowUpPeriod } from '../../../../domain/model';
import { remindersFor, type Reminder } from '../../../../domain/reminders/reminders';
import { computeCoverageSummary } from '../../../../domain/summary/computeCoverageSummary';
import { gapPlace } from '../../../common/gapPlace';
import { placeFromToken } from '../../../../domain/places/teamsLanding';
import { pageWithPlaceSlot, parseTeamsDeepLink } from '../../../../domain/places/teamsLinks';
import { swedish } from '../../../../../test/support/strings';
import { targetHref } from '../../../navigation';
import { gapNames } from '../../../common/gapText';
import { indexPicture } from '../../../common/pictureIndex';
import { linkLimit, reminderTo, type IReminderWords } from '../reminderMessage';
import { teamsChatLink } from '../reminderLinks';

const helar: FollowUpPeriod = { year: 2023, kind: 'helar' };
const tab = 'https://teams.microsoft.com/l/entity/49cb0841-c66f-4c93-ae2b-7869e12d2dd5/_djb2_msteams_prefix_1?context=%7B%22channelId%22%3A%2219%3Aabc%40thread.tacv2%22%7D&groupId=6a5e3b0c-2f1b-4a55-9f6e-0d7a2b7c9e11&tenantId=0b7a1c5e-8c1d-4f2e-9a3b-5d6e7f8a9b0c';

it('links each item of a reminder to its place in the Teams tab, within the chat link\'s limit', () => {
  const summary = computeCoverageSummary(demoRegion2023, helar);
  const index = indexPicture(demoRegion2023);
  const reminders = remindersFor(summary, demoRegion2023.orgUnits, { kind: 'unitHeads', departmentId: demoDepartmentIds.regionservice })
    .filter((reminder): reminder is Reminder & { head: NonNullable<Reminder['head']> } => reminder.head !== undefined);
  const words: IReminderWords = {
    strings: swedish, locale: 'sv-SE', names: gapNames(summary, index, swedish),
    unitName: (id) => index.orgUnit(id)?.name ?? String(id), period: helar, today: '2024-01-10', sender: demoMiljostrateg,
    hrefFor: (target) => targetHref(target, { myUnit: pageWithPlaceSlot(tab), allocation: pageWithPlaceSlot(tab) }, 'https://region.sharepoint.com/sites/miljo/SitePages/Start.aspx', Date.UTC(2024, 0, 10))
  };
  expect(reminders.length).toBeGreaterThan(0);
  for (const reminder of reminders) {
    const message = reminderTo(reminder, words);
    expect(teamsChatLink([reminder.head.login], message.subject, message.body).length).toBeLessThanOrEqual(linkLimit);
    const links = message.body.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('https://teams.microsoft.com/l/entity/'));
    const places = links.map((link) => placeFromToken(parseTeamsDeepLink(link)?.subEntityId)?.target);
    expect(places.every((place) => place !== undefined)).toBe(true);
    // Every item line that kept its address points at that item's place.
    const itemPlaces = reminder.gaps.map((gap) => gapPlace(gap, helar.year));
    for (const place of places.slice(0, -1)) expect(itemPlaces).toContainEqual(place);
  }
});
