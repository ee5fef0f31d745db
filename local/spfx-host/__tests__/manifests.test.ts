import { readFileSync } from 'fs';
import * as path from 'path';
import { assemblyComponents, frameworkPackages, libraryManifest, missingReferences } from '../manifests';
import { stubModule } from '../stubs';

const packages = frameworkPackages();
const assembly = readFileSync(path.join(packages.find((entry) => entry.folder === 'sp-loader')!.distFolder, 'sp-loader-assembly_default.js'), 'utf8');

describe('the manifests the host makes from node_modules', () => {
  it('finds every framework package that ships a manifest', () => {
    const aliases = packages.flatMap((entry) => entry.manifests.map((manifest) => manifest.alias));
    expect(aliases).toEqual(expect.arrayContaining(['SPCoreLibrary', 'SPWebPartBase', 'SPPropertyPane', 'SPLoader', 'SPPageContext']));
    expect(new Set(packages.flatMap((entry) => entry.manifests.map((manifest) => manifest.version)))).toContain('1.23.2');
  });

  it('reads the libraries the loader assembly carries, so they are never fetched', () => {
    const built = assemblyComponents(assembly);
    expect(built).toEqual(expect.arrayContaining([
      { id: '01c4df03-e775-48cb-aa14-171ee5199a15', version: '2.3.1' }, // tslib
      { id: '7263c7d0-1d6a-45ec-8d85-d4d1d234171b', version: '1.23.2' } // sp-core-library
    ]));
  });

  it('says an SPFx upgrade changed the boot when the assembly no longer registers its parts', () => {
    expect(() => assemblyComponents('define([], function () {})')).toThrow(/SPFx upgrade\?/);
  });

  it('derives the stand-ins from what the manifests reference and nobody provides', () => {
    const all = packages.flatMap((entry) => entry.manifests);
    const names = missingReferences(all).map((reference) => reference.name);
    expect(names).toEqual(expect.arrayContaining(['@msinternal/sp-safehtml', '@msinternal/sp-idle-web-task', 'react', 'react-dom']));
    const withReact = [...all, libraryManifest({ id: '0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d', name: 'react', version: '17.0.1', baseUrl: '/', file: 'react.js' })];
    expect(missingReferences(withReact).map((reference) => reference.name)).not.toContain('react');
  });

  it('names each stand-in as the loader asks for it, id_version', () => {
    expect(stubModule('@msinternal/sp-heading-level', 'bf211556-3cf0-412c-9618-a4f0e7069ebf', '0.1.0'))
      .toMatch(/^define\("bf211556-3cf0-412c-9618-a4f0e7069ebf_0\.1\.0", \[\]/);
  });
});
