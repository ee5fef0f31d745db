// The summary's fastställda reports once opened: the year's archive, newest first, each opened
// exactly as it was, and for the regional staff "Fastställ rapport" for the period on the page.
// Whoever may read the summary may read the archive; SharePoint alone decides who may add to it.
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { CoverageSummary } from '../../../domain/summary/coverageTypes';
import { archiveOrder, nextReportVersion, reportsOfPeriod, type FrozenReport } from '../../../domain/report/frozenReport';
import { readFailureOf } from '../../../ports';
import { ErrorState } from '../../common/ErrorState';
import { LightMessageBar, MessageBarType } from '../../common/light/LightMessageBar';
import { LiveRegion, useAnnouncement } from '../../common/LiveRegion';
import { LoadingState } from '../../common/LoadingState';
import { useLoad } from '../../common/useLoad';
import { periodName } from '../../common/summaryText';
import { useUniqueId } from '../../common/useUniqueId';
import { formatDateTime } from '../../edit/dates';
import { format } from '../../format';
import { useServices } from '../../services/services';
import type { IPictureIndex } from '../../common/pictureIndex';
import { useSummaryClassNames } from '../../common/useSummaryClassNames';
import { FreezeDialog } from './FreezeDialog';
import { FrozenReportView } from './FrozenReportView';
import { ScrollRegion } from '../../common/ScrollRegion';

export interface IReportsSectionProps {
  /** The summary on the page: what "Fastställ rapport" freezes. */
  summary: CoverageSummary;
  index: IPictureIndex;
}

export function ReportsSection({ summary, index }: IReportsSectionProps): React.ReactElement {
  const { repository, strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  const captionId = useUniqueId('miljomal-reports-caption');
  const [openedId, setOpenedId] = React.useState<number | undefined>(undefined);
  const [freezing, setFreezing] = React.useState(false);
  const [announcement, announce] = useAnnouncement();
  const year = summary.year;

  const state = useLoad(() => repository.reports(year), [repository, year]);
  // Without knowing who it is, nobody is offered to fastställa: the archive still shows.
  const user = useLoad(() => repository.currentUser(), [repository]);

  const all = state.status === 'loaded' ? state.value : [];
  // Several förvaltningar on one site: each förvaltning's summary shows its own reports (the
  // versions still count over the site's, so no two share a key).
  const reports = all.filter((report) => report.summary.organisationId === undefined || report.summary.organisationId === summary.organisationId);
  // The dialog opens on a loaded archive; a load under way already asks for the new report.
  const reloadArchive = (): void => { if (state.status === 'loaded') state.reload(); };
  const opened = reports.find((report) => report.id === openedId && report.year === year);
  const version = nextReportVersion(all, summary.period);
  const period = periodName(summary.period, strings);

  const openerId = (report: FrozenReport): string => `${captionId}-open-${report.id}`;
  const open = (report: FrozenReport): void => setOpenedId(report.id);
  // Back to the row's own button: a click does not focus a button in every browser.
  const close = (): void => {
    const id = openedId;
    setOpenedId(undefined);
    if (id !== undefined) document.getElementById(`${captionId}-open-${id}`)?.focus();
  };

  return (
    <div className={classNames.section}>
      {user.status === 'loaded' && user.value.isRegionalStaff && state.status === 'loaded' && summary.goalIds.length > 0 ? (
        <div className={classNames.toolbar}>
          <PrimaryButton
            text={format(version > 1 ? strings.ReportFreezeCorrection : strings.ReportFreeze, period)}
            onClick={() => setFreezing(true)}
          />
        </div>
      ) : null}
      <LiveRegion announcement={announcement} visible className={classNames.confirmation} />
      {state.status === 'loading' ? <LoadingState label={strings.ReportArchiveLoading} /> : null}
      {state.status === 'error' && readFailureOf(state.error) === 'notFound' ? (
        <LightMessageBar messageBarType={MessageBarType.info}>{strings.ReportArchiveListMissing}</LightMessageBar>
      ) : null}
      {state.status === 'error' && readFailureOf(state.error) !== 'notFound' ? (
        <ErrorState title={strings.ReportArchiveError} error={state.error} onRetry={state.retry} />
      ) : null}
      {state.status === 'loaded' && reports.length === 0 ? <p className={classNames.subtle}>{format(strings.ReportArchiveEmpty, year)}</p> : null}
      {state.status === 'loaded' && reports.length > 0 ? (
        <ScrollRegion labelledBy={captionId}>
          <table className={classNames.table}>
            <caption id={captionId} className={classNames.caption}>{format(strings.ReportArchiveCaption, year)}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.th}>{strings.ReportColumnPeriod}</th>
                <th scope="col" className={`${classNames.th} ${classNames.number}`}>{strings.ReportColumnVersion}</th>
                <th scope="col" className={classNames.th}>{strings.ReportColumnFrozenBy}</th>
                <th scope="col" className={classNames.th}>{strings.ReportColumnFrozenAt}</th>
                <th scope="col" className={classNames.th}>{strings.ReportColumnOpen}</th>
              </tr>
            </thead>
            <tbody>
              {archiveOrder(reports).map((report) => (
                <tr key={report.id}>
                  <th scope="row" className={classNames.td}>{periodName(report.period, strings)}</th>
                  <td className={`${classNames.td} ${classNames.number}`}>{report.version}</td>
                  <td className={classNames.td}>{report.frozenBy.name}</td>
                  <td className={classNames.td}>{formatDateTime(report.frozenAt, locale)}</td>
                  <td className={classNames.td}>
                    <DefaultButton
                      id={openerId(report)}
                      text={strings.ReportOpen}
                      ariaLabel={format(strings.ReportOpenLabel, periodName(report.period, strings), report.version)}
                      aria-expanded={report.id === openedId}
                      onClick={() => (report.id === openedId ? close() : open(report))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {opened === undefined ? null : <FrozenReportView key={opened.id} report={opened} todayPicture={index.picture} onClose={close} />}
      {freezing && user.status === 'loaded' ? (
        <FreezeDialog
          summary={summary}
          picture={index.picture}
          version={version}
          correction={reportsOfPeriod(reports, summary.period).length > 0}
          user={user.value}
          onDismiss={() => setFreezing(false)}
          onFrozen={(report) => {
            setFreezing(false);
            announce(format(strings.ReportFrozen, period, report.version));
            reloadArchive();
          }}
          onConflict={(taken) => {
            setFreezing(false);
            announce(format(strings.ReportConflict, taken));
            reloadArchive();
          }}
        />
      ) : null}
    </div>
  );
}
