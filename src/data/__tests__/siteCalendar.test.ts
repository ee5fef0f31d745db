import { siteCalendar } from '../siteCalendar';

const stockholm = siteCalendar({ Id: 4, Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 } });
const pacific = siteCalendar({ Id: 13, Information: { Bias: 480, DaylightBias: -60, StandardBias: 0 } });

describe('the site calendar', () => {
  it('reads a date-only value as the date it starts in the site\'s zone, winter and summer', () => {
    expect(stockholm.dateOf('2024-03-13T23:00:00Z')).toBe('2024-03-14');
    expect(stockholm.dateOf('2024-06-30T22:00:00Z')).toBe('2024-07-01');
    expect(pacific.dateOf('2024-01-15T08:00:00Z')).toBe('2024-01-15');
    expect(pacific.dateOf('2024-07-01T07:00:00Z')).toBe('2024-07-01');
  });

  it('writes a date as the instant of its local midnight', () => {
    expect(stockholm.midnightOf('2024-03-14')).toBe('2024-03-13T23:00:00Z');
    expect(stockholm.midnightOf('2024-07-01')).toBe('2024-06-30T22:00:00Z');
    expect(pacific.midnightOf('2024-01-15')).toBe('2024-01-15T08:00:00Z');
    expect(pacific.midnightOf('2024-07-01')).toBe('2024-07-01T07:00:00Z');
    // Around the switch to summer time (31 March 2024 in Stockholm, 10 March in the US).
    expect(stockholm.midnightOf('2024-03-31')).toBe('2024-03-30T23:00:00Z');
    expect(stockholm.midnightOf('2024-04-01')).toBe('2024-03-31T22:00:00Z');
    expect(pacific.midnightOf('2024-03-10')).toBe('2024-03-10T08:00:00Z');
    expect(pacific.midnightOf('2024-03-11')).toBe('2024-03-11T07:00:00Z');
  });

  it('round-trips every day of a year in both zones', () => {
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      expect([date, stockholm.dateOf(stockholm.midnightOf(date))]).toEqual([date, date]);
      expect([date, pacific.dateOf(pacific.midnightOf(date))]).toEqual([date, date]);
    }
  });

  it('keeps the right date in a zone outside its table, from the biases alone', () => {
    const elsewhere = siteCalendar({ Id: 999, Information: { Bias: -120, DaylightBias: -60, StandardBias: 0 } });
    expect(elsewhere.dateOf('2024-01-14T22:00:00Z')).toBe('2024-01-15');
    expect(elsewhere.dateOf('2024-07-14T21:00:00Z')).toBe('2024-07-15');
    expect(elsewhere.midnightOf('2024-01-15')).toBe('2024-01-14T22:00:00Z');
  });
});
