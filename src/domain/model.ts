// The domain's data: everything of one year that the data layer loads and the rules read.
// Ids are the SharePoint list item ids; dates are ISO strings so the model stays serialisable.

export type Year = number;

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A moment, ISO 8601 with time and zone, as SharePoint returns it. */
export type IsoDateTime = string;

export interface Person {
  /** The sign-in name (UPN); compared case-insensitively. */
  login: string;
  name: string;
  email?: string;
}

/** A miljömål decided by the politicians for one year. */
export interface Goal {
  id: number;
  year: Year;
  /** Short code shown before the title, e.g. "M1". Unique within the year. */
  code: string;
  title: string;
  description: string;
  /** How the goal is measured, e.g. "Koldioxidutsläpp från tjänsteresor, ton CO2e". */
  indicator: string;
  /** Measured region-wide (verksamhetsmål on Regionstyrelsen): cannot be followed up below it. */
  measuredRegionWide: boolean;
  /** Withdrawn during the year: kept for history, not counted and not allocatable. */
  retired?: boolean;
  /**
   * A förvaltningsmål: the one förvaltning whose own goal it is. Absent for the region's goals,
   * which bind every förvaltning (all goals of a site with one förvaltning).
   */
  forvaltningId?: number;
}

export type OrgLevel = 'forvaltning' | 'avdelning' | 'enhet';

export interface OrgUnit {
  id: number;
  name: string;
  /** How running text names it, e.g. "Regionstyrelsen" for "Regionstyrelsens förvaltning". */
  shortName?: string;
  /** The unit's code in the region's HR system or Stratsys: an import matches units by it when a file has one. */
  code?: string;
  level: OrgLevel;
  /** Absent only for the förvaltning. A reorganisation moves a unit by changing this. */
  parentId?: number;
  head?: Person;
  /** Closed units keep their allocations and activities as history but take no new ones. */
  closed?: boolean;
  closedOn?: IsoDate;
}

/** A goal allocated (nerfördelat) to an org unit: only then can activities be registered there. */
export interface Allocation {
  id: number;
  goalId: number;
  orgUnitId: number;
  allocatedBy: Person;
  allocatedAt: IsoDateTime;
  /** Agreed with the unit head ("i samråd med enhetschef"). */
  agreedWithUnitHead: boolean;
  agreedOn?: IsoDate;
  note?: string;
}

/**
 * planerad = planned, pagaende = in progress, avslutad = finished, avbruten = cancelled.
 * The activity's state of work; how far it has come at a follow-up is the ImplementationGrade.
 */
export type ActivityStatus = 'planerad' | 'pagaende' | 'avslutad' | 'avbruten';

export interface Activity {
  id: number;
  allocationId: number;
  title: string;
  description: string;
  responsible?: Person;
  startDate?: IsoDate;
  endDate?: IsoDate;
  status: ActivityStatus;
  /**
   * "Lyft fram i rapporten": the report's sentence on what the work includes names it. Set by the
   * heads at or above its unit and the regional staff (rules/activityRules.ts), not by the
   * responsible person alone: it is what the organisation puts before the board.
   */
  highlighted?: boolean;
  /** "Kostnad (kr)": what the work costs, in whole kronor (0 or more); none when not said. */
  cost?: number;
}

/** delar = delår (interim, reported in August), helar = helår (full year, reported next January). */
export type FollowUpPeriodKind = 'delar' | 'helar';

export interface FollowUpPeriod {
  year: Year;
  kind: FollowUpPeriodKind;
}

/**
 * The fixed scale, independent of colour (as Länsstyrelsen Skåne rates actions):
 * genomford = genomförd eller löpande, paborjadMerAnHalften = påbörjad, mer än hälften,
 * paborjadMindreAnHalften = påbörjad, mindre än hälften, ejPaborjad = ej påbörjad.
 */
export type ImplementationGrade =
  | 'genomford'
  | 'paborjadMerAnHalften'
  | 'paborjadMindreAnHalften'
  | 'ejPaborjad';

/** One activity's follow-up for one period; each period has its own, so history is kept. */
export interface FollowUp {
  id: number;
  activityId: number;
  period: FollowUpPeriod;
  grade: ImplementationGrade;
  comment: string;
  updatedBy?: Person;
  updatedAt?: IsoDateTime;
}

/** lower: less is better (emissions, energy, waste); higher: more is better (share fossil-free). */
export type IndicatorDirection = 'lower' | 'higher';

/** A measured value of a year: the baseline, the target, or an outcome (utfall). */
export interface YearValue {
  year: Year;
  value: number;
}

/**
 * How a goal is measured (indikator, nyckeltal). It belongs to one goal of one year; its values
 * of earlier years come with it, so a year's picture carries the whole history it is judged by.
 */
export interface Indicator {
  id: number;
  goalId: number;
  name: string;
  /** As written after a value: "ton CO2e", "kWh per kvadratmeter", "kg", "procent". */
  unit: string;
  direction: IndicatorDirection;
  /** Basår and basvärde. */
  baseline: YearValue;
  /** Målår and målvärde. */
  target: YearValue;
  /** Källa, e.g. "Reseräkningar och leasingavtal". */
  source: string;
  responsible?: Person;
  /**
   * What a value is divided by for the normalised figure, as written after "per": "anställd",
   * "kvadratmeter". Absent when the data has no such figure; each value then brings its denominator.
   */
  normalisedPer?: string;
  /** The Kolada key figure (KPI) its values are read from, e.g. "N00401"; absent when it is not linked. */
  koladaKpi?: string;
  /** The Kolada organisation the figure is measured for (a region is type L, e.g. "0020"). */
  koladaOrgId?: string;
  /** That organisation's name as Kolada writes it ("Region Dalarna"), shown without asking Kolada. */
  koladaOrgName?: string;
}

/**
 * An indicator's outcome (utfall) for one measured year, or for its delår; one per indicator, year
 * and period. The status is judged on whole-year values only: a delår figure is half a year's.
 */
export interface IndicatorValue {
  id: number;
  indicatorId: number;
  year: Year;
  /** Delår: the figure part-way through the year; absent: the whole year (helår). */
  period?: 'delar';
  value: number;
  comment: string;
  /** Preliminärt: not final yet (a supplier's figures still to come). */
  preliminary: boolean;
  /** The year's denominator of the normalised figure (employees, square metres), where the indicator has one. */
  denominator?: number;
  /** Where the figure came from when it was not typed: "Kolada N00401, hämtad 2026-05-04". */
  source?: string;
}

/** Everything of one year: what the data layer loads and the summary reads. */
export interface YearPicture {
  year: Year;
  goals: readonly Goal[];
  orgUnits: readonly OrgUnit[];
  allocations: readonly Allocation[];
  activities: readonly Activity[];
  followUps: readonly FollowUp[];
  /** The indicators of the year's goals, and all their values (earlier years too). */
  indicators: readonly Indicator[];
  indicatorValues: readonly IndicatorValue[];
}
