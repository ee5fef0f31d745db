// The report's two languages: a file of its own, so the report's parts need not import the whole report.
export type ReportLocale = 'sv-SE' | 'en-US';
