// The loc files are AMD modules (`define([], function () { return {...}; })`) as SPFx loads them.
// Evaluate them with a one-line `define` so tests read exactly what ships.
const fs = require('fs');
const path = require('path');

const locFolder = path.join(__dirname, '..', '..', 'src', 'webparts', 'miljomal', 'loc');

function loadLoc(locale) {
  const source = fs.readFileSync(path.join(locFolder, `${locale}.js`), 'utf8');
  let strings;
  const define = (_dependencies, factory) => { strings = factory(); };
  new Function('define', source)(define);
  return strings;
}

module.exports = { loadLoc, locFolder };
