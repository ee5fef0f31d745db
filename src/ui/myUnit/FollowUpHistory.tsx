import * as React from 'react';
import type { FollowUp } from '../../domain/model';
import { format } from '../format';

import { formatDateTime } from '../edit/dates';
import { useEditClassNames } from '../edit/editStyles';
import { PlainText } from '../edit/PlainText';
import { gradeText, periodName } from '../common/summaryText';
import { useServices } from '../services/services';

export interface IFollowUpHistoryProps {
  followUps: readonly FollowUp[];
}

/** Follow-ups of earlier periods, read-only: the grade in words and the comment as typed. */
export function FollowUpHistory({ followUps }: IFollowUpHistoryProps): React.ReactElement | null {
  const { strings } = useServices();
  const classNames = useEditClassNames();
  if (followUps.length === 0) return null;
  return (
    <div>
      <p className={classNames.minorHeading}>{strings.UnitFollowUpEarlier}</p>
      <ul className={classNames.list}>
        {followUps.map((followUp) => (
          <li key={followUp.id}>
            <FollowUpText followUp={followUp} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One period's follow-up: "Delår 2023: Påbörjad, mer än hälften", the comment, who saved it. */
export function FollowUpText({ followUp }: { followUp: FollowUp }): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useEditClassNames();
  const by = followUp.updatedBy?.name;
  const at = formatDateTime(followUp.updatedAt, locale);
  return (
    <>
      <p className={classNames.factValue}>
        {format(strings.UnitFollowUpGrade, capitalised(periodName(followUp.period, strings)), gradeText(followUp.grade, strings))}
      </p>
      <PlainText text={followUp.comment} />
      {by === undefined ? null : <p className={classNames.subtle}>{format(strings.UnitFollowUpBy, by, at)}</p>}
    </>
  );
}

export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
