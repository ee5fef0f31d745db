// Kolada's ids as Kolada writes them: a key figure (KPI) is a letter and five digits ("N00401",
// "U07801"); a municipality or region four digits ("0020" Region Dalarna, "0000" the whole
// country). A spreadsheet may have read "0020" as the number 20: its zeros are put back.

const kpiPattern = /^[A-Z]\d{5}$/;
const orgPattern = /^\d{4}$/;

export function isKoladaKpiId(text: string): boolean {
  return kpiPattern.test(text);
}

export function isKoladaOrgId(text: string): boolean {
  return orgPattern.test(text);
}

/** A KPI id as typed or read from a file: trimmed, upper case ("n00401" → "N00401"). */
export function koladaKpiId(text: string): string {
  return text.trim().toUpperCase();
}

/** An organisation id as read from a file: "20" (a number in Excel) → "0020". */
export function koladaOrgId(text: string): string {
  const trimmed = text.trim();
  return /^\d{1,3}$/.test(trimmed) ? trimmed.padStart(4, '0') : trimmed;
}

/** How a value fetched or imported from Kolada records its source, in the lists' language (Swedish). */
export function koladaSourceText(kpi: string, fetchedOn?: string): string {
  return fetchedOn === undefined ? `Kolada ${kpi}` : `Kolada ${kpi}, hämtad ${fetchedOn}`;
}
