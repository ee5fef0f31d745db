// Small numbers as words, as a written report has them; larger ones as digits in the locale's style.

/** Swedish agrees "one" with the noun: en avdelning, en aktivitet (utrum); ett miljömål (neutrum). */
export type SwedishGender = 'utrum' | 'neutrum';

const swedishWords = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

const englishWords = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'
];

export function swedishNumber(n: number, gender: SwedishGender): string {
  if (n === 1) return gender === 'neutrum' ? 'ett' : 'en';
  return swedishWords[n] ?? n.toLocaleString('sv-SE');
}

export function englishNumber(n: number): string {
  return englishWords[n] ?? n.toLocaleString('en-US');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
