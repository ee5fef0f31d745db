// The lists the product keeps its data in: the only place that names lists and fields, and says
// how each field holds the model. Lists are found by URL (users may rename titles); internal names
// are ASCII, display names Swedish. Every column a query filters or orders on is indexed; a unique
// key column makes duplicates impossible.
import type {
  Activity, ActivityStatus, Allocation, FollowUp, FollowUpPeriod, FollowUpPeriodKind, Goal, Indicator, IndicatorDirection, IndicatorValue, IsoDate, IsoDateTime, OrgUnit, Person
} from '../domain/model';
import type { Collection } from '../ports';
import type { ReminderChannel, SentReminder } from '../domain/reminders/reminders';
import type { ReadinessEvent, ReadinessEventKind } from '../domain/readiness/readiness';
import { textLimits } from '../domain/rules/limits';
import { asIs, dateOnly, flag, optional, optionalFlag, optionalText, person, requiredPerson, text, withDefault } from './fieldCodecs';
import { Binding, derived, FieldDefinition, ListField, ListKey, onAdd, property, readOnly } from './listFields';

export type { ListKey };

/** The model each list holds. */
export interface ListModels {
  goals: Goal;
  orgUnits: OrgUnit;
  allocations: Allocation;
  activities: Activity;
  followUps: FollowUp;
  indicators: Indicator;
  indicatorValues: IndicatorValue;
  reports: ReportPart;
  reminders: SentReminder;
  periods: PeriodEntry;
  readiness: ReadinessEvent;
}

/**
 * One item of the periods list: the dates the staff set for a period (one item per period, changed
 * in place), or one close or reopen of it (an item per event, added and then locked: the history is
 * appended to, never rewritten). Who and when are SharePoint's: Editor and Modified of the dates,
 * Author and Created of an event.
 */
export interface PeriodEntry {
  id: number;
  year: number;
  periodKind: FollowUpPeriodKind;
  entry: PeriodEntryKind;
  opensOn?: IsoDate;
  deadline?: IsoDate;
  createdBy: Person;
  createdAt: IsoDateTime;
  modifiedBy: Person;
  modifiedAt: IsoDateTime;
}

export type PeriodEntryKind = 'dates' | 'closed' | 'reopened';

/**
 * One item of the reports list. A fastställd report is its JSON in one or more parts, because a
 * column holds at most 63,999 characters and a large region's gaps hold more; every part carries
 * the report's year, period and version, so the year's read brings them together.
 */
export interface ReportPart {
  id: number;
  year: number;
  periodKind: FollowUpPeriodKind;
  version: number;
  /** From 0; `parts` of them make the report, and it is whole only when all are there. */
  part: number;
  parts: number;
  data: string;
  /** Who fastställde it and when, as SharePoint recorded the item's creation: no client can write another name there. */
  frozenBy: Person;
  frozenAt: IsoDateTime;
}

export interface ListDefinition<M = unknown> {
  key: ListKey;
  /**
   * Added after the lists' first version: a site without it still shows everything else, and its
   * lists are outdated (not missing) until "Skapa listor" adds it.
   */
  since?: number;
  /** Web-relative URL, fixed at creation from the ASCII name. */
  url: string;
  /** Swedish title set after creation; users may change it later. */
  title: string;
  description: string;
  /** In order: provisioning creates them so, and write bodies list them so. */
  fields: readonly ListField<M>[];
}

export const activityStatusChoices = ['planerad', 'pagaende', 'avslutad', 'avbruten'] as const;
export const gradeChoices = ['genomford', 'paborjadMerAnHalften', 'paborjadMindreAnHalften', 'ejPaborjad'] as const;
export const levelChoices = ['forvaltning', 'avdelning', 'enhet'] as const;
export const periodChoices = ['delar', 'helar'] as const;
export const directionChoices = ['lower', 'higher'] as const;

export function allocationKey(goalId: number, orgUnitId: number): string {
  return `${goalId}-${orgUnitId}`;
}

export function goalKey(goalYear: number, code: string): string {
  return `${goalYear}-${code}`;
}

/** A whole year's value keeps the key values had before delår figures existed; a delår figure has its own. */
export function indicatorValueKey(indicatorId: number, measuredYear: number, period?: 'delar'): string {
  return period === 'delar' ? `${indicatorId}-${measuredYear}-delar` : `${indicatorId}-${measuredYear}`;
}

