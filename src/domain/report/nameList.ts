// Names in running text: listed when few, otherwise the text counts them.

/** The bidi controls: marks, embeddings, overrides and isolates (U+200E/F, U+202A–E, U+2066–9). */
const directionControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * What users typed, as it goes into generated text: without direction controls, so an unclosed
 * override in a name cannot turn the rest of the sentence around, and the text people copy into a
 * tjänsteskrivelse (and every export) carries no invisible characters. Isolates round the name
 * would do the first but not the second.
 */
export function nameInText(text: string): string {
  return text.replace(directionControls, '');
}

/** Up to this many departments are named; more are only counted. */
export const maxNamesListed = 3;

/**
 * "A", "A och B", "A, B och C" (the conjunction is the language's "and"); `mark` sets each
 * name in, e.g., the language's quotation marks.
 */
export function listNames(names: readonly string[], and: string, mark: (name: string) => string = (name) => name): string {
  const named = names.map((name) => mark(nameInText(name)));
  if (named.length <= 1) return named.join('');
  return `${named.slice(0, -1).join(', ')} ${and} ${named[named.length - 1]}`;
}

export function fewEnoughToName(names: readonly string[]): boolean {
  return names.length > 0 && names.length <= maxNamesListed;
}

/**
 * Up to this many highlighted activities are named in the sentence on the work: "bl.a." (among
 * other things) says it is a selection, and a board paper's paragraph is not a list.
 */
export const maxHighlightsNamed = 5;
