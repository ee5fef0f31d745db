// The lists the product keeps its data in: the only place that names lists and fields.
// Lists are found by URL (users may rename titles); internal names are ASCII, display names Swedish.
// Every column a query filters or orders on is indexed; a unique key column makes duplicates impossible.

import type { Collection } from '../ports';

/** A list per collection of the port, under the same key. */
export type ListKey = Collection;

export type FieldType = 'Text' | 'Note' | 'Number' | 'Boolean' | 'Choice' | 'DateTime' | 'Lookup' | 'User';

export interface FieldDefinition {
  internalName: string;
  displayName: string;
  type: FieldType;
  required?: boolean;
  /** Single line of text: SharePoint allows at most 255. */
  maxLength?: number;
  indexed?: boolean;
  /** SharePoint enforces unique values only on an indexed column. */
  unique?: boolean;
  choices?: readonly string[];
  /** Lookup target. */
  lookupList?: ListKey;
  /** DateTime shown as a date only. */
  dateOnly?: boolean;
  /** Added in this schema version; older lists get it on upgrade. */
  since?: number;
}

export interface ListDefinition {
  key: ListKey;
  /** Web-relative URL, fixed at creation from the ASCII name. */
  url: string;
  /** Swedish title set after creation; users may change it later. */
  title: string;
  description: string;
  /** Display name of the built-in Title column. */
  titleDisplayName: string;
  fields: readonly FieldDefinition[];
}

/** Raised when a field or list is added; provisioning upgrades older lists to it in place. */
export const schemaVersion = 2;

export const activityStatusChoices = ['planerad', 'pagaende', 'avslutad', 'avbruten'] as const;
export const gradeChoices = ['genomford', 'paborjadMerAnHalften', 'paborjadMindreAnHalften', 'ejPaborjad'] as const;
export const levelChoices = ['forvaltning', 'avdelning', 'enhet'] as const;
export const periodChoices = ['delar', 'helar'] as const;

const year: FieldDefinition = { internalName: 'MiljoYear', displayName: 'År', type: 'Number', required: true, indexed: true };