/** The dates of a period are one item; each close or reopen one more, keyed with the client's retry key. */
export function periodEntryKey(year: number, periodKind: string, eventKey?: string): string {
  return eventKey === undefined ? `${year}-${periodKind}` : `${year}-${periodKind}-${eventKey}`;
}

export function followUpKey(activityId: number, periodKind: string): string {
  return `${activityId}-${periodKind}`;
}

/** One part of one version of a period's report: a version is taken once, and so is each of its parts. */
export function reportKey(year: number, periodKind: string, version: number, part: number): string {
  return `${year}-${periodKind}-${version}-${part}`;
}

/** The built-in Title column, shown under the list's own name for it. */
function title<M>(displayName: string, model: Binding<M>): ListField<M> {
  return { internalName: 'Title', displayName, type: 'Text', builtIn: true, model };
}

const year: FieldDefinition = { internalName: 'MiljoYear', displayName: 'År', type: 'Number', required: true, indexed: true };
/** The year of an allocation or activity is its goal's: set when it is added, never moved. */
const addedYear = <M>(): ListField<M> => ({ ...year, model: onAdd((added) => added.year) });

const goals: ListDefinition<Goal> = {
  key: 'goals',
  url: 'Lists/MiljoGoals',
  title: 'Miljömål',
  description: 'Årets miljömål (förvaltningsmål). Skapad av webbdelen Miljömål.',
  fields: [
    title('Mål', property('title', text)),
    { ...year, model: property('year', asIs) },
    { internalName: 'GoalCode', displayName: 'Målkod', type: 'Text', required: true, maxLength: textLimits.goals.code, model: property('code', text) },
    { internalName: 'GoalKey', displayName: 'Nyckel (år och kod)', type: 'Text', maxLength: 40, indexed: true, unique: true,
      model: derived((goal) => goalKey(goal.year, goal.code)) },
    { internalName: 'GoalDescription', displayName: 'Beskrivning', type: 'Note', model: property('description', text) },
    { internalName: 'Indicator', displayName: 'Indikator', type: 'Note', model: property('indicator', text) },
    { internalName: 'MeasuredRegionWide', displayName: 'Mäts regionövergripande', type: 'Boolean', model: property('measuredRegionWide', flag) },
    { internalName: 'Retired', displayName: 'Utgått', type: 'Boolean', since: 2, model: property('retired', optionalFlag) },
    // A förvaltningsmål names its förvaltning; the region's goals, which bind every förvaltning, none.
    { internalName: 'GoalForvaltning', displayName: 'Förvaltningens eget mål', type: 'Lookup', lookupList: 'orgUnits', indexed: true, since: 9,
      model: property('forvaltningId', optional) }
  ]
};

const orgUnits: ListDefinition<OrgUnit> = {
  key: 'orgUnits',
  url: 'Lists/MiljoOrgUnits',
  title: 'Organisation',
  description: 'Förvaltning, avdelningar och enheter med chefer. Skapad av webbdelen Miljömål.',
  fields: [
    title('Namn', property('name', text)),
    { internalName: 'ShortName', displayName: 'Kortnamn', type: 'Text', maxLength: textLimits.orgUnits.shortName, model: property('shortName', optionalText) },
    { internalName: 'UnitCode', displayName: 'Enhetskod', type: 'Text', maxLength: textLimits.orgUnits.code, model: property('code', optionalText) },
    { internalName: 'OrgLevel', displayName: 'Nivå', type: 'Choice', required: true, choices: levelChoices, indexed: true, model: property('level', asIs) },
    { internalName: 'ParentUnit', displayName: 'Överordnad', type: 'Lookup', lookupList: 'orgUnits', indexed: true, model: property('parentId', optional) },
    { internalName: 'Head', displayName: 'Chef', type: 'User', indexed: true, model: property('head', person) },
    { internalName: 'Closed', displayName: 'Stängd', type: 'Boolean', model: property('closed', optionalFlag) },
    { internalName: 'ClosedOn', displayName: 'Stängd den', type: 'DateTime', dateOnly: true, model: property('closedOn', dateOnly) },
    // Names repeat across the tree, so only a key made before the first try tells a retried create
    // that its first try landed. Units added before the key existed have none (blanks never clash).
    { internalName: 'ClientKey', displayName: 'Klientnyckel', type: 'Text', maxLength: 40, indexed: true, unique: true, since: 3,
      model: onAdd((added) => added.clientKey) }
  ]
};

