// Dates as the user's language writes them: 2023-10-16 in Swedish, Oct 16, 2023 in English.
import type { UiLocale } from '../common/text';

/** A calendar date (YYYY-MM-DD); anything else is shown as it is. */
export function formatDate(isoDate: string | undefined, locale: UiLocale): string {
  if (isoDate === undefined || isoDate === '') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  if (locale === 'sv-SE') return `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** A moment (ISO with time) as the date and time of the user's clock. */
export function formatDateTime(isoDateTime: string | undefined, locale: UiLocale): string {
  if (isoDateTime === undefined || isoDateTime === '') return '';
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return date.toLocaleString(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}
