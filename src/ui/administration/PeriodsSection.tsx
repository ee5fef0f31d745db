// Perioder, for the regional staff: each period of the year with its opening day and deadline
// (unset: the region's defaults) and its state. Closing makes its follow-ups read-only for the
// heads in SharePoint itself; reopening gives them back. Who closed and reopened, and when, is
// SharePoint's record of each, shown as it is read.
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { periodKey, periodsOfYear, samePeriod } from '../../domain/period';
import { datesProblem, defaultDeadline, defaultOpening } from '../../domain/deadlines';
import { isPeriodClosed, type PeriodDates, type PeriodDatesProblem, type PeriodSettings } from '../../domain/periodSettings';
import type { StrayFollowUp, WriteOutcome } from '../../ports';
import { formatCount, joinList } from '../common/text';
import { deadlineText, periodName } from '../common/summaryText';
import { usePeriodSettings } from '../common/usePeriodSettings';
import { useUniqueId } from '../common/useUniqueId';
import { useEditingClassNames } from '../common/workspaceStyles';
import { newClientKey } from '../edit/clientKey';
import { DialogShell } from '../edit/DialogShell';
import { formatDate, formatDateTime } from '../edit/dates';
import { failedText, forbiddenText } from '../edit/refusalText';
import { format } from '../format';
import { DateField } from '../common/DateField';
import { useServices } from '../services/services';

export interface IPeriodsSectionProps {
  year: number;
  announce: (message: string) => void;
  /** An activity's title by id, for the follow-ups found outside a closed period's folder. */
  activityTitle: (activityId: number) => string;
}

export function PeriodsSection({ year, announce, activityTitle }: IPeriodsSectionProps): React.ReactElement {
  const { repository, strings } = useServices();
  const classNames = useEditingClassNames();
  const periods = usePeriodSettings(year);
  // Follow-ups SharePoint could not hold (added past the web part outside a closed period's
  // folder): looked for whenever a period of the year is closed, said on that period.
  const closedKeys = (periods.loaded?.periods ?? []).filter(isPeriodClosed).map((settings) => periodKey(settings.period)).join(',');
  const [strays, setStrays] = React.useState<readonly StrayFollowUp[]>([]);
  React.useEffect(() => {
    let live = true;
    setStrays([]);
    if (closedKeys !== '') repository.strayFollowUps(year).then((found) => { if (live) setStrays(found); }, () => undefined);
    return () => { live = false; };
  }, [repository, year, closedKeys]);
  const heading = format(strings.AdminPeriodsHeading, year);
  return (
    <section className={classNames.section} aria-label={heading}>
      <h3 className={classNames.heading}>{heading}</h3>
      <p className={classNames.subtle}>{strings.AdminPeriodsIntro}</p>
      {periods.failed ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text={strings.AdminPeriodsRetry} onClick={periods.reload} />}>
          {strings.AdminPeriodsReadFailed}
        </MessageBar>
      ) : null}
      {periods.loaded === undefined ? (periods.failed ? null : <p className={classNames.subtle}>{strings.AdminPeriodsLoading}</p>) : (
        <Stack tokens={{ childrenGap: 24 }}>
          {periodsOfYear(year).map((period) => (
            <PeriodCard key={periodKey(period)} settings={periods.of(period)} version={periods.loaded?.versions[period.kind]}
              onSaved={periods.put} announce={announce}
              strays={strays.filter((stray) => samePeriod(stray.period, period)).map((stray) => activityTitle(stray.activityId))} />
          ))}
        </Stack>
      )}
    </section>
  );
}

interface IPeriodCardProps {
  /** The activities of follow-ups found outside the closed period's locked folder. */
  strays: readonly string[];
  settings: PeriodSettings;
  version: string | undefined;
  onSaved: (settings: PeriodSettings, version: string | undefined) => void;
  announce: (message: string) => void;
}

type Notice = { kind: 'problem' | 'conflict'; text: string } | undefined;

function problemText(problem: PeriodDatesProblem, strings: IMiljomalWebPartStrings): string {
  return problem === 'deadlineBeforeOpening' ? strings.AdminPeriodDeadlineBeforeOpening : strings.AdminPeriodNotADate;
}

function refusalOf(outcome: Exclude<WriteOutcome<PeriodSettings>, { kind: 'saved' } | { kind: 'conflict' }>, strings: IMiljomalWebPartStrings): string {
  switch (outcome.kind) {
    case 'forbidden': return forbiddenText(outcome.action, strings);
    case 'failed': return failedText(outcome.cause, strings);
    case 'gone': return strings.AdminPeriodGone;
  }
}

