// `import * as strings from 'MiljomalWebPartStrings'` resolves here in tests.
module.exports = require('./loadLoc').loadLoc('en-us');
