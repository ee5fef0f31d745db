import fc from 'fast-check';
import { datesProblem, daysBetween, deadlineState, periodDeadline, periodOpening } from '../deadlines';
import { isPeriodClosed, lastEvent, noSettings, settingsOf } from '../periodSettings';

describe('deadlines of the follow-up periods', () => {
  it('closes delår on 31 August and helår on 15 January of the next year', () => {
    expect(periodDeadline({ year: 2023, kind: 'delar' })).toBe('2023-08-31');
    expect(periodDeadline({ year: 2023, kind: 'helar' })).toBe('2024-01-15');
  });

  it('counts the days left, the last day itself included as 0, across months and daylight saving', () => {
    expect(deadlineState({ year: 2023, kind: 'delar' }, '2023-08-31')).toEqual({ kind: 'open', deadline: '2023-08-31', daysLeft: 0 });
    expect(deadlineState({ year: 2023, kind: 'delar' }, '2023-03-20')).toEqual({ kind: 'open', deadline: '2023-08-31', daysLeft: 164 });
    expect(deadlineState({ year: 2023, kind: 'helar' }, '2023-12-20')).toEqual({ kind: 'open', deadline: '2024-01-15', daysLeft: 26 });
  });

  it('is late from the day after the deadline', () => {
    expect(deadlineState({ year: 2023, kind: 'delar' }, '2023-09-01')).toEqual({ kind: 'late', deadline: '2023-08-31', daysLate: 1 });
    expect(deadlineState({ year: 2023, kind: 'helar' }, '2024-02-14')).toEqual({ kind: 'late', deadline: '2024-01-15', daysLate: 30 });
  });

  it('counts days as the calendar does: from a day to the next is always one', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 30) }), (time) => {
      const day = new Date(time).toISOString().slice(0, 10);
      const next = new Date(time + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
      return daysBetween(day, next) === 1 && daysBetween(next, day) === -1 && daysBetween(day, day) === 0;
    }));
  });
});

describe('the staff\'s dates', () => {
  const delar = { year: 2026, kind: 'delar' as const };

  it('take the place of the defaults where set', () => {
    expect(periodDeadline(delar, { deadline: '2026-09-15' })).toBe('2026-09-15');
    expect(periodDeadline(delar, { opensOn: '2026-03-01' })).toBe('2026-08-31');
    expect(periodOpening(delar, { opensOn: '2026-03-01' })).toBe('2026-03-01');
    expect(periodOpening({ year: 2026, kind: 'helar' })).toBe('2026-09-01');
    expect(deadlineState(delar, '2026-09-10', { deadline: '2026-09-15' })).toEqual({ kind: 'open', deadline: '2026-09-15', daysLeft: 5 });
  });

  it('keep a period not open before the staff\'s opening day', () => {
    expect(deadlineState(delar, '2026-02-20', { opensOn: '2026-03-01' })).toEqual({ kind: 'notOpen', opensOn: '2026-03-01', deadline: '2026-08-31' });
    expect(deadlineState(delar, '2026-03-01', { opensOn: '2026-03-01' }).kind).toBe('open');
  });

  it('refuse a deadline before the opening, with the defaults filling what is unset', () => {
    expect(datesProblem(delar, { opensOn: '2026-05-01', deadline: '2026-04-30' })).toBe('deadlineBeforeOpening');
    expect(datesProblem(delar, { opensOn: '2026-09-01' })).toBe('deadlineBeforeOpening');
    expect(datesProblem(delar, { deadline: '2026-01-31' })).toBe('deadlineBeforeOpening');
    expect(datesProblem(delar, { opensOn: '2026-05-01', deadline: '2026-05-01' })).toBeUndefined();
    expect(datesProblem(delar, { deadline: '2026-02-30' })).toBe('notADate');
    expect(datesProblem(delar, {})).toBeUndefined();
  });
});

describe('closing and reopening', () => {
  const period = { year: 2026, kind: 'delar' as const };
  const staff = { login: 'staff@region.example', name: 'Staff' };
  const event = (id: number, kind: 'closed' | 'reopened', at: string) => ({ id, kind, by: staff, at });

  it('is the last event\'s state, by moment and then by the order recorded', () => {
    expect(isPeriodClosed(noSettings(period))).toBe(false);
    expect(isPeriodClosed({ period, events: [event(1, 'closed', '2026-09-01T10:00:00Z')] })).toBe(true);
    expect(isPeriodClosed({ period, events: [event(2, 'reopened', '2026-09-02T10:00:00Z'), event(1, 'closed', '2026-09-01T10:00:00Z')] })).toBe(false);
    expect(isPeriodClosed({ period, events: [event(1, 'reopened', '2026-09-01T10:00:00Z'), event(2, 'closed', '2026-09-01T10:00:00Z')] })).toBe(true);
    expect(lastEvent({ period, events: [event(1, 'closed', '2026-09-01T10:00:00Z'), event(2, 'reopened', '2026-09-02T10:00:00Z')] }, 'closed')?.id).toBe(1);
  });

  it('finds a period\'s settings among those read, or none', () => {
    const helar = { period: { year: 2026, kind: 'helar' as const }, deadline: '2027-01-20', events: [] };
    expect(settingsOf({ year: 2026, kind: 'helar' }, [helar])).toBe(helar);
    expect(settingsOf(period, [helar])).toEqual(noSettings(period));
  });
});
