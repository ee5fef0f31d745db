import * as React from 'react';
import type { CoverageSummary } from '../../domain/summary/coverageTypes';

import { DepartmentTable } from './DepartmentTable';
import { ExportSection } from './ExportSection';
import { GapsList } from './GapsList';
import { GoalMatrix } from './GoalMatrix';
import type { IPictureIndex } from './pictureIndex';
import { ReportSection } from './ReportSection';
import { initialSort, sortDepartments, type ISortState } from './sortDepartments';
import { TotalsBand } from './TotalsBand';
import { useSummaryClassNames } from './useSummaryClassNames';
import { useServices } from '../services/services';

export interface ISummaryContentProps {
  summary: CoverageSummary;
  /** Undefined while its code loads. */
  reportText: string | undefined;
  index: IPictureIndex;
}

/** The summary of a year that has goals: totals, departments, matrix and gaps, report, export. */
export function SummaryContent({ summary, reportText, index }: ISummaryContentProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  const [sort, setSort] = React.useState<ISortState>(initialSort);
  const departments = React.useMemo(() => sortDepartments(summary.departments, sort), [summary, sort]);
  return (
    <>
      <TotalsBand summary={summary} />
      <DepartmentTable
        summary={summary}
        departments={departments}
        index={index}
        sort={sort}
        onSort={setSort}
      />
      <div className={classNames.columns}>
        <div className={classNames.matrixColumn}>
          <GoalMatrix summary={summary} index={index} />
        </div>
        <div className={classNames.column}>
          <GapsList summary={summary} index={index} />
        </div>
      </div>
      <ReportSection text={reportText} />
      <ExportSection
        summary={summary}
        index={index}
        reportText={reportText}
        departments={departments}
        strings={strings}
        locale={locale}
      />
    </>
  );
}
