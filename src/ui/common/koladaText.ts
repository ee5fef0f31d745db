// Kolada's failures in the user's language, for the indicator dialog's searches and the fetch of
// values alike: never an HTTP status, always what to do next.
import type { KoladaFailure } from '../../ports';

export function koladaFailureText(cause: KoladaFailure, strings: IMiljomalWebPartStrings): string {
  switch (cause) {
    case 'unreachable': return strings.KoladaFailed_unreachable;
    case 'timeout': return strings.KoladaFailed_timeout;
    case 'failed': return strings.KoladaFailed_failed;
    case 'unexpected': return strings.KoladaFailed_unexpected;
  }
}
