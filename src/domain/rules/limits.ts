// Input limits: what the SharePoint columns that keep each text can store. The lists' schema
// (src/data/schema.ts) creates its columns with these very numbers, and a test there checks that
// every stored text has one, so the form and the column cannot drift apart.

/** A single line of text column holds at most 255 characters. */
export const maxSingleLineLength = 255;

/** A multiple lines of text column holds at most 63,999 characters. */
export const maxMultiLineLength = 63999;

/** The longest text each model property may hold, by collection (the port's names). */
export const textLimits = {
  goals: { title: maxSingleLineLength, code: 20, description: maxMultiLineLength, indicator: maxMultiLineLength },
  orgUnits: { name: maxSingleLineLength, shortName: maxSingleLineLength, code: 40 },
  allocations: { note: maxMultiLineLength },
  activities: { title: maxSingleLineLength, description: maxMultiLineLength },
  followUps: { comment: maxMultiLineLength },
  indicators: { name: maxSingleLineLength, unit: 60, source: maxSingleLineLength, normalisedPer: 60, koladaKpi: 20, koladaOrgId: 20, koladaOrgName: maxSingleLineLength },
  indicatorValues: { comment: maxMultiLineLength, source: maxSingleLineLength },
  readiness: { comment: maxMultiLineLength }
} as const;

/** A sane range for goal years; outside it a year is a typing mistake. */
export const minYear = 2000;
export const maxYear = 2100;
