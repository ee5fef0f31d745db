/**
 * Min enhet: activities and follow-ups of one's units. Keys start with "Unit".
 * The views receive every module merged, as IMiljomalWebPartStrings (../mystrings.d.ts).
 */
declare interface IMyUnitStrings {
  UnitLoading: string;
  UnitErrorTitle: string;
  UnitYearLine: string;
  UnitPickerLabel: string;
  UnitPickerPlaceholder: string;
  UnitPickerDepartmentLevel: string;
  UnitFactsUnit: string;
  UnitFactsDepartment: string;
  UnitNoHead: string;
  UnitClosedNotice: string;
  UnitReadOnlyTitle: string;
  UnitPeriodClosedTitle: string;
  UnitPeriodClosedMessage: string;
  UnitPeriodClosedStaff: string;
  UnitReadOnlyMessage: string;
  UnitReadOnlyHere: string;
  UnitReadOnlyHereNoHead: string;
  UnitNoGoalsThisYear: string;
  UnitNothingAllocatedTitle: string;
  UnitNothingAllocatedAsk: string;
  UnitNothingAllocatedNoHead: string;
  UnitNothingAllocatedDepartment: string;
  UnitNothingAllocatedYours: string;
  UnitAllocateHere: string;
  UnitTeamsChat: string;
  UnitTeamsMessage: string;
  UnitNotAllocatedGoals: string;
  UnitAllocatedBy: string;
  UnitAgreed: string;
  UnitAgreedOn: string;
  /** A department's own allocation: agreed with its head, the department head. */
  UnitAgreedDepartment: string;
  UnitAgreedDepartmentOn: string;
  UnitNoteLabel: string;
  UnitNoActivities: string;
  UnitAddActivity: string;
  UnitEditActivity: string;
  UnitActivitySaving: string;
  UnitActivitySaved: string;
  UnitSaveAsNewActivity: string;
  UnitResponsibleLabel: string;
  UnitNoResponsible: string;
  UnitDatesLabel: string;
  UnitDateNotSet: string;
  UnitActivityPanelNew: string;
  UnitActivityPanelEdit: string;
  UnitTitleLabel: string;
  UnitDescriptionLabel: string;
  UnitDescriptionHint: string;
  UnitStartLabel: string;
  UnitEndLabel: string;
  UnitHighlightLabel: string;
  UnitCostLabel: string;
  UnitCostValue: string;
  UnitHighlightHint: string;
  UnitHighlightNotYours: string;
  UnitHighlightedYes: string;
  UnitHighlightedNo: string;
  UnitFollowUpHeading: string;
  UnitFollowUpGrade: string;
  UnitFollowUpMissing: string;
  UnitFollowUpLate: string;
  UnitFollowUpRecord: string;
  UnitFollowUpChange: string;
  UnitFollowUpEarlier: string;
  UnitFollowUpBy: string;
  UnitFollowUpPanelTitle: string;
  UnitFollowUpSaved: string;
  UnitGradeLabel: string;
  UnitCommentLabel: string;
  UnitCommentHint: string;
  UnitDraftsTitle: string;
  UnitDraftsIntro: string;
  UnitDraftActivity: string;
  UnitDraftFollowUp: string;
  UnitDraftUntitled: string;
  UnitDraftContinue: string;
  UnitDraftDiscard: string;
  UnitNextStepsHeading: string;
  UnitNextFollowUp: string;
  UnitNextFollowUpLate: string;
  UnitNextAddActivity: string;
  UnitNextAllDone: string;
}

declare module 'MiljomalMyUnitStrings' {
  const strings: IMyUnitStrings;
  export = strings;
}
