import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import type { CoverageSummary } from '../../domain/summary/coverageTypes';
import { AfterPaint } from '../common/AfterPaint';
import { LoadingState } from '../common/LoadingState';
import { LazyGoalPage } from '../editingViews';

import { DepartmentTable } from './DepartmentTable';
import { ExportSection } from './ExportSection';
import { GapsList } from './GapsList';
import { GoalMatrix } from './GoalMatrix';
import type { IPictureIndex } from '../common/pictureIndex';
import { ReportSection } from './ReportSection';
import { ReportsEntry } from './reports/ReportsEntry';
import { initialSort, sortDepartments, type ISortState } from './sortDepartments';
import { TotalsBand } from './TotalsBand';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { useServices } from '../services/services';
import type { DepartmentReadinessRow } from '../../domain/readiness/readinessReport';

// The report's text and the klarmarkeringar arrive a moment after the figures: the totals and the
// departments are not drawn again for what they do not show.
const Totals = React.memo(TotalsBand);
const Departments = React.memo(DepartmentTable);

export interface ISummaryContentProps {
  summary: CoverageSummary;
  /** Undefined while its code loads. */
  reportText: string | undefined;
  index: IPictureIndex;
  /** Each department's klarmarkering for the period; undefined until read (or when it cannot be). */
  readiness?: readonly DepartmentReadinessRow[];
}

/**
 * The summary of a year that has goals: totals, departments, matrix and gaps, report, export; or
 * one goal's page, opened from the matrix or the gaps. The summary stays mounted (hidden) beneath
 * the goal page, so "back" finds its sorting, its open lists and the control that opened the page.
 */
export function SummaryContent({ summary, reportText, index, readiness }: ISummaryContentProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  const [sort, setSort] = React.useState<ISortState>(initialSort);
  const departments = React.useMemo(() => sortDepartments(summary.departments, sort), [summary, sort]);
  const [opened, setOpened] = React.useState<{ goalId: number; year: number } | undefined>(undefined);
  const opener = React.useRef<HTMLElement | null>(null);
  const returning = React.useRef(false);
  // Another year has other goals: its summary shows, not a page of last year's goal.
  const goalId = opened !== undefined && opened.year === summary.year ? opened.goalId : undefined;
  const openGoal = React.useCallback((id: number) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpened({ goalId: id, year: summary.year });
  }, [summary.year]);
  const back = React.useCallback(() => {
    returning.current = true;
    setOpened(undefined);
  }, []);
  React.useEffect(() => {
    if (goalId !== undefined || !returning.current) return;
    returning.current = false;
    opener.current?.focus();
  }, [goalId]);
  return (
    <>
      {goalId === undefined ? null : (
        <React.Suspense fallback={<LoadingState label={strings.GoalPageLoading} />}>
          <LazyGoalPage goalId={goalId} summary={summary} index={index} onBack={back} />
        </React.Suspense>
      )}
      {/* A div of its own: a Stack's display would win over the hidden attribute. */}
      <div hidden={goalId !== undefined}>
        <Stack tokens={{ childrenGap: 16 }}>
          <Totals summary={summary} readiness={readiness} />
          <Departments
            summary={summary}
            departments={departments}
            index={index}
            sort={sort}
            onSort={setSort}
            readiness={readiness}
          />
          <AfterPaint>
            <div className={classNames.columns}>
              <div className={classNames.matrixColumn}>
                <GoalMatrix summary={summary} index={index} onOpenGoal={openGoal} />
              </div>
              <div className={classNames.column}>
                <GapsList summary={summary} index={index} onOpenGoal={openGoal} />
              </div>
            </div>
            <ReportSection text={reportText} />
            <ReportsEntry summary={summary} index={index} />
            <ExportSection
              summary={summary}
              index={index}
              reportText={reportText}
              departments={departments}
              strings={strings}
              locale={locale}
            />
          </AfterPaint>
        </Stack>
      </div>
    </>
  );
}
