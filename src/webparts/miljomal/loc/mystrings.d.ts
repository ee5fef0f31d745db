declare interface IMiljomalWebPartStrings {
  AppTitle: string;
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  ViewFieldLabel: string;
  ViewSummary: string;
  ViewAllocation: string;
  ViewMyUnit: string;
  ViewAdministration: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
  SiteUrlNotAUrl: string;
  SiteUrlNotHttps: string;
  SiteUrlOtherTenant: string;
  ViewNotBuiltTitle: string;
  ViewNotBuiltMessage: string;
}

declare module 'MiljomalWebPartStrings' {
  const strings: IMiljomalWebPartStrings;
  export = strings;
}
