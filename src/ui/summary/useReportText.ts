// The report text in the page's language, from a chunk of its own: its sentence-making (both
// languages, the indicators' sentences, number words) is the largest piece of the summary's code
// that the first paint does not need. Undefined until it is there (a few milliseconds).
import type { CoverageSummary } from '../../domain/summary/coverageTypes';
import type { YearPicture } from '../../domain/model';
import type { UiLocale } from '../common/text';
import { useLoad } from '../common/useLoad';
import type { DepartmentReadinessRow } from '../../domain/readiness/readinessReport';

const none: readonly DepartmentReadinessRow[] = [];

export function useReportText(summary: CoverageSummary, picture: YearPicture, locale: UiLocale,
  readiness: readonly DepartmentReadinessRow[] = none): string | undefined {
  // A text made for an earlier year or language is never shown for this one (useLoad drops it).
  const text = useLoad(async () => {
    const { reportParagraphs } = await import(/* webpackChunkName: 'miljomal-report' */ '../../domain/report/reportText');
    // Paragraphs apart by a blank line: so they are copied, exported and shown.
    return reportParagraphs(summary, picture, locale, readiness).join('\n\n');
  }, [summary, picture, locale, readiness]);
  return text.status === 'loaded' ? text.value : undefined;
}
