// From list items to the domain model, as the field descriptions of schema.ts say: reads select
// only the columns a list's fields read back, people expanded to what `toPerson` needs, date-only
// columns read as the date they hold in the site's time zone.
import { type Draft, Item, ListField, readKey } from './listFields';
import { eq } from './odata';
import { personProjection } from './people';
import type { SiteCalendar } from './siteCalendar';
import type { Collection } from '../ports';
import { ListDefinition, ListKey, ListModels, lists } from './schema';

/** What one list's read selects and expands: only what the UI needs. */
export interface Projection {
  select: string[];
  expand: string[];
}

/** Keys, and titles set to them, are never read back: they follow from the model. */
export function isReadBack(field: ListField<unknown>): boolean {
  return field.model.derived !== true;
}

function projectionOf(definition: ListDefinition): Projection {
  const read = definition.fields.filter(isReadBack);
  const people = read.filter((field) => field.type === 'User').map((field) => field.internalName);
  return {
    select: ['Id', ...read.filter((field) => field.type !== 'User').map(readKey),
      ...people.flatMap((field) => personProjection.map((part) => `${field}/${part}`))],
    expand: people
  };
}

export const projections: Readonly<Record<ListKey, Projection>> = {
  goals: projectionOf(lists.goals),
  orgUnits: projectionOf(lists.orgUnits),
  allocations: projectionOf(lists.allocations),
  activities: projectionOf(lists.activities),
  followUps: projectionOf(lists.followUps),
  indicators: projectionOf(lists.indicators),
  indicatorValues: projectionOf(lists.indicatorValues),
  reports: projectionOf(lists.reports),
  reminders: projectionOf(lists.reminders),
  periods: projectionOf(lists.periods),
  readiness: projectionOf(lists.readiness)
};

function reader<M>(definition: ListDefinition<M>, columns?: readonly string[]): (item: Item, calendar: SiteCalendar) => M {
  // Only the fields that read, each with its key worked out once: a large year maps 100,000 items.
  const reading = definition.fields.filter((field) => field.model.read !== undefined && (columns === undefined || columns.includes(readKey(field))))
    .map((field) => ({ key: readKey(field), dateOnly: field.dateOnly === true, binding: field.model }));
  return (item, calendar) => {
    const model: Record<string, unknown> = { id: item.Id };
    for (const { key, dateOnly, binding } of reading) {
      // A date-only instant becomes its site date first.
      const stored = item[key];
      const value = dateOnly && typeof stored === 'string' && stored ? calendar.dateOf(stored) : stored;
      if (binding.readInto) binding.readInto(model as Partial<Draft<M>>, value);
      else Object.assign(model, binding.read!(value, item));
    }
    return model as unknown as M;
  };
}

/** An item of each list as the model's value. */
export const toModel: { readonly [K in ListKey]: (item: Item, calendar: SiteCalendar) => ListModels[K] } = {
  goals: reader(lists.goals),
  orgUnits: reader(lists.orgUnits),
  allocations: reader(lists.allocations),
  activities: reader(lists.activities),
  followUps: reader(lists.followUps),
  indicators: reader(lists.indicators),
  indicatorValues: reader(lists.indicatorValues),
  reports: reader(lists.reports),
  reminders: reader(lists.reminders),
  periods: reader(lists.periods),
  readiness: reader(lists.readiness)
};

/** What a few of a list's columns make of its model (a lifted activity's texts, read beside its item). */
export function modelPart<K extends ListKey>(key: K, columns: readonly string[]): (item: Item, calendar: SiteCalendar) => Partial<ListModels[K]> {
  const read = reader(lists[key] as ListDefinition, columns);
  return (item, calendar) => {
    const part: Partial<{ id: number }> = read(item, calendar) as { id: number };
    delete part.id;
    return part as Partial<ListModels[K]>;
  };
}

/** The ETag SharePoint sent with an item, in whichever JSON flavour it answered. */
export function etagOf(item: Item): string {
  return item['odata.etag'] ?? item.__metadata?.etag ?? '';
}

/**
 * The columns the summary reads with the year, list by list: only what it shows and counts. An
 * allow-list, so a column added to a list stays out of the summary's read (and its cache key)
 * until it is named here; what is left out reads as its binding reads nothing ('' or undefined),
 * and the in-memory repository of the tests leaves out the same. An activity's title and status
 * (and whether it is lifted in the report) come with it only when it is lifted
 * (`summaryHighlights`): the report names those; the others are read when their department or goal
 * opens (`summaryTextProjections`). A follow-up's year is the year read (its filter), not a column.
 */
export const readBySummary: Readonly<Record<Collection, readonly string[]>> = {
  goals: ['Title', 'MiljoYear', 'GoalCode', 'GoalDescription', 'Indicator', 'MeasuredRegionWide', 'Retired', 'GoalForvaltning'],
  orgUnits: ['Title', 'ShortName', 'UnitCode', 'OrgLevel', 'ParentUnit', 'Closed', 'ClosedOn'],
  allocations: ['Goal', 'OrgUnit', 'AgreedWithUnitHead', 'AgreedOn'],
  activities: ['Allocation', 'StartDate'],
  followUps: ['Activity', 'Period'],
  indicators: ['Title', 'Goal', 'IndicatorUnit', 'Direction', 'BaselineYear', 'BaselineValue', 'TargetYear', 'TargetValue', 'IndicatorSource',
    'Responsible', 'NormalisedPer'],
  indicatorValues: ['Indicator', 'MeasuredYear', 'MeasuredValue', 'ValueComment', 'Preliminary', 'ValuePeriod', 'Denominator']
};

function summaryProjectionOf(definition: ListDefinition): Projection {
  // Lists the summary's year never reads (reports, reminders, periods) keep their whole projection.
  const read = (readBySummary as Partial<Record<ListKey, readonly string[]>>)[definition.key];
  return read === undefined ? projectionOf(definition)
    : projectionOf({ ...definition, fields: definition.fields.filter((field) => read.includes(field.internalName)) });
}

/** The summary's read: only what it shows and counts (a year's list without a line in readBySummary does not compile). */
export const summaryProjections = Object.fromEntries(
  (Object.values(lists) as ListDefinition[]).map((definition) => [definition.key, summaryProjectionOf(definition)])
) as Readonly<Record<ListKey, Projection>>;

/** What the summary's year reads of the activities lifted in the report, which its sentence names. */
export const summaryHighlights = {
  key: 'activities' as const, projection: { select: ['Id', 'Title', 'ActivityStatus', 'Highlighted'], expand: [] }, filter: eq('Highlighted', true)
};

/** The texts an opened department or goal shows, which the summary's year leaves out. */
export const summaryTextProjections = {
  activities: { select: ['Id', 'Title', 'ActivityStatus'], expand: [] },
  followUps: { select: ['Id', 'Grade', 'FollowUpComment'], expand: [] }
} as const satisfies Partial<Record<ListKey, Projection>>;
