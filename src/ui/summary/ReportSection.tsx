import * as React from 'react';
import { copyText, selectText } from '../common/copyText';
import { LightButton } from '../common/light/LightButton';
import { LiveRegion, useAnnouncement } from '../common/LiveRegion';

import { useSummaryClassNames } from '../common/useSummaryClassNames';
import { useServices } from '../services/services';

export interface IReportSectionProps {
  /** The domain's paragraphs, in the page's language, apart by a blank line; undefined while they load. */
  text: string | undefined;
}

/** The board paper's paragraph with "Kopiera text"; the outcome is shown and read out. */
export function ReportSection({ text }: IReportSectionProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useSummaryClassNames();
  const paragraph = React.useRef<HTMLDivElement>(null);
  const [announcement, announce] = useAnnouncement();

  const copy = async (): Promise<void> => {
    if (text === undefined) return;
    const copied = await copyText(text);
    if (!copied && paragraph.current !== null) selectText(paragraph.current);
    announce(copied ? strings.CopyDone : strings.CopyFailed);
  };

  return (
    <section className={classNames.section}>
      <h3 className={classNames.heading}>{strings.ReportHeading}</h3>
      <p className={classNames.subtle}>{strings.ReportIntro}</p>
      <div ref={paragraph} aria-busy={text === undefined}>
        {text === undefined ? <p className={classNames.subtle}>{strings.ViewLoading}</p> : text.split('\n\n').map((part, index) => <p key={index} className={classNames.report} lang={locale}>{part}</p>)}
      </div>
      <div className={classNames.toolbar}>
        <LightButton text={strings.CopyText} disabled={text === undefined} onClick={() => { copy().catch(() => announce(strings.CopyFailed)); }} />
        <LiveRegion announcement={announcement} visible className={classNames.confirmation} />
      </div>
    </section>
  );
}
