/** The card's strings (sv-SE and en-US, the same keys), loaded by SPFx as MiljomalCardStrings. */
declare interface IMiljomalCardStrings {
  CardTitle: string;
  CardDescription: string;
  Show: string;
  Open: string;
  Loading: string;
  LoadFailed: string;
  Region: string;
  NothingToDo: string;
  FollowUpsBeforeOne: string;
  FollowUpsBeforeMany: string;
  FollowUpsLateOne: string;
  FollowUpsLateMany: string;
  GoalsWithoutActivitiesOne: string;
  GoalsWithoutActivitiesMany: string;
  AllDone: string;
  UnitsLate: string;
  UnitsWithoutActivities: string;
  UnitsOnTrack: string;
  RegionHeadline: string;
  QuickViewTitle: string;
  ItemFollowUp: string;
  ItemDaysLeftOne: string;
  ItemDaysLeftMany: string;
  ItemLastDay: string;
  ItemLateSince: string;
  ItemNotOpen: string;
  ItemAddActivity: string;
  ItemUnitLateOne: string;
  ItemUnitLateMany: string;
  ItemUnitWithoutOne: string;
  ItemUnitWithoutMany: string;
  ItemDepartmentGoals: string;
  ActivityFallback: string;
  PeriodDelar: string;
  PeriodHelar: string;
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
  PagesGroupName: string;
  PagesDescription: string;
  MyUnitPageFieldLabel: string;
  AllocationPageFieldLabel: string;
  UrlNotAUrl: string;
  UrlNotHttps: string;
  UrlOtherTenant: string;
  UnitsReady: string;
  RegionReady: string;
  ItemSentBack: string;
}

declare module 'MiljomalCardStrings' {
  const strings: IMiljomalCardStrings;
  export = strings;
}
