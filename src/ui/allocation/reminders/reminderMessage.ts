// A reminder in words: to one head, what their unit lacks for the period, each item saying what is
// missing ("saknar uppföljning för helår 2023", "har ingen aktivitet för M2", "fördelat utan
// samråd") with the address of the place where it is fixed; to several at once, the same per unit
// under each head's name, each unit with its own address. The last line carries the address too.
// Teams' chat links and mail programs take about 2,000 characters, so the message is measured as
// the links that carry it: items are left off from the end, replaced by "… and N more: all of
// them are in Miljömål" above the last line's address; in the message to all, each unit's items
// are cut evenly, then the units' own addresses go, before the link would grow too long.

import type { FollowUpPeriod, IsoDate, Person } from '../../../domain/model';
import type { Reminder } from '../../../domain/reminders/reminders';
import type { Gap } from '../../../domain/summary/gaps';
import { deadlineText, periodName } from '../../common/summaryText';
import type { PeriodSettings } from '../../../domain/periodSettings';
import type { UiLocale } from '../../common/text';
import { format } from '../../format';
import type { NavTarget } from '../../navigation';
import { gapPlace } from '../../common/gapPlace';
import { gapText, type IGapNames } from '../../common/gapText';
import { addressOf, mailtoLink, teamsChatLink } from './reminderLinks';

export interface IReminderWords {
  strings: IMiljomalWebPartStrings;
  locale: UiLocale;
  names: IGapNames;
  unitName: (orgUnitId: number) => string;
  period: FollowUpPeriod;
  /** The period as the staff set it: its deadline is the one the message names. */
  settings?: PeriodSettings;
  today: IsoDate;
  sender: Person;
  /** The address of a place: on the page the property pane set for its view, else this page. */
  hrefFor: (target: NavTarget) => string;
}

export interface IReminderMessage {
  subject: string;
  body: string;
}

/** The longest Teams chat link or mailto URL a message may become. */
export const linkLimit = 2000;

type Headed = Reminder & { head: Person };

function firstName(person: Person): string {
  return person.name.split(/\s+/)[0] || person.name;
}

/** One item of a reminder: the gap and what it lacks, in words the head acts on. */
export function reminderLine(gap: Gap, words: IReminderWords): string {
  const { strings, names } = words;
  const text = gapText(gap, names, strings);
  switch (gap.code) {
    case 'activityWithoutFollowUp': return format(strings.RemindLineFollowUp, text, periodName(words.period, strings));
    case 'allocationWithoutAgreement': return format(strings.RemindLineAgreement, text);
    // The gap's own words say what is missing ("har ingen aktivitet för M2").
    default: return text;
  }
}

/** The line of a mark sent back: who sent it and what to fix. */
export function sentBackLine(reminder: Reminder, words: IReminderWords): string | undefined {
  if (reminder.sentBack === undefined) return undefined;
  return format(words.strings.RemindLineSentBack, periodName(words.period, words.strings), reminder.sentBack.by.name, reminder.sentBack.comment);
}

/** Where a reminder's unit fixes what it lacks: the view of its first item (Min enhet when only its mark was sent back), at the unit itself. */
function reminderPlace(reminder: Reminder, words: IReminderWords): string {
  const first = reminder.gaps.length === 0 ? { view: 'myUnit' } : gapPlace(reminder.gaps[0], words.period.year);
  return words.hrefFor(first.view === 'allocation'
    ? { view: 'allocation', year: words.period.year, orgUnitId: reminder.orgUnitId }
    : { view: 'myUnit', orgUnitId: reminder.orgUnitId });
}

function linkLength(heads: readonly Person[], message: IReminderMessage): number {
  return Math.max(
    teamsChatLink(heads.map((head) => head.login), message.subject, message.body).length,
    mailtoLink(heads.map(addressOf), message.subject, message.body).length);
}

function frame(greeting: string, middle: string[], last: string, words: IReminderWords): string {
  const { strings } = words;
  return [greeting, '', deadlineText(words.period, words.today, strings, words.locale, words.settings), '', ...middle, '', last, '',
    format(strings.RemindSignature, words.sender.name)].join('\n');
}

/** The first `count` items, each with its address when `withLinks`, and the rest as one line. */
function items(reminder: Reminder, count: number, withLinks: boolean, words: IReminderWords): string[] {
  const sentBack = sentBackLine(reminder, words);
  const shown = reminder.gaps.slice(0, count).flatMap((gap) => {
    const line = `- ${reminderLine(gap, words)}`;
    return withLinks ? [line, `  ${words.hrefFor(gapPlace(gap, words.period.year))}`] : [line];
  });
  const rest = reminder.gaps.length - count;
  return [...(sentBack === undefined ? [] : [`- ${sentBack}`]), ...shown, ...(rest > 0 ? [format(words.strings.RemindMoreInMessage, rest)] : [])];
}

export function reminderTo(reminder: Headed, words: IReminderWords): IReminderMessage {
  const { strings } = words;
  const unit = words.unitName(reminder.orgUnitId);
  const subject = format(strings.RemindSubject, periodName(words.period, strings), unit);
  const last = format(strings.RemindWhere, reminderPlace(reminder, words));
  const compose = (count: number, withLinks: boolean): IReminderMessage => ({
    subject,
    body: frame(format(strings.RemindGreeting, firstName(reminder.head)),
      [format(strings.RemindMissingFor, unit), ...items(reminder, count, withLinks, words)], last, words)
  });
  // Every item with its address; else every item without; else fewer items.
  for (let count = reminder.gaps.length; count >= 1; count -= 1) {
    const message = compose(count, true);
    if (linkLength([reminder.head], message) <= linkLimit) return message;
  }
  for (let count = reminder.gaps.length; count >= 1; count -= 1) {
    const message = compose(count, false);
    if (linkLength([reminder.head], message) <= linkLimit) return message;
  }
  return compose(0, false);
}

/** One message to every head: each unit's items under its head's name and its own address. */
export function reminderToAll(reminders: readonly Headed[], words: IReminderWords): IReminderMessage {
  const { strings } = words;
  const heads = reminders.map((reminder) => reminder.head);
  const subject = format(strings.RemindSubjectAll, periodName(words.period, strings));
  const compose = (perUnit: number, unitLinks: boolean): IReminderMessage => ({
    subject,
    body: frame(strings.RemindGreetingAll, reminders.flatMap((reminder) => [
      format(strings.RemindUnitOfHead, words.unitName(reminder.orgUnitId), reminder.head.name) + (unitLinks ? ` ${reminderPlace(reminder, words)}` : ''),
      ...items(reminder, perUnit, false, words)
    ]), unitLinks ? strings.RemindWhereEach : format(strings.RemindWhere, words.hrefFor({ view: 'myUnit', orgUnitId: reminders[0]?.orgUnitId ?? 0 })), words)
  });
  const most = Math.max(0, ...reminders.map((reminder) => reminder.gaps.length));
  for (let perUnit = most; perUnit >= 0; perUnit -= 1) {
    const message = compose(perUnit, true);
    if (linkLength(heads, message) <= linkLimit) return message;
  }
  return compose(0, false);
}