const allocationKeyOf = (allocation: Omit<Allocation, 'id'>): string => allocationKey(allocation.goalId, allocation.orgUnitId);

const allocations: ListDefinition<Allocation> = {
  key: 'allocations',
  url: 'Lists/MiljoAllocations',
  title: 'Fördelningar',
  description: 'Vilka miljömål som fördelats till vilka avdelningar och enheter. Skapad av webbdelen Miljömål.',
  fields: [
    title('Rubrik', derived(allocationKeyOf)),
    addedYear(),
    { internalName: 'Goal', displayName: 'Mål', type: 'Lookup', lookupList: 'goals', required: true, indexed: true, model: property('goalId', asIs) },
    { internalName: 'OrgUnit', displayName: 'Organisationsenhet', type: 'Lookup', lookupList: 'orgUnits', required: true, indexed: true,
      model: property('orgUnitId', asIs) },
    { internalName: 'AllocationKey', displayName: 'Nyckel (mål och enhet)', type: 'Text', maxLength: 40, indexed: true, unique: true,
      model: derived(allocationKeyOf) },
    // Who allocated, and when, as SharePoint itself recorded the item's creation: a client cannot
    // write someone else there. (Lists made before kept AllocatedBy/AllocatedAt columns; unread.)
    { internalName: 'Author', displayName: 'Skapad av', type: 'User', builtIn: true, model: readOnly('allocatedBy', requiredPerson) },
    { internalName: 'Created', displayName: 'Skapad', type: 'DateTime', builtIn: true, model: readOnly('allocatedAt', text) },
    { internalName: 'AgreedWithUnitHead', displayName: 'I samråd med enhetschef', type: 'Boolean', model: property('agreedWithUnitHead', flag) },
    { internalName: 'AgreedOn', displayName: 'Samråd den', type: 'DateTime', dateOnly: true, model: property('agreedOn', dateOnly) },
    { internalName: 'AllocationNote', displayName: 'Anteckning', type: 'Note', model: property('note', optionalText) }
  ]
};

const activities: ListDefinition<Activity> = {
  key: 'activities',
  url: 'Lists/MiljoActivities',
  title: 'Aktiviteter',
  description: 'Aktiviteter på fördelade miljömål. Skapad av webbdelen Miljömål.',
  fields: [
    title('Aktivitet', property('title', text)),
    addedYear(),
    // An allocation with activities cannot be deleted, by the web part or in the list itself.
    { internalName: 'Allocation', displayName: 'Fördelning', type: 'Lookup', lookupList: 'allocations', required: true, indexed: true,
      restrictDelete: true, model: property('allocationId', asIs) },
    { internalName: 'ActivityDescription', displayName: 'Beskrivning', type: 'Note', model: property('description', text) },
    { internalName: 'Responsible', displayName: 'Ansvarig', type: 'User', model: property('responsible', person) },
    { internalName: 'StartDate', displayName: 'Startdatum', type: 'DateTime', dateOnly: true, model: property('startDate', dateOnly) },
    { internalName: 'EndDate', displayName: 'Slutdatum', type: 'DateTime', dateOnly: true, model: property('endDate', dateOnly) },
    { internalName: 'ActivityStatus', displayName: 'Status', type: 'Choice', required: true, choices: activityStatusChoices,
      model: property('status', withDefault<ActivityStatus>('planerad')) },
    // A key the client makes before the first try: a retried create finds its item instead of adding a twin.
    { internalName: 'ClientKey', displayName: 'Klientnyckel', type: 'Text', maxLength: 40, indexed: true, unique: true,
      model: onAdd((added) => added.clientKey) },
    { internalName: 'Highlighted', displayName: 'Lyft fram i rapporten', type: 'Boolean', since: 5, model: property('highlighted', optionalFlag) },
    { internalName: 'ActivityCost', displayName: 'Kostnad (kr)', type: 'Number', since: 7, model: property('cost', optional) }
  ]
};

