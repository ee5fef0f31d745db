import fc from 'fast-check';
import {
  demoDepartmentIds, demoRegion2023, demoToday, demoUnitIds, type FollowUpPeriod, type Person
} from '../index';
import { readinessByUnit, readinessOf, readinessStatus, type ReadinessEvent, type ReadinessEventKind } from '../readiness/readiness';
import { canRecordReadiness, mayOfferReadiness, missingFollowUps, type ReadinessContext } from '../rules/readinessRules';
import { departmentReadiness, readinessParagraph, readyCount } from '../readiness/readinessReport';
import { headActor, reader, regionalStaff } from './support/demoActors';

const helar: FollowUpPeriod = { year: 2023, kind: 'helar' };
const delar: FollowUpPeriod = { year: 2023, kind: 'delar' };
const unit: number = demoUnitIds.maltidsservice;
const sibling = demoUnitIds.fordonsservice;
const department = demoDepartmentIds.regionservice;
const someone: Person = { login: 'a@region.se', name: 'A' };

let nextId = 1;
const event = (kind: ReadinessEventKind, at: string, orgUnitId = unit, period = helar, comment = ''): ReadinessEvent =>
  ({ id: nextId++, kind, at, orgUnitId, period, comment, by: someone });

describe('readiness, from events', () => {
  it('is not ready without events, ready after a mark, not ready after its take-back', () => {
    expect(readinessOf([], unit, helar).state).toBe('notReady');
    const marked = event('ready', '2024-01-10T10:00:00Z', unit, helar, 'Två aktiviteter väntar på leverantören.');
    expect(readinessOf([marked], unit, helar)).toEqual({ state: 'ready', by: someone, at: marked.at, comment: marked.comment });
    expect(readinessOf([marked, event('takenBack', '2024-01-11T10:00:00Z')], unit, helar).state).toBe('notReady');
  });

  it('keeps the department head\'s words with a mark sent back, until the unit marks again', () => {
    const events = [event('ready', '2024-01-10T10:00:00Z'), event('sentBack', '2024-01-11T09:00:00Z', unit, helar, 'Följ upp Kajutan först.')];
    expect(readinessOf(events, unit, helar)).toMatchObject({ state: 'sentBack', comment: 'Följ upp Kajutan först.' });
    expect(readinessOf([...events, event('ready', '2024-01-12T09:00:00Z')], unit, helar).state).toBe('ready');
  });

  it('keeps periods and units apart', () => {
    const events = [event('ready', '2024-01-10T10:00:00Z', unit, delar), event('ready', '2024-01-10T10:00:00Z', sibling, helar)];
    expect(readinessOf(events, unit, helar).state).toBe('notReady');
    expect(readinessOf(events, unit, delar).state).toBe('ready');
  });

  it('orders two events of the same second by the order SharePoint recorded them (id)', () => {
    const first = { ...event('ready', '2024-01-10T10:00:00Z'), id: 50 };
    const second = { ...event('takenBack', '2024-01-10T10:00:00Z'), id: 51 };
    expect(readinessOf([second, first], unit, helar).state).toBe('notReady');
  });

  it('is the same whatever order the events are read in, and the one-pass map agrees', () => {
    const kinds: ReadinessEventKind[] = ['ready', 'takenBack', 'sentBack'];
    const arbitraryEvent = fc.record({
      id: fc.integer({ min: 1, max: 10_000 }),
      kind: fc.constantFrom(...kinds),
      orgUnitId: fc.constantFrom(unit, sibling),
      period: fc.constantFrom(helar, delar),
      at: fc.integer({ min: 0, max: 100 }).map((minute) => new Date(Date.UTC(2024, 0, 10, 10, minute)).toISOString()),
      comment: fc.string({ maxLength: 5 }),
      by: fc.constant(someone)
    });
    fc.assert(fc.property(fc.uniqueArray(arbitraryEvent, { selector: (each) => each.id, maxLength: 12 }), fc.infiniteStream(fc.nat()), (events, seeds) => {
      const shuffled = [...events].sort(() => (seeds.next().value % 3) - 1);
      const byUnit = readinessByUnit(shuffled, helar);
      for (const id of [unit, sibling]) {
        const state = readinessOf(events, id, helar);
        expect(readinessOf(shuffled, id, helar)).toEqual(state);
        expect(byUnit.get(id) ?? { state: 'notReady' }).toEqual(state);
        // The last event decides: a take-back is not ready, anything else its own kind.
        const own = events.filter((each) => each.orgUnitId === id && each.period === helar)
          .sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
        const last = own[own.length - 1];
        expect(state.state).toBe(last === undefined || last.kind === 'takenBack' ? 'notReady' : last.kind);
      }
    }));
  });

  it('tells ready from ready after the deadline, and late from not yet ready', () => {
    const deadline = '2024-01-15';
    expect(readinessStatus(readinessOf([event('ready', '2024-01-15T20:00:00Z')], unit, helar), deadline, '2024-01-20')).toBe('ready');
    expect(readinessStatus(readinessOf([event('ready', '2024-01-16T08:00:00Z')], unit, helar), deadline, '2024-01-20')).toBe('readyLate');
    expect(readinessStatus({ state: 'notReady' }, deadline, '2024-01-10')).toBe('notReady');
    expect(readinessStatus({ state: 'notReady' }, deadline, '2024-01-16')).toBe('late');
  });
});

