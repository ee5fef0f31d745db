// The department head's klarmarkering in the roll-up: each unit ready, ready after the deadline, not
// ready, late or sent back, with who marked it and what they said; a ready unit's mark can be sent
// back with a comment; the department marks itself ready with an optional sentence for the report.
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import type { FollowUpPeriod, OrgUnit, YearPicture } from '../../domain/model';
import { periodDeadline } from '../../domain/deadlines';
import type { PeriodSettings } from '../../domain/periodSettings';
import { readinessByUnit, readinessIn, readinessStatus, type ReadinessEvent, type ReadinessStatus } from '../../domain/readiness/readiness';
import type { Actor } from '../../domain/rules/actor';
import { mayOfferReadiness, type ReadinessContext } from '../../domain/rules/readinessRules';
import { LiveRegion, useAnnouncement } from '../common/LiveRegion';
import { ReadinessLine } from '../common/ReadinessLine';
import { formatDateTime } from '../edit/dates';
import { ScrollRegion } from '../common/ScrollRegion';
import { periodName } from '../common/summaryText';
import { useReadiness } from '../common/useReadiness';
import { useEditingClassNames } from '../common/workspaceStyles';
import { useEditClassNames } from '../edit/editStyles';
import { ReadinessDialog } from '../edit/ReadinessDialog';
import { format } from '../format';
import { useServices } from '../services/services';

export interface IDepartmentReadinessProps {
  picture: YearPicture;
  department: OrgUnit;
  units: readonly OrgUnit[];
  period: FollowUpPeriod;
  settings: PeriodSettings;
  actor: Actor;
}

type Open = { kind: 'ready' | 'takenBack' } | { kind: 'sentBack'; unit: OrgUnit };

export function statusText(status: ReadinessStatus, strings: IMiljomalWebPartStrings): string {
  switch (status) {
    case 'ready': return strings.ReadyStatus_ready;
    case 'readyLate': return strings.ReadyStatus_readyLate;
    case 'notReady': return strings.ReadyStatus_notReady;
    case 'late': return strings.ReadyStatus_late;
    case 'sentBack': return strings.ReadyStatus_sentBack;
  }
}