/** A period kept over two columns, the year's and this kind's: the kind column reads both into `period`. */
function periodKindBinding<M extends { period: FollowUpPeriod }>(): Binding<M> {
  return {
    read: (kind, item) => ({ period: { year: item[year.internalName], kind: kind === 'helar' ? 'helar' : 'delar' } }) as Partial<M>,
    write: (model) => model.period.kind
  };
}

const followUpKeyOf = (followUp: Omit<FollowUp, 'id'>): string => followUpKey(followUp.activityId, followUp.period.kind);

const followUps: ListDefinition<FollowUp> = {
  key: 'followUps',
  url: 'Lists/MiljoFollowUps',
  title: 'Uppföljningar',
  description: 'Uppföljning av aktiviteter per delår och helår. Skapad av webbdelen Miljömål.',
  fields: [
    title('Rubrik', derived(followUpKeyOf)),
    // The period is one property over two columns: Period reads both.
    { ...year, model: { write: (followUp) => followUp.period.year } },
    { internalName: 'Activity', displayName: 'Aktivitet', type: 'Lookup', lookupList: 'activities', required: true, indexed: true,
      model: property('activityId', asIs) },
    { internalName: 'Period', displayName: 'Period', type: 'Choice', required: true, choices: periodChoices, model: periodKindBinding() },
    { internalName: 'FollowUpKey', displayName: 'Nyckel (aktivitet och period)', type: 'Text', maxLength: 40, indexed: true, unique: true,
      model: derived(followUpKeyOf) },
    { internalName: 'Grade', displayName: 'Genomförandegrad', type: 'Choice', required: true, choices: gradeChoices, model: property('grade', asIs) },
    { internalName: 'FollowUpComment', displayName: 'Kommentar', type: 'Note', model: property('comment', text) },
    { internalName: 'Modified', displayName: 'Ändrad', type: 'DateTime', builtIn: true, model: readOnly('updatedAt', optionalText) },
    { internalName: 'Editor', displayName: 'Ändrad av', type: 'User', builtIn: true, model: readOnly('updatedBy', person) }
  ]
};

const indicators: ListDefinition<Indicator> = {
  key: 'indicators',
  url: 'Lists/MiljoIndicators',
  title: 'Indikatorer',
  description: 'Hur miljömålen mäts: enhet, basår, målvärde, källa och ansvarig. Skapad av webbdelen Miljömål.',
  fields: [
    title('Indikator', property('name', text)),
    addedYear(),
    { internalName: 'Goal', displayName: 'Mål', type: 'Lookup', lookupList: 'goals', required: true, indexed: true, model: property('goalId', asIs) },
    { internalName: 'IndicatorUnit', displayName: 'Enhet', type: 'Text', maxLength: textLimits.indicators.unit, model: property('unit', text) },
    { internalName: 'Direction', displayName: 'Riktning', type: 'Choice', required: true, choices: directionChoices,
      model: property('direction', withDefault<IndicatorDirection>('lower')) },
    // Baseline and target are each one property over two columns: the value column reads both.
    { internalName: 'BaselineYear', displayName: 'Basår', type: 'Number', required: true, model: { write: (indicator) => indicator.baseline.year } },
    { internalName: 'BaselineValue', displayName: 'Basvärde', type: 'Number', required: true, model: {
      read: (value, item) => ({ baseline: { year: item.BaselineYear, value } }),
      write: (indicator) => indicator.baseline.value
    } },
    { internalName: 'TargetYear', displayName: 'Målår', type: 'Number', required: true, model: { write: (indicator) => indicator.target.year } },
    { internalName: 'TargetValue', displayName: 'Målvärde', type: 'Number', required: true, model: {
      read: (value, item) => ({ target: { year: item.TargetYear, value } }),
      write: (indicator) => indicator.target.value
    } },
    { internalName: 'IndicatorSource', displayName: 'Källa', type: 'Text', maxLength: textLimits.indicators.source, model: property('source', text) },
    { internalName: 'Responsible', displayName: 'Ansvarig', type: 'User', model: property('responsible', person) },
    { internalName: 'ClientKey', displayName: 'Klientnyckel', type: 'Text', maxLength: 40, indexed: true, unique: true,
      model: onAdd((added) => added.clientKey) },
    { internalName: 'NormalisedPer', displayName: 'Normaliseras per', type: 'Text', maxLength: textLimits.indicators.normalisedPer, since: 5,
      model: property('normalisedPer', optionalText) },
    { internalName: 'KoladaKpi', displayName: 'Nyckeltal i Kolada', type: 'Text', maxLength: textLimits.indicators.koladaKpi, since: 8,
      model: property('koladaKpi', optionalText) },
    { internalName: 'KoladaOrgId', displayName: 'Organisation i Kolada', type: 'Text', maxLength: textLimits.indicators.koladaOrgId, since: 8,
      model: property('koladaOrgId', optionalText) },
    { internalName: 'KoladaOrgName', displayName: 'Organisationens namn i Kolada', type: 'Text', maxLength: textLimits.indicators.koladaOrgName, since: 8,
      model: property('koladaOrgName', optionalText) }
  ]
};

