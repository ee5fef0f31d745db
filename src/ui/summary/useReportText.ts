// The report text in the page's language, from a chunk of its own: its sentence-making (both
// languages, the indicators' sentences, number words) is the largest piece of the summary's code
// that the first paint does not need. Undefined until it is there (a few milliseconds).
import * as React from 'react';
import type { CoverageSummary } from '../../domain/summary/coverageTypes';
import type { YearPicture } from '../../domain/model';
import type { UiLocale } from '../common/text';

export function useReportText(summary: CoverageSummary, picture: YearPicture, locale: UiLocale): string | undefined {
  const [text, setText] = React.useState<{ for: unknown[]; value: string } | undefined>(undefined);
  React.useEffect(() => {
    let current = true;
    import(/* webpackChunkName: 'miljomal-report' */ '../../domain/report/reportText').then(({ reportParagraphs }) => {
      // Paragraphs apart by a blank line: so they are copied, exported and shown.
      if (current) setText({ for: [summary, picture, locale], value: reportParagraphs(summary, picture, locale).join('\n\n') });
    }, () => undefined);
    return () => { current = false; };
  }, [summary, picture, locale]);
  // A text made for an earlier year or language is never shown for this one.
  return text !== undefined && text.for[0] === summary && text.for[1] === picture && text.for[2] === locale ? text.value : undefined;
}
