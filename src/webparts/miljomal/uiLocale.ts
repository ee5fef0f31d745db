import type { UiLocale } from '../../ui/common/text';

/**
 * The UI's language is the language of the strings SPFx loaded: the page's language when we ship
 * it, otherwise Swedish (the default locale file). Deriving it from the strings keeps the report
 * text and the labels in one language whatever the page's culture is.
 */
export function uiLocaleOf(strings: { Locale: string }): UiLocale {
  return strings.Locale === 'en-US' ? 'en-US' : 'sv-SE';
}
