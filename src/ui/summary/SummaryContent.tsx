import * as React from 'react';
import type { CoverageSummary } from '../../domain/summary/coverageTypes';
import type { UiLocale } from '../common/text';
import { DepartmentTable } from './DepartmentTable';
import { ExportSection } from './ExportSection';
import { GapsList } from './GapsList';
import { GoalMatrix } from './GoalMatrix';
import type { IPictureIndex } from './pictureIndex';
import { ReportSection } from './ReportSection';
import { initialSort, sortDepartments, type ISortState } from './sortDepartments';
import { TotalsBand } from './TotalsBand';
import { useSummaryClassNames } from './useSummaryClassNames';

export interface ISummaryContentProps {
  summary: CoverageSummary;
  reportText: string;
  index: IPictureIndex;
  strings: IMiljomalWebPartStrings;
  locale: UiLocale;
}

/** The summary of a year that has goals: totals, departments, matrix and gaps, report, export. */
export function SummaryContent({ summary, reportText, index, strings, locale }: ISummaryContentProps): React.ReactElement {
  const classNames = useSummaryClassNames();
  const [sort, setSort] = React.useState<ISortState>(initialSort);
  const departments = React.useMemo(() => sortDepartments(summary.departments, sort), [summary, sort]);
  return (
    <>
      <TotalsBand summary={summary} strings={strings} locale={locale} />
      <DepartmentTable
        summary={summary}
        departments={departments}
        index={index}
        sort={sort}
        onSort={setSort}
        strings={strings}
        locale={locale}
      />
      <div className={classNames.columns}>
        <div className={classNames.matrixColumn}>
          <GoalMatrix summary={summary} index={index} strings={strings} />
        </div>
        <div className={classNames.column}>
          <GapsList summary={summary} index={index} strings={strings} locale={locale} />
        </div>
      </div>
      <ReportSection text={reportText} strings={strings} locale={locale} />
      <ExportSection
        summary={summary}
        index={index}
        reportText={reportText}
        strings={strings}
        locale={locale}
        departments={departments}
      />
    </>
  );
}
