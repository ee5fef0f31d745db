define([], function () {
  return {
    "AppTitle": "Environmental goals",
    "PropertyPaneDescription": "Choose which view the web part shows and which site holds the lists.",
    "SettingsGroupName": "Settings",
    "ViewFieldLabel": "View",
    "ViewSummary": "Summary",
    "ViewAllocation": "Allocation",
    "ViewMyUnit": "My unit",
    "ViewAdministration": "Administration",
    "SiteUrlFieldLabel": "Site that holds the lists",
    "SiteUrlFieldDescription": "Full address, for example https://contoso.sharepoint.com/sites/miljo. Leave empty for this site.",
    "SiteUrlNotAUrl": "This is not a web address. Type a full address starting with https://.",
    "SiteUrlNotHttps": "The address must start with https://.",
    "SiteUrlOtherTenant": "The site must be in the same SharePoint tenant as this page ({0}).",
    "ViewNotBuiltTitle": "This view is not built yet",
    "ViewNotBuiltMessage": "The view \"{0}\" is not in this version of the web part yet. No data is shown."
  };
});
