// The field descriptions themselves: each list's fields read back what they write, reads select
// what they use and no more, and every name is one SharePoint accepts.
import type { Activity, Allocation, FollowUp, Goal, Indicator, IndicatorValue, OrgUnit } from '../../domain/model';
import { addedItemBody, itemBody } from '../itemBodies';
import type { Item } from '../listFields';
import type { SentReminder } from '../../domain/reminders/reminders';
import type { ReadinessEvent } from '../../domain/readiness/readiness';
import { projections, toModel } from '../mapping';
import type { UserIdOf } from '../people';
import { siteCalendar } from '../siteCalendar';
import { ListKey, ListModels, listOrder, lists, type PeriodEntry, type ReportPart } from '../schema';

const anna = { login: 'anna@region.example', name: 'Anna', email: 'anna@region.example' };
const userIdOf: UserIdOf = async (login) => (login === anna.login ? 7 : null);
const calendar = siteCalendar({ Id: 13, Information: { Bias: 480, DaylightBias: -60, StandardBias: 0 } });
const context = { userIdOf, calendar };
/** A User column as SharePoint expands it. */
const expanded = (userId: number | null): Item | null =>
  (userId === 7 ? { Id: 7, Title: anna.name, Name: `i:0#.f|membership|${anna.login}`, EMail: anna.email } : null);

const samples: { [K in ListKey]: ListModels[K] } = {
  goals: { id: 1, year: 2024, code: 'M1', title: 'Minskade utsläpp', description: 'd', indicator: 'i', measuredRegionWide: true, retired: true, forvaltningId: 7 } as Goal,
  orgUnits: { id: 2, name: 'Regionservice', shortName: 'RS', code: 'RS-1', level: 'avdelning', parentId: 1, head: anna, closed: true, closedOn: '2024-06-30' } as OrgUnit,
  allocations: { id: 3, goalId: 1, orgUnitId: 2, allocatedBy: anna, allocatedAt: '2024-02-01T09:00:00Z', agreedWithUnitHead: true,
    agreedOn: '2024-02-02', note: 'n' } as Allocation,
  activities: { id: 4, allocationId: 3, title: 'Källsortering', description: 'd', responsible: anna, startDate: '2024-03-01',
    endDate: '2024-12-31', status: 'pagaende', highlighted: true, cost: 12500 } as Activity,
  followUps: { id: 5, activityId: 4, period: { year: 2024, kind: 'helar' }, grade: 'genomford', comment: 'Klart', updatedBy: anna,
    updatedAt: '2024-08-01T10:00:00Z' } as FollowUp,
  indicators: { id: 6, goalId: 1, name: 'Koldioxidutsläpp från tjänsteresor', unit: 'ton CO2e', direction: 'higher',
    baseline: { year: 2019, value: 1512.5 }, target: { year: 2030, value: 756 }, source: 'Reseräkningar', responsible: anna,
    normalisedPer: 'anställd', koladaKpi: 'N00401', koladaOrgId: '0020', koladaOrgName: 'Region Dalarna' } as Indicator,
  indicatorValues: { id: 7, indicatorId: 6, year: 2022, period: 'delar', value: 1105.25, comment: 'Preliminär siffra', preliminary: true,
    denominator: 2480, source: 'Kolada N00401, hämtad 2026-05-04' } as IndicatorValue,
  reports: { id: 8, year: 2024, periodKind: 'helar', version: 2, part: 0, parts: 1, data: '{"year":2024}', frozenBy: anna,
    frozenAt: '2024-02-01T09:00:00Z' } as ReportPart,
  reminders: { id: 9, year: 2024, periodKind: 'delar', orgUnitIds: [2, 12], recipients: [anna.login, 'per@region.example'], channel: 'teams',
    sentBy: anna, sentAt: '2024-02-01T09:00:00Z' } as SentReminder,
  periods: { id: 10, year: 2024, periodKind: 'delar', entry: 'dates', opensOn: '2024-03-01', deadline: '2024-09-15',
    createdBy: anna, createdAt: '2024-02-01T09:00:00Z', modifiedBy: anna, modifiedAt: '2024-08-01T10:00:00Z' } as PeriodEntry,
  readiness: { id: 11, period: { year: 2024, kind: 'helar' }, orgUnitId: 12, kind: 'sentBack', comment: 'Följ upp Kajutan.', by: anna,
    at: '2024-02-01T09:00:00Z' } as ReadinessEvent
};

/** What SharePoint itself fills in: who created the item and when, who changed it last and when. */
const systemColumns: Item = { Created: '2024-02-01T09:00:00Z', Author: expanded(7), Modified: '2024-08-01T10:00:00Z', Editor: expanded(7) };

/** A written body as SharePoint then serves the item: people expanded from the ids written. */
function stored(key: ListKey, id: number, body: Item): Item {
  const item: Item = { Id: id, ...systemColumns, ...body };
  for (const field of lists[key].fields.filter((candidate) => candidate.type === 'User' && !candidate.builtIn)) {
    item[field.internalName] = expanded(body[`${field.internalName}Id`]);
    delete item[`${field.internalName}Id`];
  }
  return item;
}

/** The item keys a read looks at, top-level (`Head`, not `Head/Title`). */
function keysRead(key: ListKey): Set<string> {
  const seen = new Set<string>();
  const item = new Proxy<Item>({}, { get: (_, name) => { seen.add(String(name)); return undefined; } });
  toModel[key](item, calendar);
  return seen;
}

describe.each(listOrder)('the %s fields', (key) => {
  const definition = lists[key];

  it('read back what they write, property by property', async () => {
    const sample = samples[key];
    const body = await addedItemBody(key, sample, context, { year: 2024, clientKey: 'k' });
    expect(toModel[key](stored(key, sample.id, body), calendar)).toStrictEqual(sample);
  });

  it('leave what only an add sets out of an update, and put it last in an add', async () => {
    const update = Object.keys(await itemBody(key, samples[key], context));
    const add = Object.keys(await addedItemBody(key, samples[key], context, { year: 2024, clientKey: 'k' }));
    const addedOnly = definition.fields.filter((field) => field.model.onAdd).map((field) => field.internalName);
    expect(add).toEqual([...update, ...addedOnly]);
  });

  it('select every column a read uses, and no key derived from others', () => {
    const selected = new Set([...projections[key].select.map((column) => column.split('/')[0]), ...projections[key].expand]);
    expect([...keysRead(key)].filter((column) => !selected.has(column))).toEqual([]);
    const derived = definition.fields.filter((field) => field.model.derived).map((field) => field.internalName);
    expect(derived.filter((column) => selected.has(column))).toEqual([]);
  });

  it('expand exactly the people it reads, with what a person needs', () => {
    const people = definition.fields.filter((field) => field.type === 'User').map((field) => field.internalName);
    expect(projections[key].expand).toEqual(people);
    for (const person of people) expect(projections[key].select).toEqual(expect.arrayContaining([`${person}/Name`, `${person}/EMail`]));
  });

  it('have ASCII internal names of at most 32 characters, each once', () => {
    const names = definition.fields.map((field) => field.internalName);
    for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]{0,31}$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it('name their columns in Swedish, list their choices and look up lists created before them', () => {
    for (const field of definition.fields) expect(field.displayName).toMatch(/\S/);
    for (const field of definition.fields.filter((candidate) => candidate.type === 'Choice')) expect(field.choices).toContainEqual(expect.any(String));
    for (const field of definition.fields.filter((candidate) => candidate.type === 'Lookup')) {
      expect(listOrder.indexOf(field.lookupList!)).toBeLessThanOrEqual(listOrder.indexOf(key));
    }
  });
});
