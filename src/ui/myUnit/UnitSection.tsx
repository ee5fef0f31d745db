import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { compareSwedish } from '../../domain/collation';
import type { Allocation, Goal, OrgUnit } from '../../domain/model';
import { canRegisterActivity } from '../../domain/rules/activityRules';
import { joinList, type UiLocale } from '../common/text';
import { useUniqueId } from '../common/useUniqueId';
import { format } from '../format';
import { formatDate, formatDateTime } from '../edit/dates';
import { useEditClassNames } from '../edit/editStyles';
import { PlainText } from '../edit/PlainText';
import { goalLabel, periodName, progressText } from '../common/summaryText';
import { computeDepartmentRollup } from '../../domain/goals/departmentRollup';
import { ActivityCard } from './ActivityCard';
import { ConfirmationSlot } from './Confirmation';
import { headToAsk, yearGoals } from './myUnitModel';
import { NextSteps, type INextStepsProps } from './NextSteps';
import { NothingAllocated } from './NothingAllocated';
import { UnitReadiness } from './UnitReadiness';
import type { IReadinessState } from '../common/useReadiness';
import { useServices } from '../services/services';

/** A unit's section needs what its next steps need (the unit, its year, who looks, the editors) and the year's klarmarkeringar. */
export interface IUnitSectionProps extends INextStepsProps {
  readiness: IReadinessState;
}

/** One org unit: who heads it, the goals allocated to it with their activities, or what to do when there are none. */
export function UnitSection(props: IUnitSectionProps): React.ReactElement {
  const { unit, picture, actor } = props;
  const { strings, locale, today } = useServices();
  const classNames = useEditClassNames();
  const headingId = useUniqueId('unit');
  const goals = yearGoals(picture);
  const goalsById = new Map(goals.map((goal) => [goal.id, goal]));
  const allocations = picture.allocations
    .filter((allocation) => allocation.orgUnitId === unit.id && goalsById.has(allocation.goalId))
    .sort((a, b) => compareSwedish(goalsById.get(a.goalId)!.code, goalsById.get(b.goalId)!.code));
  const notHere = goals.filter((goal) => !allocations.some((allocation) => allocation.goalId === goal.id));
  const department = picture.orgUnits.find((candidate) => candidate.id === unit.parentId);
  const headName = unit.head?.name ?? strings.UnitNoHead;
  // The rule's own answer: anything but "outside your scope" means the actor may work here.
  const mayWorkHere = goals.length > 0 && goals.some((goal) => {
    const result = canRegisterActivity(actor, { goalId: goal.id, orgUnitId: unit.id }, picture);
    return result.ok || result.reason.code !== 'outsideScope';
  });
  const ask = headToAsk(unit, picture);
  // The head's own progress for the open period, as the summary and the department head count it.
  const departmentId = unit.level === 'enhet' ? unit.parentId : unit.id;
  const progress = React.useMemo(() => departmentId === undefined ? undefined
    : computeDepartmentRollup(picture, departmentId, props.openPeriod).units.find((candidate) => candidate.orgUnitId === unit.id),
  [picture, departmentId, props.openPeriod, unit.id]);

  return (
    <section aria-labelledby={headingId} className={classNames.choices}>
      <h3 id={headingId} className={classNames.heading} tabIndex={-1} data-unit-heading={unit.id}>{unit.closed ? format(strings.UnitClosed, unit.name) : unit.name}</h3>
      {/* What to do now comes first: the facts below explain it. */}
      {!unit.closed && mayWorkHere && allocations.length > 0 ? <NextSteps {...props} /> : null}
      {unit.level === 'enhet' && !unit.closed && allocations.length > 0 ? (
        <UnitReadiness unit={unit} picture={picture} actor={actor} period={props.openPeriod} settings={props.openSettings}
          readiness={props.readiness} today={today} />
      ) : null}
      <p className={classNames.subtle}>
        {unit.level === 'enhet'
          ? format(strings.UnitFactsUnit, department?.name ?? '', headName)
          : format(strings.UnitFactsDepartment, headName)}
      </p>
      {progress === undefined || progress.goalsHeld === 0 ? null : (
        <p className={classNames.subtle}>
          {format(strings.ProgressOf, periodName(props.openPeriod, strings), progressText(progress, props.openPeriod, today, strings, locale))}
        </p>
      )}
      {unit.closed ? (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>{format(strings.UnitClosedNotice, unit.name)}</MessageBar>
      ) : null}
      {!unit.closed && !mayWorkHere && goals.length > 0 ? (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {ask === undefined ? format(strings.UnitReadOnlyHereNoHead, unit.name) : format(strings.UnitReadOnlyHere, unit.name, ask.name)}
        </MessageBar>
      ) : null}
      {goals.length === 0 ? <p>{format(strings.UnitNoGoalsThisYear, picture.year)}</p> : null}
      {goals.length > 0 && allocations.length === 0 && !unit.closed ? (
        <NothingAllocated unit={unit} picture={picture} actor={actor} />
      ) : null}
      {allocations.map((allocation) => (
        <GoalSection key={allocation.id} {...props} allocation={allocation} goal={goalsById.get(allocation.goalId)!} />
      ))}
      {allocations.length > 0 && notHere.length > 0 ? (
        <p className={classNames.subtle}>
          {format(strings.UnitNotAllocatedGoals, joinList(notHere.map(goalLabel), strings.ListAnd))}
        </p>
      ) : null}
    </section>
  );
}