export const lists: Readonly<Record<ListKey, ListDefinition>> = {
  goals: {
    key: 'goals',
    url: 'Lists/MiljoGoals',
    title: 'Miljömål',
    description: 'Årets miljömål (förvaltningsmål). Skapad av webbdelen Miljömål.',
    titleDisplayName: 'Mål',
    fields: [
      year,
      { internalName: 'GoalCode', displayName: 'Målkod', type: 'Text', required: true, maxLength: 20 },
      { internalName: 'GoalKey', displayName: 'Nyckel (år och kod)', type: 'Text', maxLength: 40, indexed: true, unique: true },
      { internalName: 'GoalDescription', displayName: 'Beskrivning', type: 'Note' },
      { internalName: 'Indicator', displayName: 'Indikator', type: 'Note' },
      { internalName: 'MeasuredRegionWide', displayName: 'Mäts regionövergripande', type: 'Boolean' },
      { internalName: 'Retired', displayName: 'Utgått', type: 'Boolean', since: 2 }
    ]
  },
  orgUnits: {
    key: 'orgUnits',
    url: 'Lists/MiljoOrgUnits',
    title: 'Organisation',
    description: 'Förvaltning, avdelningar och enheter med chefer. Skapad av webbdelen Miljömål.',
    titleDisplayName: 'Namn',
    fields: [
      { internalName: 'ShortName', displayName: 'Kortnamn', type: 'Text', maxLength: 255 },
      { internalName: 'OrgLevel', displayName: 'Nivå', type: 'Choice', required: true, choices: levelChoices, indexed: true },
      { internalName: 'ParentUnit', displayName: 'Överordnad', type: 'Lookup', lookupList: 'orgUnits', indexed: true },
      { internalName: 'Head', displayName: 'Chef', type: 'User', indexed: true },
      { internalName: 'Closed', displayName: 'Stängd', type: 'Boolean' },
      { internalName: 'ClosedOn', displayName: 'Stängd den', type: 'DateTime', dateOnly: true }
    ]
  },
  allocations: {
    key: 'allocations',
    url: 'Lists/MiljoAllocations',
    title: 'Fördelningar',
    description: 'Vilka miljömål som fördelats till vilka avdelningar och enheter. Skapad av webbdelen Miljömål.',
    titleDisplayName: 'Rubrik',
    fields: [
      year,
      { internalName: 'Goal', displayName: 'Mål', type: 'Lookup', lookupList: 'goals', required: true, indexed: true },
      { internalName: 'OrgUnit', displayName: 'Organisationsenhet', type: 'Lookup', lookupList: 'orgUnits', required: true, indexed: true },
      { internalName: 'AllocationKey', displayName: 'Nyckel (mål och enhet)', type: 'Text', maxLength: 40, indexed: true, unique: true },
      { internalName: 'AllocatedBy', displayName: 'Fördelat av', type: 'User' },
      { internalName: 'AllocatedAt', displayName: 'Fördelat', type: 'DateTime' },
      { internalName: 'AgreedWithUnitHead', displayName: 'I samråd med enhetschef', type: 'Boolean' },
      { internalName: 'AgreedOn', displayName: 'Samråd den', type: 'DateTime', dateOnly: true },
      { internalName: 'AllocationNote', displayName: 'Anteckning', type: 'Note' }
    ]
  },
  activities: {
    key: 'activities',
    url: 'Lists/MiljoActivities',
    title: 'Aktiviteter',
    description: 'Aktiviteter på fördelade miljömål. Skapad av webbdelen Miljömål.',
    titleDisplayName: 'Aktivitet',
    fields: [
      year,
      { internalName: 'Allocation', displayName: 'Fördelning', type: 'Lookup', lookupList: 'allocations', required: true, indexed: true },
      { internalName: 'ActivityDescription', displayName: 'Beskrivning', type: 'Note' },
      { internalName: 'Responsible', displayName: 'Ansvarig', type: 'User' },
      { internalName: 'StartDate', displayName: 'Startdatum', type: 'DateTime', dateOnly: true },
      { internalName: 'EndDate', displayName: 'Slutdatum', type: 'DateTime', dateOnly: true },
      { internalName: 'ActivityStatus', displayName: 'Status', type: 'Choice', required: true, choices: activityStatusChoices },
      // A key the client makes before the first try: a retried create finds its item instead of adding a twin.
      { internalName: 'ClientKey', displayName: 'Klientnyckel', type: 'Text', maxLength: 40, indexed: true, unique: true }
    ]
  },
  followUps: {
    key: 'followUps',
    url: 'Lists/MiljoFollowUps',
    title: 'Uppföljningar',
    description: 'Uppföljning av aktiviteter per delår och helår. Skapad av webbdelen Miljömål.',
    titleDisplayName: 'Rubrik',
    fields: [
      year,
      { internalName: 'Activity', displayName: 'Aktivitet', type: 'Lookup', lookupList: 'activities', required: true, indexed: true },
      { internalName: 'Period', displayName: 'Period', type: 'Choice', required: true, choices: periodChoices },
      { internalName: 'FollowUpKey', displayName: 'Nyckel (aktivitet och period)', type: 'Text', maxLength: 40, indexed: true, unique: true },
      { internalName: 'Grade', displayName: 'Genomförandegrad', type: 'Choice', required: true, choices: gradeChoices },
      { internalName: 'FollowUpComment', displayName: 'Kommentar', type: 'Note' }
    ]
  }
};

/** Creation order: a lookup's target exists before the lookup. */
export const listOrder: readonly ListKey[] = ['goals', 'orgUnits', 'allocations', 'activities', 'followUps'];

export function allocationKey(goalId: number, orgUnitId: number): string {
  return `${goalId}-${orgUnitId}`;
}

export function goalKey(goalYear: number, code: string): string {
  return `${goalYear}-${code}`;
}

export function followUpKey(activityId: number, periodKind: string): string {
  return `${activityId}-${periodKind}`;
}
