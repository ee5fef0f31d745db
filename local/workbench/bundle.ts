// Bundles the workbench page for the browser with esbuild: the same React root, Fluent UI and
// PnPjs code the web part ships, plus the workbench bar. The loc files (loc/<module>/<locale>.js)
// are SPFx's AMD modules; the plugin evaluates them with a one-line `define`, as SPFx's loader would.
import * as esbuild from 'esbuild';
import { readFile } from 'fs/promises';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');

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

export async function bundleWorkbench(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, 'client', 'main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    sourcemap: 'inline',
    minify: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [amdLocPlugin],
    absWorkingDir: root,
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}
