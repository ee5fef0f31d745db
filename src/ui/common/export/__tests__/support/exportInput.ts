// The export's input from a year picture, as the summary view hands it over.

import { computeCoverageSummary, reportText, type FollowUpPeriod, type YearPicture } from '../../../../../domain';
import { indexPicture } from '../../../pictureIndex';
import type { IExportInput } from '../../sheetTypes';
import type { UiLocale } from '../../../text';

export function exportInput(
  picture: YearPicture,
  period: FollowUpPeriod,
  strings: IMiljomalWebPartStrings,
  locale: UiLocale = 'sv-SE'
): IExportInput {
  const summary = computeCoverageSummary(picture, period);
  return {
    summary,
    source: { kind: 'live', at: '2023-09-01T08:00:00Z' },
    index: indexPicture(picture),
    reportText: reportText(summary, locale),
    strings,
    locale,
    departments: summary.departments
  };
}

/** Splits CSV as written here: semicolons, CRLF, fields quoted with doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let position = 0; position < text.length; position++) {
    const char = text[position];
    if (quoted) {
      if (char === '"' && text[position + 1] === '"') { field += '"'; position++; }
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') { row.push(field); field = ''; }
    else if (char === '\r' && text[position + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; position++; }
    else field += char;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
