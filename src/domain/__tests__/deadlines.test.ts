import fc from 'fast-check';
import { daysBetween, deadlineState, periodDeadline } from '../deadlines';

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
