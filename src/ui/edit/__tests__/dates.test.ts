import { formatDate, formatDateTime, formatMomentDate } from '../dates';

describe('dates in the UI', () => {
  it('writes a day one way per language, the same day in every time zone of the browser', () => {
    expect(formatDate('2023-03-14', 'sv-SE')).toBe('14 mars 2023');
    expect(formatDate('2023-03-14', 'en-US')).toBe('March 14, 2023');
    expect(formatDate('', 'sv-SE')).toBe('');
    expect(formatDate('not a date', 'sv-SE')).toBe('not a date');
  });

  it('writes a moment with the same date words and adds its time', () => {
    const moment = formatDateTime('2023-03-20T12:00:00Z', 'sv-SE');
    expect(moment).toMatch(/^20 mars 2023 (kl\. )?\d{2}:\d{2}$/);
    expect(moment.startsWith(formatDate('2023-03-20', 'sv-SE'))).toBe(true);
    expect(formatDateTime('2023-03-20T12:00:00Z', 'en-US')).toMatch(/^March 20, 2023(,| at) \d{1,2}:\d{2}\s?[AP]M$/);
    expect(formatMomentDate('2023-03-20T12:00:00Z', 'sv-SE')).toBe('20 mars 2023');
  });
});
