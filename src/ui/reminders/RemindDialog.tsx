// "Påminn": who is behind for the period and what they lack, each with a Teams chat and an e-mail
// ready to send, and all of them at once. Nothing is sent from here: the user's own Teams or mail
// program opens with the text, and the user sends it.

import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { FollowUpPeriod, Person, YearPicture } from '../../domain/model';
import { computeCoverageSummary } from '../../domain/summary/computeCoverageSummary';
import { recipientsOf, remindersFor, type Reminder, type ReminderAudience } from '../../domain/reminders/reminders';
import { DialogShell } from '../edit/DialogShell';
import { deadlineText, periodName } from '../common/summaryText';
import { joinList } from '../common/text';
import { useEditingClassNames } from '../common/workspaceStyles';
import { format } from '../format';
import { useServices } from '../services/services';
import { gapNames, gapText } from '../summary/gapText';
import { indexPicture } from '../summary/pictureIndex';
import { mailtoLink, teamsChatLink } from './reminderLinks';
import { reminderTo, reminderToAll, type IReminderWords } from './reminderMessage';

export interface IRemindDialogProps {
  audience: ReminderAudience;
  picture: YearPicture;
  period: FollowUpPeriod;
  sender: Person;
  onClose: () => void;
}

type Headed = Reminder & { head: Person };

const linesShown = 5;

const addressOf = (person: Person): string => person.email ?? person.login;

export function RemindDialog({ audience, picture, period, sender, onClose }: IRemindDialogProps): React.ReactElement {
  const { strings, locale, today } = useServices();
  const classNames = useEditingClassNames();
  const { reminders, words } = React.useMemo(() => {
    const summary = computeCoverageSummary(picture, period);
    const index = indexPicture(picture);
    const names = gapNames(summary, index, strings);
    const found = remindersFor(summary, picture.orgUnits, audience);
    const unitName = (id: number): string => index.orgUnit(id)?.name ?? String(id);
    const wording: IReminderWords = { strings, locale, names, unitName, period, today, sender };
    return { reminders: found, words: wording };
  }, [picture, period, audience, strings, locale, today, sender]);
  const headed = reminders.filter((reminder): reminder is Headed => reminder.head !== undefined);
  const headless = reminders.filter((reminder) => reminder.head === undefined);
  const recipients = recipientsOf(headed);
  const all = reminderToAll(headed, words);
  const title = format(audience.kind === 'departmentHeads' ? strings.RemindTitleDepartmentHeads : strings.RemindTitleUnitHeads, periodName(period, strings));

  return (
    <DialogShell title={title} onDismiss={onClose} maxWidth={720} dismissText={strings.EditClose}>
      <Stack tokens={{ childrenGap: 12 }}>
        <p className={classNames.text}>{deadlineText(period, today, strings, locale)}</p>
        {reminders.length === 0 ? (
          <MessageBar messageBarType={MessageBarType.success} isMultiline>{format(strings.RemindNobody, periodName(period, strings))}</MessageBar>
        ) : null}
        {headless.length > 0 ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {format(strings.RemindNoHead, joinList(headless.map((reminder) => words.unitName(reminder.orgUnitId)), strings.ListAnd))}
          </MessageBar>
        ) : null}
        {recipients.length > 1 ? (
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <DefaultButton href={teamsChatLink(recipients.map((person) => person.login), all.subject, all.body)} target="_blank" rel="noopener noreferrer"
              text={format(strings.RemindAllTeams, recipients.length)} />
            <DefaultButton href={mailtoLink(recipients.map(addressOf), all.subject, all.body)}
              text={format(strings.RemindAllEmail, recipients.length)} />
          </Stack>
        ) : null}
        {headed.length > 0 ? (
          <ul className={classNames.text} style={{ paddingLeft: 20, margin: 0 }} aria-label={format(strings.RemindListLabel, headed.length)}>
            {headed.map((reminder) => <ReminderItem key={reminder.orgUnitId} reminder={reminder} words={words} />)}
          </ul>
        ) : null}
      </Stack>
    </DialogShell>
  );
}

function ReminderItem({ reminder, words }: { reminder: Headed; words: IReminderWords }): React.ReactElement {
  const { strings } = words;
  const message = reminderTo(reminder, words);
  const unit = words.unitName(reminder.orgUnitId);
  const lines = reminder.gaps.map((gap) => gapText(gap, words.names, strings));
  return (
    <li style={{ marginBottom: 12 }}>
      <strong>{unit}</strong>{` — ${reminder.head.name}`}
      <ul style={{ paddingLeft: 20, margin: '4px 0' }}>
        {lines.slice(0, linesShown).map((line) => <li key={line}>{line}</li>)}
        {lines.length > linesShown ? <li>{format(strings.RemindMore, lines.length - linesShown)}</li> : null}
      </ul>
      <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
        <Link href={teamsChatLink([reminder.head.login], message.subject, message.body)} target="_blank" rel="noopener noreferrer"
          aria-label={format(strings.RemindTeamsLabel, reminder.head.name)}>{strings.RemindTeams}</Link>
        <Link href={mailtoLink([addressOf(reminder.head)], message.subject, message.body)}
          aria-label={format(strings.RemindEmailLabel, reminder.head.name)}>{strings.RemindEmail}</Link>
      </Stack>
    </li>
  );
}
