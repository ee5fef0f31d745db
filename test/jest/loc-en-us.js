// Each loc module (`import * as common from 'MiljomalCommonStrings'`, …) resolves here in tests:
// the English strings of every module merged, a superset of each module, which is what the web
// part merges them into anyway.
module.exports = require('./loadLoc').loadLoc('en-us');
