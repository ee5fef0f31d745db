/**
 * The frame every view shares: app title, property pane and views, the lists state, errors, and the
 * words several views use (lists and counts, periods, activity statuses, implementation grades,
 * a closed unit).
 * The views receive every module merged, as IMiljomalWebPartStrings (../mystrings.d.ts).
 */
declare interface ICommonStrings {
  /** The language of these strings, "sv-SE" or "en-US": the UI's language follows the strings SPFx loaded. */
  Locale: string;
  ViewLoading: string;
  AppTitle: string;
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  ViewFieldLabel: string;
  ViewFollowUser: string;
  ViewSwitcherLabel: string;
  ViewSummary: string;
  ViewAllocation: string;
  ViewMyUnit: string;
  ViewAdministration: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
  SiteUrlNotAUrl: string;
  SiteUrlNotHttps: string;
  SiteUrlOtherTenant: string;
  NavBackTo: string;
  PagesGroupName: string;
  PagesGroupDescription: string;
  AllocationPageFieldLabel: string;
  MyUnitPageFieldLabel: string;
  PageUrlFieldDescription: string;
  /** Where the guides live: a folder (ending in /) holding one page per role, or one page. */
  HelpPageFieldLabel: string;
  HelpPageFieldDescription: string;
  HelpLink: string;
  HelpLinkLabel: string;
  ProgressOf: string;
  ProgressLine: string;
  ProgressNothingDue: string;
  /** Beside a table that holds more to the right than a narrow column shows. */
  ScrollSideways: string;
  ListAnd: string;
  CountOf: string;
  CountOfWithShare: string;
  PeriodDelar: string;
  PeriodHelar: string;
  PeriodDelarOfYear: string;
  PeriodDeadlineOpen: string;
  PeriodDeadlineTomorrow: string;
  PeriodDeadlineToday: string;
  PeriodDeadlineLate: string;
  PeriodNotOpen: string;
  PeriodClosedLine: string;
  PeriodHelarOfYear: string;
  UnitClosed: string;
  StatusPlanerad: string;
  StatusPagaende: string;
  StatusAvslutad: string;
  StatusAvbruten: string;
  GradeGenomford: string;
  GradePaborjadMerAnHalften: string;
  GradePaborjadMindreAnHalften: string;
  GradeEjPaborjad: string;
  ListsMissingTitle: string;
  ListsMissingMessage: string;
  ThisSite: string;
  ListsCreate: string;
  ListsCreating: string;
  ListsAskOwner: string;
  ListsCreateForbidden: string;
  ListsCreateFailed: string;
  ListsOutdated: string;
  ListsUpdate: string;
  ListsOutdatedAskOwner: string;
  ErrorTitle: string;
  ErrorMessage: string;
  ErrorForbidden: string;
  ErrorDetails: string;
  Retry: string;
  ReadyMarkUnit: string;
  ReadyMarkDepartment: string;
  ReadyTakeBack: string;
  ReadySendBack: string;
  ReadySendBackTitle: string;
  ReadyTakeBackTitle: string;
  ReadyTakeBackIntro: string;
  ReadyUnitTitle: string;
  ReadyUnitAllDone: string;
  ReadyUnitMissing: string;
  ReadyUnitMissingOne: string;
  ReadyReasonLabel: string;
  ReadyCommentOptionalLabel: string;
  ReadySendBackLabel: string;
  ReadySendBackIntro: string;
  ReadyDepartmentLabel: string;
  ReadyDepartmentIntro: string;
  ReadyNotMarked: string;
  ReadyMarkedBy: string;
  ReadySentBackBy: string;
  ReadyCommentQuoted: string;
  ReadySavedReady: string;
  ReadySavedTakenBack: string;
  ReadySavedSentBack: string;
  ReadyHeading: string;
  ReadyReadFailed: string;
  ReadyStatus_ready: string;
  ReadyStatus_readyLate: string;
  ReadyStatus_notReady: string;
  ReadyStatus_late: string;
  ReadyStatus_sentBack: string;
  ReadyDepartmentLocked: string;
  ReadyColumnState: string;
  ReadyColumnWho: string;
  ReadyColumnAction: string;
  KoladaUrlFieldLabel: string;
  KoladaUrlFieldDescription: string;
  KoladaUrlFieldInvalid: string;
  ReadyUnitsCaption: string;
  ReadyByShort: string;
  PagesTeamsDescription: string;
  TeamsLinkRepeated: string;
  TeamsLinkUnreadable: string;
  ForvaltningFieldLabel: string;
  ForvaltningFieldAll: string;
  ForvaltningFieldDescription: string;
  ForvaltningFieldUnknown: string;
}

declare module 'MiljomalCommonStrings' {
  const strings: ICommonStrings;
  export = strings;
}
