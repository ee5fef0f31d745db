// The whole region as the board saw it: each förvaltning fastställer its own report, and the
// region's figures and paragraph are counted from the latest fastställd report of each, never from
// today's lists. A förvaltning without one for the period is named as such, not counted.

import type { FollowUpPeriod } from '../model';
import { regionTotals, type RegionSummary } from '../summary/regionSummary';
import { reportsOfPeriod, type FrozenReport } from './frozenReport';

export interface FrozenRegionPart {
  organisationId: number;
  name: string;
  /** The förvaltning's latest fastställd report of the period; undefined when it has none. */
  report?: FrozenReport;
}

export interface FrozenRegion {
  period: FollowUpPeriod;
  /** Today's förvaltningar, in the region's order. */
  parts: FrozenRegionPart[];
  /** Counted from the fastställda reports only; undefined while none is. */
  region?: RegionSummary;
}

export function frozenRegion(reports: readonly FrozenReport[], today: RegionSummary): FrozenRegion {
  const ofPeriod = reportsOfPeriod(reports, today.period);
  const parts = today.forvaltningar.flatMap((summary): FrozenRegionPart[] => summary.organisationId === undefined ? [] : [{
    organisationId: summary.organisationId,
    name: summary.organisationName,
    // Newest version first: the first of its own is the one that stands.
    report: ofPeriod.find((report) => report.summary.organisationId === summary.organisationId)
  }]);
  const frozen = parts.flatMap((part) => (part.report === undefined ? [] : [part.report.summary]));
  return {
    period: today.period,
    parts,
    region: frozen.length === 0 ? undefined : { year: today.year, period: today.period, forvaltningar: frozen, totals: regionTotals(frozen) }
  };
}
