/**
 * The strings live in one loc module per feature (common/, summary/, editing/, allocation/, myUnit/,
 * administration/, indicators/ next to this file), each registered in config/config.json "localizedResources".
 * The web part merges them into one object: every view receives the merged set, typed as this.
 */
declare interface IMiljomalWebPartStrings
  extends ICommonStrings, ISummaryStrings, IEditingStrings, IAllocationStrings, IMyUnitStrings, IAdministrationStrings, IIndicatorsStrings {}
