// The port: the contract between the UI and whatever keeps the data (src/data on SharePoint, an
// in-memory twin in tests). Types only, plus the one error class reads reject with.
export type { Collection, CollectionPlace, StoredCollection, ItemVersions, ListsStatus, ProvisioningChanges, ProvisioningResult } from './collections';
export type { FailureCause, IFailed, RemoveOutcome, WriteAction, WriteOutcome } from './outcomes';
export type { PersonSuggestion, ResolveOutcome } from './people';
export { ReadError, readFailureOf, type ReadFailure } from './readError';
export type {
  CurrentUser, Draft, IMiljoRepository, LoadedPeriods, LoadedYear, OrgUnitAdd, OrgUnitUpdate, PlaceGroupMismatch, StrayFollowUp, SummaryTexts,
  SummaryTextsWanted
} from './repository';
