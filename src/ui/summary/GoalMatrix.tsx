import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { CoverageSummary } from '../../domain/summary/coverageTypes';
import { format } from '../format';
import { StatusGlyph } from '../common/StatusGlyph';
import { useUniqueId } from '../common/useUniqueId';
import type { IPictureIndex } from '../common/pictureIndex';
import { periodName } from '../common/summaryText';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { useServices } from '../services/services';
import { PlaceLink } from '../navigation';
import { ScrollRegion } from '../common/ScrollRegion';

export interface IGoalMatrixProps {
  summary: CoverageSummary;
  index: IPictureIndex;
  /** Opens a goal's page; each goal's column header becomes a button for it. */
  onOpenGoal?: (goalId: number) => void;
}

/**
 * Goals across, departments down. It is its own text alternative: a real table with a caption and
 * headers, each cell a word ("Fördelat" / "Saknas") with a distinct shape beside it and a tint.
 */
export function GoalMatrix({ summary, index, onOpenGoal }: IGoalMatrixProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useSummaryClassNames();
  const captionId = useUniqueId('miljomal-matrix-caption');
  return (
    <section className={classNames.section}>
      <h3 className={classNames.heading}>{strings.MatrixHeading}</h3>
      {onOpenGoal === undefined ? null : <p className={classNames.subtle}>{strings.MatrixGoalPageHint}</p>}
      <ScrollRegion labelledBy={captionId}>
        <table className={classNames.table}>
          <caption id={captionId} className={classNames.caption}>{format(strings.MatrixCaption, periodName(summary.period, strings))}</caption>
          <thead>
            <tr>
              <th scope="col" className={classNames.th}>{strings.ColumnDepartment}</th>
              {summary.goalIds.map((goalId) => {
                const goal = index.goal(goalId);
                const label = (
                  <>
                    <span className={classNames.goalCode}>{goal?.code ?? goalId}</span>
                    {goal === undefined ? null : <span className={classNames.goalTitle}>{goal.title}</span>}
                  </>
                );
                return (
                  <th key={goalId} scope="col" className={classNames.th}>
                    {onOpenGoal === undefined || goal === undefined ? label : (
                      <Link className={classNames.goalLink} onClick={() => onOpenGoal(goalId)}>{label}</Link>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {summary.departments.map((department) => {
              const held = new Set(department.allocatedGoalIds);
              return (
                <tr key={department.departmentId}>
                  <th scope="row" className={classNames.th}>{department.name}</th>
                  {summary.goalIds.map((goalId) =>
                    held.has(goalId) ? (
                      <td key={goalId} className={classNames.held}>
                        <StatusGlyph kind="allocated" className={classNames.heldGlyph} />
                        {strings.MatrixAllocated}
                      </td>
                    ) : (
                      <td key={goalId} className={classNames.missing}>
                        <StatusGlyph kind="missing" className={classNames.missingGlyph} />
                        {/* Where it is fixed: the department's cell for the goal in Fördelning. */}
                        <PlaceLink className={classNames.placeLink}
                          target={{ view: 'allocation', year: summary.year, orgUnitId: department.departmentId, goalId }}
                          aria-label={format(strings.MatrixMissingLinkLabel, index.goalLabel(goalId), department.name)}
                        >
                          {strings.MatrixMissing}
                        </PlaceLink>
                      </td>
                    ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
