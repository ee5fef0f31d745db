/**
 * Indicators: the goals' measured outcomes, their status, charts and the grid of a year's values.
 * Keys start with "Ind", except the view's name.
 * The views receive every module merged, as IMiljomalWebPartStrings (../mystrings.d.ts).
 */
declare interface IIndicatorsStrings {
  ViewIndicators: string;
  IndLoading: string;
  IndErrorTitle: string;
  IndIntro: string;
  IndRuleHeading: string;
  IndRule: string;
  IndNone: string;
  IndOverviewHeading: string;
  IndOverviewCaption: string;
  IndColumnGoal: string;
  IndColumnIndicator: string;
  IndColumnLatest: string;
  IndColumnSinceBaseline: string;
  IndColumnSinceYearBefore: string;
  IndColumnTarget: string;
  IndColumnStatus: string;
  IndStatus_onTrack: string;
  IndStatus_notOnTrack: string;
  IndStatus_noData: string;
  IndValueInYear: string;
  IndPreliminary: string;
  IndNoValue: string;
  IndNoChange: string;
  IndPoints: string;
  IndPercent: string;
  IndTargetInYear: string;
  IndDirection_lower: string;
  IndDirection_higher: string;
  IndBaseline: string;
  IndTarget: string;
  IndSource: string;
  IndResponsible: string;
  IndNobody: string;
  IndChartTitle: string;
  /** On the chart's target line: its value with the unit. */
  IndChartTargetLabel: string;
  IndLegendValues: string;
  IndLegendPath: string;
  IndLegendTarget: string;
  IndShowTable: string;
  IndTableCaption: string;
  IndColumnYear: string;
  IndColumnValue: string;
  IndColumnPath: string;
  IndColumnComment: string;
  IndBaselineRow: string;
  IndGridHeading: string;
  IndGridIntro: string;
  IndGridNotAllowed: string;
  IndGridYear: string;
  IndGridCaption: string;
  IndGridValueLabel: string;
  IndGridCommentLabel: string;
  IndGridPreliminaryLabel: string;
  IndGridPreliminary: string;
  IndGridSave: string;
  IndGridSaving: string;
  IndGridDiscard: string;
  IndGridNothingChanged: string;
  IndGridSavedOne: string;
  IndGridSaved: string;
  IndGridNotSaved: string;
  IndGridFixFirst: string;
  IndGridChanged: string;
  IndGridProblemsLabel: string;
  IndGridSaveAgain: string;
  IndConflictSubject: string;
  IndConflictKept: string;
  IndYes: string;
  IndNo: string;
  IndTargetRow: string;
  IndDirection: string;
  IndAdd: string;
  IndEdit: string;
  IndEditNamed: string;
  IndDialogAddTitle: string;
  IndDialogEditTitle: string;
  IndFieldName: string;
  IndFieldUnit: string;
  IndFieldUnitHint: string;
  IndFieldBaselineYear: string;
  IndFieldBaselineValue: string;
  IndFieldTargetYear: string;
  IndFieldTargetValue: string;
  IndFieldNormalisedPer: string;
  IndFieldNormalisedPerHint: string;
  IndDialogSaved: string;
  IndDialogSaveAsNew: string;
  IndNormalisedPer: string;
  IndColumnInterim: string;
  IndColumnNormalised: string;
  IndNormalisedAmount: string;
  IndGridPeriod: string;
  IndPeriod_helar: string;
  IndPeriod_delar: string;
  IndGridCaptionInterim: string;
  IndGridDenominator: string;
  IndGridDenominatorLabel: string;
}

declare module 'MiljomalIndicatorsStrings' {
  const strings: IIndicatorsStrings;
  export = strings;
}