describe('who may mark a period ready', () => {
  const base: ReadinessContext = { picture: demoRegion2023, events: [], openPeriod: helar, today: demoToday };
  const unitHead = headActor(unit);
  const departmentHead = headActor(department);
  const reason = 'Leverantören har inte svarat än.';

  it('asks a unit with activities not followed up why, and counts them', () => {
    expect(missingFollowUps(demoRegion2023, unit, helar, demoToday)).toBe(2);
    expect(canRecordReadiness(unitHead, { period: helar, orgUnitId: unit, kind: 'ready', comment: '' }, base))
      .toEqual({ ok: false, reason: { code: 'readinessReasonRequired', params: { missing: 2 } } });
    expect(canRecordReadiness(unitHead, { period: helar, orgUnitId: unit, kind: 'ready', comment: reason }, base)).toEqual({ ok: true });
  });

  it('lets a unit head mark only their own unit, and the department head send it back', () => {
    expect(canRecordReadiness(unitHead, { period: helar, orgUnitId: sibling, kind: 'ready', comment: reason }, base))
      .toMatchObject({ ok: false, reason: { code: 'outsideScope' } });
    expect(canRecordReadiness(reader, { period: helar, orgUnitId: unit, kind: 'ready', comment: reason }, base)).toMatchObject({ ok: false });
    const marked = { ...base, events: [event('ready', '2024-01-10T10:00:00Z', unit, helar, reason)] };
    expect(canRecordReadiness(unitHead, { period: helar, orgUnitId: unit, kind: 'sentBack', comment: 'Nej.' }, marked))
      .toMatchObject({ ok: false, reason: { code: 'outsideScope' } });
    expect(canRecordReadiness(departmentHead, { period: helar, orgUnitId: unit, kind: 'sentBack', comment: '' }, marked))
      .toMatchObject({ ok: false, reason: { code: 'required' } });
    expect(canRecordReadiness(departmentHead, { period: helar, orgUnitId: unit, kind: 'sentBack', comment: 'Följ upp Kajutan.' }, marked)).toEqual({ ok: true });
    expect(canRecordReadiness(unitHead, { period: helar, orgUnitId: unit, kind: 'ready', comment: reason }, marked))
      .toMatchObject({ ok: false, reason: { code: 'alreadyReady' } });
    expect(canRecordReadiness(regionalStaff, { period: helar, orgUnitId: unit, kind: 'takenBack', comment: '' }, marked)).toEqual({ ok: true });
  });

  it('lets a department head mark only their own department, and holds the units\' marks while it stands', () => {
    const other = headActor(demoDepartmentIds.ekonomi);
    expect(canRecordReadiness(other, { period: helar, orgUnitId: department, kind: 'ready', comment: '' }, base))
      .toMatchObject({ ok: false, reason: { code: 'outsideScope' } });
    expect(canRecordReadiness(unitHead, { period: helar, orgUnitId: department, kind: 'ready', comment: '' }, base))
      .toMatchObject({ ok: false, reason: { code: 'outsideScope' } });
    const ready = { ...base, events: [event('ready', '2024-01-10T10:00:00Z', unit, helar, reason), event('ready', '2024-01-11T10:00:00Z', department)] };
    expect(canRecordReadiness(unitHead, { period: helar, orgUnitId: unit, kind: 'takenBack', comment: '' }, ready))
      .toEqual({ ok: false, reason: { code: 'departmentMarkedReady', params: { departmentId: department } } });
    expect(canRecordReadiness(departmentHead, { period: helar, orgUnitId: department, kind: 'takenBack', comment: '' }, ready)).toEqual({ ok: true });
  });

  it('keeps the marks of a period the staff closed, and of periods not open', () => {
    const closed = { ...base, settings: { period: helar, events: [{ id: 1, kind: 'closed' as const, by: someone, at: '2024-02-01T10:00:00Z' }] } };
    expect(canRecordReadiness(unitHead, { period: helar, orgUnitId: unit, kind: 'ready', comment: reason }, closed))
      .toMatchObject({ ok: false, reason: { code: 'periodLocked' } });
    expect(canRecordReadiness(unitHead, { period: delar, orgUnitId: unit, kind: 'ready', comment: reason }, base))
      .toMatchObject({ ok: false, reason: { code: 'periodClosed' } });
  });
});

