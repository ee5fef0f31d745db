import {
  activitiesToMove,
  comparePeriods,
  currentFollowUpPeriod,
  demoActivities,
  followUpHistory,
  moveActivities,
  parsePeriodKey,
  periodKey,
  periodsOfYear,
  recordFollowUp,
  reportingMonth,
  type FollowUp
} from '../index';

describe('follow-up periods', () => {
  it('have stable keys that parse back', () => {
    expect(periodKey({ year: 2023, kind: 'delar' })).toBe('2023-delar');
    expect(parsePeriodKey('2023-helar')).toEqual({ year: 2023, kind: 'helar' });
    expect(parsePeriodKey('2023-q3')).toBeUndefined();
  });

  it('report delår in August and helår in January of the next year', () => {
    const [delar, helar] = periodsOfYear(2023);
    expect(reportingMonth(delar)).toEqual({ year: 2023, month: 8 });
    expect(reportingMonth(helar)).toEqual({ year: 2024, month: 1 });
    expect(comparePeriods(delar, helar)).toBeLessThan(0);
    expect(comparePeriods(helar, { year: 2024, kind: 'delar' })).toBeLessThan(0);
  });

  it('follow the calendar: January still reports the previous helår', () => {
    expect(currentFollowUpPeriod('2024-01-20')).toEqual({ year: 2023, kind: 'helar' });
    expect(currentFollowUpPeriod('2024-02-01')).toEqual({ year: 2024, kind: 'delar' });
    expect(currentFollowUpPeriod('2024-08-31')).toEqual({ year: 2024, kind: 'delar' });
    expect(currentFollowUpPeriod('2024-09-01')).toEqual({ year: 2024, kind: 'helar' });
  });
});

describe('moveActivities', () => {
  it('moves only the activities of the given allocation', () => {
    const moved = moveActivities(demoActivities, 1113, 113);
    expect(activitiesToMove(moved, 1113)).toEqual([]);
    expect(activitiesToMove(moved, 113).map((activity) => activity.id)).toEqual([1, 2]);
    expect(moved.filter((activity) => activity.id > 2)).toEqual(demoActivities.filter((activity) => activity.id > 2));
    expect(activitiesToMove(demoActivities, 1113)).toHaveLength(2); // the input is untouched
  });
});

describe('recordFollowUp', () => {
  const delar: FollowUp = { id: 1, activityId: 5, period: { year: 2023, kind: 'delar' }, grade: 'ejPaborjad', comment: 'Ej påbörjad.' };
  const helar: FollowUp = { id: 2, activityId: 5, period: { year: 2023, kind: 'helar' }, grade: 'genomford', comment: 'Klar.' };

  it('adds a later period beside the earlier one, never over it', () => {
    const history = recordFollowUp([delar], helar);
    expect(history).toEqual([delar, helar]);
  });

  it('replaces the same period only', () => {
    const corrected = { ...helar, comment: 'Klar i december.' };
    expect(recordFollowUp([delar, helar], corrected)).toEqual([delar, corrected]);
  });

  it('gives the history earliest first', () => {
    expect(followUpHistory([helar, delar], 5)).toEqual([delar, helar]);
  });
});
