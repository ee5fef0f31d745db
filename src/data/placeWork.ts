// The code that keeps the places (groups, folders, units' folders, closed periods' locks) and moves
// items into them: every write that places an item and "Skapa listor" use it, the summary's first
// paint never does. SharePointRepository loads it with the first of those (placeWork below), so it
// is a chunk of its own and not in the web part's first one (local/tools/checkPackage.ts: 100 KiB).
export { activityFolder, folderUrlFor, followUpFolder, keepPlacesInStep, placeGroupMismatches, provisionPlaces, readinessFolder, readPlacedUnits,
  syncPlaceGroupMembers } from './places';
export { moveIntoPlace } from './placeMoves';
export { lockPeriodFolders, staffManagePlaces, unlockPeriodFolders } from './periodFolders';
export { strayFollowUps } from './strayFollowUps';
export { heldBySharePoint } from './readinessStore';