const indicatorValueKeyOf = (value: Omit<IndicatorValue, 'id'>): string => indicatorValueKey(value.indicatorId, value.year, value.period);

const indicatorValues: ListDefinition<IndicatorValue> = {
  key: 'indicatorValues',
  url: 'Lists/MiljoIndicatorValues',
  title: 'Utfall',
  description: 'Indikatorernas utfall per år. Skapad av webbdelen Miljömål.',
  fields: [
    title('Rubrik', derived(indicatorValueKeyOf)),
    // The year of the indicator's goal, so the year's read brings the whole history with it.
    addedYear(),
    { internalName: 'Indicator', displayName: 'Indikator', type: 'Lookup', lookupList: 'indicators', required: true, indexed: true,
      model: property('indicatorId', asIs) },
    { internalName: 'MeasuredYear', displayName: 'Utfallsår', type: 'Number', required: true, model: property('year', asIs) },
    { internalName: 'MeasuredValue', displayName: 'Utfall', type: 'Number', required: true, model: property('value', asIs) },
    { internalName: 'ValueComment', displayName: 'Kommentar', type: 'Note', model: property('comment', text) },
    { internalName: 'Preliminary', displayName: 'Preliminärt', type: 'Boolean', model: property('preliminary', flag) },
    { internalName: 'IndicatorValueKey', displayName: 'Nyckel (indikator och år)', type: 'Text', maxLength: 40, indexed: true, unique: true,
      model: derived(indicatorValueKeyOf) },
    // Added later: an older list's values have no period and are whole-year values, as before.
    { internalName: 'ValuePeriod', displayName: 'Period', type: 'Choice', choices: periodChoices, since: 5, model: {
      read: (kind: string | null) => ({ period: kind === 'delar' ? 'delar' as const : undefined }),
      write: (value) => value.period ?? 'helar'
    } },
    { internalName: 'Denominator', displayName: 'Nämnare', type: 'Number', since: 5, model: property('denominator', optional) },
    { internalName: 'ValueSource', displayName: 'Källa', type: 'Text', maxLength: textLimits.indicatorValues.source, since: 8,
      model: property('source', optionalText) }
  ]
};

const reportKeyOf = (part: Omit<ReportPart, 'id'>): string => reportKey(part.year, part.periodKind, part.version, part.part);

// Written once: after the add, provisioning's list permissions no longer reach the item (see
// reportStore.ts), so nobody changes a fastställd report; a correction is a new version.
const reports: ListDefinition<ReportPart> = {
  key: 'reports',
  url: 'Lists/MiljoReports',
  title: 'Rapporter',
  description: 'Fastställda rapporter per period och version, låsta när de fastställts. Skapad av webbdelen Miljömål.',
  since: 4,
  fields: [
    title('Rapport', derived((part) => `${part.year} ${part.periodKind} v${part.version}${part.parts > 1 ? ` (${part.part + 1}/${part.parts})` : ''}`)),
    { ...year, model: property('year', asIs) },
    { internalName: 'ReportPeriod', displayName: 'Period', type: 'Choice', required: true, choices: periodChoices, indexed: true,
      model: property('periodKind', asIs) },
    { internalName: 'ReportVersion', displayName: 'Rapportversion', type: 'Number', required: true, indexed: true, model: property('version', asIs) },
    { internalName: 'ReportPart', displayName: 'Del', type: 'Number', required: true, model: property('part', asIs) },
    { internalName: 'ReportParts', displayName: 'Antal delar', type: 'Number', required: true, model: property('parts', asIs) },
    { internalName: 'ReportKey', displayName: 'Nyckel (period, version och del)', type: 'Text', maxLength: 40, indexed: true, unique: true,
      model: derived(reportKeyOf) },
    // Not `property`: the JSON is the data layer's form of the report, not a text a form limits.
    { internalName: 'ReportData', displayName: 'Rapport (JSON)', type: 'Note', model: {
      read: (value: string | null) => ({ data: value ?? '' }),
      write: (part) => part.data
    } },
    { internalName: 'Author', displayName: 'Skapad av', type: 'User', builtIn: true, model: readOnly('frozenBy', requiredPerson) },
    { internalName: 'Created', displayName: 'Skapad', type: 'DateTime', builtIn: true, model: readOnly('frozenAt', text) }
  ]
};