function PeriodCard({ settings, version, onSaved, announce, strays }: IPeriodCardProps): React.ReactElement {
  const { repository, strings, locale, today } = useServices();
  const classNames = useEditingClassNames();
  const { period } = settings;
  const name = periodName(period, strings);
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  const headingId = useUniqueId('miljomal-period');
  const [opensOn, setOpensOn] = React.useState(settings.opensOn ?? '');
  const [deadline, setDeadline] = React.useState(settings.deadline ?? '');
  const [tried, setTried] = React.useState(false);
  const [busy, setBusy] = React.useState<'dates' | 'close' | 'reopen' | undefined>(undefined);
  const [confirming, setConfirming] = React.useState<'close' | 'reopen' | undefined>(undefined);
  const [notice, setNotice] = React.useState<Notice>(undefined);
  const closed = isPeriodClosed(settings);
  const dates: PeriodDates = { opensOn: opensOn === '' ? undefined : opensOn, deadline: deadline === '' ? undefined : deadline };
  const problem = datesProblem(period, dates);
  const changed = dates.opensOn !== settings.opensOn || dates.deadline !== settings.deadline;

  const saveDates = async (): Promise<void> => {
    setTried(true);
    if (problem !== undefined) return;
    setBusy('dates');
    setNotice(undefined);
    const outcome = await repository.setPeriodDates(period, dates, version);
    setBusy(undefined);
    if (outcome.kind === 'saved') {
      onSaved(outcome.value, outcome.etag);
      setTried(false);
      announce(format(strings.AdminPeriodDatesSaved, name));
      return;
    }
    if (outcome.kind === 'conflict') {
      // Theirs is now the version a save goes over; what was typed stays in the fields.
      onSaved(outcome.current, outcome.etag);
      setNotice({ kind: 'conflict', text: format(strings.AdminPeriodDatesConflict, outcome.current.datesSetBy?.name ?? '',
        formatDate(outcome.current.opensOn ?? defaultOpening(period), locale), formatDate(outcome.current.deadline ?? defaultDeadline(period), locale)) });
      return;
    }
    setNotice({ kind: 'problem', text: refusalOf(outcome, strings) });
  };

  const changeState = async (kind: 'close' | 'reopen'): Promise<void> => {
    setConfirming(undefined);
    setBusy(kind);
    setNotice(undefined);
    const outcome = kind === 'close' ? await repository.closePeriod(period, newClientKey()) : await repository.reopenPeriod(period, newClientKey());
    setBusy(undefined);
    if (outcome.kind === 'saved') {
      onSaved(outcome.value, outcome.etag === '' ? undefined : outcome.etag);
      announce(format(kind === 'close' ? strings.AdminPeriodClosedAnnounce : strings.AdminPeriodReopenedAnnounce, title));
      return;
    }
    if (outcome.kind === 'conflict') {
      onSaved(outcome.current, undefined);
      return;
    }
    setNotice({ kind: 'problem', text: refusalOf(outcome, strings) });
  };

  return (
    <section aria-labelledby={headingId} className={classNames.section}>
      <h4 id={headingId} className={classNames.subheading}>{title}</h4>
      <p className={classNames.text}>
        <strong>{closed ? strings.AdminPeriodStateClosed : strings.AdminPeriodStateOpen}</strong>{' '}
        {closed ? strings.AdminPeriodClosedMeans : strings.AdminPeriodOpenMeans}
        {/* An open period's deadline as Min enhet and the summary say it, by the same today. */}
        {closed ? null : <> {deadlineText(period, today, strings, locale, settings)}</>}
      </p>
      <Stack horizontal wrap tokens={{ childrenGap: 16 }} verticalAlign="end">
        <DateField label={strings.AdminPeriodOpensOn} value={opensOn} onChange={(_event, value) => setOpensOn(value ?? '')}
          description={format(strings.AdminPeriodDefault, formatDate(defaultOpening(period), locale))} />
        <DateField label={strings.AdminPeriodDeadline} value={deadline} onChange={(_event, value) => setDeadline(value ?? '')}
          description={format(strings.AdminPeriodDefault, formatDate(defaultDeadline(period), locale))}
          errorMessage={tried && problem !== undefined ? problemText(problem, strings) : undefined} />
        <PrimaryButton text={busy === 'dates' ? strings.AdminPeriodSaving : strings.AdminPeriodSaveDates} disabled={busy !== undefined || !changed}
          onClick={() => { saveDates().catch(() => undefined); }} aria-describedby={headingId} />
      </Stack>
      {settings.datesSetAt === undefined ? null : (
        <p className={classNames.subtle}>{format(strings.AdminPeriodDatesSetBy, settings.datesSetBy?.name ?? '', formatDateTime(settings.datesSetAt, locale))}</p>
      )}
      {closed && strays.length > 0 ? (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          {format(strays.length === 1 ? strings.AdminPeriodStrayOne : strings.AdminPeriodStrays, formatCount(strays.length, locale), name,
            joinList(strays.map((title) => `”${title}”`), strings.ListAnd))}
        </MessageBar>
      ) : null}
      {notice === undefined ? null : (
        <MessageBar messageBarType={notice.kind === 'conflict' ? MessageBarType.warning : MessageBarType.error} isMultiline
          onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.AdminPeriodDismiss}>
          {notice.text}
        </MessageBar>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {closed ? (
          <DefaultButton text={busy === 'reopen' ? strings.AdminPeriodReopening : strings.AdminPeriodReopen} disabled={busy !== undefined}
            onClick={() => setConfirming('reopen')} aria-describedby={headingId} />
        ) : (
          <DefaultButton text={busy === 'close' ? strings.AdminPeriodClosing : strings.AdminPeriodClose} disabled={busy !== undefined}
            onClick={() => setConfirming('close')} aria-describedby={headingId} />
        )}
      </Stack>
      {settings.events.length === 0 ? null : (
        <ul className={classNames.list} aria-label={format(strings.AdminPeriodHistory, name)}>
          {settings.events.map((event) => (
            <li key={event.id} className={classNames.text}>
              {format(event.kind === 'closed' ? strings.AdminPeriodClosedBy : strings.AdminPeriodReopenedBy, event.by.name || event.by.login, formatDateTime(event.at, locale))}
            </li>
          ))}
        </ul>
      )}
      {confirming === undefined ? null : (
        <DialogShell
          title={format(confirming === 'close' ? strings.AdminPeriodCloseTitle : strings.AdminPeriodReopenTitle, name)}
          onDismiss={() => setConfirming(undefined)}
          confirm={{ text: confirming === 'close' ? strings.AdminPeriodClose : strings.AdminPeriodReopen, onClick: () => { changeState(confirming).catch(() => undefined); } }}
        >
          <p className={classNames.text}>{confirming === 'close' ? strings.AdminPeriodCloseExplained : strings.AdminPeriodReopenExplained}</p>
        </DialogShell>
      )}
    </section>
  );
}

