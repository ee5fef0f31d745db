// The component manifests SharePoint would hand the loader, made at run time from what is in
// node_modules and from `npm run package`'s output, so an SPFx upgrade means running again, not
// writing again. Each framework package's manifest is served as shipped, its base URL pointed at
// where this host serves that package's dist folder. What npm does not ship (React as SharePoint
// serves it, sp-application-base, the @msinternal libraries) gets a manifest of our own that points
// at a stand-in (stubs.ts).
import { readFileSync, readdirSync, existsSync } from 'fs';
import * as path from 'path';

const projectRoot = path.resolve(__dirname, '..', '..');
const microsoftScope = path.join(projectRoot, 'node_modules', '@microsoft');

/** The id SharePoint's loader starts the page application by (componentConstants.js in sp-loader). */
export const applicationBaseId = '4df9bb86-ab0a-4aab-ab5f-48bf167048fb';
/** SharePoint's own site pages application: the clientSideApplicationId of a modern page. */
export const sitePagesApplicationId = 'b6917cb1-93a0-4b97-a84d-7cf49975d4ec';

export interface Manifest {
  id: string;
  alias: string;
  componentType: string;
  version: string;
  manifestVersion: number;
  loaderConfig: {
    internalModuleBaseUrls: string[];
    entryModuleId: string;
    scriptResources: Record<string, ScriptResource>;
  };
  [key: string]: unknown;
}

type ScriptResource =
  | { type: 'path'; path: string | { path: string; integrity?: string } }
  | { type: 'localizedPath'; paths: Record<string, unknown>; defaultPath?: unknown }
  | { type: 'component'; id: string; version: string };

/** A framework package whose dist/ the host serves at /framework/<folder>/. */
export interface FrameworkPackage {
  folder: string;
  distFolder: string;
  manifests: Manifest[];
}

export function frameworkPackages(): FrameworkPackage[] {
  return readdirSync(microsoftScope)
    .filter((folder) => folder.startsWith('sp-') && existsSync(path.join(microsoftScope, folder, 'dist')))
    .map((folder) => {
      const distFolder = path.join(microsoftScope, folder, 'dist');
      const manifests = readdirSync(distFolder)
        .filter((file) => file.endsWith('.manifest.json'))
        .map((file) => JSON.parse(readFileSync(path.join(distFolder, file), 'utf8')) as Manifest);
      return { folder, distFolder, manifests };
    })
    .filter((entry) => entry.manifests.length > 0);
}

/**
 * The libraries the loader assembly carries inside itself (tslib, load-themed-styles, the telemetry
 * and core bundles, …), read from its `_initializeAssembly([[id, version, …]])` call: with their
 * manifests present the starter pins them from the assembly and never fetches a script for them.
 */
export function assemblyComponents(assemblySource: string): Array<{ id: string; version: string }> {
  const call = /_initializeAssembly\(\[(\[.*?\])\]\)/s.exec(assemblySource);
  if (!call) throw new Error('SPFx upgrade? The loader assembly no longer calls _initializeAssembly([[id, version, …]]): the host must learn the new boot sequence.');
  return Array.from(call[1].matchAll(/\['([0-9a-f-]{36})',\s*'([^']+)'/g), (match) => ({ id: match[1], version: match[2] }));
}

/** Every component another manifest names by id that no manifest here provides. */
export function missingReferences(manifests: readonly Manifest[]): Array<{ name: string; id: string; version: string }> {
  const known = new Set(manifests.map((manifest) => manifest.id));
  const missing = new Map<string, { name: string; id: string; version: string }>();
  for (const manifest of manifests) {
    for (const [name, resource] of Object.entries(manifest.loaderConfig.scriptResources)) {
      if (resource.type === 'component' && !known.has(resource.id)) missing.set(resource.id, { name, id: resource.id, version: resource.version });
    }
  }
  return Array.from(missing.values());
}

/** A library manifest whose one script is at `baseUrl + file`. */
export function libraryManifest(options: {
  id: string; name: string; version: string; baseUrl: string; file: string;
  dependencies?: Record<string, { id: string; version: string }>;
}): Manifest {
  const dependencies = Object.fromEntries(Object.entries(options.dependencies ?? {})
    .map(([name, reference]) => [name, { type: 'component' as const, ...reference }]));
  return {
    id: options.id,
    alias: options.name,
    componentType: 'Library',
    version: options.version,
    manifestVersion: 2,
    loaderConfig: {
      internalModuleBaseUrls: [options.baseUrl],
      entryModuleId: options.name,
      scriptResources: { [options.name]: { type: 'path', path: options.file }, ...dependencies }
    }
  };
}

/** With its base URL set, for a manifest served as shipped. */
export function rebased(manifest: Manifest, baseUrl: string): Manifest {
  return { ...manifest, loaderConfig: { ...manifest.loaderConfig, internalModuleBaseUrls: [baseUrl] } };
}

export interface PackageOutput {
  /** The web part's manifest as `npm run package` wrote it (base URL still the CDN placeholder). */
  webPart: Manifest;
  /** The Viva Connections card's manifest (an AdaptiveCardExtension), when the package has one. */
  card?: Manifest;
  assetsFolder: string;
}

export function packageOutput(): PackageOutput {
  const manifestsFolder = path.join(projectRoot, 'release', 'manifests');
  const assetsFolder = path.join(projectRoot, 'release', 'assets');
  if (!existsSync(manifestsFolder) || !existsSync(assetsFolder)) {
    throw new Error('No packaged web part: run `npm run package` first (release/manifests and release/assets are missing).');
  }
  const files = readdirSync(manifestsFolder).filter((file) => file.endsWith('.manifest.json'));
  const manifests = files.map((file) => JSON.parse(readFileSync(path.join(manifestsFolder, file), 'utf8')) as Manifest);
  const webParts = manifests.filter((manifest) => manifest.componentType === 'WebPart');
  if (webParts.length !== 1) throw new Error(`Expected one web part manifest in release/manifests, found ${webParts.length}.`);
  const card = manifests.find((manifest) => manifest.componentType === 'AdaptiveCardExtension');
  return { webPart: webParts[0], ...(card === undefined ? {} : { card }), assetsFolder };
}