/** Ids or sign-in names in one Note column, `;`-separated: neither holds a `;`. */
function listOf<V>(parse: (part: string) => V): { read: (value: string | null) => V[]; write: (values: readonly V[]) => string } {
  return {
    read: (value) => (value ?? '').split(';').map((part) => part.trim()).filter((part) => part !== '').map(parse),
    write: (values) => values.join(';')
  };
}

const reminderChannels: readonly ReminderChannel[] = ['teams', 'email'];

const reminders: ListDefinition<SentReminder> = {
  key: 'reminders',
  url: 'Lists/MiljoReminders',
  title: 'Påminnelser',
  description: 'Påminnelser om det som saknas inför en period: till vilka, om vilka enheter och hur. Skapad av webbdelen Miljömål.',
  since: 5,
  fields: [
    title('Påminnelse', derived((reminder) => `${reminder.year} ${reminder.periodKind} ${reminder.channel}`)),
    { ...year, model: property('year', asIs) },
    { internalName: 'ReminderPeriod', displayName: 'Period', type: 'Choice', required: true, choices: periodChoices, model: property('periodKind', asIs) },
    { internalName: 'ReminderUnits', displayName: 'Enheter (id)', type: 'Note', model: listBinding('orgUnitIds', Number) },
    { internalName: 'ReminderRecipients', displayName: 'Mottagare', type: 'Note', model: listBinding('recipients', String) },
    { internalName: 'ReminderChannel', displayName: 'Kanal', type: 'Choice', required: true, choices: reminderChannels, model: property('channel', asIs) },
    { internalName: 'ClientKey', displayName: 'Klientnyckel', type: 'Text', maxLength: 40, indexed: true, unique: true,
      model: onAdd((added) => added.clientKey) },
    { internalName: 'Author', displayName: 'Skapad av', type: 'User', builtIn: true, model: readOnly('sentBy', requiredPerson) },
    { internalName: 'Created', displayName: 'Skapad', type: 'DateTime', builtIn: true, model: readOnly('sentAt', text) }
  ]
};

function listBinding<K extends 'orgUnitIds' | 'recipients'>(key: K, parse: (part: string) => SentReminder[K][number]): Binding<SentReminder> {
  const codec = listOf(parse);
  return {
    read: (value: string | null) => ({ [key]: codec.read(value) }) as Partial<SentReminder>,
    write: (reminder) => codec.write(reminder[key] as ReadonlyArray<SentReminder[K][number]>)
  };
}

export const periodEntryChoices: readonly PeriodEntryKind[] = ['dates', 'closed', 'reopened'];

