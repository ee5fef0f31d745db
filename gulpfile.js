'use strict';

const build = require('@microsoft/sp-build-web');

// `npm run lint` lints src/ with this same .eslintrc.js, and local/, test/ and bench/ besides: SPFx's
// own lint subtask in every bundle ran it a second time (25 s of the package's 42 on two cores).
build.lintCmd.enabled = false;

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// Keep `gulp serve` available under its old name; this project's own local workbench is `npm start`.
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

// SPFx falls back to the locale file named "default" (else en-us) for a page language it has no
// file for. Our users' first language is Swedish: ship the Swedish strings as the default too, for
// every loc module config/config.json registers.
const fs = require('fs');
const path = require('path');
build.rig.addPostTypescriptTask(build.subTask('swedish-default-locale', (gulp, buildConfig, done) => {
  for (const locPath of Object.values(require('./config/config.json').localizedResources)) {
    const folder = path.join(__dirname, path.dirname(locPath));
    fs.copyFileSync(path.join(folder, 'sv-se.js'), path.join(folder, 'default.js'));
  }
  done();
}));

// `MILJOMAL_STATS=/tmp/stats.json npm run package` writes webpack's stats (every chunk and the
// modules in it, with their sizes before minifying): the way to see what a chunk carries, and why a
// change to an import grew or shrank it.
if (process.env.MILJOMAL_STATS) {
  build.configureWebpack.mergeConfig({
    additionalConfiguration: (config) => {
      config.plugins.push({
        apply: (compiler) => compiler.hooks.done.tap('stats', (stats) => {
          fs.writeFileSync(process.env.MILJOMAL_STATS, JSON.stringify(stats.toJson({ modules: true, chunks: true, chunkModules: true, nestedModules: true, reasons: false, source: false })));
        }),
      });
      return config;
    },
  });
}

build.initialize(require('gulp'));
