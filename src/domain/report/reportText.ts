// The summary as the board paper's paragraph, in the web part's two languages.

import type { YearPicture } from '../model';
import type { CoverageSummary } from '../summary/coverageTypes';
import { indicatorReportText } from './indicatorText';
import type { ReportLocale } from './reportLocale';
import { reportFacts } from './reportFacts';
import { reportTextEn } from './reportTextEn';
import { reportTextSv } from './reportTextSv';
import { readinessParagraph, type DepartmentReadinessRow } from '../readiness/readinessReport';

export type { ReportLocale };

export const reportLocales: readonly ReportLocale[] = ['sv-SE', 'en-US'];

export function reportText(summary: CoverageSummary, locale: ReportLocale): string {
  const facts = reportFacts(summary);
  return locale === 'sv-SE' ? reportTextSv(facts) : reportTextEn(facts);
}

/**
 * The report as paragraphs: the board paper's, then (when the year's goals have indicators) one
 * sentence per indicator, judged on the values up to the summary's year, then the ready
 * departments' own sentences, named.
 */
export function reportParagraphs(
  summary: CoverageSummary,
  picture: Pick<YearPicture, 'goals' | 'indicators' | 'indicatorValues'>,
  locale: ReportLocale,
  readiness: readonly DepartmentReadinessRow[] = []
): string[] {
  const indicators = indicatorReportText(picture, locale, summary.year);
  return [reportText(summary, locale), indicators, readinessParagraph(readiness, locale)].filter((part) => part !== '');
}

/** SharePoint's UI culture (e.g. "sv-SE", "en-GB") mapped to a report language; English otherwise. */
export function toReportLocale(cultureName: string): ReportLocale {
  return cultureName.toLowerCase().startsWith('sv') ? 'sv-SE' : 'en-US';
}
