// The summary as the board paper's paragraph, in the web part's two languages.

import type { CoverageSummary } from '../summary/coverageTypes';
import { reportFacts } from './reportFacts';
import { reportTextEn } from './reportTextEn';
import { reportTextSv } from './reportTextSv';

export type ReportLocale = 'sv-SE' | 'en-US';

export const reportLocales: readonly ReportLocale[] = ['sv-SE', 'en-US'];

export function reportText(summary: CoverageSummary, locale: ReportLocale): string {
  const facts = reportFacts(summary);
  return locale === 'sv-SE' ? reportTextSv(facts) : reportTextEn(facts);
}

/** SharePoint's UI culture (e.g. "sv-SE", "en-GB") mapped to a report language; English otherwise. */
export function toReportLocale(cultureName: string): ReportLocale {
  return cultureName.toLowerCase().startsWith('sv') ? 'sv-SE' : 'en-US';
}
