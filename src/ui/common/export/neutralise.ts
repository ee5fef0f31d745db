// Spreadsheet formula injection: Excel and LibreOffice run a cell that starts with = + - @ (and,
// through some import paths, a tab or carriage return) as a formula, e.g. a title typed as
// `=HYPERLINK("https://evil.example", "Klicka här")`. Every text cell of an export goes through
// here, so an export never carries someone's formula to the reader: the leading apostrophe makes
// the spreadsheet show the text as it was typed. Numbers are number cells and are not touched.

/** The ASCII starters, line breaks, and their full-width forms (which some spreadsheets normalise). */
const formulaStart = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function startsLikeFormula(text: string): boolean {
  return formulaStart.test(text);
}
