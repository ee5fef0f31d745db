// One Swedish collator for all sorting: creating one per comparison (localeCompare with a locale)
// is slow, and Swedish order puts å, ä, ö last.

const swedish = new Intl.Collator('sv', { numeric: true });

export function compareSwedish(a: string, b: string): number {
  return swedish.compare(a, b);
}
