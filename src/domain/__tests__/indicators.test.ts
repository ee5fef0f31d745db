import fc from 'fast-check';
import {
  demoIndicators,
  demoIndicatorValues,
  demoRegion2023,
  indicatorReportText,
  indicatorSentence,
  indicatorStatus,
  parseDecimal,
  pathValue,
  validateIndicatorValueInput,
  type Indicator,
  type IndicatorValue
} from '../index';

const travel: Indicator = {
  id: 1, goalId: 231, name: 'Koldioxidutsläpp från tjänsteresor', unit: 'ton CO2e', direction: 'lower',
  baseline: { year: 2019, value: 1512 }, target: { year: 2030, value: 756 }, source: 'Reseräkningar'
};
const fossilFree: Indicator = {
  id: 2, goalId: 234, name: 'Andel fordon med fossilfri drift', unit: 'procent', direction: 'higher',
  baseline: { year: 2019, value: 12 }, target: { year: 2030, value: 100 }, source: 'Fordonsregistret'
};
let nextId = 100;
const value = (indicatorId: number, year: number, measured: number, extra: Partial<IndicatorValue> = {}): IndicatorValue =>
  ({ id: nextId++, indicatorId, year, value: measured, comment: '', preliminary: false, ...extra });
/** The locale's no-break spaces as plain ones, as a person writes it. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the straight path from baseline to target', () => {
  it('runs from the baseline value to the target value, and stays there outside those years', () => {
    expect(pathValue(travel, 2019)).toBe(1512);
    expect(pathValue(travel, 2030)).toBe(756);
    expect(pathValue(travel, 2024.5)).toBeCloseTo(1134);
    expect(pathValue(travel, 2015)).toBe(1512);
    expect(pathValue(travel, 2035)).toBe(756);
  });

  it('judges the latest value after the baseline year against the path in its year, the indicator\'s way round', () => {
    // On the path in 2023: 1512 − 756 × 4/11 = 1237.1.
    expect(indicatorStatus(travel, [value(1, 2023, 1237)]).kind).toBe('onTrack');
    expect(indicatorStatus(travel, [value(1, 2023, 1240)]).kind).toBe('notOnTrack');
    // Higher is better: 12 + 88 × 4/11 = 44 in 2023.
    expect(indicatorStatus(fossilFree, [value(2, 2023, 44)]).kind).toBe('onTrack');
    expect(indicatorStatus(fossilFree, [value(2, 2023, 38)]).kind).toBe('notOnTrack');
    // After the target year the target itself is the mark.
    expect(indicatorStatus(fossilFree, [value(2, 2031, 99)]).kind).toBe('notOnTrack');
  });

  it('has no data without a value after the baseline year, and looks only as far as asked', () => {
    expect(indicatorStatus(travel, []).kind).toBe('noData');
    expect(indicatorStatus(travel, [value(1, 2019, 1512), value(2, 2023, 10)]).kind).toBe('noData');
    const values = [value(1, 2021, 810), value(1, 2023, 5000)];
    expect(indicatorStatus(travel, values, 2022)).toMatchObject({ kind: 'onTrack', latest: { year: 2021 } });
  });

  it('gives the change since the baseline and since the year before, in the unit and in percent', () => {
    const status = indicatorStatus(travel, [value(1, 2019, 1512), value(1, 2022, 1105), value(1, 2023, 1240)]);
    expect(status.sinceBaseline).toMatchObject({ from: { year: 2019, value: 1512 }, to: { year: 2023, value: 1240 }, difference: -272 });
    expect(status.sinceBaseline?.percent).toBeCloseTo(-17.99, 2);
    expect(status.sinceYearBefore).toMatchObject({ from: { year: 2022, value: 1105 }, difference: 135 });
    // No value the year before: no change to speak of, except from the baseline year itself.
    expect(indicatorStatus(travel, [value(1, 2021, 810), value(1, 2023, 1240)]).sinceYearBefore).toBeUndefined();
    expect(indicatorStatus(travel, [value(1, 2020, 720)]).sinceYearBefore).toMatchObject({ from: { year: 2019, value: 1512 } });
    // A zero baseline has no percentage.
    expect(indicatorStatus({ ...fossilFree, baseline: { year: 2019, value: 0 } }, [value(2, 2023, 5)]).sinceBaseline?.percent).toBeUndefined();
  });

  it('reads one value per year: a list that holds two for a year counts the newer', () => {
    const older = value(1, 2023, 5000);
    const newer = value(1, 2023, 1000);
    expect(indicatorStatus(travel, [newer, older]).latest).toBe(newer);
  });
});

describe('the status rule, for any indicator', () => {
  const indicatorArb = fc.record({
    baselineYear: fc.integer({ min: 2000, max: 2040 }),
    span: fc.integer({ min: 1, max: 40 }),
    baseline: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    target: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    direction: fc.constantFrom('lower' as const, 'higher' as const)
  }).map(({ baselineYear, span, baseline, target, direction }): Indicator => ({
    ...travel, direction, baseline: { year: baselineYear, value: baseline }, target: { year: baselineYear + span, value: target }
  }));

  it('finds any value on the path on track', () => {
    fc.assert(fc.property(indicatorArb, fc.integer({ min: 1, max: 60 }), (indicator, after) => {
      const year = indicator.baseline.year + after;
      // The path worked out here on its own, not by the function under test.
      const share = Math.min(1, after / (indicator.target.year - indicator.baseline.year));
      const onPath = indicator.baseline.value + (indicator.target.value - indicator.baseline.value) * share;
      expect(indicatorStatus(indicator, [value(indicator.id, year, onPath)]).kind).toBe('onTrack');
    }), { numRuns: 300 });
  });

  it('finds a value better than the path on track and one clearly worse not on track', () => {
    fc.assert(fc.property(indicatorArb, fc.integer({ min: 1, max: 60 }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (indicator, after, margin) => {
      const year = indicator.baseline.year + after;
      const onPath = pathValue(indicator, year);
      const better = indicator.direction === 'lower' ? -1 : 1;
      const gap = margin * Math.max(1, Math.abs(onPath));
      expect(indicatorStatus(indicator, [value(indicator.id, year, onPath + better * gap)]).kind).toBe('onTrack');
      expect(indicatorStatus(indicator, [value(indicator.id, year, onPath - better * gap)]).kind).toBe('notOnTrack');
    }), { numRuns: 300 });
  });
});

describe('a value as people type it', () => {
  it.each([['1 240', 1240], ['1\u00a0240,5', 1240.5], ['12.5', 12.5], ['-3', -3], ['\u22123,25', -3.25], [',5', 0.5], ['0', 0]])('reads %p as %p', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['', ' ', '12 ton', '1,2,3', '1.2.3', 'e5', '--1', '1e3'])('refuses %p', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });

  it('needs a number, a sane year and a comment that fits', () => {
    expect(validateIndicatorValueInput({ year: 2023, value: '1 240', comment: '' })).toEqual({ ok: true });
    expect(validateIndicatorValueInput({ year: 1999, value: ' ', comment: 'x'.repeat(64000) })).toEqual({
      ok: false,
      errors: {
        year: { code: 'yearOutOfRange', params: { year: 1999, min: 2000, max: 2100 } },
        value: { code: 'required', params: {} },
        comment: { code: 'tooLong', params: { maxLength: 63999, length: 64000 } }
      }
    });
    expect(validateIndicatorValueInput({ year: 2023, value: ' 12 ton ', comment: '' }))
      .toEqual({ ok: false, errors: { value: { code: 'invalidNumber', params: { value: '12 ton' } } } });
  });
});

describe('the report sentence of an indicator', () => {
  it('says the latest value, the change since the baseline, the target and the status, in Swedish and English', () => {
    const values = [value(1, 2022, 1105), value(1, 2023, 1240)];
    expect(plain(indicatorSentence(travel, values, 'sv-SE'))).toBe(
      'Koldioxidutsläpp från tjänsteresor var 1 240 ton CO2e 2023, 18 procent lägre än 2019; målet är 50 procent lägre till 2030 (inte i takt med målet).');
    expect(plain(indicatorSentence(travel, values, 'en-US'))).toBe(
      'Koldioxidutsläpp från tjänsteresor was 1,240 ton CO2e in 2023, 18 percent lower than in 2019; the target is 50 percent lower by 2030 (not on track).');
  });

  it('counts a share\'s change in percentage points and says when a figure is preliminary', () => {
    const values = [value(2, 2023, 38, { preliminary: true })];
    expect(plain(indicatorSentence(fossilFree, values, 'sv-SE'))).toBe(
      'Andel fordon med fossilfri drift var 38 procent 2023 (preliminärt), 26 procentenheter högre än 2019; målet är 100 procent till 2030 (inte i takt med målet).');
    expect(plain(indicatorSentence(fossilFree, values, 'en-US'))).toBe(
      'Andel fordon med fossilfri drift was 38 percent in 2023 (preliminary), 26 percentage points higher than in 2019; the target is 100 percent by 2030 (not on track).');
  });

  it('says so when nothing is measured after the baseline, or nothing changed', () => {
    expect(plain(indicatorSentence(travel, [], 'sv-SE'))).toBe(
      'Koldioxidutsläpp från tjänsteresor: inget utfall efter basåret 2019 (1 512 ton CO2e); målet är 50 procent lägre till 2030.');
    expect(plain(indicatorSentence(travel, [], 'en-US'))).toBe(
      'Koldioxidutsläpp från tjänsteresor: no value since the baseline year 2019 (1,512 ton CO2e); the target is 50 percent lower by 2030.');
    expect(plain(indicatorSentence(travel, [value(1, 2020, 1512)], 'sv-SE'))).toBe(
      'Koldioxidutsläpp från tjänsteresor var 1 512 ton CO2e 2020, oförändrat sedan 2019; målet är 50 procent lägre till 2030 (inte i takt med målet).');
  });

  it('gives the demo region one sentence per indicator, in the order of its goals, and none for a retired goal', () => {
    const text = plain(indicatorReportText(demoRegion2023, 'sv-SE'));
    expect(text.split(/(?<=\.) (?=[A-ZÅÄÖ])/)).toEqual([
      'Koldioxidutsläpp från tjänsteresor var 1 240 ton CO2e 2023, 18 procent lägre än 2019; målet är 50 procent lägre till 2030 (inte i takt med målet).',
      'Energianvändning i egna lokaler var 164 kWh per kvadratmeter 2023 (preliminärt), 10 procent lägre än 2019; målet är 20 procent lägre till 2030 (i takt med målet).',
      'Avfall per årsarbetare var 188 kg 2023, 10 procent lägre än 2019; målet är 24 procent lägre till 2030 (i takt med målet).',
      'Andel sorterat avfall var 55 procent 2022, 7 procentenheter högre än 2019; målet är 70 procent till 2030 (i takt med målet).',
      'Andel fordon med fossilfri drift var 38 procent 2023, 26 procentenheter högre än 2019; målet är 100 procent till 2030 (inte i takt med målet).'
    ]);
    const retired = { ...demoRegion2023, goals: demoRegion2023.goals.map((goal) => (goal.id === 233 ? { ...goal, retired: true } : goal)) };
    expect(indicatorReportText(retired, 'en-US').match(/avfall/gi)).toBeNull();
    expect(indicatorReportText({ ...demoRegion2023, indicators: [] }, 'sv-SE')).toBe('');
  });

  it('has example values for every demo indicator from 2019 to 2023, each source saying so', () => {
    for (const indicator of demoIndicators) {
      expect(indicator.source).toMatch(/^Exempeldata/);
      const years = demoIndicatorValues.filter((candidate) => candidate.indicatorId === indicator.id).map((candidate) => candidate.year);
      expect(years[0]).toBe(2019);
      expect(years.length).toBeGreaterThanOrEqual(4);
    }
    expect(new Set(demoIndicators.map((indicator) => indicator.goalId))).toEqual(new Set(demoRegion2023.goals.map((goal) => goal.id)));
  });
});
