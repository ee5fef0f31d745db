import * as React from 'react';
import type { ExportKind } from '../common/export/exportActions';
import type { ExportSource, IExportInput } from '../common/export/sheetTypes';
import { format } from '../format';
import { LightButton } from '../common/light/LightButton';
import { LiveRegion } from '../common/LiveRegion';
import { useFileExport } from './useFileExport';
import { periodName } from '../common/summaryText';
import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { useServices } from '../services/services';
import { indexPicture } from '../common/pictureIndex';

/**
 * The report text is undefined while its code loads: the export waits for it. Without a source the
 * figures are live, as of the click; a fastställd report passes its own, and the kinds it offers.
 */
export type IExportSectionProps = Omit<IExportInput, 'reportText' | 'source'> & {
  reportText: string | undefined;
  source?: ExportSource;
  kinds?: readonly ExportKind[];
  heading?: string;
};

const liveKinds: readonly ExportKind[] = ['document', 'workbook', 'summaryCsv', 'activitiesCsv', 'indicatorsCsv'];

/**
 * Word, Excel and CSV of what the screen shows. The export code is fetched with the first click (a
 * dynamic import), and the .xlsx library or the Word writer only when that file is made.
 */
export function ExportSection(props: IExportSectionProps): React.ReactElement {
  const { source, kinds = liveKinds, heading, ...input } = props;
  const { strings, summary } = input;
  const { repository, now } = useServices();
  const classNames = useSummaryClassNames();
  const { working, announcement, run: runFile } = useFileExport<ExportKind>();

  const { reportText } = input;
  const run = (kind: ExportKind): void => {
    if (reportText === undefined) return;
    runFile(kind, async () => {
      // The summary's own read leaves out what only the export shows (descriptions, who is responsible):
      // a live export reads the whole year; a fastställd report exports what it froze.
      const [{ runExport }, whole] = await Promise.all([
        import(/* webpackChunkName: 'miljomal-export' */ '../common/export/exportActions'),
        source === undefined ? repository.loadYear(summary.year) : Promise.resolve(undefined)
      ]);
      const madeAt = now();
      return runExport(kind, {
        ...input, ...(whole === undefined ? {} : { index: indexPicture(whole.picture) }), reportText,
        source: source ?? { kind: 'live', at: madeAt.toISOString() }
      }, madeAt);
    });
  };
  const button = (kind: ExportKind, text: string): React.ReactElement => (
    <LightButton
      text={text}
      disabled={working !== undefined || reportText === undefined}
      allowDisabledFocus
      onClick={() => run(kind)}
    />
  );

  return (
    <section className={classNames.section}>
      {heading === undefined
        ? <h3 className={classNames.heading}>{strings.ExportHeading}</h3>
        : <h4 className={classNames.subheading}>{heading}</h4>}
      <p className={classNames.subtle}>{format(strings.ExportIntro, periodName(summary.period, strings))}</p>
      <div className={classNames.toolbar}>
        {kinds.map((kind) => <React.Fragment key={kind}>{button(kind, buttonText(kind, strings))}</React.Fragment>)}
      </div>
      <LiveRegion announcement={announcement} visible className={classNames.confirmation} />
    </section>
  );
}

function buttonText(kind: ExportKind, strings: IMiljomalWebPartStrings): string {
  switch (kind) {
    case 'document': return strings.ExportWord;
    case 'workbook': return strings.ExportExcel;
    case 'summaryCsv': return strings.ExportCsvSummary;
    case 'activitiesCsv': return strings.ExportCsvActivities;
    case 'indicatorsCsv': return strings.ExportCsvIndicators;
  }
}
