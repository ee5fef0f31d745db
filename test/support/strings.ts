// The strings exactly as they ship (the loc files SPFx loads), for every test that reads them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadLoc } = require('../jest/loadLoc');

export const swedish: IMiljomalWebPartStrings = loadLoc('sv-se');
export const english: IMiljomalWebPartStrings = loadLoc('en-us');
