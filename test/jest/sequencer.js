// Browser test files first: they take most of the run (a minute or more each), and on a fresh clone
// jest has no timings to order by, so one of them started last kept one worker busy long after the
// other had finished. Otherwise jest's own order (failed first, then slowest).
const path = require('path');
// jest 30's own sequencer (SPFx's toolchain hoists an older @jest/test-sequencer to the top level).
const jestFolder = path.dirname(require.resolve('jest/package.json'));
const Sequencer = require(require.resolve('@jest/test-sequencer', { paths: [jestFolder] })).default;

const browserFolder = `${path.sep}test${path.sep}browser${path.sep}`;

class BrowserFilesFirst extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const inBrowser = (test) => test.path.includes(browserFolder);
    return [...sorted.filter(inBrowser), ...sorted.filter((test) => !inBrowser(test))];
  }
}

module.exports = BrowserFilesFirst;
