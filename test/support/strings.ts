// The strings exactly as they ship (the loc files SPFx loads), for every test that reads them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadLoc } = require('../jest/loadLoc');

export const swedish: IMiljomalWebPartStrings = loadLoc('sv-se');
export const english: IMiljomalWebPartStrings = loadLoc('en-us');

/** Generated text as a reader sees it: without the invisible isolates round names (U+2066–U+2069). */
export function asRead(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}

/** For getByText: the page's text as read, whitespace collapsed as Testing Library does by default. */
export function readNormalizer(text: string): string {
  return asRead(text).replace(/\s+/g, ' ').trim();
}
