// Bundles the workbench page for the browser with esbuild: the same React root, Fluent UI and
// PnPjs code the web part ships, plus the workbench bar. The loc files (loc/<module>/<locale>.js)
// are SPFx's AMD modules; the plugin evaluates them with a one-line `define`, as SPFx's loader would.
import * as esbuild from 'esbuild';
import { createHash } from 'crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'fs/promises';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');
// Every browser test file and each `npm start` bundled the page again (about 10 s on two cores):
// the last bundle is kept here with the inputs it was made from, and reused while none changed.
const cacheFolder = path.join(root, 'node_modules', '.cache', 'miljomal-workbench');

const amdLocPlugin: esbuild.Plugin = {
  name: 'amd-loc',
  setup(build) {
    build.onLoad({ filter: /[\\/]loc[\\/]\w+[\\/][a-z]{2}-[a-z]{2}\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return {
        contents: `var strings; function define(_deps, factory) { strings = factory(); }\n${source}\nmodule.exports = strings;`,
        loader: 'js'
      };
    });
  }
};

export interface WorkbenchBundle {
  /** The page's script; it names its source map by URL, so the page parses a third of the bytes. */
  script: string;
  sourceMap: string;
}

interface CachedBundle extends WorkbenchBundle {
  /** Each input's path with its size and modification time when bundled. */
  inputs: Record<string, string>;
}

async function fingerprint(file: string): Promise<string> {
  const info = await stat(path.resolve(root, file)).catch(() => undefined);
  return info === undefined ? 'missing' : `${info.size}:${info.mtimeMs}`;
}

async function readCache(cacheFile: string): Promise<CachedBundle | undefined> {
  const cached = await readFile(cacheFile, 'utf8').then((text) => JSON.parse(text) as CachedBundle, () => undefined);
  if (cached === undefined) return undefined;
  for (const [file, print] of Object.entries(cached.inputs)) {
    if (await fingerprint(file) !== print) return undefined;
  }
  return cached;
}

/**
 * `development` for `npm start` (React's warnings, readable code); `production` for the browser
 * tests, which render what SharePoint serves: React's production build, minified (the development
 * build rendered every test's pages several times slower).
 */
export type WorkbenchBuild = 'development' | 'production';

async function build(mode: WorkbenchBuild): Promise<CachedBundle> {
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, 'client', 'main.tsx')],
    bundle: true,
    write: false,
    outfile: path.join(root, 'workbench.js'),
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    sourcemap: 'linked',
    minify: mode === 'production',
    metafile: true,
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    plugins: [amdLocPlugin],
    absWorkingDir: root,
    logLevel: 'silent'
  });
  const text = (suffix: string): string => result.outputFiles.find((file) => file.path.endsWith(suffix))?.text ?? '';
  const inputs: Record<string, string> = {};
  for (const file of Object.keys(result.metafile.inputs)) inputs[file] = await fingerprint(file);
  return { script: text('.js'), sourceMap: text('.js.map'), inputs };
}

export async function bundleWorkbench(mode: WorkbenchBuild = 'development'): Promise<WorkbenchBundle> {
  // One cache file per checkout, build and esbuild version: worktrees share node_modules.
  const key = createHash('sha1').update(`${root}\0${mode}\0${esbuild.version}`).digest('hex').slice(0, 12);
  const cacheFile = path.join(cacheFolder, `${key}.json`);
  const cached = await readCache(cacheFile);
  if (cached !== undefined) return cached;
  const fresh = await build(mode);
  await mkdir(cacheFolder, { recursive: true });
  // Written whole, then renamed over: two test files bundling at once never read half a file.
  const partial = `${cacheFile}.${process.pid}`;
  await writeFile(partial, JSON.stringify(fresh));
  await rename(partial, cacheFile);
  return fresh;
}
