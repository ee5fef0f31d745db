// Where the summary reaches the fastställda reports. Nothing is asked of SharePoint and no code is
// fetched until a user opens them: most who read the summary never do, and its first chunk keeps
// only this heading and button.
import * as React from 'react';
import type { CoverageSummary } from '../../../domain/summary/coverageTypes';
import { LightButton } from '../../common/light/LightButton';
import { LoadingState } from '../../common/LoadingState';
import { format } from '../../format';
import { useServices } from '../../services/services';
import type { IPictureIndex } from '../../common/pictureIndex';
import { useSummaryClassNames } from '../../common/useSummaryClassNames';
import { LazyReportsSection } from './lazyReports';

export interface IReportsEntryProps {
  summary: CoverageSummary;
  index: IPictureIndex;
}

export function ReportsEntry({ summary, index }: IReportsEntryProps): React.ReactElement {
  const { strings } = useServices();
  const classNames = useSummaryClassNames();
  const [open, setOpen] = React.useState(false);
  return (
    <section className={classNames.section} aria-labelledby="miljomal-reports-heading">
      <h3 id="miljomal-reports-heading" className={classNames.heading}>{strings.ReportArchiveHeading}</h3>
      <p className={classNames.subtle}>{format(strings.ReportArchiveIntro, summary.year)}</p>
      <div className={classNames.toolbar}>
        <LightButton text={open ? strings.ReportArchiveHide : strings.ReportArchiveShow} aria-expanded={open} onClick={() => setOpen((previous) => !previous)} />
      </div>
      {open ? (
        <React.Suspense fallback={<LoadingState label={strings.ReportArchiveLoading} />}>
          <LazyReportsSection summary={summary} index={index} />
        </React.Suspense>
      ) : null}
    </section>
  );
}
