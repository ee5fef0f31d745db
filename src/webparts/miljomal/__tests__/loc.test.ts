import * as fs from 'fs';
import * as path from 'path';
import { mergeStrings, ILocModules } from '../mergeStrings';
import { uiLocaleOf } from '../uiLocale';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadLoc, loadLocModule, locModules, locFolder } = require('../../../../test/jest/loadLoc');

interface ILocModule { name: string; folder: string; dir: string }
type Strings = Record<string, string>;

const modules: ILocModule[] = locModules;
const locales = ['sv-se', 'en-us'];
const load = (module: ILocModule, locale: string): Strings => loadLocModule(module.folder, locale);
const keysOf = (strings: Strings): string[] => Object.keys(strings).sort();

function typingsOf(module: ILocModule): string {
  return fs.readFileSync(path.join(module.dir, 'mystrings.d.ts'), 'utf8');
}

/** The keys a module's interface declares: the body of the first `declare interface`. */
function declaredKeys(typings: string): string[] {
  const start = typings.indexOf('{', typings.indexOf('declare interface'));
  const body = typings.slice(start, typings.indexOf('}', start));
  return Array.from(body.matchAll(/^\s*(\w+)\s*:\s*string;/gm), (match) => match[1]).sort();
}

function interfaceName(typings: string): string | undefined {
  return /declare interface (\w+)/.exec(typings)?.[1];
}

function placeholders(text: string): string[] {
  return (text.match(/\{\d+\}/g) ?? []).sort();
}

describe('loc modules', () => {
  it('config/config.json registers every module folder under loc/, each with its strings and typings', () => {
    const folders = fs.readdirSync(locFolder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(modules.map((module) => module.folder).sort()).toEqual(folders.sort());
    for (const module of modules) {
      expect(fs.readdirSync(module.dir).sort()).toEqual(['en-us.js', 'mystrings.d.ts', 'sv-se.js']);
    }
  });

  describe.each(modules.map((module) => [module.folder, module] as const))('%s', (_folder, module) => {
    const swedish = load(module, 'sv-se');
    const english = load(module, 'en-us');
    const typings = typingsOf(module);

    it('is declared under the name config/config.json registers it by', () => {
      expect(typings).toContain(`declare module '${module.name}' {`);
      expect(typings).toContain(`const strings: ${interfaceName(typings)};`);
    });

    it('sv-SE and en-US have exactly the same keys', () => {
      expect(keysOf(swedish)).toEqual(keysOf(english));
    });

    it('the keys are the ones its mystrings.d.ts declares', () => {
      expect(keysOf(swedish)).toEqual(declaredKeys(typings));
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
  });

  it('no key is in two modules', () => {
    const owners = new Map<string, string[]>();
    for (const module of modules) {
      for (const key of declaredKeys(typingsOf(module))) owners.set(key, [...(owners.get(key) ?? []), module.folder]);
    }
    expect([...owners].filter(([, folders]) => folders.length > 1)).toEqual([]);
  });

  it('the merged interface extends every module\'s interface', () => {
    const merged = fs.readFileSync(path.join(locFolder, 'mystrings.d.ts'), 'utf8');
    const extended = /declare interface IMiljomalWebPartStrings\s+extends([^{]*)\{\s*\}/.exec(merged)?.[1] ?? '';
    expect(extended.split(',').map((name) => name.trim()).sort())
      .toEqual(modules.map((module) => interfaceName(typingsOf(module))).sort());
  });

  it.each(locales)('the merged %s set is the union of the modules', (locale) => {
    const union = Object.assign({}, ...modules.map((module) => load(module, locale)));
    expect(loadLoc(locale)).toEqual(union);
    expect(keysOf(loadLoc(locale)).length).toBe(modules.reduce((sum, module) => sum + keysOf(load(module, locale)).length, 0));
  });

  it('the merge takes only the strings of a module that arrives as a namespace object', () => {
    // webpack's namespace object for `import * as` of an AMD module: getters, plus `default`.
    const asNamespace = (strings: Strings): object => {
      const namespace = Object.create(null);
      for (const key of [...Object.keys(strings), 'default']) {
        Object.defineProperty(namespace, key, { enumerable: true, get: () => (key === 'default' ? strings : strings[key]) });
      }
      return namespace;
    };
    const wrapped = Object.fromEntries(modules.map((module) => [module.folder, asNamespace(load(module, 'sv-se'))]));
    expect(mergeStrings(wrapped as unknown as ILocModules)).toEqual(loadLoc('sv-se'));
  });

  it('each language names itself, which the UI follows', () => {
    const swedish = loadLoc('sv-se');
    const english = loadLoc('en-us');
    expect(uiLocaleOf(swedish)).toBe('sv-SE');
    expect(uiLocaleOf(english)).toBe('en-US');
    expect([swedish.Locale, english.Locale]).toEqual(['sv-SE', 'en-US']);
  });
});
