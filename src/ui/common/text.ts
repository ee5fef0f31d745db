// Small text helpers shared by the views; every word comes from the loc files.

import { format } from '../format';

/** The locales the web part speaks; anything else falls back to Swedish before it reaches the UI. */
export type UiLocale = 'sv-SE' | 'en-US';

/** "A", "A och B", "A, B och C". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** A whole number in the locale's style: 1 234 in Swedish, 1,234 in English. */
export function formatCount(value: number, locale: UiLocale): string {
  return numberFormat(locale, 'count').format(value);
}

/** "67 %" in Swedish, "67%" in English. */
export function formatShare(share: number, locale: UiLocale): string {
  return numberFormat(locale, 'share').format(share);
}

// One formatter per locale and kind: `toLocaleString` builds a new one on every call, which was a
// tenth of a second of the large region's summary (thousands of counts in its tables).
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: UiLocale, kind: 'count' | 'share'): Intl.NumberFormat {
  const key = `${locale}|${kind}`;
  let found = numberFormats.get(key);
  if (found === undefined) {
    found = new Intl.NumberFormat(locale, kind === 'share' ? { style: 'percent', maximumFractionDigits: 0 } : undefined);
    numberFormats.set(key, found);
  }
  return found;
}

/** "4 av 9" / "4 of 9". */
export function countOf(strings: IMiljomalWebPartStrings, locale: UiLocale, count: number, total: number): string {
  return format(strings.CountOf, formatCount(count, locale), formatCount(total, locale));
}

/** Long technical text cut for display, with an ellipsis. */
export function shortened(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
