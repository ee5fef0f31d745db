// The port: the contract between the UI and whatever keeps the data (src/data on SharePoint, an
// in-memory twin in tests), one interface per concern composed into IMiljoRepository. Types only,
// plus the one error class reads reject with.
export type { Collection, CollectionPlace, StoredCollection, ItemVersions, ListsStatus, ProvisioningChanges, ProvisioningResult } from './collections';
export type { Draft, FailureCause, IFailed, RemoveOutcome, WriteAction, WriteOutcome } from './outcomes';
export type { CurrentUser, IPeople, PersonSuggestion, ResolveOutcome } from './people';
export { ReadError, readFailureOf, type ReadFailure } from './readError';
export type { IMiljoRepository } from './repository';
export type { IReading, LoadedYear, SummaryTexts, SummaryTextsWanted } from './reading';
export type { IOrganisation, OrgUnitAdd, OrgUnitUpdate, PlaceGroupMismatch } from './organisation';
export type { IAllocation } from './allocation';
export type { IActivities } from './activities';
export type { IIndicators } from './indicators';
export type { IReportsAndPeriods, LoadedPeriods, StrayFollowUp } from './reportsAndPeriods';
export type { IProvisioning } from './provisioning';
export type { IReadinessMarks } from './readiness';
export type { IKolada, KoladaAnswer, KoladaFailure, KoladaValuesWanted } from './kolada';
