// "Påminn": who is behind for the period and what they lack, each with a Teams chat and an e-mail
// ready to send, and all of them at once. Nothing is sent from here: the user's own Teams or mail
// program opens with the text, and the user sends it. Opening one records the reminder (to whom,
// about which units, how; who and when are SharePoint's), shown beside each recipient after.

import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { FollowUpPeriod, Person, YearPicture } from '../../../domain/model';
import { computeCoverageSummary } from '../../../domain/summary/computeCoverageSummary';
import { everySummary } from '../../../domain/summary/regionSummary';
import { forvaltningIdOf, orgUnitsById } from '../../../domain/organisation';
import {
  lastReminderOf, recipientsOf, remindersFor, type Reminder, type ReminderAudience, type ReminderChannel, type SentReminder
} from '../../../domain/reminders/reminders';
import { newClientKey } from '../../edit/clientKey';
import { formatDateTime } from '../../edit/dates';
import { failedText, forbiddenText } from '../../edit/refusalText';
import { DialogShell } from '../../edit/DialogShell';
import { deadlineText, periodName } from '../../common/summaryText';
import { usePeriodSettings } from '../../common/usePeriodSettings';
import { joinList } from '../../common/text';
import { useEditingClassNames } from '../../common/workspaceStyles';
import { format } from '../../format';
import { useServices } from '../../services/services';
import { gapNames, gapText } from '../../common/gapText';
import { indexPicture } from '../../common/pictureIndex';
import { addressOf, mailtoLink, teamsChatLink } from './reminderLinks';
import { targetHref, useNavigation } from '../../navigation';
import { reminderTo, reminderToAll, sentBackLine, type IReminderWords } from './reminderMessage';
import { useReadiness } from '../../common/useReadiness';
import { readinessByUnit } from '../../../domain/readiness/readiness';

export interface IRemindDialogProps {
  audience: ReminderAudience;
  picture: YearPicture;
  period: FollowUpPeriod;
  sender: Person;
  onClose: () => void;
}

type Headed = Reminder & { head: Person };

const linesShown = 5;

