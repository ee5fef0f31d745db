// How goals are measured: indicators and their values (utfall).
// Part of the port (repository.ts composes the parts): SharePointRepository (src/data) is the real
// one, MemoryRepository (test/support) the tests' twin, and test/contract holds both to the same expectations.
import type { Indicator, IndicatorValue } from '../domain/model';
import type { Draft, WriteOutcome } from './outcomes';

/** Writes never reject: every failure is an outcome. */
export interface IIndicators {
  /** An indicator of a goal of `year`; `clientKey` as for activities: a retried create lands once. */
  addIndicator(indicator: Draft<Indicator>, year: number, clientKey: string): Promise<WriteOutcome<Indicator>>;
  /** Its name, unit, direction, baseline, target, source, responsible; its goal and year stay. */
  updateIndicator(indicator: Indicator, etag: string): Promise<WriteOutcome<Indicator>>;
  /**
   * A value of an indicator whose goal is of `year` (the year it is read with, not the measured one).
   * One per indicator, measured year and period (the whole year, or its delår): a second is a conflict with the first.
   */
  addIndicatorValue(value: Draft<IndicatorValue>, year: number): Promise<WriteOutcome<IndicatorValue>>;
  updateIndicatorValue(value: IndicatorValue, etag: string): Promise<WriteOutcome<IndicatorValue>>;
}
