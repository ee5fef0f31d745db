// A reminder in words: to one head, what their unit lacks for the period; to several at once, the
// same per unit under each head's name. Lines are the gap list's own texts. Mail programs and
// Teams take links of about 2,000 characters, so a long list is cut with "and N more" and the rest
// is left to the web part, where each head sees it whole.

import type { FollowUpPeriod, IsoDate, Person } from '../../../domain/model';
import type { Reminder } from '../../../domain/reminders/reminders';
import { deadlineText, periodName } from '../../common/summaryText';
import type { PeriodSettings } from '../../../domain/periodSettings';
import type { UiLocale } from '../../common/text';
import { format } from '../../format';
import { gapText, type IGapNames } from '../../common/gapText';

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
}

export interface IReminderMessage {
  subject: string;
  body: string;
}

/** The characters a message's own lines may take: what is left of a link's 2,000 after addresses and encoding. */
export const messageBudget = 900;

function firstName(person: Person): string {
  return person.name.split(/\s+/)[0] || person.name;
}

/** As many of the lines as fit in `budget` characters, and "… and N more" for the rest. */
function fitted(lines: readonly string[], budget: number, strings: IMiljomalWebPartStrings): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const item = `- ${line}`;
    if (kept.length > 0 && used + item.length > budget) return [...kept, format(strings.RemindMore, lines.length - index)];
    kept.push(item);
    used += item.length + 1;
  }
  return kept;
}

function linesOf(reminder: Reminder, words: IReminderWords): string[] {
  return reminder.gaps.map((gap) => gapText(gap, words.names, words.strings));
}

function frame(greeting: string, middle: string[], words: IReminderWords): string {
  const { strings } = words;
  return [greeting, '', deadlineText(words.period, words.today, strings, words.locale, words.settings), '', ...middle, '', strings.RemindWhere, '',
    format(strings.RemindSignature, words.sender.name)].join('\n');
}

export function reminderTo(reminder: Reminder & { head: Person }, words: IReminderWords): IReminderMessage {
  const { strings } = words;
  const unit = words.unitName(reminder.orgUnitId);
  return {
    subject: format(strings.RemindSubject, periodName(words.period, strings), unit),
    body: frame(format(strings.RemindGreeting, firstName(reminder.head)),
      [format(strings.RemindMissingFor, unit), ...fitted(linesOf(reminder, words), messageBudget, strings)], words)
  };
}

/** One message to every head: each unit's lines under its head's name, sharing the budget. */
export function reminderToAll(reminders: ReadonlyArray<Reminder & { head: Person }>, words: IReminderWords): IReminderMessage {
  const { strings } = words;
  const share = Math.max(120, Math.floor(messageBudget / Math.max(1, reminders.length)));
  const middle = reminders.flatMap((reminder) => [
    format(strings.RemindUnitOfHead, words.unitName(reminder.orgUnitId), reminder.head.name),
    ...fitted(linesOf(reminder, words), share, strings)
  ]);
  return {
    subject: format(strings.RemindSubjectAll, periodName(words.period, strings)),
    body: frame(strings.RemindGreetingAll, middle, words)
  };
}