interface IGoalSectionProps extends IUnitSectionProps {
  allocation: Allocation;
  goal: Goal;
}

function GoalSection(props: IGoalSectionProps): React.ReactElement {
  const { allocation, goal, unit, picture, actor } = props;
  const { strings, locale } = useServices();
  const classNames = useEditClassNames();
  const headingId = useUniqueId('goal');
  const mayAdd = canRegisterActivity(actor, { goalId: goal.id, orgUnitId: unit.id }, picture).ok;
  const activities = picture.activities
    .filter((activity) => activity.allocationId === allocation.id)
    .sort((a, b) => compareSwedish(a.title, b.title) || a.id - b.id);
  const allocatedOn = formatDateTime(allocation.allocatedAt, locale);
  return (
    <section aria-labelledby={headingId} className={classNames.choices}>
      <h4 id={headingId} className={classNames.subheading} tabIndex={-1} data-goal-heading={goal.id}>{goalLabel(goal)}</h4>
      {goal.description.trim() === '' ? null : <PlainText text={goal.description} className={classNames.subtle} />}
      <p className={classNames.subtle}>
        {format(strings.UnitAllocatedBy, allocation.allocatedBy.name || strings.UnitNoHead, allocatedOn)}
        {allocation.agreedWithUnitHead ? ` ${agreedText(allocation, unit, strings, locale)}` : ''}
      </p>
      {allocation.note === undefined || allocation.note.trim() === '' ? null : (
        <div>
          <p className={classNames.factTerm}>{strings.UnitNoteLabel}</p>
          <PlainText text={allocation.note} />
        </div>
      )}
      {mayAdd ? (
        <div>
          <DefaultButton
            text={strings.UnitAddActivity}
            aria-describedby={headingId}
            data-add-activity-for={goal.id}
            onClick={() => props.onActivity({ kind: 'new', goalId: goal.id, orgUnitId: unit.id }, { kind: 'goal', goalId: goal.id })}
          />
        </div>
      ) : null}
      <ConfirmationSlot confirmation={props.confirmation} at={{ kind: 'goal', goalId: goal.id }} />
      {activities.length === 0 ? (
        <p className={classNames.subtle}>{strings.UnitNoActivities}</p>
      ) : (
        <ul className={classNames.list} aria-labelledby={headingId}>
          {activities.map((activity) => (
            <li key={activity.id}>
              <ActivityCard
                activity={activity}
                picture={picture}
                actor={actor}
                openPeriod={props.openPeriod}
                openSettings={props.openSettings}
                confirmation={props.confirmation}
                onEdit={(edited) => props.onActivity({ kind: 'edit', activityId: edited.id, goalId: goal.id, orgUnitId: unit.id },
                  { kind: 'activity', activityId: edited.id })}
                onFollowUp={(followed) => props.onFollowUp(followed, { kind: 'activity', activityId: followed.id })}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Who the allocation was agreed with: a department's own goals with the department head. */
function agreedText(allocation: Allocation, unit: OrgUnit, strings: IMiljomalWebPartStrings, locale: UiLocale): string {
  const department = unit.level === 'avdelning';
  if (allocation.agreedOn === undefined) return department ? strings.UnitAgreedDepartment : strings.UnitAgreed;
  return format(department ? strings.UnitAgreedDepartmentOn : strings.UnitAgreedOn, formatDate(allocation.agreedOn, locale));
}
