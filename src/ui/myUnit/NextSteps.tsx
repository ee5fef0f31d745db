import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { IButtonStyles } from '@fluentui/react/lib/Button';
import type { Activity, FollowUpPeriod, OrgUnit, YearPicture } from '../../domain/model';
import { unitNextSteps, type NextStep } from '../../domain/goals/nextSteps';
import type { PeriodSettings } from '../../domain/periodSettings';
import type { Actor } from '../../domain/rules/actor';
import { canRegisterActivity } from '../../domain/rules/activityRules';
import { canRecordFollowUp } from '../../domain/rules/followUpRules';
import { goalLabel, periodName } from '../common/summaryText';
import { useUniqueId } from '../common/useUniqueId';
import { formatDate } from '../edit/dates';
import { useEditClassNames } from '../edit/editStyles';
import { isTemporaryId } from '../edit/workspaceChanges';
import { format } from '../format';
import { useServices } from '../services/services';
import { ConfirmationSlot, type IConfirmation } from './Confirmation';
import type { ActivityTarget, ConfirmPlace } from './myUnitModel';

export interface INextStepsProps {
  unit: OrgUnit;
  picture: YearPicture;
  actor: Actor;
  openPeriod: FollowUpPeriod;
  /** The open period as the staff set it (closed or not, its deadline). */
  openSettings?: PeriodSettings;
  /** The last save's confirmation, shown where its editor was opened. */
  confirmation?: IConfirmation;
  onActivity(target: ActivityTarget, from: ConfirmPlace): void;
  onFollowUp(activity: Activity, from: ConfirmPlace): void;
}

// A step's whole sentence is its button: it wraps on a narrow screen instead of being cut.
const stepButtonStyles: IButtonStyles = {
  root: { height: 'auto', minHeight: 32, maxWidth: '100%', padding: '6px 12px', textAlign: 'left' },
  flexContainer: { justifyContent: 'flex-start' },
  label: { whiteSpace: 'normal', overflowWrap: 'anywhere', margin: 0 }
};

/**
 * What this unit should do now for the open period, in order, each step a button that opens its
 * editor; "all done" when nothing is missing. A step the actor may not take is said without a button.
 */
export function NextSteps(props: INextStepsProps): React.ReactElement {
  const { unit, picture, actor, openPeriod, openSettings } = props;
  const { strings, locale, today } = useServices();
  const classNames = useEditClassNames();
  const headingId = useUniqueId('next-steps');
  const steps = React.useMemo(() => unitNextSteps(picture, unit.id, openPeriod, today, openSettings),
    [picture, unit.id, openPeriod, today, openSettings]);
  const period = periodName(openPeriod, strings);
  const here: ConfirmPlace = { kind: 'nextSteps' };
  const goal = (goalId: number): string => {
    const found = picture.goals.find((candidate) => candidate.id === goalId);
    return found === undefined ? '' : goalLabel(found);
  };

  const item = (step: NextStep): React.ReactElement | null => {
    if (step.kind === 'addActivity') {
      const text = format(strings.UnitNextAddActivity, goal(step.goalId));
      const may = canRegisterActivity(actor, { goalId: step.goalId, orgUnitId: unit.id }, picture).ok;
      return (
        <li key={`goal-${step.allocationId}`}>
          {may ? (
            <DefaultButton text={text} styles={stepButtonStyles} data-next-step="addActivity"
              onClick={() => props.onActivity({ kind: 'new', goalId: step.goalId, orgUnitId: unit.id }, here)} />
          ) : text}
        </li>
      );
    }
    const activity = picture.activities.find((candidate) => candidate.id === step.activityId);
    if (activity === undefined) return null;
    const text = format(strings.UnitNextFollowUp, activity.title, period);
    const may = !isTemporaryId(activity.id)
      && canRecordFollowUp(actor, { activityId: activity.id, period: openPeriod }, picture, openPeriod, openSettings).ok;
    return (
      <li key={`activity-${activity.id}`}>
        {may ? (
          <DefaultButton text={text} styles={stepButtonStyles} data-next-step="followUp"
            onClick={() => props.onFollowUp(activity, here)} />
        ) : text}
        {step.late ? <p className={classNames.hint}><strong>{format(strings.UnitNextFollowUpLate, formatDate(step.deadline, locale))}</strong></p> : null}
      </li>
    );
  };

  return (
    <section aria-labelledby={headingId} className={classNames.choices} data-next-steps={unit.id}>
      <h4 id={headingId} className={classNames.subheading} tabIndex={-1}>{format(strings.UnitNextStepsHeading, period)}</h4>
      <ConfirmationSlot confirmation={props.confirmation} at={here} />
      {steps.length === 0 ? <p>{format(strings.UnitNextAllDone, period)}</p> : (
        <ol className={classNames.steps}>{steps.map(item)}</ol>
      )}
    </section>
  );
}