describe('who stands behind the report\'s figures', () => {
  const summary = {
    period: helar,
    departments: [
      { departmentId: demoDepartmentIds.regionservice, name: 'Regionservice' },
      { departmentId: demoDepartmentIds.ekonomi, name: 'Ekonomiavdelningen' },
      { departmentId: demoDepartmentIds.hr, name: 'HR-avdelningen' }
    ]
  } as unknown as Parameters<typeof departmentReadiness>[0];

  it('names each department ready or not, in the summary\'s order, and counts the ready ones', () => {
    const events = [
      event('ready', '2024-01-10T10:00:00Z', demoDepartmentIds.ekonomi, helar, '  Vi har bytt alla lampor.  '),
      event('ready', '2024-01-11T10:00:00Z', demoDepartmentIds.hr),
      event('takenBack', '2024-01-12T10:00:00Z', demoDepartmentIds.hr),
      event('ready', '2024-01-11T10:00:00Z', demoDepartmentIds.regionservice, delar, 'Delåret.')
    ];
    const rows = departmentReadiness(summary, events);
    expect(rows.map((row) => [row.name, row.ready, row.sentence])).toEqual([
      ['Regionservice', false, ''], ['Ekonomiavdelningen', true, 'Vi har bytt alla lampor.'], ['HR-avdelningen', false, '']
    ]);
    expect(readyCount(rows)).toBe(1);
  });

  it('puts the ready departments\' own sentences in the report, each after its name, and nothing when none wrote one', () => {
    const rows = departmentReadiness(summary, [
      event('ready', '2024-01-10T10:00:00Z', demoDepartmentIds.regionservice, helar, 'Matsvinnet har halverats'),
      event('ready', '2024-01-10T11:00:00Z', demoDepartmentIds.ekonomi, helar, 'Alla resor går med tåg!')
    ]);
    expect(readinessParagraph(rows, 'sv-SE')).toBe('Avdelningarna om sitt arbete: Regionservice: Matsvinnet har halverats. Ekonomiavdelningen: Alla resor går med tåg!');
    expect(readinessParagraph(rows, 'en-US')).toBe('The departments on their work: Regionservice: Matsvinnet har halverats. Ekonomiavdelningen: Alla resor går med tåg!');
    expect(readinessParagraph(departmentReadiness(summary, [event('ready', '2024-01-10T10:00:00Z', demoDepartmentIds.hr)]), 'sv-SE')).toBe('');
  });
});

describe('what the views offer', () => {
  const base: ReadinessContext = { picture: demoRegion2023, events: [], openPeriod: helar, today: demoToday };
  it('offers marking and sending back when only the comment the dialog asks for is missing, and nothing outside one\'s scope', () => {
    const unitHead = headActor(unit);
    expect(mayOfferReadiness(unitHead, { period: helar, orgUnitId: unit, kind: 'ready' }, base)).toBe(true);
    expect(mayOfferReadiness(unitHead, { period: helar, orgUnitId: sibling, kind: 'ready' }, base)).toBe(false);
    const marked = { ...base, events: [event('ready', '2024-01-10T10:00:00Z', unit, helar, 'Orsak.')] };
    expect(mayOfferReadiness(headActor(department), { period: helar, orgUnitId: unit, kind: 'sentBack' }, marked)).toBe(true);
    expect(mayOfferReadiness(unitHead, { period: helar, orgUnitId: unit, kind: 'sentBack' }, marked)).toBe(false);
    expect(mayOfferReadiness(unitHead, { period: helar, orgUnitId: unit, kind: 'ready' }, marked)).toBe(false);
  });
});
