import * as React from 'react';
import type { ExportKind } from '../export/exportActions';
import type { IExportInput } from '../export/workbook';
import { format } from '../format';
import { LightButton } from '../common/light/LightButton';
import { LiveRegion, useAnnouncement } from '../common/LiveRegion';
import { periodName } from '../common/summaryText';
import { useSummaryClassNames } from './useSummaryClassNames';
import { useServices } from '../services/services';
import { indexPicture } from './pictureIndex';

/** The report text is undefined while its code loads: the export waits for it. */
export type IExportSectionProps = Omit<IExportInput, 'reportText'> & { reportText: string | undefined };

/**
 * Excel and CSV of what the screen shows. The export code is fetched with the first click (a
 * dynamic import), and the .xlsx library only when the workbook is made.
 */
export function ExportSection(input: IExportSectionProps): React.ReactElement {
  const { strings, summary } = input;
  const { repository } = useServices();
  const classNames = useSummaryClassNames();
  const [working, setWorking] = React.useState<ExportKind | undefined>(undefined);
  const [announcement, announce] = useAnnouncement();

  const { reportText } = input;
  const run = async (kind: ExportKind): Promise<void> => {
    if (reportText === undefined) return;
    setWorking(kind);
    announce(strings.ExportWorking);
    try {
      // The summary's own read leaves out what only the export shows (descriptions, who is responsible):
      // the export reads the whole year.
      const [{ runExport }, whole] = await Promise.all([
        import(/* webpackChunkName: 'miljomal-export' */ '../export/exportActions'),
        repository.loadYear(summary.year)
      ]);
      const fileName = await runExport(kind, { ...input, index: indexPicture(whole.picture), reportText });
      announce(format(strings.ExportDone, fileName));
    } catch {
      announce(strings.ExportFailed);
    } finally {
      setWorking(undefined);
    }
  };
  const button = (kind: ExportKind, text: string): React.ReactElement => (
    <LightButton
      text={text}
      disabled={working !== undefined || reportText === undefined}
      allowDisabledFocus
      onClick={() => { run(kind).catch(() => announce(strings.ExportFailed)); }}
    />
  );

  return (
    <section className={classNames.section}>
      <h3 className={classNames.heading}>{strings.ExportHeading}</h3>
      <p className={classNames.subtle}>{format(strings.ExportIntro, periodName(summary.period, strings))}</p>
      <div className={classNames.toolbar}>
        {button('workbook', strings.ExportExcel)}
        {button('summaryCsv', strings.ExportCsvSummary)}
        {button('activitiesCsv', strings.ExportCsvActivities)}
        {button('indicatorsCsv', strings.ExportCsvIndicators)}
      </div>
      <LiveRegion announcement={announcement} visible className={classNames.confirmation} />
    </section>
  );
}
