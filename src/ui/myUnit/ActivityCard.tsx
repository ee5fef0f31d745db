import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { Activity, FollowUpPeriod, YearPicture } from '../../domain/model';
import { followUpHistory } from '../../domain/changes/followUpHistory';
import { comparePeriods, samePeriod } from '../../domain/period';
import type { Actor } from '../../domain/rules/actor';
import { canEditActivity } from '../../domain/rules/activityRules';
import { canRecordFollowUp } from '../../domain/rules/followUpRules';
import type { PeriodSettings } from '../../domain/periodSettings';

import { useUniqueId } from '../common/useUniqueId';
import { format } from '../format';
import { formatDate } from '../edit/dates';
import { deadlineState, periodDeadline } from '../../domain/deadlines';
import { useEditClassNames } from '../edit/editStyles';
import { PlainText } from '../edit/PlainText';
import { isTemporaryId } from '../edit/workspaceChanges';
import { periodName, statusText } from '../common/summaryText';
import { activityDetails } from '../common/activityDetails';
import { ConfirmationSlot, type IConfirmation } from './Confirmation';
import { FollowUpHistory, FollowUpText } from './FollowUpHistory';
import { useServices } from '../services/services';

export interface IActivityCardProps {
  activity: Activity;
  picture: YearPicture;
  actor: Actor;
  openPeriod: FollowUpPeriod;
  /** The open period as the staff set it: a closed one is read-only for the heads, its deadline theirs. */
  openSettings?: PeriodSettings;
  /** The last save's confirmation: shown at the card's foot when its editor was opened here. */
  confirmation?: IConfirmation;
  onEdit(activity: Activity): void;
  onFollowUp(activity: Activity): void;
}

/**
 * One activity: its facts, its description as typed, the follow-up of the open period and the
 * earlier periods read-only. The buttons appear only when the domain rules allow the action.
 */
export function ActivityCard(props: IActivityCardProps): React.ReactElement {
  const { activity, picture, actor, openPeriod, openSettings } = props;
  const { strings, locale, today } = useServices();
  const classNames = useEditClassNames();
  const titleId = useUniqueId('activity');
  const pending = isTemporaryId(activity.id);
  const mayEdit = !pending && canEditActivity(actor, activity.id, picture).ok;
  const mayFollowUp = !pending && canRecordFollowUp(actor, { activityId: activity.id, period: openPeriod }, picture, openPeriod, openSettings).ok;
  const history = followUpHistory(picture.followUps, activity.id);
  const current = history.find((followUp) => samePeriod(followUp.period, openPeriod));
  const earlier = history.filter((followUp) => comparePeriods(followUp.period, openPeriod) < 0);
  const period = periodName(openPeriod, strings);
  const notSet = strings.UnitDateNotSet;
  const dates = activity.startDate === undefined && activity.endDate === undefined
    ? notSet
    : `${formatDate(activity.startDate, locale) || notSet} – ${formatDate(activity.endDate, locale) || notSet}`;

  return (
    <article className={classNames.card} aria-labelledby={titleId} tabIndex={-1} data-activity={activity.id}>
      <div className={classNames.cardHeader}>
        <h5 id={titleId} className={classNames.subheading}>{activity.title}</h5>
        {pending ? <span className={classNames.pending}>{strings.UnitActivitySaving}</span> : null}
        {mayEdit ? (
          <DefaultButton text={strings.UnitEditActivity} aria-describedby={titleId} onClick={() => props.onEdit(activity)} />
        ) : null}
      </div>
      <dl className={classNames.facts}>
        <dt className={classNames.factTerm}>{strings.ColumnStatus}</dt>
        <dd className={classNames.factValue}>{statusText(activity.status, strings)}</dd>
        <dt className={classNames.factTerm}>{strings.UnitResponsibleLabel}</dt>
        <dd className={classNames.factValue}>{activity.responsible?.name ?? strings.UnitNoResponsible}</dd>
        <dt className={classNames.factTerm}>{strings.UnitDatesLabel}</dt>
        <dd className={classNames.factValue}>{dates}</dd>
        {activity.highlighted === true ? (
          <>
            <dt className={classNames.factTerm}>{strings.UnitHighlightLabel}</dt>
            <dd className={classNames.factValue}>{strings.UnitHighlightedYes}</dd>
          </>
        ) : null}
        {activityDetails.map((detail) => {
          const value = activity[detail.key];
          return value === undefined ? null : (
            <React.Fragment key={detail.key}>
              <dt className={classNames.factTerm}>{detail.label(strings)}</dt>
              <dd className={classNames.factValue}>{detail.show(value, strings, locale)}</dd>
            </React.Fragment>
          );
        })}
      </dl>
      {activity.description.trim() === '' ? null : <PlainText text={activity.description} />}
      <div>
        <h6 className={classNames.minorHeading}>{strings.UnitFollowUpHeading}</h6>
        {current === undefined ? (
          deadlineState(openPeriod, today, openSettings).kind === 'late'
            ? <p><strong>{format(strings.UnitFollowUpLate, period, formatDate(periodDeadline(openPeriod, openSettings), locale))}</strong></p>
            : <p className={classNames.subtle}>{format(strings.UnitFollowUpMissing, period)}</p>
        ) : (
          <FollowUpText followUp={current} />
        )}
        {mayFollowUp ? (
          <DefaultButton
            text={format(current === undefined ? strings.UnitFollowUpRecord : strings.UnitFollowUpChange, period)}
            aria-describedby={titleId}
            data-follow-up-for={activity.id}
            onClick={() => props.onFollowUp(activity)}
            styles={{ root: { marginTop: 8 } }}
          />
        ) : null}
        <ConfirmationSlot confirmation={props.confirmation} at={{ kind: 'activity', activityId: activity.id }} />
      </div>
      <FollowUpHistory followUps={earlier} />
    </article>
  );
}