const periods: ListDefinition<PeriodEntry> = {
  key: 'periods',
  url: 'Lists/MiljoPeriods',
  title: 'Perioder',
  description: 'Uppföljningsperiodernas öppningsdag och sista dag, och när de stängdes och öppnades igen. Skapad av webbdelen Miljömål.',
  since: 6,
  fields: [
    title('Rubrik', derived((entry) => `${entry.year} ${entry.periodKind} ${entry.entry}`)),
    { ...year, model: property('year', asIs) },
    { internalName: 'PeriodKind', displayName: 'Period', type: 'Choice', required: true, choices: periodChoices, model: property('periodKind', asIs) },
    { internalName: 'PeriodEntry', displayName: 'Post', type: 'Choice', required: true, choices: periodEntryChoices, model: property('entry', asIs) },
    { internalName: 'OpensOn', displayName: 'Öppnar', type: 'DateTime', dateOnly: true, model: property('opensOn', dateOnly) },
    { internalName: 'PeriodDeadline', displayName: 'Sista dag', type: 'DateTime', dateOnly: true, model: property('deadline', dateOnly) },
    // The period's dates are one item (the year and period); each event is keyed with its retry key.
    { internalName: 'PeriodEntryKey', displayName: 'Nyckel', type: 'Text', maxLength: 80, indexed: true, unique: true,
      model: onAdd((added) => added.clientKey) },
    { internalName: 'Author', displayName: 'Skapad av', type: 'User', builtIn: true, model: readOnly('createdBy', requiredPerson) },
    { internalName: 'Created', displayName: 'Skapad', type: 'DateTime', builtIn: true, model: readOnly('createdAt', text) },
    { internalName: 'Editor', displayName: 'Ändrad av', type: 'User', builtIn: true, model: readOnly('modifiedBy', requiredPerson) },
    { internalName: 'Modified', displayName: 'Ändrad', type: 'DateTime', builtIn: true, model: readOnly('modifiedAt', text) }
  ]
};

export const readinessChoices: readonly ReadinessEventKind[] = ['ready', 'takenBack', 'sentBack'];

/**
 * Klarmarkeringar: each mark, take-back and send-back of a unit's or a department's part of a
 * period is an item of its own, never changed (who and when are SharePoint's Author and Created).
 * They sit in the same folders as the follow-ups (`avd-3/2026-delar/enh-12`, places.ts), so only
 * the unit's head (and the heads above, the staff) write a unit's, only its head a department's,
 * and closing the period locks them with the follow-ups.
 */
const readiness: ListDefinition<ReadinessEvent> = {
  key: 'readiness',
  url: 'Lists/MiljoReadiness',
  title: 'Klarmarkeringar',
  description: 'Enheternas och avdelningarnas klarmarkeringar per period, och markeringar som tagits eller skickats tillbaka. Skapad av webbdelen Miljömål.',
  since: 8,
  fields: [
    title('Rubrik', derived((event) => `${event.period.year} ${event.period.kind} ${event.orgUnitId} ${event.kind}`)),
    { ...year, model: { write: (event) => event.period.year } },
    { internalName: 'ReadinessPeriod', displayName: 'Period', type: 'Choice', required: true, choices: periodChoices, model: periodKindBinding() },
    { internalName: 'ReadinessUnit', displayName: 'Enhet eller avdelning (id)', type: 'Number', required: true, indexed: true,
      model: property('orgUnitId', asIs) },
    { internalName: 'ReadinessEvent', displayName: 'Händelse', type: 'Choice', required: true, choices: readinessChoices, model: property('kind', asIs) },
    { internalName: 'ReadinessComment', displayName: 'Kommentar', type: 'Note', model: property('comment', text) },
    { internalName: 'ClientKey', displayName: 'Klientnyckel', type: 'Text', maxLength: 40, indexed: true, unique: true,
      model: onAdd((added) => added.clientKey) },
    { internalName: 'Author', displayName: 'Skapad av', type: 'User', builtIn: true, model: readOnly('by', requiredPerson) },
    { internalName: 'Created', displayName: 'Skapad', type: 'DateTime', builtIn: true, model: readOnly('at', text) }
  ]
};

export const lists: Readonly<{ [K in ListKey]: ListDefinition<ListModels[K]> }> = {
  goals, orgUnits, allocations, activities, followUps, indicators, indicatorValues, reports, reminders, periods, readiness
};

/** Creation order: a lookup's target exists before the lookup. */
export const listOrder: readonly ListKey[] = [
  'orgUnits', 'goals', 'allocations', 'activities', 'followUps', 'indicators', 'indicatorValues', 'reports', 'reminders', 'periods', 'readiness'
];

/** The lists a year's read brings, in one round trip; reports are read on their own, when asked for. */
export const yearListOrder: readonly Collection[] = ['goals', 'orgUnits', 'allocations', 'activities', 'followUps', 'indicators', 'indicatorValues'];
