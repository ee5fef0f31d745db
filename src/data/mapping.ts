// From list items to the domain model, as the field descriptions of schema.ts say: reads select
// only the columns a list's fields read back, people expanded to what `toPerson` needs, date-only
// columns read as the date they hold in the site's time zone.
import { Item, ListField, readKey } from './listFields';
import { eq } from './odata';
import { personProjection } from './people';
import type { SiteCalendar } from './siteCalendar';
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
  periods: projectionOf(lists.periods)
};

/** A column's value as its binding reads it: a date-only instant becomes its site date first. */
function storedValue(field: ListField<unknown>, item: Item, calendar: SiteCalendar): unknown {
  const value = item[readKey(field)];
  return field.dateOnly && typeof value === 'string' && value ? calendar.dateOf(value) : value;
}

function reader<M>(definition: ListDefinition<M>): (item: Item, calendar: SiteCalendar) => M {
  // Only the fields that read, each with its key worked out once: a large year maps 100,000 items.
  const reading = definition.fields.filter((field) => field.model.read !== undefined);
  return (item, calendar) => {
    const model = { id: item.Id };
    for (const field of reading) Object.assign(model, field.model.read!(storedValue(field, item, calendar), item));
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
  periods: reader(lists.periods)
};

/** The ETag SharePoint sent with an item, in whichever JSON flavour it answered. */
export function etagOf(item: Item): string {
  return item['odata.etag'] ?? item.__metadata?.etag ?? '';
}

/**
 * Columns the summary never reads with the year (only the editing views, the export and an opened
 * department or goal show them): its lean read leaves them out, and its picture then holds what
 * their bindings read from nothing ('' or undefined). Named by what is left out, so a column added
 * to a list is in the summary's read until said here. An activity's title and status (and whether
 * it is lifted in the report) come with it only when it is lifted (`summaryHighlights`): the report
 * names those; the others are read when their department or goal opens (`summaryTextProjections`).
 * A follow-up's year is the year read (its filter), not a column of every answer.
 */
export const notReadBySummary: Readonly<Partial<Record<ListKey, readonly string[]>>> = {
  orgUnits: ['Head'],
  allocations: ['Author', 'Created', 'AllocationNote'],
  activities: ['Title', 'ActivityDescription', 'Responsible', 'EndDate', 'ActivityStatus', 'Highlighted'],
  followUps: ['MiljoYear', 'Grade', 'FollowUpComment', 'Modified', 'Editor']
};

function summaryProjectionOf(definition: ListDefinition): Projection {
  const left = new Set(notReadBySummary[definition.key] ?? []);
  // A column only an add sets (a retry key, an allocation's year) is read by no binding: never asked for.
  const onlyAdded = (field: ListField<unknown>): boolean => field.model.read === undefined && field.model.write === undefined;
  return projectionOf({ ...definition, fields: definition.fields.filter((field) => !left.has(field.internalName) && !onlyAdded(field)) });
}

/** The summary's read: only what it shows and counts (for every list, so a new list needs no line here). */
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