export function DepartmentReadiness(props: IDepartmentReadinessProps): React.ReactElement | null {
  const { picture, department, units, period, settings, actor } = props;
  const { strings, locale, today } = useServices();
  const classNames = useEditingClassNames();
  const editClassNames = useEditClassNames();
  const readiness = useReadiness(period.year);
  const [open, setOpen] = React.useState<Open | undefined>(undefined);
  const [announcement, announce] = useAnnouncement();
  const headingId = `miljomal-readiness-${department.id}`;
  const states = React.useMemo(() => readinessByUnit(readiness.events, period), [readiness.events, period]);
  if (readiness.failed) return <p className={classNames.subtle}>{strings.ReadyReadFailed}</p>;
  if (!readiness.loaded) return null;
  const context: ReadinessContext = { picture, events: readiness.events, openPeriod: period, settings, today };
  const may = (kind: ReadinessEvent['kind'], orgUnitId: number): boolean => mayOfferReadiness(actor, { period, orgUnitId, kind }, context);
  const when = periodName(period, strings);
  const deadline = periodDeadline(period, settings);
  const own = readinessIn(states, department.id);
  const saved = (event: ReadinessEvent): void => {
    readiness.add(event);
    setOpen(undefined);
    const name = event.orgUnitId === department.id ? department.name : units.find((unit) => unit.id === event.orgUnitId)?.name ?? '';
    announce(event.kind === 'ready' ? format(strings.ReadySavedReady, name, when)
      : event.kind === 'sentBack' ? format(strings.ReadySavedSentBack, name) : format(strings.ReadySavedTakenBack, name));
  };
  return (
    <Stack as="section" aria-labelledby={headingId} data-department-readiness={department.id} tokens={{ childrenGap: 8 }}>
      <h4 id={headingId} className={classNames.subheading}>{format(strings.ReadyHeading, when)}</h4>
      {units.length === 0 ? null : (
        <ScrollRegion labelledBy={`${headingId}-units`}>
          <table className={classNames.table}>
            <caption id={`${headingId}-units`} className={classNames.caption}>{format(strings.ReadyUnitsCaption, department.name, when)}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.th}>{strings.RollupColumnUnit}</th>
                <th scope="col" className={classNames.th}>{strings.ReadyColumnState}</th>
                <th scope="col" className={classNames.th}>{strings.ReadyColumnWho}</th>
                <th scope="col" className={classNames.th}><span className={editClassNames.subtle}>{strings.ReadyColumnAction}</span></th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => {
                const state = readinessIn(states, unit.id);
                const comment = state.state === 'notReady' ? '' : state.comment.trim();
                return (
                  <tr key={unit.id} data-readiness-unit={unit.id}>
                    <th scope="row" className={classNames.rowHeader}>{unit.name}</th>
                    <td className={classNames.td}>{statusText(readinessStatus(state, deadline, today), strings)}</td>
                    <td className={classNames.td}>
                      {state.state === 'notReady' ? '' : format(strings.ReadyByShort, state.by.name || state.by.login, formatDateTime(state.at, locale))}
                      {comment === '' ? null : <> {format(strings.ReadyCommentQuoted, `”${comment}”`)}</>}
                    </td>
                    <td className={classNames.td}>
                      {state.state === 'ready' && may('sentBack', unit.id) ? (
                        <DefaultButton text={strings.ReadySendBack} ariaLabel={format(strings.ReadySendBackTitle, unit.name, when)}
                          onClick={() => setOpen({ kind: 'sentBack', unit })} />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <ReadinessLine name={department.name} readiness={own} className={classNames.text} />
      {own.state !== 'ready' && may('ready', department.id) ? (
        <div><PrimaryButton text={format(strings.ReadyMarkDepartment, department.name, when)} onClick={() => setOpen({ kind: 'ready' })} /></div>
      ) : null}
      {own.state === 'ready' && may('takenBack', department.id) ? (
        <div><DefaultButton text={strings.ReadyTakeBack} onClick={() => setOpen({ kind: 'takenBack' })} /></div>
      ) : null}
      <LiveRegion announcement={announcement} visible bringIntoView className={editClassNames.confirmation} />
      {open?.kind === 'sentBack' ? (
        <ReadinessDialog draft={{ period, orgUnitId: open.unit.id, kind: 'sentBack' }} actor={actor} context={context}
          title={format(strings.ReadySendBackTitle, open.unit.name, when)} intro={strings.ReadySendBackIntro}
          comment="required" commentLabel={strings.ReadySendBackLabel} confirmText={strings.ReadySendBack}
          onSaved={saved} onDismiss={() => setOpen(undefined)} />
      ) : null}
      {open?.kind === 'ready' ? (
        <ReadinessDialog draft={{ period, orgUnitId: department.id, kind: 'ready' }} actor={actor} context={context}
          title={format(strings.ReadyMarkDepartment, department.name, when)} intro={strings.ReadyDepartmentIntro}
          comment="optional" commentLabel={strings.ReadyDepartmentLabel} confirmText={format(strings.ReadyMarkDepartment, department.name, when)}
          onSaved={saved} onDismiss={() => setOpen(undefined)} />
      ) : null}
      {open?.kind === 'takenBack' ? (
        <ReadinessDialog draft={{ period, orgUnitId: department.id, kind: 'takenBack' }} actor={actor} context={context}
          title={format(strings.ReadyTakeBackTitle, department.name)} intro={format(strings.ReadyTakeBackIntro, department.name)}
          comment="none" confirmText={strings.ReadyTakeBack} onSaved={saved} onDismiss={() => setOpen(undefined)} />
      ) : null}
    </Stack>
  );
}
