/**
 * The shared editing kit (src/ui/edit): save feedback, drafts, conflicts, person fields and the
 * texts for refused, forbidden and failed writes. Keys start with "Edit".
 * The views receive every module merged, as IMiljomalWebPartStrings (../mystrings.d.ts).
 */
declare interface IEditingStrings {
  EditSave: string;
  EditSaving: string;
  EditClose: string;
  EditCancel: string;
  EditDiscard: string;
  EditRetry: string;
  EditSaveAsNew: string;
  EditDraftKept: string;
  EditDraftRestored: string;
  EditValidationSummary: string;
  EditFailed: string;
  EditFailedBusy: string;
  EditFailedUnreachable: string;
  EditGone: string;
  EditConflictMessage: string;
  EditConflictShow: string;
  EditConflictTitle: string;
  EditConflictIntro: string;
  EditConflictTheirsBy: string;
  EditConflictCaption: string;
  EditConflictField: string;
  EditConflictMine: string;
  EditConflictTheirs: string;
  EditConflictDiffers: string;
  EditConflictSame: string;
  EditConflictChoose: string;
  EditConflictKeepMine: string;
  EditConflictKeepMineHint: string;
  EditConflictTakeTheirs: string;
  EditConflictTakeTheirsHint: string;
  EditConflictEdit: string;
  EditConflictEditHint: string;
  EditConflictEditing: string;
  EditConflictTheirsKept: string;
  EditEmptyValue: string;
  EditPersonLogin: string;
  EditPersonName: string;
  EditPersonHint: string;
  EditPersonMe: string;
  EditPersonInvalidLogin: string;
  EditLevel_forvaltning: string;
  EditLevel_avdelning: string;
  EditLevel_enhet: string;
  EditRefusal_outsideScope: string;
  EditRefusal_goalNotFound: string;
  EditRefusal_goalRetired: string;
  EditRefusal_orgUnitNotFound: string;
  EditRefusal_allocationNotFound: string;
  EditRefusal_activityNotFound: string;
  EditRefusal_unitClosed: string;
  EditRefusal_levelNotAllocatable: string;
  EditRefusal_parentDoesNotHoldGoal: string;
  EditRefusal_duplicateAllocation: string;
  EditRefusal_allocationHasActivities: string;
  EditRefusal_allocationHasUnitAllocations: string;
  EditRefusal_goalNotAllocatedToUnit: string;
  EditRefusal_sameAllocation: string;
  EditRefusal_periodClosed: string;
  EditRefusal_periodNotOpen: string;
  EditRefusal_periodOutsideGoalYear: string;
  EditRefusal_required: string;
  EditRefusal_tooLong: string;
  EditRefusal_invalidDate: string;
  EditRefusal_invalidNumber: string;
  EditRefusal_datesOutOfOrder: string;
  EditRefusal_yearOutOfRange: string;
  EditRefusal_duplicateGoalCode: string;
  EditRefusal_invalidParent: string;
  EditRefusal_parentNotAllowed: string;
  EditRefusal_hasOpenUnits: string;
  EditRefusalOne_allocationHasActivities: string;
  EditRefusalOne_allocationHasUnitAllocations: string;
  EditRefusalOne_hasOpenUnits: string;
  EditField_parentClosed: string;
  EditOutsideScope_editGoals: string;
  EditOutsideScope_editOrganisation: string;
  EditOutsideScope_allocate: string;
  EditOutsideScope_removeAllocation: string;
  EditOutsideScope_editActivity: string;
  EditOutsideScope_editFollowUp: string;
  EditOutsideScope_editIndicators: string;
  EditOutsideScope_manageLists: string;
  EditForbidden_editGoals: string;
  EditForbidden_editOrganisation: string;
  EditForbidden_allocate: string;
  EditForbidden_removeAllocation: string;
  EditForbidden_editActivity: string;
  EditForbidden_editFollowUp: string;
  EditForbidden_editIndicators: string;
  EditForbidden_manageLists: string;
}

declare module 'MiljomalEditingStrings' {
  const strings: IEditingStrings;
  export = strings;
}
