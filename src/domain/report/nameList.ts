// Names in running text: listed when few, otherwise the text counts them.

/**
 * What users typed, set apart inside generated text (U+2068 … U+2069): a name with right-to-left
 * letters, or an unclosed override, then cannot turn the rest of the sentence around.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Up to this many departments are named; more are only counted. */
export const maxNamesListed = 3;

/**
 * "A", "A och B", "A, B och C" (the conjunction is the language's "and"); `mark` sets each
 * isolated name in, e.g., the language's quotation marks.
 */
export function listNames(names: readonly string[], and: string, mark: (isolated: string) => string = (name) => name): string {
  const isolated = names.map((name) => mark(isolate(name)));
  if (isolated.length <= 1) return isolated.join('');
  return `${isolated.slice(0, -1).join(', ')} ${and} ${isolated[isolated.length - 1]}`;
}

export function fewEnoughToName(names: readonly string[]): boolean {
  return names.length > 0 && names.length <= maxNamesListed;
}

/**
 * Up to this many highlighted activities are named in the sentence on the work: "bl.a." (among
 * other things) says it is a selection, and a board paper's paragraph is not a list.
 */
export const maxHighlightsNamed = 5;
