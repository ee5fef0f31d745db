import * as fs from 'fs';
import * as path from 'path';
import { uiLocaleOf } from '../uiLocale';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadLoc, locFolder } = require('../../../../test/jest/loadLoc');

const swedish: Record<string, string> = loadLoc('sv-se');
const english: Record<string, string> = loadLoc('en-us');

function declaredKeys(): string[] {
  const typings = fs.readFileSync(path.join(locFolder, 'mystrings.d.ts'), 'utf8');
  const body = typings.slice(typings.indexOf('{'), typings.indexOf('}'));
  return Array.from(body.matchAll(/^\s*(\w+)\s*:\s*string;/gm), (match) => match[1]).sort();
}

function placeholders(text: string): string[] {
  return (text.match(/\{\d+\}/g) ?? []).sort();
}

describe('loc files', () => {
  it('sv-SE and en-US have exactly the same keys', () => {
    expect(Object.keys(swedish).sort()).toEqual(Object.keys(english).sort());
  });

  it('the keys are the ones mystrings.d.ts declares', () => {
    expect(Object.keys(swedish).sort()).toEqual(declaredKeys());
  });

  it.each([['sv-se', swedish], ['en-us', english]])('%s has no empty string', (_locale, strings) => {
    const empty = Object.entries(strings).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('each string has the same placeholders in both languages', () => {
    const differing = Object.keys(swedish).filter(
      (key) => placeholders(swedish[key]).join() !== placeholders(english[key]).join());
    expect(differing).toEqual([]);
  });

  it('each file names its own language, which the UI follows', () => {
    expect(uiLocaleOf(swedish as unknown as IMiljomalWebPartStrings)).toBe('sv-SE');
    expect(uiLocaleOf(english as unknown as IMiljomalWebPartStrings)).toBe('en-US');
    expect([swedish.Locale, english.Locale]).toEqual(['sv-SE', 'en-US']);
  });
});