export function RemindDialog({ audience, picture, period, sender, onClose }: IRemindDialogProps): React.ReactElement {
  const { repository, strings, locale, today } = useServices();
  const periods = usePeriodSettings(period.year);
  const settings = periods.loaded === undefined ? undefined : periods.of(period);
  // Those marked ready are not reminded; a mark sent back is.
  const { events: readinessEvents } = useReadiness(period.year);
  const classNames = useEditingClassNames();
  const [sent, setSent] = React.useState<readonly SentReminder[]>([]);
  const [notRecorded, setNotRecorded] = React.useState<string | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    // Who was reminded before is a help, not a need: without it the dialog still reminds.
    repository.remindersSent(period.year).then((found) => { if (mounted.current) setSent(found); }, () => undefined);
    return () => { mounted.current = false; };
  }, [repository, period.year]);
  const record = React.useCallback((channel: ReminderChannel, to: readonly Headed[]): void => {
    const reminder = {
      year: period.year, periodKind: period.kind, channel, sentBy: sender,
      orgUnitIds: to.map((each) => each.orgUnitId), recipients: recipientsOf(to).map((person) => person.login)
    };
    repository.recordReminder(reminder, newClientKey()).then((outcome) => {
      if (!mounted.current) return;
      if (outcome.kind === 'saved') {
        setSent((before) => [...before, outcome.value]);
        setNotRecorded(undefined);
        return;
      }
      const why = outcome.kind === 'forbidden' ? forbiddenText(outcome.action, strings)
        : outcome.kind === 'failed' ? failedText(outcome.cause, strings) : failedText('rejected', strings);
      setNotRecorded(format(strings.RemindNotRecorded, why));
    }, () => undefined);
  }, [repository, period, sender, strings]);
  const navigation = useNavigation();
  const { reminders, words } = React.useMemo(() => {
    // A department head's units: their förvaltning's summary; the regional staff: every förvaltning's.
    const summaries = audience.kind === 'unitHeads'
      ? [computeCoverageSummary(picture, period, { forvaltningId: forvaltningIdOf(audience.departmentId, orgUnitsById(picture.orgUnits)) })]
      : everySummary(picture, period);
    const index = indexPicture(picture);
    const names = gapNames(summaries[0], index, strings);
    const readiness = readinessByUnit(readinessEvents, period);
    const found = summaries.flatMap((summary) => remindersFor(summary, picture.orgUnits, audience, readiness));
    const unitName = (id: number): string => index.orgUnit(id)?.name ?? String(id);
    // Outside the app root (a view alone) the places are on this page.
    const hrefFor = navigation?.hrefFor ?? ((target) => targetHref(target, {}, window.location.href));
    const wording: IReminderWords = { strings, locale, names, unitName, period, settings, today, sender, hrefFor };
    return { reminders: found, words: wording };
  }, [picture, period, settings, audience, strings, locale, today, sender, navigation, readinessEvents]);
  const headed = reminders.filter((reminder): reminder is Headed => reminder.head !== undefined);
  const headless = reminders.filter((reminder) => reminder.head === undefined);
  const recipients = recipientsOf(headed);
  const all = reminderToAll(headed, words);
  const title = format(audience.kind === 'departmentHeads' ? strings.RemindTitleDepartmentHeads : strings.RemindTitleUnitHeads, periodName(period, strings));

  return (
    <DialogShell title={title} onDismiss={onClose} maxWidth={720} dismissText={strings.EditClose}>
      <Stack tokens={{ childrenGap: 12 }}>
        <p className={classNames.text}>{deadlineText(period, today, strings, locale, settings)}</p>
        {reminders.length === 0 ? (
          <MessageBar messageBarType={MessageBarType.success} isMultiline>{format(strings.RemindNobody, periodName(period, strings))}</MessageBar>
        ) : null}
        {headless.length > 0 ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {format(strings.RemindNoHead, joinList(headless.map((reminder) => words.unitName(reminder.orgUnitId)), strings.ListAnd))}
          </MessageBar>
        ) : null}
        {notRecorded === undefined ? null : <MessageBar messageBarType={MessageBarType.warning} isMultiline>{notRecorded}</MessageBar>}
        {recipients.length > 1 ? (
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <DefaultButton href={teamsChatLink(recipients.map((person) => person.login), all.subject, all.body)} target="_blank" rel="noopener noreferrer"
              text={format(strings.RemindAllTeams, recipients.length)} onClick={() => record('teams', headed)} />
            <DefaultButton href={mailtoLink(recipients.map(addressOf), all.subject, all.body)}
              text={format(strings.RemindAllEmail, recipients.length)} onClick={() => record('email', headed)} />
          </Stack>
        ) : null}
        {headed.length > 0 ? (
          <ul className={classNames.text} style={{ paddingLeft: 20, margin: 0 }} aria-label={format(strings.RemindListLabel, headed.length)}>
            {headed.map((reminder) => (
              <ReminderItem key={reminder.orgUnitId} reminder={reminder} words={words} last={lastReminderOf(reminder.orgUnitId, period.kind, sent)}
                onOpen={(channel) => record(channel, [reminder])} subtle={classNames.subtle} />
            ))}
          </ul>
        ) : null}
      </Stack>
    </DialogShell>
  );
}

interface IReminderItemProps {
  reminder: Headed;
  words: IReminderWords;
  last: SentReminder | undefined;
  onOpen: (channel: ReminderChannel) => void;
  subtle: string;
}

function ReminderItem({ reminder, words, last, onOpen, subtle }: IReminderItemProps): React.ReactElement {
  const { strings, locale } = words;
  const message = reminderTo(reminder, words);
  const unit = words.unitName(reminder.orgUnitId);
  const sentBack = sentBackLine(reminder, words);
  const lines = [...(sentBack === undefined ? [] : [sentBack]), ...reminder.gaps.map((gap) => gapText(gap, words.names, strings))];
  return (
    <li style={{ marginBottom: 12 }}>
      <strong>{unit}</strong>{` — ${reminder.head.name}`}
      <ul style={{ paddingLeft: 20, margin: '4px 0' }}>
        {lines.slice(0, linesShown).map((line) => <li key={line}>{line}</li>)}
        {lines.length > linesShown ? <li>{format(strings.RemindMore, lines.length - linesShown)}</li> : null}
      </ul>
      <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
        <Link href={teamsChatLink([reminder.head.login], message.subject, message.body)} target="_blank" rel="noopener noreferrer"
          aria-label={format(strings.RemindTeamsLabel, reminder.head.name)} onClick={() => onOpen('teams')}>{strings.RemindTeams}</Link>
        <Link href={mailtoLink([addressOf(reminder.head)], message.subject, message.body)}
          aria-label={format(strings.RemindEmailLabel, reminder.head.name)} onClick={() => onOpen('email')}>{strings.RemindEmail}</Link>
      </Stack>
      {last === undefined ? null : (
        <div className={subtle}>
          {format(strings.RemindLast, formatDateTime(last.sentAt, locale), last.sentBy.name,
            last.channel === 'teams' ? strings.RemindChannelTeams : strings.RemindChannelEmail)}
        </div>
      )}
    </li>
  );
}
