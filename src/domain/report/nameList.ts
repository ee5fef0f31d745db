// Names in running text: listed when few, otherwise the text counts them.

/** Up to this many departments are named; more are only counted. */
export const maxNamesListed = 3;

/** "A", "A och B", "A, B och C" (the conjunction is the language's "and"). */
export function listNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

export function fewEnoughToName(names: readonly string[]): boolean {
  return names.length > 0 && names.length <= maxNamesListed;
}
