// An indicator's definition as typed, delår figures beside whole-year values, and the normalised
// figure (per employee, per square metre) in the status and the report's sentence.
import { indicatorFromInput, validateIndicatorDefinition, type IndicatorDefinitionInput } from '../indicators/indicatorDefinition';
import { validateIndicatorValueInput } from '../indicators/indicatorInput';
import { indicatorStatus, normalisedValue, valuesOf } from '../indicators/indicatorStatus';
import { indicatorSentence } from '../report/indicatorText';
import type { Indicator, IndicatorValue } from '../model';

const typed: IndicatorDefinitionInput = {
  name: ' Koldioxidutsläpp från tjänsteresor ', unit: 'ton CO2e', direction: 'lower', baselineYear: '2019', baselineValue: '1 512',
  targetYear: '2030', targetValue: '756,5', source: 'Reseräkningar', normalisedPer: ' anställd '
};
const travel: Indicator = {
  id: 1, goalId: 231, name: 'Koldioxidutsläpp från tjänsteresor', unit: 'ton CO2e', direction: 'lower',
  baseline: { year: 2019, value: 1512 }, target: { year: 2030, value: 756 }, source: 'Reseräkningar', normalisedPer: 'anställd'
};
let nextId = 100;
const value = (year: number, measured: number, extra: Partial<IndicatorValue> = {}): IndicatorValue =>
  ({ id: nextId++, indicatorId: 1, year, value: measured, comment: '', preliminary: false, ...extra });
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('an indicator as the regional staff type it', () => {
  it('becomes the indicator with numbers as people write them and outer spaces gone', () => {
    expect(validateIndicatorDefinition(typed)).toEqual({ ok: true });
    expect(indicatorFromInput(typed, 231, undefined)).toEqual({
      goalId: 231, name: 'Koldioxidutsläpp från tjänsteresor', unit: 'ton CO2e', direction: 'lower',
      baseline: { year: 2019, value: 1512 }, target: { year: 2030, value: 756.5 }, source: 'Reseräkningar',
      responsible: undefined, normalisedPer: 'anställd'
    });
    expect(indicatorFromInput({ ...typed, normalisedPer: '  ' }, 231, undefined).normalisedPer).toBeUndefined();
  });

  it('names each field that is missing or wrong', () => {
    const result = validateIndicatorDefinition({ ...typed, name: '\u200b', baselineYear: '19', baselineValue: '', targetValue: 'mycket' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: { code: 'required', params: {} },
      baselineYear: { code: 'invalidNumber', params: { value: '19' } },
      baselineValue: { code: 'required', params: {} },
      targetValue: { code: 'invalidNumber', params: { value: 'mycket' } }
    });
  });

  it('refuses a target year that is not after the baseline year, and a year outside the sane range', () => {
    const same = validateIndicatorDefinition({ ...typed, targetYear: '2019' });
    expect(same).toEqual({ ok: false, errors: { targetYear: { code: 'targetNotAfterBaseline', params: { baselineYear: 2019 } } } });
    const far = validateIndicatorDefinition({ ...typed, targetYear: '2200' });
    expect(far).toMatchObject({ ok: false, errors: { targetYear: { code: 'yearOutOfRange' } } });
  });
});

describe('delår figures', () => {
  const values = [value(2022, 1180), value(2023, 560, { period: 'delar' }), value(2023, 1300)];

  it('are kept apart from the whole-year values, and the status judges whole years only', () => {
    expect(valuesOf(1, values).map((held) => held.value)).toEqual([1180, 1300]);
    expect(valuesOf(1, values, 'delar').map((held) => held.value)).toEqual([560]);
    // Half a year's 560 would look far better than the path; only 1 300 for the whole of 2023 counts.
    expect(indicatorStatus(travel, values)).toMatchObject({ kind: 'notOnTrack', latest: { value: 1300 } });
    expect(indicatorStatus(travel, [value(2023, 560, { period: 'delar' })]).kind).toBe('noData');
  });
});

describe('the normalised figure', () => {
  it('is the value over its denominator, only where the indicator has one and the denominator is above zero', () => {
    expect(normalisedValue(travel, { value: 1240, denominator: 3100 })).toBeCloseTo(0.4);
    expect(normalisedValue(travel, { value: 1240 })).toBeUndefined();
    expect(normalisedValue(travel, { value: 1240, denominator: 0 })).toBeUndefined();
    expect(normalisedValue({ normalisedPer: undefined }, { value: 1240, denominator: 3100 })).toBeUndefined();
  });

  it('stands after the value in the report\'s sentence, in both languages', () => {
    const values = [value(2023, 1240, { denominator: 3100 })];
    expect(plain(indicatorSentence(travel, values, 'sv-SE'))).toBe(
      'Koldioxidutsläpp från tjänsteresor var 1 240 ton CO2e 2023 (0,4 ton CO2e per anställd), 18 procent lägre än 2019; målet är 50 procent lägre till 2030 (inte i takt med målet).');
    expect(plain(indicatorSentence(travel, values, 'en-US'))).toBe(
      'Koldioxidutsläpp från tjänsteresor was 1,240 ton CO2e in 2023 (0.4 ton CO2e per anställd), 18 percent lower than in 2019; the target is 50 percent lower by 2030 (not on track).');
    expect(plain(indicatorSentence(travel, [value(2023, 1240)], 'sv-SE'))).not.toContain('per anställd');
  });

  it('is checked as typed: blank is none, otherwise a number above zero', () => {
    const base = { year: 2023, value: '1240', comment: '' };
    expect(validateIndicatorValueInput({ ...base, denominator: '' })).toEqual({ ok: true });
    expect(validateIndicatorValueInput({ ...base, denominator: '3 100' })).toEqual({ ok: true });
    expect(validateIndicatorValueInput({ ...base, denominator: '0' })).toEqual({ ok: false, errors: { denominator: { code: 'notPositive', params: { value: '0' } } } });
    expect(validateIndicatorValueInput({ ...base, denominator: 'många' })).toMatchObject({ ok: false, errors: { denominator: { code: 'invalidNumber' } } });
  });
});
