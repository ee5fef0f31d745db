// The strings as tests see them. They live in one loc module per feature, each registered in
// config/config.json "localizedResources" (the list read here); each module's files are AMD modules
// (`define([], function () { return {...}; })`) as SPFx loads them. Evaluate them with a one-line
// `define` so tests read exactly what ships, and merge them as the web part does.
const fs = require('fs');
const path = require('path');
const { mergeStrings } = require('../../src/webparts/miljomal/mergeStrings');

const root = path.join(__dirname, '..', '..');
/** The folder that holds the loc modules' folders and the merged interface (mystrings.d.ts). */
const locFolder = path.join(root, 'src', 'webparts', 'miljomal', 'loc');

/**
 * Each loc module of the web part: its name for SPFx ("MiljomalSummaryStrings"), its folder
 * ("summary") and where that is in src. The Viva Connections card's module (MiljomalCardStrings,
 * under src/adaptiveCardExtensions) is its own and is not merged here.
 */
const locModules = Object.entries(require('../../config/config.json').localizedResources).map(([name, libPath]) => {
  const dir = path.join(root, path.dirname(libPath).replace(/^lib\//, 'src/'));
  return { name, folder: path.basename(dir), dir };
}).filter((module) => module.dir.startsWith(locFolder + path.sep));

/** One module's strings for a locale ("sv-se" or "en-us"), by its folder's name. */
function loadLocModule(folder, locale) {
  const module = locModules.find((candidate) => candidate.folder === folder);
  if (!module) throw new Error(`no loc module "${folder}" in config/config.json`);
  const source = fs.readFileSync(path.join(module.dir, `${locale}.js`), 'utf8');
  let strings;
  const define = (_dependencies, factory) => { strings = factory(); };
  new Function('define', source)(define);
  return strings;
}

/** Every module's strings for a locale, merged: the set the views receive. */
function loadLoc(locale) {
  return mergeStrings(Object.fromEntries(locModules.map((module) => [module.folder, loadLocModule(module.folder, locale)])));
}

module.exports = { loadLoc, loadLocModule, locModules, locFolder };
