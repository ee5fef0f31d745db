// Min enhet's klarmarkering: how the unit's part of the open period stands, and the unit head's one
// action on it: mark it ready (saying why when some activities are not followed up) or take the mark
// back, until the department marks itself ready. A mark sent back shows the department head's words.
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { FollowUpPeriod, IsoDate, OrgUnit, YearPicture } from '../../domain/model';
import type { PeriodSettings } from '../../domain/periodSettings';
import { readinessOf, type ReadinessEvent } from '../../domain/readiness/readiness';
import type { Actor } from '../../domain/rules/actor';
import { mayOfferReadiness, missingFollowUps, type ReadinessContext } from '../../domain/rules/readinessRules';
import { LiveRegion, useAnnouncement } from '../common/LiveRegion';
import { ReadinessLine } from '../common/ReadinessLine';
import type { IReadinessState } from '../common/useReadiness';
import { useUniqueId } from '../common/useUniqueId';
import { periodName } from '../common/summaryText';
import { useEditClassNames } from '../edit/editStyles';
import { ReadinessDialog } from '../edit/ReadinessDialog';
import { format } from '../format';
import { useServices } from '../services/services';

export interface IUnitReadinessProps {
  unit: OrgUnit;
  picture: YearPicture;
  actor: Actor;
  period: FollowUpPeriod;
  settings?: PeriodSettings;
  readiness: IReadinessState;
  today: IsoDate;
}

export function UnitReadiness(props: IUnitReadinessProps): React.ReactElement | null {
  const { unit, picture, actor, period, settings, readiness, today } = props;
  const { strings } = useServices();
  const classNames = useEditClassNames();
  const headingId = useUniqueId('readiness');
  const [open, setOpen] = React.useState<'ready' | 'takenBack' | undefined>(undefined);
  const [announcement, announce] = useAnnouncement();
  const context: ReadinessContext = { picture, events: readiness.events, openPeriod: period, settings, today };
  const state = readinessOf(readiness.events, unit.id, period);
  const departmentId = unit.parentId;
  const departmentReady = departmentId !== undefined && readinessOf(readiness.events, departmentId, period).state === 'ready';
  const missing = missingFollowUps(picture, unit.id, period, today, settings);
  const when = periodName(period, strings);
  const saved = (event: ReadinessEvent): void => {
    readiness.add(event);
    setOpen(undefined);
    announce(event.kind === 'ready' ? format(strings.ReadySavedReady, unit.name, when) : format(strings.ReadySavedTakenBack, unit.name));
  };
  if (readiness.failed) return <p className={classNames.subtle}>{strings.ReadyReadFailed}</p>;
  if (!readiness.loaded) return null;
  const mayMark = state.state !== 'ready' && mayOfferReadiness(actor, { period, orgUnitId: unit.id, kind: 'ready' }, context);
  const mayTakeBack = state.state === 'ready' && mayOfferReadiness(actor, { period, orgUnitId: unit.id, kind: 'takenBack' }, context);
  const intro = missing === 0 ? format(strings.ReadyUnitAllDone, when)
    : missing === 1 ? format(strings.ReadyUnitMissingOne, when) : format(strings.ReadyUnitMissing, missing, when);
  return (
    <section aria-labelledby={headingId} className={classNames.choices} data-readiness-for={unit.id}>
      <h4 id={headingId} className={classNames.subheading}>{format(strings.ReadyHeading, when)}</h4>
      <ReadinessLine name={unit.name} readiness={state} />
      {departmentReady && state.state === 'ready' ? (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>{strings.ReadyDepartmentLocked}</MessageBar>
      ) : null}
      {mayMark ? (
        <div>
          <PrimaryButton text={format(strings.ReadyMarkUnit, when)} aria-describedby={headingId} onClick={() => setOpen('ready')} />
        </div>
      ) : null}
      {mayTakeBack ? (
        <div>
          <DefaultButton text={strings.ReadyTakeBack} aria-describedby={headingId} onClick={() => setOpen('takenBack')} />
        </div>
      ) : null}
      <LiveRegion announcement={announcement} visible bringIntoView className={classNames.confirmation} />
      {open === 'ready' ? (
        <ReadinessDialog
          draft={{ period, orgUnitId: unit.id, kind: 'ready' }}
          actor={actor}
          context={context}
          title={format(strings.ReadyUnitTitle, unit.name, when)}
          intro={intro}
          comment={missing > 0 ? 'required' : 'optional'}
          commentLabel={missing > 0 ? strings.ReadyReasonLabel : strings.ReadyCommentOptionalLabel}
          confirmText={format(strings.ReadyMarkUnit, when)}
          onSaved={saved}
          onDismiss={() => setOpen(undefined)}
        />
      ) : null}
      {open === 'takenBack' ? (
        <ReadinessDialog
          draft={{ period, orgUnitId: unit.id, kind: 'takenBack' }}
          actor={actor}
          context={context}
          title={format(strings.ReadyTakeBackTitle, unit.name)}
          intro={format(strings.ReadyTakeBackIntro, unit.name)}
          comment="none"
          confirmText={strings.ReadyTakeBack}
          onSaved={saved}
          onDismiss={() => setOpen(undefined)}
        />
      ) : null}
    </section>
  );
}
