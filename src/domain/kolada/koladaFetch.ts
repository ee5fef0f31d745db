// What "Hämta från Kolada" asks Kolada for: the key figure and organisation of every linked
// indicator, for the years it spans (its baseline year to its target year, none after the year
// being followed up), and which of Kolada's figures belong to it: the others are left out, so a
// figure is never put on an indicator it was not asked for.

import type { Indicator, Year } from '../model';
import type { KoladaDataPoint } from './koladaAnswer';

export interface KoladaAsk {
  indicator: Indicator;
  kpi: string;
  org: string;
  years: readonly Year[];
}

export function koladaAsks(indicators: readonly Indicator[], followedYear: Year): KoladaAsk[] {
  return indicators.flatMap((indicator) => {
    const kpi = indicator.koladaKpi;
    const org = indicator.koladaOrgId;
    if (kpi === undefined || org === undefined) return [];
    const last = Math.min(indicator.target.year, followedYear);
    const first = Math.min(indicator.baseline.year, last);
    return [{ indicator, kpi, org, years: Array.from({ length: last - first + 1 }, (_, index) => first + index) }];
  });
}

/** One request's worth: every key figure, organisation and year asked (Kolada answers their product). */
export function koladaWanted(asks: readonly KoladaAsk[]): { kpis: string[]; orgs: string[]; years: Year[] } {
  const unique = <T>(items: T[]): T[] => [...new Set(items)];
  return {
    kpis: unique(asks.map((ask) => ask.kpi)),
    orgs: unique(asks.map((ask) => ask.org)),
    years: unique(asks.flatMap((ask) => [...ask.years])).sort((a, b) => a - b)
  };
}

/** Kolada's figures that answer an ask: its key figure, organisation and one of its years. */
export function askedPoints(points: readonly KoladaDataPoint[], asks: readonly KoladaAsk[]): KoladaDataPoint[] {
  return points.filter((point) => asks.some((ask) => ask.kpi === point.kpi && ask.org === point.municipality && ask.years.includes(point.year)));
}

/** The years of each ask Kolada gave no total for, by indicator. */
export function unansweredYears(points: readonly KoladaDataPoint[], asks: readonly KoladaAsk[]): Array<{ indicator: Indicator; years: Year[] }> {
  return asks.flatMap((ask) => {
    const answered = new Set(points.filter((point) => point.kpi === ask.kpi && point.municipality === ask.org && point.gender === 'T').map((point) => point.year));
    const years = ask.years.filter((year) => !answered.has(year));
    return years.length === 0 ? [] : [{ indicator: ask.indicator, years }];
  });
}
